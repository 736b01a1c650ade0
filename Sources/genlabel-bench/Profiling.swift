import GenLabelCore
import GenLabelStore
import GenLabelTUI

/// Repeats one part of the work for a while, so a profiler (`perf record -g`) sees only it:
///
///     genlabel-bench --profile PART --db FILE [--seconds S] [--pragma "cache_size=-32000"]
///
/// Parts: dossierRows, sessionRows, labelRows, snapshot, alerts, render, reload, sortSessions,
/// filterDossiers, and probes of the windowed-list design recommended in docs/performance.md
/// (probeSessionIDs, probeSessionWindow, probeSessionRowsByID, probeSessionsOrdered,
/// probeSessionsUnordered), which are SQL only, not application code paths.
enum Profiling {
    static func run(_ part: String, path: String, today: CalendarDate, seconds: Double, pragma: String?) throws -> String {
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
            case "sortSessions":
                if runs == 0 { driver.send(.key(.character("2"))) }
                driver.send(.key(.character("s")))
                blackHole(MainView.render(driver.state))
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
}
