import Foundation
import GenLabelCore
import GenLabelStore
import Testing
@testable import GenLabelTUI

/// Issue 7: the first frame is drawn from each list's first rows in its default order and the lists'
/// lengths (`AppDriver(firstFrameFirst: true)`); the lists are read whole before anything else happens.
/// The windowed frame must be the frame a whole read draws, and everything after it must be what a whole
/// read gives.
@Suite("Windowed first frame")
struct WindowedFirstFrameTests {
    static let counts = DemoGenerator.Counts(organizations: 40, trainings: 80, dossiers: 120, labels: 60,
                                             sessions: 400, learners: 2_000)
    static let generated = CalendarDate(year: 2026, month: 12, day: 3)!

    func withDemoFile(_ body: (String) throws -> Void) throws {
        let directory = NSTemporaryDirectory() + "genlabel-window-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let path = directory + "/genlabel.sqlite"
        let repository = try SQLiteRepository(path: path)
        try DemoDataWriter.write(DemoGenerator(counts: Self.counts, today: Self.generated).generate(), into: repository.database)
        repository.database.close()
        try body(path)
    }

    func state(_ path: String, today: CalendarDate, size: TerminalSize, active: PaneKind = .dossiers) -> AppState {
        var state = AppState(today: today, todayIsPinned: true, databasePath: path, size: size)
        state.activePane = active
        return state
    }

    func expectSame(_ a: AppDriver, _ b: AppDriver, _ note: String) {
        #expect(a.state.data.dossiers == b.state.data.dossiers, "dossiers \(note)")
        #expect(a.state.data.sessions == b.state.data.sessions, "sessions \(note)")
        #expect(a.state.data.labels == b.state.data.labels, "labels \(note)")
        #expect(a.state.alerts == b.state.alerts, "alerts \(note)")
        for pane in PaneKind.allCases {
            #expect(a.state.order(pane) == b.state.order(pane), "order of \(pane) \(note)")
            #expect(a.state.cursor(pane) == b.state.cursor(pane), "cursor of \(pane) \(note)")
        }
        #expect(MainView.render(a.state) == MainView.render(b.state), "screen \(note)")
    }

    @Test("the windowed first frame is the whole read's, at every size, date and active pane")
    func windowedFrameEqualsWholeFrame() throws {
        try withDemoFile { path in
            let sizes = [TerminalSize(width: 120, height: 40), TerminalSize(width: 80, height: 24),
                         TerminalSize(width: 200, height: 70), TerminalSize(width: 60, height: 14),
                         TerminalSize(width: 40, height: 10)]
            let days = [-1_500, -400, -30, 0, 45, 200, 900]
            for size in sizes {
                for offset in days {
                    for active in PaneKind.allCases {
                        let today = Self.generated.addingDays(offset)
                        let note = "at \(size.width)×\(size.height), \(today.french), \(active)"
                        let windowed = AppDriver(state: state(path, today: today, size: size, active: active),
                                                 repository: try SQLiteRepository(path: path), firstFrameFirst: true)
                        let whole = AppDriver(state: state(path, today: today, size: size, active: active),
                                              repository: try SQLiteRepository(path: path))
                        let isTooSmall = MainLayout(size: size, active: active).isTooSmall
                        #expect(windowed.isWindowed || isTooSmall, "\(note)")
                        #expect(MainView.render(windowed.state) == MainView.render(whole.state), "first frame \(note)")
                        for pane in PaneKind.allCases {
                            #expect(windowed.state.rowCount(pane) == whole.state.rowCount(pane), "\(pane) \(note)")
                            #expect(windowed.state.totalCount(pane) == whole.state.totalCount(pane), "\(pane) \(note)")
                        }
                        // The rows shown are the first rows of the whole read, in the same order.
                        let shown = min(windowed.state.data.sessions.count, whole.state.order(.sessions).count)
                        #expect(windowed.state.data.sessions.prefix(shown).map(\.id)
                                == whole.state.order(.sessions).prefix(shown).map { whole.state.data.sessions[$0].id },
                                "sessions \(note)")
                        windowed.completeLoading()
                        #expect(!windowed.isWindowed)
                        expectSame(windowed, whole, "after completeLoading \(note)")
                    }
                }
            }
        }
    }

    @Test("keys, ticks and another process's change after a windowed frame give what a whole read gives")
    func afterTheWindowedFrame() throws {
        try withDemoFile { path in
            let size = TerminalSize(width: 120, height: 40)
            let keys: [Key] = [.pageDown, .pageDown, .down, .tab, .end, .character("s"), .character("/"), .character("e"),
                               .enter, .tab, .character("S"), .pageDown]
            for key in keys {
                let windowed = AppDriver(state: state(path, today: Self.generated, size: size),
                                         repository: try SQLiteRepository(path: path), firstFrameFirst: true)
                let whole = AppDriver(state: state(path, today: Self.generated, size: size),
                                      repository: try SQLiteRepository(path: path))
                windowed.send(.key(key))
                whole.send(.key(key))
                expectSame(windowed, whole, "after \(key)")
            }
            // Another process changes data between the first frame and the first tick.
            let windowed = AppDriver(state: state(path, today: Self.generated, size: size),
                                     repository: try SQLiteRepository(path: path), firstFrameFirst: true)
            let writer = try Database(path: path)
            try writer.execute("UPDATE sessions SET end_list_received_on = ?, version = version + 1 WHERE id = 1",
                               Self.generated.iso)
            try writer.execute("DELETE FROM learners WHERE session_id = 2")
            writer.close()
            windowed.tick(today: Self.generated)
            let fresh = AppDriver(state: state(path, today: Self.generated, size: size),
                                  repository: try SQLiteRepository(path: path))
            expectSame(windowed, fresh, "after a change and a tick")
        }
    }

    @Test("a state that starts filtered or sorted is read whole at once")
    func queriesAreReadWhole() throws {
        try withDemoFile { path in
            var start = state(path, today: Self.generated, size: TerminalSize(width: 120, height: 40))
            start.queries[.sessions] = ListQuery(filter: "", sortColumn: 1)
            let driver = AppDriver(state: start, repository: try SQLiteRepository(path: path), firstFrameFirst: true)
            #expect(!driver.isWindowed)
        }
    }

    @Test("an empty database draws the same empty first frame")
    func emptyDatabase() throws {
        let directory = NSTemporaryDirectory() + "genlabel-window-empty-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let path = directory + "/genlabel.sqlite"
        let size = TerminalSize(width: 120, height: 40)
        let windowed = AppDriver(state: state(path, today: Self.generated, size: size),
                                 repository: try SQLiteRepository(path: path), firstFrameFirst: true)
        let whole = AppDriver(state: state(path, today: Self.generated, size: size), repository: try SQLiteRepository(path: path))
        #expect(MainView.render(windowed.state) == MainView.render(whole.state))
        windowed.completeLoading()
        expectSame(windowed, whole, "empty")
    }
}
