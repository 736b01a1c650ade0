import GenLabelCore
import Testing
@testable import GenLabelStore

/// `monitoringSnapshot(listedOn:)` (the CLI's read, limited to sessions that can be listed on that day)
/// must give exactly the alert list of the whole snapshot, overdue items of any age included.
@Suite("Snapshot limited to the listing horizon")
struct HorizonSnapshotTests {
    static let today = CalendarDate(year: 2026, month: 12, day: 3)!
    static let offsets = [-1_500, -800, -365, -90, -30, -1, 0, 1, 20, 45, 89, 90, 91, 120, 400, 1_200]

    static let tinyCounts = DemoGenerator.Counts(organizations: 30, trainings: 60, dossiers: 50, labels: 30,
                                                 sessions: 90, learners: 900)

    func check(_ data: DemoDataSet) throws {
        try withFreshRepository { repository, _ in
            try DemoDataWriter.write(data, into: repository.database)
            let whole = try repository.monitoringSnapshot()
            var smaller = false
            for offset in Self.offsets {
                let date = Self.today.addingDays(offset)
                let limited = try repository.monitoringSnapshot(listedOn: date)
                let expected = AlertEngine().alerts(for: whole, today: date)
                if offset == 0 { #expect(!expected.isEmpty) }
                #expect(AlertEngine().alerts(for: limited, today: date) == expected, "on \(date.french)")
                #expect(AlertEngine().alerts(for: data.monitoringSnapshot(), today: date).count == expected.count)
                #expect(limited.labels == whole.labels && limited.committees == whole.committees
                        && limited.annualReports == whole.annualReports)
                #expect(limited.sessions.count <= whole.sessions.count)
                if limited.sessions.count < whole.sessions.count { smaller = true }
            }
            #expect(smaller)
        }
    }

    @Test func demoDataGivesTheSameAlertsOnManyDates() throws {
        try check(DemoGenerator(today: Self.today).generate())
    }

    @Test func benchmarkShapedDataGivesTheSameAlertsOnManyDates() throws {
        try check(DemoGenerator(counts: Self.tinyCounts, today: Self.today).generate())
    }

    @Test func aLabelWhoseOnlyStartedSessionIsBeyondTheHorizonOwesNoFirstSession() throws {
        try withFreshRepository { repository, _ in
            try insertSmallWorld(repository.database)
            // The started session owes its end list, due long after the horizon: not listable, but it is
            // the label's first started session, so it must still be read.
            try repository.database.execute("""
                UPDATE sessions SET planned_start = '2030-01-05', actual_start = '2030-01-12', end_date = '2030-03-31',
                start_attestation_received_on = NULL WHERE id = 1
                """, [])
            let date = day("01/05/2026")
            let limited = try repository.monitoringSnapshot(listedOn: date)
            #expect(limited.sessions.map(\.id) == [.init(1)])
            #expect(AlertEngine().alerts(for: limited, today: date)
                    == AlertEngine().alerts(for: try repository.monitoringSnapshot(), today: date))
            #expect(!AlertEngine().alerts(for: limited, today: date).contains { $0.kind == .firstSession })
        }
    }
}
