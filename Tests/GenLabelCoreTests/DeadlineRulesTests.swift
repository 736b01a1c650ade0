import Testing
@testable import GenLabelCore

private func d(_ text: String) -> CalendarDate { CalendarDate(french: text)! }

private func session(start: String, actual: String? = nil, end: String) -> TrainingSession {
    TrainingSession(id: .init(1), labelID: .init(1), code: "S1", plannedStart: d(start), actualStart: actual.map(d),
                    end: d(end), capacity: 12, startAttestationReceivedOn: nil, endOfSessionListReceivedOn: nil)
}

@Suite("Deadline rules (DOMAIN.md, Monitoring obligations)")
struct DeadlineRulesTests {
    @Test("committee collection = committee − 42 days (§5a)", arguments: [
        ("23/06/2022", "12/05/2022"), ("15/09/2022", "04/08/2022"), ("24/11/2022", "13/10/2022"),
    ])
    func collection(committee: String, cutoff: String) {
        let c = Committee(id: .init(1), date: d(committee))
        #expect(DeadlineRules.collection(of: c).result == d(cutoff))
        #expect(c.cutoff() == d(cutoff))
        #expect(DeadlineRules.collection(of: c).explanation == "comité \(committee) − 42 jours = \(cutoff)")
    }

    @Test func explicitCutoffOverridesTheRule() {
        let c = Committee(id: .init(1), date: d("15/09/2022"), explicitCutoff: d("15/07/2022"))
        #expect(c.cutoff() == d("15/07/2022"))
        #expect(DeadlineRules.collection(of: c).result == d("15/07/2022"))
    }

    @Test("annual report for year N is due 31/01/N+1 (§4)", arguments: [2022, 2023, 2024, 2026])
    func annualReport(year: Int) {
        let rule = DeadlineRules.annualReport(year: year)
        #expect(rule.result == CalendarDate(year: year + 1, month: 1, day: 31))
        #expect(rule.explanation == "année \(year) → avant le 31/01/\(year + 1) inclus")
    }

    @Test("start attestation = start + 1 month, clamped (§4)", arguments: [
        ("31/01/2026", "28/02/2026"), ("31/01/2024", "29/02/2024"), ("15/09/2026", "15/10/2026"),
        ("31/08/2026", "30/09/2026"),
    ])
    func startAttestation(start: String, due: String) {
        #expect(DeadlineRules.startAttestation(of: session(start: start, end: "30/06/2027")).result == d(due))
    }

    @Test func startAttestationCountsFromTheActualStart() {
        let s = session(start: "05/01/2026", actual: "31/01/2026", end: "30/06/2026")
        #expect(DeadlineRules.startAttestation(of: s).result == d("28/02/2026"))
    }

    @Test("end-of-session list = end + 1 month, clamped (§4)", arguments: [
        ("31/03/2026", "30/04/2026"), ("31/01/2027", "28/02/2027"), ("30/06/2026", "30/07/2026"),
    ])
    func endList(end: String, due: String) {
        let rule = DeadlineRules.endOfSessionList(of: session(start: "01/09/2025", end: end))
        #expect(rule.result == d(due))
        #expect(rule.explanation == "fin \(end) + 1 mois = \(due)")
    }

    @Test func firstSessionWithinThreeMonths() {
        let label = Label(id: .init(1), trainingID: .init(1), dossierID: nil, conventionSignedOn: d("30/11/2025"), state: .active)
        #expect(DeadlineRules.firstSession(of: label).result == d("28/02/2026"))
    }

    @Test func postponementAtMostTwoMonths() {
        #expect(DeadlineRules.postponedStart(of: session(start: "31/12/2025", end: "30/06/2026")).result == d("28/02/2026"))
    }

    @Test("label valid 3 years, 29/02 → 28/02 (§2a)", arguments: [
        ("29/02/2024", "28/02/2027"), ("01/09/2023", "01/09/2026"), ("15/01/2025", "15/01/2028"),
    ])
    func labelExpiry(signed: String, expires: String) {
        let label = Label(id: .init(1), trainingID: .init(1), dossierID: nil, conventionSignedOn: d(signed), state: .active)
        #expect(label.expiresOn() == d(expires))
        #expect(DeadlineRules.labelExpiry(of: label).result == d(expires))
    }

    @Test("severity: due on the day is not overdue, overdue the day after, due soon within 14 days", arguments: [
        ("30/04/2026", "30/04/2026", Severity.dueSoon), ("30/04/2026", "01/05/2026", .overdue),
        ("30/04/2026", "29/04/2026", .dueSoon), ("30/04/2026", "16/04/2026", .dueSoon),
        ("30/04/2026", "15/04/2026", .upcoming), ("30/04/2026", "30/05/2026", .overdue),
    ])
    func severity(due: String, today: String, expected: Severity) {
        #expect(Severity.of(due: d(due), today: d(today)) == expected)
    }
}
