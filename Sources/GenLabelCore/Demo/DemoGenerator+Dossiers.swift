extension DemoGenerator {
    /// A dossier before ids and numbers are given.
    struct DossierPlan {
        var state: DossierState
        var trainingIndex: Int
        var committeeIndex: Int?
        var submittedOn: CalendarDate?
        var score: Double?
        var isRenewal: Bool
        /// The label plan this labelled dossier led to.
        var labelPlan: Int?
    }

    /// Shares of the dossiers that are not labelled, per state.
    static let otherStateWeights: [(state: DossierState, weight: Int)] = [
        (.rejected, 20), (.inadmissible, 13), (.withdrawn, 9), (.deferred, 7),
        (.draft, 11), (.submitted, 13), (.admissible, 7), (.underReview, 9), (.reviewed, 9),
    ]

    /// Dossiers in all ten states, then the labels with their dossier ids.
    ///
    /// One labelled dossier per label decided by a committee (labels of earlier calls have none), plus
    /// a couple labelled at the last committee whose convention is not signed yet. Rejected,
    /// inadmissible, withdrawn and deferred dossiers sit mostly on past committees; submitted,
    /// admissible, under review and reviewed ones on the next committee; drafts on none. Each dossier
    /// goes to the first committee whose cutoff is on or after its submission (§5a). About one in ten
    /// is a renewal (of a label that has ended or ends before the next committee). No training has two
    /// open dossiers, nor an open dossier next to a running label. Ids follow the submission order;
    /// numbers are `GEN-YYYY-NNNN`, numbered per year of submission (drafts: this year).
    func makeDossiersAndLabels(count: Int, plans: [LabelPlan], committees: [Committee], pool: inout TrainingPool,
                               rng: inout SeededGenerator) -> ([Dossier], [Label]) {
        let past = committees.indices.filter { committees[$0].date < today }
        let upcoming = committees.firstIndex { $0.cutoff(rules) >= today } ?? max(0, committees.count - 1)
        var dossiers: [DossierPlan] = []

        func submission(_ committee: Int?) -> CalendarDate? {
            guard let committee, committees.indices.contains(committee) else { return nil }
            return submissionDate(forCommittee: committee, committees: committees, rng: &rng)
        }
        func pastCommittee() -> Int? { rng.pickIfAny(past) ?? (committees.isEmpty ? nil : upcoming) }

        // Labelled, one per label decided by a committee.
        for (index, plan) in plans.enumerated() {
            guard let committee = plan.committeeIndex else { continue }
            dossiers.append(DossierPlan(state: .labelled, trainingIndex: plan.trainingIndex, committeeIndex: committee,
                                        submittedOn: submission(committee), score: Self.score(6.0, 9.5, rng: &rng),
                                        isRenewal: plan.renews != nil, labelPlan: index))
        }
        // Labelled at the last committee, convention not signed yet.
        if let last = past.last, committees[last].date >= today.addingDays(-63) {
            for _ in 0..<(2 * scale) {
                let training = pool.takeForLabel(pendingAudit: false)
                pool.block(training)
                dossiers.append(DossierPlan(state: .labelled, trainingIndex: training, committeeIndex: last,
                                            submittedOn: submission(last), score: Self.score(6.0, 9.5, rng: &rng),
                                            isRenewal: false, labelPlan: nil))
            }
        }

        // The other states, in fixed shares of what remains (at least one each).
        let remaining = max(0, count - dossiers.count)
        let totalWeight = Self.otherStateWeights.reduce(0) { $0 + $1.weight }
        var stateCounts = Self.otherStateWeights.map { max(1, remaining * $0.weight / totalWeight) }
        var difference = remaining - stateCounts.reduce(0, +)
        var cursor = 0
        while difference != 0 {
            let index = cursor % stateCounts.count
            if difference > 0 { stateCounts[index] += 1; difference -= 1 }
            else if stateCounts[index] > 1 { stateCounts[index] -= 1; difference += 1 }
            cursor += 1
            if cursor > 10 * stateCounts.count + abs(difference) * stateCounts.count { break }
        }
        func countOf(_ state: DossierState) -> Int {
            stateCounts[Self.otherStateWeights.firstIndex { $0.state == state }!]
        }

        // Final or deferred, mostly on past committees.
        var retryable: [Int] = []          // trainings of failed dossiers, which may apply again
        var failedBeforeLabel = Set<Int>() // label trainings given an earlier failed dossier
        let finalStates: [DossierState] = [.rejected, .inadmissible, .withdrawn]
        for state in finalStates {
            for _ in 0..<countOf(state) {
                let onPast: Bool
                switch state {
                case .inadmissible: onPast = rng.bool(probability: 0.85)
                case .withdrawn: onPast = rng.bool(probability: 0.7)
                default: onPast = true
                }
                let committee = onPast ? pastCommittee() : upcoming
                var training: Int?
                if onPast, let committee, rng.bool(probability: 0.2) {
                    // An earlier failed application of a training labelled later on.
                    let later = plans.indices.filter { index in
                        (plans[index].committeeIndex ?? -1) > committee && plans[index].renews == nil
                            && !failedBeforeLabel.contains(plans[index].trainingIndex)
                    }
                    if let pick = rng.pickIfAny(later) {
                        training = plans[pick].trainingIndex
                        failedBeforeLabel.insert(plans[pick].trainingIndex)
                    }
                }
                let chosen = training ?? pool.takeForDossier(preferWeak: state == .inadmissible)
                if training == nil && onPast { retryable.append(chosen) }
                dossiers.append(DossierPlan(state: state, trainingIndex: chosen, committeeIndex: committee,
                                            submittedOn: submission(committee),
                                            score: state == .rejected ? Self.score(2.0, 5.9, rng: &rng) : nil,
                                            isRenewal: false, labelPlan: nil))
            }
        }
        let recentPast = Array(past.suffix(2))
        for _ in 0..<countOf(.deferred) {
            let committee = rng.pickIfAny(recentPast) ?? upcoming
            let training = pool.takeForDossier(preferWeak: false)
            pool.block(training)
            dossiers.append(DossierPlan(state: .deferred, trainingIndex: training, committeeIndex: committee,
                                        submittedOn: submission(committee), score: Self.score(4.5, 6.5, rng: &rng),
                                        isRenewal: false, labelPlan: nil))
        }

        // Open, on the next committee (drafts on none): some renewals, some new applications of failed
        // trainings, the rest new trainings.
        let validity = rules.labelValidityYears
        let nextCommitteeDate = committees.indices.contains(upcoming) ? committees[upcoming].date : today
        var renewable = plans.indices.filter { index in
            let plan = plans[index]
            let expiry = plan.signedOn.addingYears(validity)
            return (plan.state == .active || plan.state == .expired) && !plan.isRenewed
                && expiry >= today.addingMonths(-8) && expiry <= today.addingMonths(9)
        }
        renewable = rng.shuffled(renewable)
        retryable = rng.shuffled(retryable)
        // About one dossier in ten is a renewal, labelled ones included.
        var renewalsLeft = max(1, count / 10) - dossiers.filter(\.isRenewal).count
        var openStates: [DossierState] = []
        for state in [DossierState.draft, .submitted, .admissible, .underReview, .reviewed] {
            openStates += Array(repeating: state, count: countOf(state))
        }
        openStates = rng.shuffled(openStates)
        for state in openStates {
            var training: Int?
            var isRenewal = false
            // A renewal may be submitted once the label ends before the committee (criterion 8);
            // a draft may be prepared ahead.
            let limit = state == .draft ? today.addingMonths(9) : nextCommitteeDate.addingDays(30)
            if renewalsLeft > 0, rng.bool(probability: 0.7),
               let position = renewable.firstIndex(where: { plans[$0].signedOn.addingYears(validity) <= limit }) {
                training = plans[renewable[position]].trainingIndex
                renewable.remove(at: position)
                isRenewal = true
                renewalsLeft -= 1
            } else if rng.bool(probability: 0.15), let retry = retryable.popLast(), !pool.blocked.contains(retry) {
                training = retry
            }
            let chosen = training ?? pool.takeForDossier(preferWeak: false)
            pool.block(chosen)
            let committee: Int? = state == .draft || committees.isEmpty ? nil : upcoming
            dossiers.append(DossierPlan(state: state, trainingIndex: chosen, committeeIndex: committee,
                                        submittedOn: submission(committee),
                                        score: state == .reviewed ? Self.score(3.0, 9.5, rng: &rng) : nil,
                                        isRenewal: isRenewal, labelPlan: nil))
        }

        // Ids in submission order (drafts last), numbers per year.
        let afterToday = today.addingDays(1)
        let ordered = dossiers.enumerated().sorted { a, b in
            let da = a.element.submittedOn ?? afterToday, db = b.element.submittedOn ?? afterToday
            return da != db ? da < db : a.offset < b.offset
        }.map(\.element)
        var perYear: [Int: Int] = [:]
        var labelDossier: [Int: Dossier.ID] = [:]
        var result: [Dossier] = []
        for (offset, plan) in ordered.enumerated() {
            let id = Dossier.ID(Int64(offset + 1))
            let year = plan.submittedOn?.year ?? today.year
            let number = (perYear[year] ?? 0) + 1
            perYear[year] = number
            if let label = plan.labelPlan { labelDossier[label] = id }
            result.append(Dossier(id: id, number: "GEN-\(year)-\(Self.pad(number, 4))",
                                  trainingID: .init(Int64(plan.trainingIndex + 1)), state: plan.state,
                                  committeeID: plan.committeeIndex.map { committees[$0].id },
                                  submittedOn: plan.submittedOn, score: plan.score, isRenewal: plan.isRenewal))
        }
        let labels = plans.enumerated().map { index, plan in
            Label(id: .init(Int64(index + 1)), trainingID: .init(Int64(plan.trainingIndex + 1)),
                  dossierID: labelDossier[index], conventionSignedOn: plan.signedOn, state: plan.state)
        }
        return (result, labels)
    }

    static func pad(_ number: Int, _ width: Int) -> String {
        let text = String(number)
        return String(repeating: "0", count: max(0, width - text.count)) + text
    }
}
