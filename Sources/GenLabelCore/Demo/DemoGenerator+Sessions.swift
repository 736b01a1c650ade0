extension DemoGenerator {
    /// Sessions built backwards from a target due date so that the alert list always holds a start
    /// attestation and an end-of-session list in each severity.
    enum PinnedSession: CaseIterable {
        case attestationOverdue, attestationDueSoon, attestationUpcoming
        case listOverdue, listDueSoon, listUpcoming
    }

    /// A session before ids are given.
    struct SessionDraft {
        var planned: CalendarDate
        var actual: CalendarDate?
        var end: CalendarDate
        var attestation: CalendarDate?
        var endList: CalendarDate?
    }

    /// Sessions: 2 to 5 per label (exactly `count` in all), coded `SYYYY-MM` by planned start.
    ///
    /// The first starts within 3 months of the signature, the next ones spread until shortly before the
    /// label ends (or up to 9 months ahead). A session that was due to start is mostly started on time
    /// or some days or weeks late; it lasts the training's months plus up to 2 months of immersion
    /// (4 to 14 months). Its start attestation comes a few days to 5 weeks after the start, its end list
    /// 0 to 6 weeks after the end, when that is not after today; a few never come.
    ///
    /// For the alert list, whatever today is: the three labels waiting for their first session have
    /// sessions planned but none started (one planned 1–3 weeks ago: a postponed start; one planned
    /// more than 2 months ago: postponed too long), and six sessions are pinned on other active labels
    /// so that a start attestation and an end list are each overdue, due soon and upcoming.
    func makeSessions(count: Int, labels: [Label], plans: [LabelPlan], trainings: [Training],
                      rng: inout SeededGenerator) -> [TrainingSession] {
        guard !labels.isEmpty else { return [] }
        let validity = rules.labelValidityYears

        // Per label: the first planned start and the end of the window for the next ones.
        var firstStart: [CalendarDate] = []
        var windowEnd: [CalendarDate] = []
        var maxCount: [Int] = []
        for label in labels {
            let signed = label.conventionSignedOn
            let expiry = signed.addingYears(validity)
            let first = signed.addingDays(rng.int(in: 14...80))
            var end: CalendarDate
            switch label.state {
            case .active, .pendingQualiopiAudit: end = Self.earlier(expiry.addingMonths(-2), today.addingMonths(9))
            case .expired: end = expiry.addingMonths(-4)
            case .withdrawn, .terminated: end = Self.earlier(today.addingMonths(-2), expiry.addingMonths(-4))
            }
            end = Self.later(end, first.addingDays(60))
            firstStart.append(first)
            windowEnd.append(end)
            maxCount.append(min(5, max(2, 1 + first.days(until: end) / 100)))
        }

        // Pinned sessions and their hosts: active labels valid at the pinned start.
        var pins: [Int: SessionDraft] = [:]
        for kind in PinnedSession.allCases {
            let candidates = rng.shuffled(labels.indices.filter { index in
                labels[index].state == .active && !plans[index].scenario.isFirstSession && pins[index] == nil
            })
            for host in candidates {
                let label = labels[host]
                let months = max(6, sessionMonths(trainings[Int(label.trainingID.rawValue) - 1], rng: &rng))
                let draft = pinnedDraft(kind, months: months, rng: &rng)
                let start = draft.actual ?? draft.planned
                if label.conventionSignedOn.addingDays(14) <= draft.planned
                    && start <= label.conventionSignedOn.addingYears(validity).addingMonths(-1) {
                    pins[host] = draft
                    break
                }
            }
        }

        // How many sessions each label gets: by age, then adjusted to the exact total.
        var perLabel = labels.indices.map { index -> Int in
            if plans[index].scenario.isFirstSession { return 2 }
            let age = labels[index].conventionSignedOn.days(until: today) / 30
            let wanted = age < 6 ? 2 : age < 18 ? rng.int(in: 2...3) : age < 30 ? rng.int(in: 3...4) : rng.int(in: 4...5)
            return min(wanted, maxCount[index])
        }
        let adjustable = labels.indices.filter { !plans[$0].scenario.isFirstSession }
        var total = perLabel.reduce(0, +)
        for limit in [maxCount, Array(repeating: 5, count: labels.count)] where total != count && !adjustable.isEmpty {
            var attempts = 0
            while total != count && attempts < 200 * (labels.count + abs(total - count)) {
                let index = rng.pick(adjustable)
                if total < count && perLabel[index] < limit[index] { perLabel[index] += 1; total += 1 }
                else if total > count && perLabel[index] > 2 { perLabel[index] -= 1; total -= 1 }
                attempts += 1
            }
        }

        var sessions: [TrainingSession] = []
        for (index, label) in labels.enumerated() {
            let training = trainings[Int(label.trainingID.rawValue) - 1]
            var drafts: [SessionDraft] = []
            switch plans[index].scenario {
            case .firstSessionUpcoming, .firstSessionDueSoon, .firstSessionOverdue:
                drafts = firstSessionDrafts(for: label, scenario: plans[index].scenario, training: training, rng: &rng)
            default:
                var usedMonths = Set<String>()
                var naturalCount = perLabel[index]
                if let pinned = pins[index] {
                    drafts.append(pinned)
                    usedMonths.insert(Self.sessionCode(pinned.planned))
                    naturalCount -= 1
                }
                let first = firstStart[index]
                let gap = naturalCount > 1 ? max(45, first.days(until: windowEnd[index]) / (naturalCount - 1)) : 0
                for number in 0..<max(0, naturalCount) {
                    var planned = first.addingDays(number * gap + (number > 0 ? rng.int(in: 0...7) : 0))
                    while usedMonths.contains(Self.sessionCode(planned)) { planned = planned.addingDays(32) }
                    usedMonths.insert(Self.sessionCode(planned))
                    drafts.append(naturalDraft(planned: planned, state: label.state, training: training, rng: &rng))
                }
            }
            drafts.sort { $0.planned < $1.planned }
            for draft in drafts {
                let learnersCap = rng.int(in: 12...20)
                sessions.append(TrainingSession(
                    id: .init(Int64(sessions.count + 1)), labelID: label.id, code: Self.sessionCode(draft.planned),
                    plannedStart: draft.planned, actualStart: draft.actual, end: draft.end, capacity: learnersCap,
                    startAttestationReceivedOn: draft.attestation, endOfSessionListReceivedOn: draft.endList))
            }
        }
        return sessions
    }

    /// `S2026-03`: year and month of the planned start.
    static func sessionCode(_ planned: CalendarDate) -> String {
        "S\(pad(planned.year, 4))-\(pad(planned.month, 2))"
    }

    /// Length of a session in months: the training's months plus up to 2 months of immersion, 4 to 14.
    func sessionMonths(_ training: Training, rng: inout SeededGenerator) -> Int {
        min(14, max(4, training.months + rng.int(in: 0...2)))
    }

    /// A session as it happened, seen from today.
    func naturalDraft(planned: CalendarDate, state: LabelState, training: Training,
                      rng: inout SeededGenerator) -> SessionDraft {
        let months = sessionMonths(training, rng: &rng)
        let ended = state == .withdrawn || state == .terminated
        var actual: CalendarDate?
        if planned <= today {
            let roll = rng.unit()
            let delay = roll < 0.65 ? 0 : roll < 0.92 ? rng.int(in: 1...14) : rng.int(in: 15...45)
            actual = planned.addingDays(delay)
            if let started = actual, started > today { actual = ended ? planned : nil }
        }
        var end = (actual ?? planned).addingMonths(months).addingDays(-rng.int(in: 0...4))
        if actual == nil && planned <= today { end = Self.later(end, today.addingMonths(4)) }
        let missingRate = ended ? 0.0 : 1.0
        var attestation: CalendarDate?
        if let actual {
            let received = actual.addingDays(rng.int(in: 2...35))
            if received <= today && !rng.bool(probability: 0.03 * missingRate) { attestation = received }
        }
        var endList: CalendarDate?
        let listed = end.addingDays(rng.int(in: 0...42))
        if actual != nil && listed <= today && !rng.bool(probability: 0.04 * missingRate) { endList = listed }
        return SessionDraft(planned: planned, actual: actual, end: end, attestation: attestation, endList: endList)
    }

    /// A session placed so that one obligation has the wanted severity today (see `PinnedSession`).
    func pinnedDraft(_ kind: PinnedSession, months: Int, rng: inout SeededGenerator) -> SessionDraft {
        let attestationMonths = rules.startAttestationMonths
        let listMonths = rules.endOfSessionListMonths
        let soon = max(1, min(10, rules.dueSoonDays - 4))
        switch kind {
        case .attestationOverdue, .attestationDueSoon, .attestationUpcoming:
            let start: CalendarDate
            switch kind {
            case .attestationOverdue: start = today.addingMonths(-attestationMonths).addingDays(-rng.int(in: 9...40))
            case .attestationDueSoon: start = today.addingDays(rng.int(in: min(4, soon)...soon)).addingMonths(-attestationMonths)
            default: start = today.addingDays(-rng.int(in: 0...8))
            }
            let planned = rng.bool(probability: 0.3) ? start.addingDays(-rng.int(in: 1...10)) : start
            return SessionDraft(planned: planned, actual: start, end: start.addingMonths(months), attestation: nil,
                                endList: nil)
        case .listOverdue, .listDueSoon, .listUpcoming:
            let end: CalendarDate
            switch kind {
            case .listOverdue: end = today.addingMonths(-listMonths).addingDays(-rng.int(in: 10...60))
            case .listDueSoon: end = today.addingDays(rng.int(in: min(4, soon)...soon)).addingMonths(-listMonths)
            default: end = today.addingDays(rng.int(in: 15...45))
            }
            let start = end.addingMonths(-months)
            let attestation = start.addingDays(rng.int(in: 3...30))
            return SessionDraft(planned: start, actual: start, end: end,
                                attestation: attestation <= today ? attestation : nil, endList: nil)
        }
    }

    /// The two sessions of a label waiting for its first one: planned, none started.
    func firstSessionDrafts(for label: Label, scenario: LabelScenario, training: Training,
                            rng: inout SeededGenerator) -> [SessionDraft] {
        let signed = label.conventionSignedOn
        let due = signed.addingMonths(rules.firstSessionMonths)
        let first: CalendarDate
        let second: CalendarDate
        switch scenario {
        case .firstSessionUpcoming:
            first = today.addingDays(rng.int(in: 7...max(7, today.days(until: due) - 3)))
            second = first.addingMonths(rng.int(in: 5...8))
        case .firstSessionDueSoon:
            // Planned 1 to 3 weeks ago and not started: a postponed start, still within 2 months.
            first = Self.later(today.addingDays(-rng.int(in: 5...20)), signed.addingDays(7))
            second = first.addingMonths(rng.int(in: 5...8))
        default:
            // Planned shortly after the signature, more than 2 months ago, never started.
            first = signed.addingDays(rng.int(in: 8...18))
            second = today.addingDays(rng.int(in: 20...60))
        }
        return [first, second].map { planned in
            let end = Self.later(planned.addingMonths(sessionMonths(training, rng: &rng)), today.addingMonths(4))
            return SessionDraft(planned: planned, actual: nil, end: end, attestation: nil, endList: nil)
        }
    }
}
