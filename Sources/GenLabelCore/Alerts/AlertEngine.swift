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
        let handlings = Dictionary(snapshot.handlings.map { ($0.alertID, $0) }, uniquingKeysWith: { a, _ in a })
        var startedLabels = Set<Label.ID>()
        for session in snapshot.sessions where session.actualStart != nil { startedLabels.insert(session.labelID) }

        // The distinct training titles, and for each alert the position of its title among them (found
        // once per label, by the label's id, rather than by hashing the accented title of every alert).
        var titles = TitleTable()
        var titleOfLabel: [Label.ID: Int] = [:]
        var titleOfAlert: [Int] = []

        func add(_ kind: ObligationKind, _ computation: DeadlineComputation, _ subject: AlertSubject,
                 _ context: MonitoringSnapshot.LabelContext?, horizonDays: Int) {
            guard today.days(until: computation.result) <= horizonDays else { return }
            var alert = Alert(kind: kind, dueDate: computation.result, today: today, subject: subject,
                              trainingTitle: context?.trainingTitle ?? "", place: context?.place ?? "",
                              conventionSignedOn: context?.label.conventionSignedOn,
                              regionCode: context?.regionCode ?? "",
                              computation: computation, rules: rules, labelID: context?.label.id)
            alert.officer = context?.officer ?? ""
            if !handlings.isEmpty, let handling = handlings[alert.id] {
                alert.handling = handling
                alert.handlingStatus = handling.status(today: today)
            }
            result.append(alert)
            guard let context else { titleOfAlert.append(titles.position(of: "")); return }
            if let known = titleOfLabel[context.label.id] {
                titleOfAlert.append(known)
            } else {
                let position = titles.position(of: context.trainingTitle)
                titleOfLabel[context.label.id] = position
                titleOfAlert.append(position)
            }
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
            if label.state == .pendingQualiopiAudit,
               let computation = DeadlineRules.qualiopiAudit(of: label, auditOn: context.qualiopiAuditOn, rules: rules) {
                add(.qualiopiAudit, computation, .label(label.id), context, horizonDays: rules.listingHorizonDays)
            }
            // The expiry warning stops once a state is recorded (expired, withdrawn, terminated) or a
            // renewal dossier is open (README "Labels").
            if label.state.isMonitored && !context.hasRenewal {
                let computation = DeadlineRules.labelExpiry(of: label, rules: rules)
                let warningDays = computation.result.addingMonths(-rules.renewalWarningMonths).days(until: computation.result)
                add(.labelExpiry, computation, .label(label.id), context, horizonDays: warningDays)
            }
        }

        for request in snapshot.modificationRequests where request.isPending {
            guard let context = labelsByID[request.labelID], Self.owesObligations(context.label.state) else { continue }
            add(.modificationRequest, DeadlineRules.modificationAnswer(to: request, rules: rules),
                .modificationRequest(request.labelID, request: request.id, kind: request.kind), context,
                horizonDays: rules.listingHorizonDays)
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

        return Self.sortedForList(result, titleRanks: titles.ranks(of: titleOfAlert))
    }

    /// `alerts` (in list order) after the records of `labels` changed: their alerts are dropped and those
    /// of `part` (the snapshot's part about these labels, as `MonitoringSnapshot` reads give it) merged
    /// in. Gives the list `alerts(for:today:)` gives on the whole updated snapshot (tests check it).
    public func alerts(_ alerts: [Alert], replacingLabels labels: Set<Label.ID>, with part: MonitoringSnapshot,
                       today: CalendarDate) -> [Alert] {
        var labelPart = part
        labelPart.committees = []
        let fresh = self.alerts(for: labelPart, today: today)
        var result = alerts.filter { alert in alert.labelID.map { !labels.contains($0) } ?? true }
        for alert in fresh {
            var low = 0, high = result.count
            while low < high {
                let middle = (low + high) / 2
                if Self.listOrder(result[middle], alert) { low = middle + 1 } else { high = middle }
            }
            result.insert(alert, at: low)
        }
        return result
    }

    /// Withdrawn and terminated labels owe nothing more; expired ones still owe their last reports and lists.
    /// (The store reads only the records of labels that owe something: keep the two in step.)
    public static func owesObligations(_ state: LabelState) -> Bool {
        state != .withdrawn && state != .terminated
    }

    /// Overdue first, then by due date, then by training title, then by identity (a total order).
    public static func listOrder(_ a: Alert, _ b: Alert) -> Bool {
        if a.severity != b.severity { return a.severity < b.severity }
        if a.dueDate != b.dueDate { return a.dueDate < b.dueDate }
        if a.trainingTitle != b.trainingTitle { return a.trainingTitle < b.trainingTitle }
        return a.id < b.id
    }

    /// `alerts` in `listOrder`, given for each alert the rank of its training title in `String` order.
    /// Sorts positions on integer keys taken out once (severity, due day, title rank) and builds the
    /// identity string only for full ties, rather than moving whole `Alert` values and comparing accented
    /// titles (Unicode-normalising comparisons) in every step. At ×10 scale (12,000 alerts) the engine
    /// goes from about 65 ms to about 24 (docs/performance.md).
    static func sortedForList(_ alerts: [Alert], titleRanks: [Int]) -> [Alert] {
        // (severity, due day, title rank, index) packed into one integer, sorted without a closure;
        // only runs that tie on the first three are then sorted by identity (issue 7: genlabel alerts).
        let severities = alerts.map(\.severity.rawValue)
        let days = alerts.map(\.dueDate.dayNumber)
        func bits(_ value: Int) -> Int { value <= 0 ? 1 : Int.bitWidth - value.leadingZeroBitCount }
        if let lowDay = days.min(), let highDay = days.max(), let lowSeverity = severities.min(),
           let highSeverity = severities.max(), let highRank = titleRanks.max(), titleRanks.allSatisfy({ $0 >= 0 }) {
            let indexBits = bits(alerts.count), rankBits = bits(highRank), dayBits = bits(highDay - lowDay),
                severityBits = bits(highSeverity - lowSeverity)
            if indexBits + rankBits + dayBits + severityBits <= 63 {
                var packed = [UInt64](repeating: 0, count: alerts.count)
                for index in alerts.indices {
                    var key = UInt64(severities[index] - lowSeverity)
                    key = key << UInt64(dayBits) | UInt64(days[index] - lowDay)
                    key = key << UInt64(rankBits) | UInt64(titleRanks[index])
                    packed[index] = key << UInt64(indexBits) | UInt64(index)
                }
                packed.sort()
                let indexMask = (UInt64(1) << UInt64(indexBits)) - 1
                var order = packed.map { Int($0 & indexMask) }
                var identities = [String?](repeating: nil, count: alerts.count)
                func identity(_ index: Int) -> String {
                    if let known = identities[index] { return known }
                    let id = alerts[index].id
                    identities[index] = id
                    return id
                }
                var start = 0
                while start < packed.count {
                    var end = start + 1
                    while end < packed.count && packed[end] >> UInt64(indexBits) == packed[start] >> UInt64(indexBits) { end += 1 }
                    if end - start > 1 {
                        order[start..<end].sort { i, j in
                            let a = identity(i), b = identity(j)
                            return a != b ? a < b : i < j
                        }
                    }
                    start = end
                }
                return order.map { alerts[$0] }
            }
        }
        return referenceSortedForList(alerts, titleRanks: titleRanks)
    }

    /// The closure sort: used when the keys do not pack into 64 bits, and as the tests' reference.
    static func referenceSortedForList(_ alerts: [Alert], titleRanks: [Int]) -> [Alert] {
        let severities = alerts.map(\.severity.rawValue)
        let days = alerts.map(\.dueDate.dayNumber)
        var identities = [String?](repeating: nil, count: alerts.count)
        func identity(_ index: Int) -> String {
            if let known = identities[index] { return known }
            let id = alerts[index].id
            identities[index] = id
            return id
        }
        var order = Array(alerts.indices)
        order.sort { i, j in
            if severities[i] != severities[j] { return severities[i] < severities[j] }
            if days[i] != days[j] { return days[i] < days[j] }
            if titleRanks[i] != titleRanks[j] { return titleRanks[i] < titleRanks[j] }
            return identity(i) < identity(j)
        }
        return order.map { alerts[$0] }
    }

    /// Distinct strings, each with a position, and their ranks in `String` order.
    private struct TitleTable {
        private var positions: [String: Int] = [:]
        private var strings: [String] = []

        mutating func position(of title: String) -> Int {
            if let known = positions[title] { return known }
            positions[title] = strings.count
            strings.append(title)
            return strings.count - 1
        }

        /// For each position in `positions`, the rank of its string among the distinct strings.
        func ranks(of positions: [Int]) -> [Int] {
            var rankOfPosition = [Int](repeating: 0, count: strings.count)
            for (rank, position) in strings.indices.sorted(by: { strings[$0] < strings[$1] }).enumerated() {
                rankOfPosition[position] = rank
            }
            return positions.map { rankOfPosition[$0] }
        }
    }

    private struct ReportKey: Hashable { let labelID: Label.ID; let year: Int }
}
