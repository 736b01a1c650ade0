import Testing
@testable import GenLabelCore

private func d(_ text: String) -> CalendarDate { CalendarDate(french: text)! }

/// One label of one training, with what issue 4 adds: requests, an audit date, a renewal, handlings.
private struct LabelWorld {
    var label = Label(id: .init(1), trainingID: .init(1), dossierID: nil, conventionSignedOn: d("15/01/2025"), state: .active)
    var auditOn: CalendarDate?
    var hasRenewal = false
    var requests: [ModificationRequest] = []
    var handlings: [AlertHandling] = []
    var officer = "jleroy"
    /// A started session, so "première session" stays out of the way.
    let session = TrainingSession(id: .init(7), labelID: .init(1), code: "S2025-03", plannedStart: d("03/03/2025"),
                                  actualStart: d("03/03/2025"), end: d("30/09/2025"), capacity: 12,
                                  startAttestationReceivedOn: d("10/03/2025"), endOfSessionListReceivedOn: d("10/10/2025"))

    var snapshot: MonitoringSnapshot {
        MonitoringSnapshot(committees: [],
                           labels: [.init(label: label, trainingTitle: "Développeuse / Développeur web", regionCode: "53",
                                          place: "Vannes", officer: officer, qualiopiAuditOn: auditOn, hasRenewal: hasRenewal)],
                           sessions: [session], annualReports: [], modificationRequests: requests, handlings: handlings)
    }

    func alerts(on today: String, kind: ObligationKind) -> [Alert] {
        AlertEngine().alerts(for: snapshot, today: d(today)).filter { $0.kind == kind }
    }
}

@Suite("Label monitoring rules and the new obligations (issue 4)")
struct LabelMonitoringTests {
    // MARK: Pending modification request: requested + 1 month (Choice), boundary days

    @Test(arguments: [
        // requested on, today, expected due date, expected severity (nil: not listed)
        ("02/11/2026", "01/12/2026", "02/12/2026", Severity.dueSoon),
        ("02/11/2026", "02/12/2026", "02/12/2026", Severity.dueSoon),     // due on the day itself
        ("02/11/2026", "03/12/2026", "02/12/2026", Severity.overdue),     // overdue the day after
        ("31/01/2027", "27/02/2027", "28/02/2027", Severity.dueSoon),     // 31/01 + 1 month clamps to 28/02
        ("31/01/2028", "01/03/2028", "29/02/2028", Severity.overdue),     // leap year: 29/02
        ("02/11/2026", "03/11/2026", "02/12/2026", Severity.upcoming),    // 29 days ahead: beyond 14
        ("02/11/2026", "18/11/2026", "02/12/2026", Severity.dueSoon),     // 14 days ahead: due soon
        ("02/11/2026", "17/11/2026", "02/12/2026", Severity.upcoming),    // 15 days ahead: upcoming
    ])
    func pendingRequestIsDueOneMonthAfterIt(requested: String, today: String, due: String, severity: Severity) throws {
        var world = LabelWorld()
        world.requests = [ModificationRequest(id: 4, labelID: .init(1), kind: .modality, requestedOn: d(requested))]
        let alert = try #require(world.alerts(on: today, kind: .modificationRequest).first)
        #expect(alert.dueDate == d(due))
        #expect(alert.severity == severity)
        #expect(alert.subject == .modificationRequest(.init(1), request: 4, kind: .modality))
        #expect(alert.subjectText == "Demande « modalité » du \(requested)")
        #expect(alert.computation.explanation == "demande \(requested) + 1 mois = \(due)")
        #expect(alert.officer == "jleroy")
        #expect(alert.labelID == .init(1))
    }

    @Test func aDecidedRequestLeavesTheList() {
        var world = LabelWorld()
        world.requests = [ModificationRequest(id: 4, labelID: .init(1), kind: .content, requestedOn: d("02/11/2026"))]
        #expect(world.alerts(on: "03/12/2026", kind: .modificationRequest).count == 1)
        world.requests[0].decision = .accepted
        world.requests[0].decidedOn = d("03/12/2026")
        #expect(world.alerts(on: "03/12/2026", kind: .modificationRequest).isEmpty)
    }

    @Test func aWithdrawnLabelOwesNoAnswer() {
        var world = LabelWorld()
        world.requests = [ModificationRequest(id: 4, labelID: .init(1), kind: .content, requestedOn: d("02/11/2026"))]
        world.label.state = .withdrawn
        #expect(world.alerts(on: "03/12/2026", kind: .modificationRequest).isEmpty)
    }

