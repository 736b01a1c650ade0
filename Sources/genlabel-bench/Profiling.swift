#if canImport(Glibc)
import Glibc
#endif
import GenLabelCore
import GenLabelStore
import GenLabelTUI

/// Repeats one part of the work for a while, so a profiler (`perf record -g`) sees only it:
///
///     genlabel-bench --profile PART --db FILE [--seconds S] [--pragma "cache_size=-32000"]
///
/// Parts: dossierRows, sessionRows, labelRows, snapshot, alerts, render, firstFrame, reload, sortSessions,
/// filterDossiers, and probes of the windowed-list design recommended in docs/performance.md
/// (probeSessionIDs, probeSessionWindow, probeSessionRowsByID, probeSessionsOrdered,
/// probeSessionsUnordered), which are SQL only, not application code paths.
enum Profiling {
    static func run(_ part: String, path: String, today: CalendarDate, seconds: Double, pragma: String?,
                    csv: String? = nil) throws -> String {
        if part == "importLearners" { return try importPhases(path: path, csv: csv, seconds: seconds, pragma: pragma) }
        let repository = try SQLiteRepository(path: path)
        if let pragma { try repository.database.execute(sql: "PRAGMA \(pragma)") }
        let state = AppState(today: today, todayIsPinned: true, databasePath: path, size: Scenarios.size)
        let driver = AppDriver(state: state, repository: repository)
        let snapshot = try repository.monitoringSnapshot()
        let start = MonotonicClock.nanoseconds()
        var runs = 0
        while Double(MonotonicClock.nanoseconds() - start) / 1e9 < seconds {
            switch part {
            case "sessionRows": blackHole(try repository.sessionRows())
            case "dossierRows": blackHole(try repository.dossierRows())
            case "labelRows": blackHole(try repository.labelRows())
            case "snapshot": blackHole(try repository.monitoringSnapshot())
            case "alerts": blackHole(AlertEngine().alerts(for: snapshot, today: today))
            case "render": blackHole(MainView.render(driver.state))
            case "firstFrame":
                // What the bench's first frame times: open, windowed load, render, diff.
                let fresh = try SQLiteRepository(path: path)
                let windowed = AppDriver(state: state, repository: fresh, firstFrameFirst: true)
                blackHole(MainView.render(windowed.state).diff(from: Buffer(width: Scenarios.size.width,
                                                                            height: Scenarios.size.height)).count)
                fresh.database.close()
            case "sortSessions":
                if runs == 0 { driver.send(.key(.character("2"))) }
                driver.send(.key(.character("s")))
                blackHole(MainView.render(driver.state))
            case "sessionSortKeys":
                // Every column's sort keys of the Sessions list, built as a first press builds them.
                for column in PaneColumns.sessions { blackHole(ListOrdering.sortKeys(driver.state.data.sessions, column)) }
            case "sortTimes":
                // One fresh load, then each `s` in Sessions timed alone (the first press of each column
                // builds that column's keys).
                let fresh = AppDriver(state: state, repository: repository)
                fresh.send(.key(.character("2")))
                var times: [String] = []
                for _ in 0..<8 {
                    let (_, elapsed) = MonotonicClock.measure { fresh.send(.key(.character("s"))) }
                    times.append(Report.number(elapsed))
                }
                print("sort presses (ms): " + times.joined(separator: " "))
            case "filterDossiers":
                if runs == 0 { driver.send(.key(.character("/"))) }
                let letters = Array("develo")
                driver.send(.key(runs % 12 < 6 ? .character(letters[runs % 6]) : .backspace))
                blackHole(MainView.render(driver.state))
            // Probes for the windowed-list design recommended in docs/performance.md (not app code paths).
            case "probeSessionIDs":
                blackHole(try repository.database.fetchAll("""
                    SELECT id FROM sessions ORDER BY coalesce(actual_start, planned_start) DESC, id
                    """, [SQLValue]()) { $0.int64(0) })
            case "probeSessionWindow":
                blackHole(try repository.database.fetchAll("""
                    SELECT s.id, s.code, t.title, t.region_code, s.planned_start, s.actual_start, s.end_date,
                           (SELECT count(*) FROM learners l WHERE l.session_id = s.id),
                           s.start_attestation_received_on, s.end_list_received_on
                    FROM sessions s JOIN labels lb ON lb.id = s.label_id JOIN trainings t ON t.id = lb.training_id
                    ORDER BY coalesce(s.actual_start, s.planned_start) DESC, s.id LIMIT 38 OFFSET 15000
                    """, [SQLValue]()) { $0.string(2) })
            case "probeSessionRowsByID":
                let ids = (0..<38).map { SQLValue.integer(Int64(1 + ($0 * 797) % 30_000)) }
                blackHole(try repository.database.fetchAll("""
                    SELECT s.id, s.code, t.title, t.region_code, s.planned_start, s.actual_start, s.end_date,
                           (SELECT count(*) FROM learners l WHERE l.session_id = s.id),
                           s.start_attestation_received_on, s.end_list_received_on
                    FROM sessions s JOIN labels lb ON lb.id = s.label_id JOIN trainings t ON t.id = lb.training_id
                    WHERE s.id IN (\(Array(repeating: "?", count: 38).joined(separator: ",")))
                    """, ids) { $0.string(2) })
            case "probeSessionsOrdered", "probeSessionsUnordered":
                let order = part == "probeSessionsOrdered" ? "ORDER BY coalesce(s.actual_start, s.planned_start) DESC, s.id" : ""
                blackHole(try repository.database.fetchAll("""
                    SELECT s.id, s.code, t.title, t.region_code, s.planned_start, s.actual_start, s.end_date,
                           (SELECT count(*) FROM learners l WHERE l.session_id = s.id),
                           s.start_attestation_received_on, s.end_list_received_on
                    FROM sessions s JOIN labels lb ON lb.id = s.label_id JOIN trainings t ON t.id = lb.training_id
                    \(order)
                    """, [SQLValue]()) { $0.int64(7) })
            case "reload":
                try repository.database.execute("UPDATE sessions SET version = version WHERE id = 1")
                blackHole(AppDriver(state: state, repository: repository).state.alerts.count)
            default: throw BenchError("unknown part \(part)")
            }
            runs += 1
        }
        return "\(part): \(runs) runs, \(Report.number(seconds * 1000 / Double(runs))) ms each"
    }

