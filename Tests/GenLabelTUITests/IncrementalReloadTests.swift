import Foundation
import GenLabelCore
import GenLabelStore
import Testing
@testable import GenLabelTUI

/// Issue 7: after a change made by another process, the screen reads only the changed records (change
/// log of migration 0006) and recomputes only their labels' alerts. Whatever the changes, it must end in
/// the state a full reload gives: same rows in the same order, same alerts, same order in every pane.
@Suite("Incremental reload after a change")
struct IncrementalReloadTests {
    static let today = CalendarDate(year: 2026, month: 12, day: 3)!
    static let counts = DemoGenerator.Counts(organizations: 30, trainings: 60, dossiers: 50, labels: 30,
                                             sessions: 90, learners: 900)

    func withDemoFile(_ body: (String) throws -> Void) throws {
        let directory = NSTemporaryDirectory() + "genlabel-incremental-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let path = directory + "/genlabel.sqlite"
        let repository = try SQLiteRepository(path: path)
        try DemoDataWriter.write(DemoGenerator(counts: Self.counts, today: Self.today).generate(), into: repository.database)
        repository.database.close()
        try body(path)
    }

    func state(_ path: String, queries: [PaneKind: ListQuery] = [:]) -> AppState {
        var state = AppState(today: Self.today, todayIsPinned: true, databasePath: path,
                             size: TerminalSize(width: 120, height: 40))
        state.queries = queries
        return state
    }

    /// The driver's state against a driver that read everything afresh.
    func expectSameAsFullReload(_ driver: AppDriver, _ path: String, _ note: String) throws {
        let fresh = AppDriver(state: state(path, queries: driver.state.queries), repository: try SQLiteRepository(path: path))
        #expect(driver.state.loadError == nil, "\(note)")
        #expect(driver.state.data.dossiers == fresh.state.data.dossiers, "dossiers after \(note)")
        #expect(driver.state.data.sessions == fresh.state.data.sessions, "sessions after \(note)")
        #expect(driver.state.data.labels == fresh.state.data.labels, "labels after \(note)")
        #expect(driver.state.alerts == fresh.state.alerts, "alerts after \(note)")
        for pane in PaneKind.allCases {
            #expect(driver.state.order(pane) == fresh.state.order(pane), "order of \(pane) after \(note)")
        }
    }

    /// One random change, as SQL another process would run.
    func randomChange(_ rng: inout SeededGenerator, _ db: Database, round: Int) throws -> String {
        func pick(_ sql: String) throws -> Int64 {
            let ids = try db.fetchAll(sql, [SQLValue]()) { $0.int64(0) }
            return ids.isEmpty ? 1 : ids[rng.int(in: 0...(ids.count - 1))]
        }
        func someDate() -> String { Self.today.addingDays(rng.int(in: -900...400)).iso }
        let session = try pick("SELECT id FROM sessions")
        let label = try pick("SELECT id FROM labels")
        let dossier = try pick("SELECT id FROM dossiers")
        switch rng.int(in: 0...13) {
        case 0:
            try db.execute("UPDATE sessions SET end_list_received_on = ? WHERE id = ?",
                           rng.int(in: 0...1) == 0 ? nil : someDate(), session)
            return "end list of session \(session)"
        case 1:
            try db.execute("UPDATE sessions SET start_attestation_received_on = ? WHERE id = ?",
                           rng.int(in: 0...1) == 0 ? nil : someDate(), session)
            return "attestation of session \(session)"
        case 2:
            try db.execute("UPDATE sessions SET actual_start = ? WHERE id = ?",
                           rng.int(in: 0...2) == 0 ? nil : someDate(), session)
            return "start of session \(session)"
        case 3:
            let start = Self.today.addingDays(rng.int(in: -700...300))
            try db.execute("""
                INSERT INTO sessions (label_id, code, planned_start, actual_start, end_date, capacity)
                VALUES (?, ?, ?, NULL, ?, 12)
                """, label, "T\(round)-\(rng.int(in: 0...999))", start.iso, start.addingDays(200).iso)
            return "new session of label \(label)"
        case 4:
            try db.inTransaction {
                try db.execute("DELETE FROM learners WHERE session_id = ?", session)
                try db.execute("DELETE FROM sessions WHERE id = ?", session)
            }
            return "session \(session) deleted"
        case 5:
            try db.execute("""
                INSERT INTO learners (session_id, first_name, last_name, gender, birth_date, address, insee_code, commune,
                                      resides_qpv, resides_zrr, is_target_public, is_job_seeker)
                SELECT ?, first_name, last_name, gender, birth_date, address, insee_code, commune, resides_qpv,
                       resides_zrr, is_target_public, is_job_seeker FROM learners LIMIT 3
                """, session)
            return "learners added to session \(session)"
        case 6:
            try db.execute("DELETE FROM learners WHERE id = (SELECT min(id) FROM learners WHERE session_id = ?)", session)
            return "a learner of session \(session) removed"
        case 7:
            let states = ["active", "pending_audit", "expired", "withdrawn", "terminated"]
            try db.execute("UPDATE labels SET state = ? WHERE id = ?", states[rng.int(in: 0...4)], label)
            return "state of label \(label)"
        case 8:
            try db.execute("UPDATE labels SET convention_signed_on = ? WHERE id = ?", someDate(), label)
            return "convention of label \(label)"
        case 9:
            try db.execute("""
                INSERT INTO annual_reports (label_id, year, received_on) VALUES (?, ?, ?)
                ON CONFLICT (label_id, year) DO UPDATE SET received_on = excluded.received_on
                """, label, rng.int(in: 2022...2026), rng.int(in: 0...2) == 0 ? nil : someDate())
            return "annual report of label \(label)"
        case 10:
            let states = ["submitted", "admissible", "under_review", "labelled", "rejected"]
            try db.execute("UPDATE dossiers SET state = ?, score = ? WHERE id = ?", states[rng.int(in: 0...4)],
                           Double(rng.int(in: 0...100)) / 10, dossier)
            return "state of dossier \(dossier)"
        case 11:
            try db.execute("UPDATE dossiers SET number = ? WHERE id = ?", "GEN-\(rng.int(in: 1000...9999))-\(round)", dossier)
            return "number of dossier \(dossier)"
        case 12:
            try db.execute("UPDATE sessions SET planned_start = ?, end_date = ? WHERE id = ?",
                           Self.today.addingDays(-100).iso, Self.today.addingDays(rng.int(in: -50...50)).iso, session)
            return "dates of session \(session)"
        default:
            try db.execute("UPDATE trainings SET title = title || ' bis' WHERE id = (SELECT min(id) FROM trainings)", [])
            return "a training renamed (reloads everything)"
        }
    }