    @Test func theAnswerDelayIsAParameter() throws {
        var rules = RuleParameters()
        rules.modificationAnswerMonths = 2
        var world = LabelWorld()
        world.requests = [ModificationRequest(id: 4, labelID: .init(1), kind: .content, requestedOn: d("31/12/2026"))]
        let alert = try #require(AlertEngine(rules: rules).alerts(for: world.snapshot, today: d("03/01/2027"))
            .first { $0.kind == .modificationRequest })
        #expect(alert.dueDate == d("28/02/2027"))
    }

    // MARK: Pending Qualiopi audit: due on the audit date

    @Test(arguments: [
        ("14/03/2027", "13/03/2027", Severity.dueSoon, "J-1"),
        ("14/03/2027", "14/03/2027", Severity.dueSoon, "Jour J"),     // due on the audit day itself
        ("14/03/2027", "15/03/2027", Severity.overdue, "J+1"),        // overdue the day after
        ("14/03/2027", "28/02/2027", Severity.dueSoon, "J-14"),
        ("14/03/2027", "27/02/2027", Severity.upcoming, "J-15"),
    ])
    func pendingAuditIsDueOnTheAuditDate(audit: String, today: String, severity: Severity, delta: String) throws {
        var world = LabelWorld()
        world.label.state = .pendingQualiopiAudit
        world.auditOn = d(audit)
        let alert = try #require(world.alerts(on: today, kind: .qualiopiAudit).first)
        #expect(alert.dueDate == d(audit))
        #expect(alert.severity == severity)
        #expect(alert.deltaText == delta)
        #expect(alert.computation.explanation == "audit Qualiopi prévu le \(audit)")
        #expect(alert.subject == .label(.init(1)))
    }

    @Test func theAuditAlertStopsOnceTheAuditIsRecorded() {
        var world = LabelWorld()
        world.label.state = .pendingQualiopiAudit
        world.auditOn = d("14/03/2027")
        #expect(world.alerts(on: "20/03/2027", kind: .qualiopiAudit).count == 1)
        world.label.state = .active   // the audit was recorded as passed
        #expect(world.alerts(on: "20/03/2027", kind: .qualiopiAudit).isEmpty)
        world.label.state = .withdrawn   // or failed: withdrawn
        #expect(world.alerts(on: "20/03/2027", kind: .qualiopiAudit).isEmpty)
    }

    @Test func withoutAnAuditDateTheAuditIsDueAtSignature() throws {
        var world = LabelWorld()
        world.label.state = .pendingQualiopiAudit
        let alert = try #require(world.alerts(on: "03/12/2026", kind: .qualiopiAudit).first)
        #expect(alert.dueDate == d("15/01/2025"))
        #expect(alert.severity == .overdue)
        #expect(alert.computation.explanation.contains("aucune date d'audit Qualiopi"))
    }

    // MARK: Label expiry: stops on a recorded state or a renewal

    @Test func expiryWarningStopsWithARenewalOrARecordedState() {
        var world = LabelWorld()
        // Signed 15/01/2025: valid until 15/01/2028, warned from 15/07/2027.
        #expect(world.alerts(on: "14/07/2027", kind: .labelExpiry).isEmpty)
        #expect(world.alerts(on: "15/07/2027", kind: .labelExpiry).count == 1)
        #expect(world.alerts(on: "16/01/2028", kind: .labelExpiry).first?.severity == .overdue)
        world.hasRenewal = true
        #expect(world.alerts(on: "16/01/2028", kind: .labelExpiry).isEmpty)
        world.hasRenewal = false
        world.label.state = .expired
        #expect(world.alerts(on: "16/01/2028", kind: .labelExpiry).isEmpty)
    }

    @Test(arguments: [
        ("15/01/2028", LabelState.active, LabelState.active),       // last day of validity
        ("16/01/2028", LabelState.active, LabelState.expired),      // the day after: shown expired
        ("16/01/2028", LabelState.pendingQualiopiAudit, LabelState.expired),
        ("16/01/2028", LabelState.withdrawn, LabelState.withdrawn),
        ("16/01/2028", LabelState.terminated, LabelState.terminated),
    ])
    func aLabelPastItsExpiryIsShownExpired(today: String, recorded: LabelState, shown: LabelState) {
        let label = Label(id: .init(1), trainingID: .init(1), dossierID: nil, conventionSignedOn: d("15/01/2025"), state: recorded)
        #expect(LabelLifecycle.shownState(label, today: d(today)) == shown)
    }

    // MARK: State changes and withdrawal steps

    @Test func actionsOfferedFromEachState() {
        #expect(LabelLifecycle.actions(from: .active).contains(.withdrawal(.warning)))
        #expect(LabelLifecycle.actions(from: .active).contains(.state(.terminated)))
        #expect(!LabelLifecycle.actions(from: .active).contains(.state(.active)))
        #expect(LabelLifecycle.actions(from: .pendingQualiopiAudit).first == .state(.active))
        #expect(LabelLifecycle.actions(from: .withdrawn) == [.state(.active)])
        #expect(LabelAction.withdrawal(.decision).resultingState(from: .active) == .withdrawn)
        #expect(LabelAction.withdrawal(.hearing).resultingState(from: .active) == .active)
    }

    @Test(arguments: [
        // action, from, date, reason, refused?
        (LabelAction.withdrawal(.warning), LabelState.active, "03/12/2026", "", true),          // reason required
        (LabelAction.withdrawal(.warning), LabelState.active, "03/12/2026", "rapport manquant", false),
        (LabelAction.withdrawal(.decision), LabelState.active, "04/12/2026", "retrait", true),  // after today
        (LabelAction.state(.terminated), LabelState.active, "03/12/2026", " ", true),           // blank reason
        (LabelAction.state(.terminated), LabelState.active, "03/12/2026", "à la demande", false),
        (LabelAction.state(.active), LabelState.pendingQualiopiAudit, "03/12/2026", "", false), // audit passed, no reason
        (LabelAction.state(.active), LabelState.withdrawn, "03/12/2026", "", true),             // correction needs one
        (LabelAction.state(.expired), LabelState.active, "03/12/2026", "", true),               // not expired yet
        (LabelAction.state(.active), LabelState.active, "03/12/2026", "x", true),               // not offered
        (LabelAction.withdrawal(.hearing), LabelState.active, "14/01/2025", "audition", true),  // before signature
    ])
    func stateChangeRefusals(action: LabelAction, from: LabelState, on: String, reason: String, refused: Bool) {
        let label = Label(id: .init(1), trainingID: .init(1), dossierID: nil, conventionSignedOn: d("15/01/2025"), state: from)
        let refusal = LabelLifecycle.refusal(action, label: label, on: d(on), reason: reason, today: d("03/12/2026"))
        #expect((refusal != nil) == refused, "\(refusal ?? "accepted")")
    }

    @Test func expiredCanBeRecordedTheDayAfterTheLastDay() {
        let label = Label(id: .init(1), trainingID: .init(1), dossierID: nil, conventionSignedOn: d("29/02/2024"), state: .active)
        #expect(label.expiresOn() == d("28/02/2027"))
        #expect(LabelLifecycle.refusal(.state(.expired), label: label, on: d("28/02/2027"), reason: "", today: d("01/03/2027")) != nil)
        #expect(LabelLifecycle.refusal(.state(.expired), label: label, on: d("01/03/2027"), reason: "", today: d("01/03/2027")) == nil)
    }

    @Test func writeRefusals() {
        let label = Label(id: .init(1), trainingID: .init(1), dossierID: nil, conventionSignedOn: d("15/06/2025"), state: .active)
        let pending = ModificationRequest(id: 9, labelID: label.id, kind: .support, requestedOn: d("10/11/2026"))
        let monitoring = LabelMonitoring(requests: [pending])
        let today = d("03/12/2026")
        func refused(_ write: LabelWrite) -> Bool { write.refusal(label: label, monitoring: monitoring, today: today) != nil }
        #expect(!refused(.annualReport(year: 2025, receivedOn: d("20/01/2026"))))
        #expect(!refused(.annualReport(year: 2026, receivedOn: nil)))
        #expect(refused(.annualReport(year: 2024, receivedOn: d("20/01/2026"))), "before the convention's year")
        #expect(refused(.annualReport(year: 2027, receivedOn: nil)), "a year not begun")
        #expect(refused(.annualReport(year: 2025, receivedOn: d("04/12/2026"))), "received in the future")
        #expect(refused(.annualReport(year: 2026, receivedOn: d("31/12/2025"))), "received before its year")
        #expect(!refused(.decideRequest(id: 9, .accepted, on: d("10/11/2026"), note: "")))
        #expect(refused(.decideRequest(id: 9, .accepted, on: d("09/11/2026"), note: "")), "before the request")
        #expect(refused(.decideRequest(id: 8, .refused, on: today, note: "")), "no such request")
        #expect(refused(.addRequest(.content, requestedOn: d("04/12/2026"), note: "")))
        #expect(!refused(.officer("jleroy")))
        #expect(refused(.officer("j leroy")))
        #expect(!refused(.openRenewal))
        var withdrawn = label
        withdrawn.state = .withdrawn
        #expect(LabelWrite.openRenewal.refusal(label: withdrawn, monitoring: monitoring, today: today) != nil)
    }

    // MARK: Acknowledged and snoozed alerts

    @Test(arguments: [
        ("14/12/2026", AlertHandlingStatus.snoozed),
        ("15/12/2026", AlertHandlingStatus.snoozeEnded),   // back on the day the snooze ends
        ("16/12/2026", AlertHandlingStatus.snoozeEnded),
    ])
    func aSnoozeEndsOnItsDate(today: String, status: AlertHandlingStatus) throws {
        var world = LabelWorld()
        world.requests = [ModificationRequest(id: 4, labelID: .init(1), kind: .content, requestedOn: d("02/11/2026"))]
        world.handlings = [AlertHandling(alertID: "demande_modification:m4", labelID: .init(1), action: .snoozed,
                                         until: d("15/12/2026"), reason: "relance envoyée", login: "jleroy", on: d("03/12/2026"))]
        let alert = try #require(world.alerts(on: today, kind: .modificationRequest).first)
        #expect(alert.handling?.reason == "relance envoyée")
        #expect(alert.handlingStatus == status)
    }

    @Test func anAcknowledgementStaysAndIsAttachedByIdentity() throws {
        var world = LabelWorld()
        world.label.state = .pendingQualiopiAudit
        world.auditOn = d("14/03/2027")
        world.handlings = [AlertHandling(alertID: "audit_qualiopi:l1", labelID: .init(1), action: .acknowledged, until: nil,
                                         reason: "audit reporté par le certificateur", login: "cmartin", on: d("03/12/2026"))]
        let alert = try #require(world.alerts(on: "20/03/2027", kind: .qualiopiAudit).first)
        #expect(alert.id == "audit_qualiopi:l1")
        #expect(alert.handlingStatus == .acknowledged)
        #expect(alert.handlingStatus.marker == "✓")
        // Another alert of the same label is not acknowledged.
        world.requests = [ModificationRequest(id: 4, labelID: .init(1), kind: .content, requestedOn: d("02/11/2026"))]
        #expect(world.alerts(on: "03/12/2026", kind: .modificationRequest).first?.handlingStatus == AlertHandlingStatus.none)
    }

    @Test func handlingRefusals() {
        let today = d("03/12/2026")
        #expect(AlertHandling.refusal(action: .acknowledged, until: nil, reason: "", today: today) != nil)
        #expect(AlertHandling.refusal(action: .acknowledged, until: nil, reason: "vu", today: today) == nil)
        #expect(AlertHandling.refusal(action: .snoozed, until: today, reason: "vu", today: today) != nil)
        #expect(AlertHandling.refusal(action: .snoozed, until: nil, reason: "vu", today: today) != nil)
        #expect(AlertHandling.refusal(action: .snoozed, until: d("04/12/2026"), reason: "vu", today: today) == nil)
    }

    @Test func incrementalRecomputeKeepsRequestsAndHandlings() {
        var world = LabelWorld()
        world.requests = [ModificationRequest(id: 4, labelID: .init(1), kind: .content, requestedOn: d("02/11/2026"))]
        let engine = AlertEngine()
        let before = engine.alerts(for: world.snapshot, today: d("03/12/2026"))
        world.handlings = [AlertHandling(alertID: "demande_modification:m4", labelID: .init(1), action: .acknowledged,
                                         until: nil, reason: "vu", login: "jleroy", on: d("03/12/2026"))]
        let merged = engine.alerts(before, replacingLabels: [.init(1)], with: world.snapshot, today: d("03/12/2026"))
        #expect(merged == engine.alerts(for: world.snapshot, today: d("03/12/2026")))
        #expect(merged.first { $0.kind == .modificationRequest }?.handlingStatus == .acknowledged)
    }
}
