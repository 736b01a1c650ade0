import Testing
@testable import GenLabelCore

private func d(_ text: String) -> CalendarDate { CalendarDate(french: text)! }

/// A small world: one label signed 15/01/2025 with one session, and one committee.
private struct World {
    var label = Label(id: .init(1), trainingID: .init(1), dossierID: nil, conventionSignedOn: d("15/01/2025"), state: .active)
    var session = TrainingSession(id: .init(7), labelID: .init(1), code: "S2026-01", plannedStart: d("05/01/2026"),
                                  actualStart: d("05/01/2026"), end: d("31/03/2026"), capacity: 12,
                                  startAttestationReceivedOn: d("20/01/2026"), endOfSessionListReceivedOn: nil)
    var committee = Committee(id: .init(3), date: d("24/11/2026"), listCollectedOn: d("13/10/2026"))
    var reports: [AnnualReport] = [AnnualReport(labelID: .init(1), year: 2025, receivedOn: d("10/01/2026"))]

    var snapshot: MonitoringSnapshot {
        MonitoringSnapshot(committees: [committee],
                           labels: [.init(label: label, trainingTitle: "Développeuse / Développeur web", regionCode: "53")],
                           sessions: [session], annualReports: reports)
    }

    func alerts(on today: String) -> [Alert] { AlertEngine().alerts(for: snapshot, today: d(today)) }
}

@Suite("Alert engine (DOMAIN.md, the live alert list)")
struct AlertEngineTests {
    @Test func endOfSessionListDueOnItsDateThenOverdue() throws {
        let world = World()
        let onDay = try #require(world.alerts(on: "30/04/2026").first { $0.kind == .endOfSessionList })
        #expect(onDay.dueDate == d("30/04/2026"))
        #expect(onDay.severity == .dueSoon)
        #expect(onDay.deltaText == "Jour J")
        let dayAfter = try #require(world.alerts(on: "01/05/2026").first { $0.kind == .endOfSessionList })
        #expect(dayAfter.severity == .overdue)
        #expect(dayAfter.deltaText == "J+1")
        #expect(dayAfter.computation.explanation == "fin 31/03/2026 + 1 mois = 30/04/2026")
    }

    @Test func fulfilledObligationLeavesTheList() {
        var world = World()
        #expect(world.alerts(on: "10/05/2026").contains { $0.kind == .endOfSessionList })
        world.session.endOfSessionListReceivedOn = d("09/05/2026")
        #expect(!world.alerts(on: "10/05/2026").contains { $0.kind == .endOfSessionList })
    }

    @Test func startAttestationUntilReceived() throws {
        var world = World()
        world.session.startAttestationReceivedOn = nil
        world.session.actualStart = d("31/01/2026")
        let alert = try #require(world.alerts(on: "20/02/2026").first { $0.kind == .startAttestation })
        #expect(alert.dueDate == d("28/02/2026"))
        #expect(alert.severity == .dueSoon)
        #expect(alert.deltaText == "J-8")
    }

    @Test func annualReportPerCalendarYear() throws {
        let world = World()
        // 2025 received; 2026 due 31/01/2027, listed within the 90-day horizon.
        let alerts = world.alerts(on: "03/12/2026").filter { $0.kind == .annualReport }
        #expect(alerts.map(\.dueDate) == [d("31/01/2027")])
        #expect(alerts.first?.subject == .annualReport(.init(1), year: 2026))
        // Not listed yet 91 days before.
        #expect(world.alerts(on: "01/11/2026").filter { $0.kind == .annualReport }.isEmpty)
        // Overdue on 01/02/2027.
        #expect(world.alerts(on: "01/02/2027").first { $0.kind == .annualReport }?.severity == .overdue)
    }

    @Test func missingReportOfAPastYearIsOverdue() throws {
        var world = World()
        world.reports = []
        let report2025 = try #require(world.alerts(on: "03/12/2026").first { $0.subject == .annualReport(.init(1), year: 2025) })
        #expect(report2025.severity == .overdue)
        #expect(report2025.daysPastDue == 306)
    }

