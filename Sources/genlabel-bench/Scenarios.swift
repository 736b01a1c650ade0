import GenLabelCore
import GenLabelStore
import GenLabelTUI

/// The in-process measurements, through the same code the terminal front end runs: `AppDriver`
/// (update + effects against the SQLite repository), `MainView.render`, `Buffer.diff`. Only the curses
/// flush is left out (headless).
struct Scenarios {
    let path: String
    let today: CalendarDate
    let scale: BenchScale
    static let size = TerminalSize(width: 120, height: 40)

    func initialState() -> AppState {
        AppState(today: today, todayIsPinned: true, databasePath: path, size: Self.size)
    }

    /// One frame as the event loop draws it: render the state, diff against what is on screen.
    static func frame(_ driver: AppDriver, previous: Buffer) -> Buffer {
        let buffer = MainView.render(driver.state)
        blackHole(buffer.diff(from: previous).count)
        return buffer
    }

    // MARK: First frame

    /// Open the file, load every list and the alerts through `AppDriver`, render at 120×40 and diff
    /// against an empty screen.
    /// As the terminal front end does it (`firstFrameFirst`): each list's first rows and length, the
    /// snapshot and the alerts. Also timed: `completeLoading()`, which then reads every list whole before
    /// the first key is handled, and a whole load drawn at once (the former first frame).
    func firstFrame() throws -> (first: Samples, completion: Samples, wholeLoad: Samples) {
        var first = Samples(), completion = Samples(), wholeLoad = Samples()
        for run in 0...scale.heavyRuns {   // run 0 warms the page cache and is not kept
            let (driver, elapsed) = try MonotonicClock.measure { () throws -> AppDriver in
                let repository = try SQLiteRepository(path: path)
                let driver = AppDriver(state: initialState(), repository: repository, firstFrameFirst: true)
                let buffer = MainView.render(driver.state)
                blackHole(buffer.diff(from: Buffer(width: Self.size.width, height: Self.size.height)).count)
                return driver
            }
            guard driver.isWindowed else { throw BenchError("the first frame did not read by window") }
            let (_, completed) = MonotonicClock.measure { driver.completeLoading() }
            let (_, whole) = try MonotonicClock.measure { () throws -> Int in
                let repository = try SQLiteRepository(path: path)
                let driver = AppDriver(state: initialState(), repository: repository)
                let buffer = MainView.render(driver.state)
                return buffer.diff(from: Buffer(width: Self.size.width, height: Self.size.height)).count
            }
            if run > 0 {
                first.add(elapsed)
                completion.add(completed)
                wholeLoad.add(whole)
            }
        }
        return (first, completion, wholeLoad)
    }

    // MARK: Keys

    struct KeyResults {
        var moveSelection = Samples()
        var pageDown = Samples()
        var switchPane = Samples()
        var openDetail: [PaneKind: Samples] = [:]
        var closeDetail = Samples()
        var sortDossiers = Samples()
        var sortSessions = Samples()
    }

