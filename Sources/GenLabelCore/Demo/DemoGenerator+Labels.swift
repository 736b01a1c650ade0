extension DemoGenerator {
    /// Trainings not yet given to a label or dossier, by kind of organization, plus the rule that keeps
    /// the data consistent: a training with a label or an open dossier gets no other open dossier
    /// (criterion 8, §2b).
    struct TrainingPool {
        /// Organizations certified and up to date: their trainings may be labelled.
        private var ordinary: [Int] = []
        /// Organizations with a Qualiopi audit scheduled: labels pending the audit (§2b-9).
        private var audit: [Int] = []
        /// Organizations without Qualiopi, with a lapsed one or with obligations not up to date.
        private var weak: [Int] = []
        private var fallbackOrder: [Int]
        /// Trainings holding a label or an open dossier.
        private(set) var blocked = Set<Int>()
        private(set) var used = Set<Int>()

        init(trainings: [Training], organizations: [Organization], today: CalendarDate, rng: inout SeededGenerator) {
            let byID = Dictionary(organizations.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
            for (index, training) in trainings.enumerated() {
                guard let organization = byID[training.organizationID] else { continue }
                switch organization.qualiopi {
                case .auditScheduled: audit.append(index)
                case .none: weak.append(index)
                case .certified(let until):
                    if !organization.obligationsUpToDate || until < today { weak.append(index) }
                    else { ordinary.append(index) }
                }
            }
            ordinary = rng.shuffled(ordinary)
            audit = rng.shuffled(audit)
            weak = rng.shuffled(weak)
            fallbackOrder = rng.shuffled(Array(trainings.indices))
        }

        mutating func block(_ index: Int) { blocked.insert(index); used.insert(index) }

        /// A fresh training for a label.
        mutating func takeForLabel(pendingAudit: Bool) -> Int {
            if pendingAudit, let index = pop(.audit) { return index }
            return pop(.ordinary) ?? pop(.weak) ?? pop(.audit) ?? fallback()
        }

        /// A fresh training for a dossier; `preferWeak` for inadmissible ones.
        mutating func takeForDossier(preferWeak: Bool) -> Int {
            if preferWeak, let index = pop(.weak) { return index }
            return pop(.ordinary) ?? pop(.weak) ?? pop(.audit) ?? fallback()
        }

        private enum Bucket { case ordinary, audit, weak }

        private mutating func pop(_ bucket: Bucket) -> Int? {
            while true {
                let next: Int?
                switch bucket {
                case .ordinary: next = ordinary.popLast()
                case .audit: next = audit.popLast()
                case .weak: next = weak.popLast()
                }
                guard let index = next else { return nil }
                if !used.contains(index) { used.insert(index); return index }
            }
        }

        /// When every training has been used: one without a label or open dossier (a new application
        /// for a training whose earlier one failed).
        private mutating func fallback() -> Int {
            let index = fallbackOrder.first { !blocked.contains($0) } ?? fallbackOrder.first ?? 0
            used.insert(index)
            return index
        }
    }

    /// The alert situations some labels are built for, whatever `today` is.
    enum LabelScenario: Equatable {
        case none
        /// Signed 1–2 months ago, no session started: first session upcoming.
        case firstSessionUpcoming
        /// Signed almost 3 months ago, no session started: first session due soon.
        case firstSessionDueSoon
        /// Signed about 4 months ago, no session started: first session overdue.
        case firstSessionOverdue
        /// Expires within two weeks, or within 6 months: renewal warning.
        case expiryDueSoon, expiryUpcoming

        var isFirstSession: Bool {
            self == .firstSessionUpcoming || self == .firstSessionDueSoon || self == .firstSessionOverdue
        }
    }

    /// A label before ids are given: its signature, state, training and the committee that decided it.
    struct LabelPlan {
        var signedOn: CalendarDate
        var scenario: LabelScenario
        var state: LabelState = .active
        var trainingIndex = 0
        /// The plan of the expired label this one renews (same training).
        var renews: Int?
        /// Whether a later label renews this one.
        var isRenewed = false
        /// The committee that labelled it; nil for a label of an earlier call (before the committees of
        /// §5a), which has no dossier in the data.
        var committeeIndex: Int?
    }

    /// Labels, sorted by signature (their index is their id − 1). Signatures spread over the last 3.5
    /// years, mostly some weeks after a committee; states follow: expired when signed more than 3 years
    /// ago, a few withdrawn, terminated or pending the Qualiopi audit, the rest active. Five labels are
    /// placed for the alert list (first session upcoming, due soon, overdue; expiry due soon and
    /// upcoming), and one expired a few months ago.
    func makeLabelPlans(count: Int, committees: [Committee], pool: inout TrainingPool,
                        rng: inout SeededGenerator) -> [LabelPlan] {
        let validity = rules.labelValidityYears
        let firstSession = rules.firstSessionMonths
        var plans: [LabelPlan] = []

        // Built for the alert list (see `LabelScenario`).
        let scenarios: [(LabelScenario, CalendarDate)] = [
            (.firstSessionUpcoming, today.addingDays(-rng.int(in: 30...60))),
            (.firstSessionDueSoon, today.addingDays(rng.int(in: 4...10)).addingMonths(-firstSession)),
            (.firstSessionOverdue, today.addingMonths(-firstSession).addingDays(-rng.int(in: 25...38))),
            (.expiryDueSoon, today.addingYears(-validity).addingDays(rng.int(in: 3...12))),
            (.expiryUpcoming, today.addingYears(-validity).addingDays(rng.int(in: 40...150))),
            // At least one expired label, whatever the draw of the others.
            (.none, today.addingYears(-validity).addingDays(-rng.int(in: 20...170))),
        ]
        for (scenario, date) in scenarios.prefix(count) {
            plans.append(LabelPlan(signedOn: date, scenario: scenario))
        }

        // The others: spread over the last 42 months; when a committee sat 3 to 14 weeks earlier, the
        // convention is signed 3 to 9 weeks after it.
        let earliest = today.addingMonths(-42)
        let latest = today.addingDays(-21)
        let span = max(0, earliest.days(until: latest))
        while plans.count < count {
            var date = earliest.addingDays(rng.int(in: 0...span))
            // Fewer of the oldest (expired by now): most labels are running.
            if date.addingYears(validity) < today && rng.bool(probability: 0.4) {
                date = earliest.addingDays(rng.int(in: 0...span))
            }
            if let committee = committees.last(where: { $0.date <= date.addingDays(-21) && $0.date >= date.addingDays(-100) }) {
                let signed = Self.earlier(committee.date.addingDays(rng.int(in: 21...63)), today.addingDays(-7))
                if signed >= earliest { date = signed }
            }
            plans.append(LabelPlan(signedOn: date, scenario: .none))
        }

        // Sorted by signature, ties by order of creation (a total order: the same on every platform).
        plans = plans.enumerated().sorted { a, b in
            a.element.signedOn != b.element.signedOn ? a.element.signedOn < b.element.signedOn : a.offset < b.offset
        }.map(\.element)

        // States.
        for index in plans.indices where plans[index].signedOn.addingYears(validity) < today {
            plans[index].state = .expired
        }
        let quota = max(1, count * 5 / 100)
        let natural = plans.indices.filter { plans[$0].scenario == .none && plans[$0].state == .active }
        let older = rng.shuffled(natural.filter { plans[$0].signedOn < today.addingMonths(-12) })
        for index in older.prefix(quota) { plans[index].state = .withdrawn }
        for index in older.dropFirst(quota).prefix(quota) { plans[index].state = .terminated }
        let recent = natural.filter { plans[$0].state == .active }
            .sorted { plans[$0].signedOn > plans[$1].signedOn }
        let recentPool = rng.shuffled(recent.filter { plans[$0].signedOn >= today.addingMonths(-9) })
        var pending = Array(recentPool.prefix(quota))
        if pending.count < quota { pending += recent.filter { !pending.contains($0) }.prefix(quota - pending.count) }
        for index in pending { plans[index].state = .pendingQualiopiAudit }

        // Trainings: a fresh one each, except renewals — a label signed after an expired label of the
        // data ended may take over its training (renewal, also possible in a new place: FAQ).
        for index in plans.indices {
            if plans[index].state == .active || plans[index].state == .expired,
               rng.bool(probability: 0.4),
               let previous = plans.indices.first(where: { other in
                   other < index && plans[other].state == .expired && !plans[other].isRenewed
                       && plans[other].signedOn.addingYears(validity).addingDays(14) <= plans[index].signedOn
               }) {
                plans[index].trainingIndex = plans[previous].trainingIndex
                plans[index].renews = previous
                plans[previous].isRenewed = true
            } else {
                plans[index].trainingIndex = pool.takeForLabel(pendingAudit: plans[index].state == .pendingQualiopiAudit)
            }
            pool.block(plans[index].trainingIndex)
        }

        // The committee that labelled it: the last one 3 weeks to 5 months before the signature.
        for index in plans.indices {
            let signed = plans[index].signedOn
            plans[index].committeeIndex = committees.lastIndex {
                $0.date <= signed.addingDays(-21) && $0.date >= signed.addingMonths(-5)
            }
        }
        return plans
    }
}
