/// The instruction records of the demo dossiers (issue 3), from their own random stream so the rest
/// of the demo world is unchanged.
public struct DemoInstruction: Sendable, Equatable {
    public var contents: [Dossier.ID: DossierContent]
    public var decisions: [Dossier.ID: [AdmissibilityDecision]]
    public var sheets: [Dossier.ID: [GraderSheet]]
    public var transitions: [Dossier.ID: [DossierTransition]]
    public static let empty = DemoInstruction(contents: [:], decisions: [:], sheets: [:], transitions: [:])
}

extension DemoGenerator {
    /// Instruction staff of the demo (OS logins).
    static let demoInstructors = ["c.martin", "a.benali", "l.nguyen"]

    static let demoPartners: [(String, PartnerKind)] = [
        ("France Travail", .sourcing), ("Mission locale", .sourcing), ("Centre social du quartier", .sourcing),
        ("Entreprises du numérique (club local)", .employment), ("ESN partenaire", .employment),
        ("Conseil régional", .funding), ("OPCO Atlas", .funding),
    ]

    /// Every dossier gets a content consistent with its state: drafts are often incomplete; inadmissible
    /// ones fail one criterion; the others meet the automatic criteria and carry criterion 4 checked by
    /// hand. Dossiers under review carry a partial grid, reviewed ones two complete grids whose mean,
    /// rounded to one decimal, becomes their score. Each step reached is a dated transition.
    func makeInstruction(dossiers: inout [Dossier], trainings: [Training], committees: [Committee],
                         rng: inout SeededGenerator) -> DemoInstruction {
        var result = DemoInstruction.empty
        let trainingsByID = Dictionary(trainings.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let committeeDates = Dictionary(committees.map { ($0.id, $0.date) }, uniquingKeysWith: { first, _ in first })
        let rules = self.rules.instruction
        for index in dossiers.indices {
            let dossier = dossiers[index]
            guard let training = trainingsByID[dossier.trainingID] else { continue }
            let committeeDate = dossier.committeeID.flatMap { committeeDates[$0] } ?? today
            var content = DossierContent(
                ownsCertification: rng.bool(probability: 0.6),
                remoteSharePercent: training.months <= rules.maximumRemoteMonths && rng.bool(probability: 0.2)
                    ? rng.int(in: 55...90) : rng.int(in: 0...4) * 10,
                immersionKind: rng.pick(ImmersionKind.allCases), immersionWeeks: rng.int(in: 4...16),
                supportHours: max(1, training.hours * rng.int(in: 8...18) / 100),
                sessionsPerYear: rng.int(in: 1...3), learnersPerSession: rng.int(in: 12...20),
                fundedPlaces: rng.int(in: 12...20), plannedWomenPercent: rng.int(in: 20...55),
                locatedInQPVOrZRR: rng.bool(probability: 0.35))
            content.targetLearnersPerSession = rng.int(in: 10...(content.learnersPerSession ?? 12))
            content.receptionPlaces = (content.remoteSharePercent ?? 0) > rules.remoteShareThreshold ? rng.int(in: 1...4) : 0
            if content.ownsCertification == false {
                content.partnershipEndsOn = committeeDate.addingMonths(rng.int(in: 6...30))
            }
            if rng.bool(probability: 0.15) {
                content.subcontractorName = "Atelier \(rng.pick(["Numérique", "Code", "Pixel", "Réseau"])) \(training.commune)"
                content.subcontractorNDA = "11\(rng.int(in: 100_000_000...999_999_999))"
            }
            let partnerCount = rng.int(in: 1...3)
            content.partners = rng.shuffled(Self.demoPartners).prefix(partnerCount).map { Partner(name: $0.0, kind: $0.1) }
            switch dossier.state {
            case .draft:
                // Half the drafts are not complete yet.
                if rng.bool(probability: 0.5) {
                    content.fundedPlaces = nil
                    content.partners = []
                    if rng.bool(probability: 0.5) { content.supportHours = nil }
                }
            case .inadmissible:
                switch rng.int(in: 0...2) {
                case 0: content.fundedPlaces = rng.int(in: 3...9)
                case 1: content.targetLearnersPerSession = rng.int(in: 4...9); content.sessionsPerYear = 1
                default: content.immersionWeeks = 0
                }
            default: break
            }
            result.contents[dossier.id] = content

            guard let submitted = dossier.submittedOn else { continue }
            let instructor = rng.pick(Self.demoInstructors)
            var steps: [(DossierState, DossierState, Int)] = [(.draft, .submitted, 0)]
            let checkedOn = submitted.addingDays(rng.int(in: 2...10))
            let reachedAdmissibility: Set<DossierState> = [.admissible, .underReview, .reviewed, .labelled, .rejected, .deferred]
            if reachedAdmissibility.contains(dossier.state) || dossier.state == .inadmissible {
                result.decisions[dossier.id] = [AdmissibilityDecision(
                    criterion: 4, met: true, reason: "Sélection sur entretien de motivation, sans diplôme requis",
                    login: instructor, decidedOn: Self.earlier(checkedOn, today))]
                steps.append((.submitted, dossier.state == .inadmissible ? .inadmissible : .admissible, 0))
            }
            if [.underReview, .reviewed, .labelled, .rejected, .deferred].contains(dossier.state) {
                steps.append((.admissible, .underReview, 1))
            }
            if [.reviewed, .labelled, .rejected, .deferred].contains(dossier.state) { steps.append((.underReview, .reviewed, 2)) }
            if [.labelled, .rejected, .deferred].contains(dossier.state) { steps.append((.reviewed, dossier.state, 3)) }
            if dossier.state == .withdrawn { steps.append((.submitted, .withdrawn, 1)) }
            result.transitions[dossier.id] = steps.map { from, to, step in
                let on = step == 0 && to == .submitted ? submitted : checkedOn.addingDays(step * 7)
                let reason = to == .withdrawn ? "Retrait demandé par le porteur" : ""
                return DossierTransition(from: from, to: to, on: Self.earlier(on, today), login: instructor, reason: reason)
            }

            switch dossier.state {
            case .underReview:
                let grades = (1...rng.int(in: 2...5)).map { Grade(criterion: $0, value: rng.int(in: 1...4)) }
                result.sheets[dossier.id] = [GraderSheet(grader: instructor, grades: grades)]
            case .reviewed:
                let target = dossier.score ?? 6
                let second = Self.demoInstructors.first { $0 != instructor } ?? instructor
                let sheets = [instructor, second].map { grader in
                    GraderSheet(grader: grader, grades: (1...6).map { criterion in
                        let base = target / 10 * Double(rules.maximumGrade)
                        let value = min(rules.maximumGrade, max(0, Int((base + rng.unit() * 1.6 - 0.8).rounded())))
                        return Grade(criterion: criterion, value: value,
                                     comment: criterion == 1 ? "Métier en tension dans la région" : "")
                    })
                }
                result.sheets[dossier.id] = sheets
                if let mean = Scoring.summary(sheets, rules: self.rules).mean {
                    dossiers[index].score = ScoreFormula.rounded(mean)
                }
            default: break
            }
        }
        return result
    }
}