    /// Each key: `AppDriver.send` (update, then its effects) + render + diff, as one turn of the loop.
    func keys(repository: SQLiteRepository) throws -> KeyResults {
        let driver = AppDriver(state: initialState(), repository: repository)
        var screen = Self.frame(driver, previous: Buffer(width: Self.size.width, height: Self.size.height))
        var results = KeyResults()
        func press(_ key: Key, into samples: inout Samples) {
            samples.time { screen = Self.frame(driverSending(key, driver), previous: screen) }
        }
        func pressUntimed(_ key: Key) { screen = Self.frame(driverSending(key, driver), previous: screen) }

        // Move the selection down the dossier list (back to the top, untimed, at the end).
        pressUntimed(.character("1"))
        for _ in 0..<scale.keyRuns {
            if isAtEnd(driver, .dossiers) { pressUntimed(.home) }
            press(.down, into: &results.moveSelection)
        }
        pressUntimed(.home)
        for _ in 0..<scale.keyRuns {
            if isAtEnd(driver, .dossiers) { pressUntimed(.home) }
            press(.pageDown, into: &results.pageDown)
        }
        pressUntimed(.home)
        for _ in 0..<scale.keyRuns {
            press(.tab, into: &results.switchPane)
        }
        // Enter on rows spread over each list, then Escape.
        var rng = SeededGenerator(seed: 7, stream: 1)
        let detailRuns = max(10, scale.keyRuns / 3)
        for pane in PaneKind.allCases {
            pressUntimed(.character(Character(String(pane.number))))
            var samples = Samples()
            guard driver.state.rowCount(pane) > 0 else { continue }
            for _ in 0..<detailRuns {
                if isAtEnd(driver, pane) { pressUntimed(.home) }
                for _ in 0..<rng.int(in: 0...3) { pressUntimed(.pageDown) }
                press(.enter, into: &samples)
                guard case .detail = driver.state.screen else {
                    throw BenchError("Entrée sur \(pane.title) n’a pas ouvert de détail: \(driver.state.statusMessage ?? "?")")
                }
                press(.escape, into: &results.closeDetail)
            }
            results.openDetail[pane] = samples
        }
        // `s` cycles the sort column (then back to the store's order); timed on each press.
        for (pane, keyPath) in [(PaneKind.dossiers, \KeyResults.sortDossiers), (.sessions, \KeyResults.sortSessions)] {
            pressUntimed(.character(Character(String(pane.number))))
            var samples = Samples()
            for _ in 0..<max(14, scale.keyRuns / 10) { press(.character("s"), into: &samples) }
            var guardCount = 0
            while driver.state.query(pane).sortColumn != nil && guardCount < 20 {
                pressUntimed(.character("s"))
                guardCount += 1
            }
            results[keyPath: keyPath] = samples
        }
        return results
    }

    /// Typing a 6-letter filter in the Dossiers list, per key. Before each word another connection
    /// changes one dossier, so the tick reloads (untimed) and the first letter pays for folding every
    /// row's text again, as it does after any reload; that first letter is also reported alone.
    func filterTyping(repository: SQLiteRepository) throws -> (perKey: Samples, firstLetter: Samples, matches: Int) {
        let driver = AppDriver(state: initialState(), repository: repository)
        var screen = Self.frame(driver, previous: Buffer(width: Self.size.width, height: Self.size.height))
        let writer = try Database(path: path)
        defer { writer.close() }
        var perKey = Samples(), firstLetter = Samples()
        var matches = 0
        func send(_ key: Key) { driver.send(.key(key)); screen = Self.frame(driver, previous: screen) }
        send(.character("1"))
        for _ in 0..<scale.heavyRuns {
            try writer.execute("UPDATE dossiers SET version = version + 1 WHERE id = (SELECT min(id) FROM dossiers)")
            driver.tick(today: today)
            screen = Self.frame(driver, previous: screen)
            send(.character("/"))
            for (position, letter) in "develo".enumerated() {
                let (_, elapsed) = MonotonicClock.measure { send(.character(letter)) }
                perKey.add(elapsed)
                if position == 0 { firstLetter.add(elapsed) }
            }
            matches = driver.state.rowCount(.dossiers)
            send(.escape)
        }
        return (perKey, firstLetter, matches)
    }

    private func driverSending(_ key: Key, _ driver: AppDriver) -> AppDriver {
        driver.send(.key(key))
        return driver
    }

    private func isAtEnd(_ driver: AppDriver, _ pane: PaneKind) -> Bool {
        driver.state.cursor(pane).selected >= driver.state.rowCount(pane) - 1
    }

    // MARK: Alerts

    /// `AlertEngine` alone on the loaded snapshot.
    func alertsFromScratch(repository: SQLiteRepository) throws -> (Samples, Int) {
        let snapshot = try repository.monitoringSnapshot()
        let engine = AlertEngine(rules: .standard)
        var samples = Samples()
        var count = 0
        for _ in 0..<max(scale.heavyRuns, 20) {
            count = samples.time { engine.alerts(for: snapshot, today: today).count }
        }
        return (samples, count)
    }