    /// Issue 6: an open detail follows another process's change, in place (same scroll).
    @Test func anOpenSessionDetailShowsAnotherProcesssChange() throws {
        try withDemoFile { path in
            let driver = AppDriver(state: state(path), repository: try SQLiteRepository(path: path))
            driver.send(.key(.character("2")))
            driver.send(.key(.enter))
            guard case .detail(let before, _) = driver.state.screen, case .session(let id)? = before.source else {
                Issue.record("no session detail"); return
            }
            driver.send(.resized(TerminalSize(width: 100, height: 16)))
            driver.send(.key(.pageDown))
            guard case .detail(_, let scrolled) = driver.state.screen, scrolled > 0 else {
                Issue.record("no scroll: \(MainView.render(driver.state).textLines().joined(separator: "\n"))"); return
            }
            let writer = try Database(path: path)
            defer { writer.close() }
            try writer.execute("UPDATE sessions SET capacity = 97, version = version + 1 WHERE id = ?", id.rawValue)
            driver.tick(today: Self.today)
            guard case .detail(let after, let scroll) = driver.state.screen else { Issue.record("the detail closed"); return }
            #expect(after.source == before.source)
            #expect(after != before, "the detail was read again")
            #expect(after.lines.contains { "\($0)".contains("97") }, "the new capacity is shown")
            #expect(scroll == scrolled, "the scroll is kept")
        }
    }

    @Test("random changes give what a full reload gives", arguments: [
        [PaneKind: ListQuery](),
        [.sessions: ListQuery(filter: "", sortColumn: 2, descending: true), .dossiers: ListQuery(filter: "e", sortColumn: 1)],
        [.sessions: ListQuery(filter: "s", sortColumn: nil), .labels: ListQuery(filter: "", sortColumn: 3),
         .alerts: ListQuery(filter: "a", sortColumn: 1)],
    ])
    func randomChanges(queries: [PaneKind: ListQuery]) throws {
        try withDemoFile { path in
            let driver = AppDriver(state: state(path, queries: queries), repository: try SQLiteRepository(path: path))
            let writer = try Database(path: path)
            defer { writer.close() }
            var rng = SeededGenerator(seed: 77, stream: UInt64(queries.count))
            var incremental = 0
            for round in 0..<40 {
                var notes: [String] = []
                for _ in 0..<rng.int(in: 1...3) { notes.append(try randomChange(&rng, writer, round: round)) }
                driver.tick(today: Self.today)
                if driver.lastReload == .changes { incremental += 1 }
                try expectSameAsFullReload(driver, path, "round \(round): " + notes.joined(separator: ", "))
            }
            #expect(incremental >= 25)
        }
    }

    @Test func theChangeLogTellsWhatChangedAndWhenItCannot() throws {
        try withDemoFile { path in
            let reader = try SQLiteRepository(path: path)
            let writer = try Database(path: path)
            defer { writer.close() }
            let start = try #require(try reader.changeCursor())
            #expect(try reader.changes(since: start)?.0 == ChangeSet())
            try writer.execute("UPDATE sessions SET end_list_received_on = '2026-11-30' WHERE id = 3", [])
            try writer.execute("UPDATE dossiers SET score = 5 WHERE id = 7", [])
            let labelOfSession = try #require(try writer.fetchOne("SELECT label_id FROM sessions WHERE id = 3", [SQLValue]()))
            let (changes, next) = try #require(try reader.changes(since: start))
            #expect(changes == ChangeSet(dossiers: [.init(7)], sessions: [.init(3)],
                                         labels: [.init(Int64(sqlValue: labelOfSession[0]) ?? 0)]))
            #expect(next.sequence > start.sequence)
            // A learner added: its session, once for a run of learners.
            try writer.execute("""
                INSERT INTO learners (session_id, first_name, last_name, gender, birth_date, address, insee_code, commune,
                                      resides_qpv, resides_zrr, is_target_public, is_job_seeker)
                SELECT 5, first_name, last_name, gender, birth_date, address, insee_code, commune, resides_qpv,
                       resides_zrr, is_target_public, is_job_seeker FROM learners LIMIT 20
                """, [])
            let (learners, afterLearners) = try #require(try reader.changes(since: next))
            #expect(learners == ChangeSet(sessions: [.init(5)]))
            #expect(afterLearners.sequence == next.sequence + 1)
            // A change to a training's text: everything must be read again.
            try writer.execute("UPDATE trainings SET title = 'Autre' WHERE id = 1", [])
            #expect(try reader.changes(since: afterLearners) == nil)
            // A cursor whose entry is not the same any more (another history): everything again.
            #expect(try reader.changes(since: ChangeCursor(sequence: start.sequence, stamp: start.stamp &+ 1)) == nil)
            reader.database.close()
        }
    }
}
