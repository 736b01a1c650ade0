/// Computes the live alert list from a snapshot of stored data and "today" (DOMAIN.md, "Monitoring
/// obligations and deadlines"). Pure: the same inputs always give the same list.
///
/// An obligation is listed from the moment its due date is within the listing horizon (label expiry:
/// within the renewal warning) until it is fulfilled; it is overdue from the day after its due date.
/// Sorted overdue first, then by due date, then by training title.
public struct AlertEngine: Sendable {
    public var rules: RuleParameters

    public init(rules: RuleParameters = .standard) { self.rules = rules }

    public func alerts(for snapshot: MonitoringSnapshot, today: CalendarDate) -> [Alert] {
        var result: [Alert] = []
        let labelsByID = Dictionary(snapshot.labels.map { ($0.label.id, $0) }, uniquingKeysWith: { a, _ in a })
        let receivedReports = Set(snapshot.annualReports.filter { $0.receivedOn != nil }.map { ReportKey(labelID: $0.labelID, year: $0.year) })
        var startedLabels = Set<Label.ID>()
        for session in snapshot.sessions where session.actualStart != nil { startedLabels.insert(session.labelID) }

        func add(_ kind: ObligationKind, _ computation: DeadlineComputation, _ subject: AlertSubject,
                 _ context: MonitoringSnapshot.LabelContext?, horizonDays: Int) {
            guard today.days(until: computation.result) <= horizonDays else { return }
            result.append(Alert(kind: kind, dueDate: computation.result, today: today, subject: subject,
                                trainingTitle: context?.trainingTitle ?? "", regionCode: context?.regionCode ?? "",
                                computation: computation, rules: rules))
        }

        for committee in snapshot.committees where committee.listCollectedOn == nil {
            add(.committeeCollection, DeadlineRules.collection(of: committee, rules: rules), .committee(committee.id),
                nil, horizonDays: rules.listingHorizonDays)
        }

        for context in snapshot.labels where Self.owesObligations(context.label.state) {
            let label = context.label
            let expiry = label.expiresOn(rules)
            let lastReportYear = min(expiry.year, today.year)
            for year in stride(from: label.conventionSignedOn.year, through: lastReportYear, by: 1)
            where !receivedReports.contains(ReportKey(labelID: label.id, year: year)) {
                add(.annualReport, DeadlineRules.annualReport(year: year, rules: rules),
                    .annualReport(label.id, year: year), context, horizonDays: rules.listingHorizonDays)
            }
            if !startedLabels.contains(label.id) {
                add(.firstSession, DeadlineRules.firstSession(of: label, rules: rules), .label(label.id), context,
                    horizonDays: rules.listingHorizonDays)
            }
            if label.state.isMonitored {
                let computation = DeadlineRules.labelExpiry(of: label, rules: rules)
                let warningDays = computation.result.addingMonths(-rules.renewalWarningMonths).days(until: computation.result)
                add(.labelExpiry, computation, .label(label.id), context, horizonDays: warningDays)
            }
        }

        for session in snapshot.sessions {
            guard let context = labelsByID[session.labelID], Self.owesObligations(context.label.state) else { continue }
            let subject = AlertSubject.session(session.id, code: session.code)
            if session.actualStart == nil && session.plannedStart < today {
                add(.postponedStart, DeadlineRules.postponedStart(of: session, rules: rules), subject, context,
                    horizonDays: rules.listingHorizonDays)
            }
            if session.startAttestationReceivedOn == nil && session.actualStart != nil {
                add(.startAttestation, DeadlineRules.startAttestation(of: session, rules: rules), subject, context,
                    horizonDays: rules.listingHorizonDays)
            }
            if session.endOfSessionListReceivedOn == nil {
                add(.endOfSessionList, DeadlineRules.endOfSessionList(of: session, rules: rules), subject, context,
                    horizonDays: rules.listingHorizonDays)
            }
        }

        result.sort(by: Self.listOrder)
        return result
    }

    /// Withdrawn and terminated labels owe nothing more; expired ones still owe their last reports and lists.
    static func owesObligations(_ state: LabelState) -> Bool {
        state != .withdrawn && state != .terminated
    }

    /// Overdue first, then by due date, then by training title, then by identity (a total order).
    public static func listOrder(_ a: Alert, _ b: Alert) -> Bool {
        if a.severity != b.severity { return a.severity < b.severity }
        if a.dueDate != b.dueDate { return a.dueDate < b.dueDate }
        if a.trainingTitle != b.trainingTitle { return a.trainingTitle < b.trainingTitle }
        return a.id < b.id
    }

    private struct ReportKey: Hashable { let labelID: Label.ID; let year: Int }
}
