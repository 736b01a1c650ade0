import Testing
import GenLabelCore
@testable import GenLabelStore

/// The data and the reads the benchmark (issue 7) relies on. No timings here: the benchmark prints
/// them; these tests only check that the faster reads return the same answers.
@Suite("Benchmark data and fast reads")
struct BenchmarkDataTests {
    /// The benchmark's `tiny` scale (Sources/genlabel-bench/BenchScale.swift).
    static let tinyCounts = DemoGenerator.Counts(organizations: 30, trainings: 60, dossiers: 50, labels: 30,
                                                 sessions: 90, learners: 900)
    static let today = day("03/12/2026")

    /// An alert as text, committees named by date (their ids differ between the data set and the file,
    /// which holds the reference committees first).
    private func describe(_ alert: Alert, committeeDates: [Committee.ID: CalendarDate]) -> String {
        let subject: String
        if case .committee(let id) = alert.subject { subject = "committee \(committeeDates[id]?.iso ?? "?")" }
        else { subject = "\(alert.subject)" }
        return "\(alert.kind.rawValue) \(alert.dueDate.iso) \(alert.severity) \(alert.trainingTitle) \(subject)"
    }

    @Test func theGeneratorMakesExactlyTheCountsAsked() {
        let data = DemoGenerator(counts: Self.tinyCounts, today: Self.today).generate()
        #expect(data.organizations.count == 30)
        #expect(data.trainings.count == 60)
        #expect(data.dossiers.count == 50)
        #expect(data.labels.count == 30)
        #expect(data.sessions.count == 90)
        #expect(data.learners.count == 900)
        #expect(DemoGenerator(counts: Self.tinyCounts, today: Self.today).generate() == data)
    }

    /// The snapshot leaves out what can raise no alert on any date: the list must be the same as from
    /// the whole data set, today and on other dates (a tick that moves the date reuses the snapshot).
    @Test(arguments: [0, 20, 45, 120, 400, 1_200])
    func theReducedSnapshotGivesTheSameAlertsOnAnyDate(daysLater: Int) throws {
        let data = DemoGenerator(counts: Self.tinyCounts, today: Self.today).generate()
        try withFreshRepository { repository, _ in
            try DemoDataWriter.write(data, into: repository.database)
            let snapshot = try repository.monitoringSnapshot()
            let date = Self.today.addingDays(daysLater)
            let fromFile = AlertEngine().alerts(for: snapshot, today: date)
            let fromData = AlertEngine().alerts(for: data.monitoringSnapshot(), today: date)
            let fileCommittees = Dictionary(uniqueKeysWithValues: try repository.committees().map { ($0.id, $0.date) })
            let dataCommittees = Dictionary(uniqueKeysWithValues: data.committees.map { ($0.id, $0.date) })
            #expect(!fromFile.isEmpty)
            #expect(zip(fromFile, fromFile.dropFirst()).allSatisfy { AlertEngine.listOrder($0, $1) })
            #expect(fromFile.map { describe($0, committeeDates: fileCommittees) }
                    == fromData.map { describe($0, committeeDates: dataCommittees) })
            // And it is smaller: fulfilled sessions, missing reports and collected committees stay out.
            #expect(snapshot.sessions.count < data.sessions.count)
            #expect(snapshot.sessions.allSatisfy { session in
                session.actualStart == nil || session.startAttestationReceivedOn == nil
                    || session.endOfSessionListReceivedOn == nil
                    || !snapshot.sessions.contains { $0.labelID == session.labelID && $0.actualStart != nil && $0.id < session.id }
            })
            #expect(snapshot.annualReports.allSatisfy { $0.receivedOn != nil })
            #expect(snapshot.committees.allSatisfy { $0.listCollectedOn == nil })
            #expect(snapshot.labels.allSatisfy { AlertEngine.owesObligations($0.label.state) })
        }
    }

    /// Sorted in Swift now: the same order SQLite gave (latest start, actual else planned, then id).
    @Test func sessionRowsKeepTheirOrder() throws {
        let data = DemoGenerator(counts: Self.tinyCounts, today: Self.today).generate()
        try withFreshRepository { repository, _ in
            try DemoDataWriter.write(data, into: repository.database)
            let expected = try repository.database.fetchAll("""
                SELECT id FROM sessions ORDER BY coalesce(actual_start, planned_start) DESC, id
                """, []) { $0.int64(0) }
            #expect(try repository.sessionRows().map(\.id.rawValue) == expected)
            #expect(expected.count == 90)
        }
    }

    @Test func aLabelWhoseStartedSessionsAreAllFulfilledOwesNoFirstSession() throws {
        try withFreshRepository { repository, _ in
            try insertSmallWorld(repository.database)
            try repository.database.execute("UPDATE sessions SET end_list_received_on = '2026-04-10' WHERE id = 1", [])
            let snapshot = try repository.monitoringSnapshot()
            #expect(snapshot.sessions.map(\.id) == [.init(1)])
            let alerts = AlertEngine().alerts(for: snapshot, today: day("01/05/2026"))
            #expect(!alerts.contains { $0.kind == .firstSession })
        }
    }

    @Test func isoDatesAreReadLikeCalendarDateParsesThem() throws {
        try withFreshRepository { repository, _ in
            let db = repository.database
            for text in ["2024-02-29", "2026-12-31", "0001-01-01", "2025-02-29", "2026-13-01", "2026-1-01", "2026-01-1",
                         "2026/01/01", "２０２６-01-01", "", "2026-01-01 "] {
                let statement = try db.prepare("SELECT ?")
                try statement.bind([.text(text)])
                #expect(try statement.step())
                #expect(statement.isoDate(0) == CalendarDate(iso: text), "\(text)")
            }
        }
    }
}