    /// Another connection records (then clears) one session's end-of-session list; the app's next tick
    /// notices the new data version and does what it does: read the records the change log names (or
    /// everything), recompute the alerts, redraw. Timed: the tick and the frame. Checks that the alert
    /// list really changed each time; also counts the ticks that read only the changes.
    func alertsAfterOneChange(repository: SQLiteRepository) throws -> (samples: Samples, incremental: Int) {
        let driver = AppDriver(state: initialState(), repository: repository)
        var screen = Self.frame(driver, previous: Buffer(width: Self.size.width, height: Self.size.height))
        guard let alert = driver.state.alerts.first(where: { $0.kind == .endOfSessionList }),
              case .session(let sessionID, _) = alert.subject else {
            throw BenchError("aucune alerte de liste de fin de session à modifier")
        }
        let writer = try Database(path: path)
        defer { writer.close() }
        var samples = Samples()
        var incremental = 0
        for run in 0..<scale.heavyRuns {
            let before = driver.state.alerts.count
            let received: String? = run % 2 == 0 ? today.iso : nil
            try writer.execute("UPDATE sessions SET end_list_received_on = ?, version = version + 1 WHERE id = ?",
                               received, sessionID.rawValue)
            samples.time {
                driver.tick(today: today)
                screen = Self.frame(driver, previous: screen)
            }
            if driver.lastReload == .changes { incremental += 1 }
            let expected = before + (received == nil ? 1 : -1)
            guard driver.state.alerts.count == expected else {
                throw BenchError("après la modification, \(driver.state.alerts.count) alertes au lieu de \(expected)")
            }
        }
        try writer.execute("UPDATE sessions SET end_list_received_on = NULL WHERE id = ?", sessionID.rawValue)
        return (samples, incremental)
    }

    // MARK: Breakdown

    struct Breakdown {
        var dossierRows = Samples(), sessionRows = Samples(), labelRows = Samples(), snapshot = Samples()
        var render = Samples(), diff = Samples()
    }

    /// The parts of a reload and of a frame, to see where the time goes.
    func breakdown(repository: SQLiteRepository) throws -> Breakdown {
        var parts = Breakdown()
        for _ in 0..<scale.heavyRuns {
            try parts.dossierRows.time { blackHole(try repository.dossierRows().count) }
            try parts.sessionRows.time { blackHole(try repository.sessionRows().count) }
            try parts.labelRows.time { blackHole(try repository.labelRows().count) }
            try parts.snapshot.time { blackHole(try repository.monitoringSnapshot().sessions.count) }
        }
        let driver = AppDriver(state: initialState(), repository: repository)
        let empty = Buffer(width: Self.size.width, height: Self.size.height)
        var previous = MainView.render(driver.state)
        for run in 0..<max(scale.keyRuns / 3, 10) {
            let buffer = parts.render.time { MainView.render(driver.state) }
            parts.diff.time { blackHole(buffer.diff(from: run % 2 == 0 ? previous : empty).count) }
            previous = buffer
            driver.send(.key(.down))
        }
        return parts
    }

    // MARK: Memory

    /// For the child process: open, draw, then walk every pane (page down through up to 200 pages,
    /// to the end, open the last row's detail and close it). Returns the peak RSS in kilobytes.
    func browseEveryPane() throws -> Int {
        let repository = try SQLiteRepository(path: path)
        let driver = AppDriver(state: initialState(), repository: repository)
        var screen = Self.frame(driver, previous: Buffer(width: Self.size.width, height: Self.size.height))
        for pane in PaneKind.allCases {
            let filter: [Key] = [.character("/"), .character("d"), .character("e"), .escape]
            for key in [Key.character(Character(String(pane.number)))] + Array(repeating: Key.pageDown, count: 200)
                + [.end, .enter, .escape, .home, .enter, .escape, .character("s"), .character("s"), .character("S")]
                + filter {
                driver.send(.key(key))
                screen = Self.frame(driver, previous: screen)
            }
        }
        driver.tick(today: today)
        blackHole(screen)
        return ProcessMemory.peakResidentKilobytes() ?? 0
    }
}