    /// `--profile importLearners --db COPY --csv FILE`: the phases of `genlabel import learners` in this
    /// process, repeated (the write is a dry run: done, then rolled back), each phase timed.
    static func importPhases(path: String, csv: String?, seconds: Double, pragma: String?) throws -> String {
        guard let csv, let bytes = readFileBytes(csv) else { throw BenchError("--csv FILE needed (a learners export)") }
        let database = try Database(path: path)
        if let pragma { try database.execute(sql: "PRAGMA \(pragma)") }
        let start = MonotonicClock.nanoseconds()
        var lines: [String] = []
        var runs = 0
        func cpu() -> Double {
            var now = timespec()
            clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now)
            return Double(now.tv_sec) * 1000 + Double(now.tv_nsec) / 1e6
        }
        while runs == 0 || Double(MonotonicClock.nanoseconds() - start) / 1e9 < seconds {
            let c0 = cpu()
            let (table, read) = MonotonicClock.measure { CSVReader().read(bytes) }
            guard case .success(let parsed) = table else { throw BenchError("CSV: \(table)") }
            let c1 = cpu()
            let (file, validated) = MonotonicClock.measure { ImportValidator(.learners).validate(parsed, file: csv) }
            let c2 = cpu()
            let (_, written) = try MonotonicClock.measure { try DataImporter(database: database).run(file, dryRun: true) }
            let c3 = cpu()
            lines.append("read \(Report.number(read)) ms, validate \(Report.number(validated)) ms, write (dry run) "
                         + "\(Report.number(written)) ms, \(file.rows.count) rows; thread CPU: "
                         + "\(Report.number(c1 - c0)) / \(Report.number(c2 - c1)) / \(Report.number(c3 - c2)) ms")
            runs += 1
        }
        database.close()
        return lines.joined(separator: "\n")
    }

    static func readFileBytes(_ path: String) -> [UInt8]? {
        guard let file = fopen(path, "rb") else { return nil }
        defer { fclose(file) }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = fread(&buffer, 1, buffer.count, file)
            if count <= 0 { break }
            bytes.append(contentsOf: buffer[0..<count])
        }
        return bytes
    }
}