    @Test func committeeCollectionUntilCollected() throws {
        var world = World()
        world.committee = Committee(id: .init(3), date: d("24/11/2026"))
        let alert = try #require(world.alerts(on: "13/10/2026").first { $0.kind == .committeeCollection })
        #expect(alert.dueDate == d("13/10/2026"))
        #expect(alert.severity == .dueSoon)
        world.committee.listCollectedOn = d("13/10/2026")
        #expect(!world.alerts(on: "13/10/2026").contains { $0.kind == .committeeCollection })
    }

    @Test func firstSessionAlertUntilASessionStarts() throws {
        var world = World()
        world.label.conventionSignedOn = d("30/11/2025")
        world.session.actualStart = nil
        world.session.plannedStart = d("01/03/2026")
        let alert = try #require(world.alerts(on: "15/02/2026").first { $0.kind == .firstSession })
        #expect(alert.dueDate == d("28/02/2026"))
        world.session.actualStart = d("10/02/2026")
        #expect(!world.alerts(on: "15/02/2026").contains { $0.kind == .firstSession })
    }

    @Test func postponedStartOnlyOnceThePlannedStartHasPassed() throws {
        var world = World()
        world.session.actualStart = nil
        world.session.plannedStart = d("05/01/2026")
        #expect(!world.alerts(on: "05/01/2026").contains { $0.kind == .postponedStart })
        let alert = try #require(world.alerts(on: "06/01/2026").first { $0.kind == .postponedStart })
        #expect(alert.dueDate == d("05/03/2026"))
    }

    @Test func labelExpiryWarnedSixMonthsAhead() throws {
        let world = World() // expires 15/01/2028
        #expect(!world.alerts(on: "14/07/2027").contains { $0.kind == .labelExpiry })
        let alert = try #require(world.alerts(on: "15/07/2027").first { $0.kind == .labelExpiry })
        #expect(alert.dueDate == d("15/01/2028"))
        #expect(alert.severity == .upcoming)
    }

    @Test func withdrawnLabelsOweNothing() {
        var world = World()
        world.reports = []
        world.label.state = .withdrawn
        #expect(world.alerts(on: "03/12/2026").allSatisfy { $0.kind == .committeeCollection })
    }

    @Test func sortedOverdueFirstThenByDueDate() {
        var world = World()
        world.reports = []
        world.committee = Committee(id: .init(3), date: d("20/02/2027"))
        let alerts = world.alerts(on: "03/12/2026")
        #expect(alerts.count >= 3)
        for (a, b) in zip(alerts, alerts.dropFirst()) {
            #expect(a.severity < b.severity || (a.severity == b.severity && a.dueDate <= b.dueDate))
        }
        #expect(alerts.first?.severity == .overdue)
    }
}

/// The alert list's packed-integer sort gives the order of the closure sort it replaced, on demo alerts
/// shuffled, with title ranks drawn from a few values so that many alerts tie down to their identity.
@Suite("Alert list order")
struct AlertListOrderTests {
    @Test func packedSortEqualsTheClosureSort() {
        let today = CalendarDate(year: 2026, month: 12, day: 3)!
        let snapshot = DemoGenerator(counts: DemoGenerator.Counts(organizations: 30, trainings: 60, dossiers: 50, labels: 40,
                                                                   sessions: 160, learners: 10), today: today)
            .generate().monitoringSnapshot()
        var generator = SeededGenerator(seed: 12)
        for offset in [-700, -30, 0, 90, 500] {
            let alerts = AlertEngine().alerts(for: snapshot, today: today.addingDays(offset))
            #expect(!alerts.isEmpty)
            for _ in 0..<10 {
                let shuffled = alerts.shuffled(using: &generator)
                let ranks = shuffled.map { _ in Int.random(in: 0...3, using: &generator) }
                #expect(AlertEngine.sortedForList(shuffled, titleRanks: ranks).map(\.id)
                        == AlertEngine.referenceSortedForList(shuffled, titleRanks: ranks).map(\.id))
            }
        }
    }
}
