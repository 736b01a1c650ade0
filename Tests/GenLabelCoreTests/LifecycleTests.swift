import Testing
@testable import GenLabelCore

private let committees = [
    Committee(id: .init(2), date: day("15/09/2022")),
    Committee(id: .init(1), date: day("23/06/2022")),
    Committee(id: .init(3), date: day("24/11/2022"), explicitCutoff: day("30/09/2022")),
]

private func context(missing: [ContentField] = [], verdict: AdmissibilityVerdict = .admissible,
                     score: DossierScore? = nil, committee: Committee? = committees[0],
                     next: Committee? = committees[2]) -> TransitionContext {
    let full = Scoring.summary([GraderSheet(grader: "a", grades: (1...6).map { Grade(criterion: $0, value: 3) })])
    return TransitionContext(missingFields: missing, verdict: verdict, score: score ?? full, committee: committee,
                             nextCommittee: next)
}

@Suite("Life cycle and committees (DOMAIN.md)")
struct LifecycleTests {
    @Test func theForwardPathOfDOMAINmdIsAllowed() {
        let path: [DossierState] = [.draft, .submitted, .admissible, .underReview, .reviewed, .labelled]
        for (from, to) in zip(path, path.dropFirst()) {
            #expect(DossierLifecycle.refusal(from: from, to: to, reason: "", context: context()) == nil, "\(from) → \(to)")
        }
        for decision in [DossierState.rejected, .deferred] {
            #expect(DossierLifecycle.refusal(from: .reviewed, to: decision, reason: "", context: context()) == nil)
        }
    }

    @Test func skippingAStepIsRefusedWithTheAllowedOnes() {
        let refusal = DossierLifecycle.refusal(from: .draft, to: .labelled, reason: "", context: context())
        #expect(refusal == "passage de « Brouillon » à « Labellisé » impossible ; possible : Déposé, Retiré")
        #expect(DossierLifecycle.refusal(from: .labelled, to: .rejected, reason: "x", context: context()) != nil)
        #expect(DossierLifecycle.refusal(from: .labelled, to: .labelled, reason: "", context: context())
                == "le dossier est déjà à l'état « Labellisé »")
    }

    @Test func anIncompleteDraftCannotBeSubmitted() {
        let refusal = DossierLifecycle.refusal(from: .draft, to: .submitted, reason: "",
                                               context: context(missing: [.fundedPlaces, .partners]))
        #expect(refusal == "dossier incomplet, il ne peut pas être déposé ; manque : Places financées, Partenaires")
    }

    @Test func admissibilityFollowsTheVerdict() {
        #expect(DossierLifecycle.refusal(from: .submitted, to: .admissible, reason: "",
                                         context: context(verdict: .pending(criteria: [4]))) != nil)
        #expect(DossierLifecycle.refusal(from: .submitted, to: .inadmissible, reason: "",
                                         context: context(verdict: .admissible)) != nil)
        #expect(DossierLifecycle.refusal(from: .submitted, to: .inadmissible, reason: "",
                                         context: context(verdict: .inadmissible(reasons: ["x"]))) == nil)
    }

    @Test func reviewedNeedsEveryGraderComplete() {
        let partial = Scoring.summary([GraderSheet(grader: "a", grades: [Grade(criterion: 1, value: 2)])])
        #expect(DossierLifecycle.refusal(from: .underReview, to: .reviewed, reason: "", context: context(score: partial))
                == "aucune grille de notation complète : notez les 6 critères")
    }

    @Test func withdrawalAndReversalsNeedAReason() {
        for state in [DossierState.draft, .submitted, .admissible, .underReview, .reviewed, .deferred] {
            #expect(DossierLifecycle.targets(from: state).contains(.withdrawn), "\(state)")
            #expect(DossierLifecycle.refusal(from: state, to: .withdrawn, reason: " ", context: context()) != nil)
            #expect(DossierLifecycle.refusal(from: state, to: .withdrawn, reason: "Lettre du porteur", context: context()) == nil)
        }
        #expect(!DossierLifecycle.targets(from: .labelled).contains(.withdrawn))
        #expect(DossierLifecycle.isReversal(from: .rejected, to: .reviewed))
        #expect(DossierLifecycle.refusal(from: .rejected, to: .reviewed, reason: "", context: context())
                == "indiquez un motif pour passer à « Instruit »")
    }

    @Test func deferralNeedsANextCommittee() {
        #expect(DossierLifecycle.refusal(from: .reviewed, to: .deferred, reason: "", context: context(next: nil))
                == "aucun comité suivant pour ajourner le dossier")
    }

    @Test("assignment at the cutoff boundary: the cutoff day goes to the committee, the day after to the next",
          arguments: [("12/05/2022", 1), ("13/05/2022", 2), ("04/08/2022", 2), ("05/08/2022", 3), ("30/09/2022", 3)])
    func assignment(submitted: String, committee: Int64) {
        #expect(CommitteeAssignment.committee(forSubmissionOn: day(submitted), among: committees)?.id.rawValue == committee)
    }

    @Test func noCommitteeAfterTheLastCutoff() {
        #expect(CommitteeAssignment.committee(forSubmissionOn: day("01/10/2022"), among: committees) == nil)
        #expect(CommitteeAssignment.next(after: committees[1], among: committees)?.id.rawValue == 2)
        #expect(CommitteeAssignment.next(after: committees[2], among: committees) == nil)
    }
}

@Suite("Committee ranking and overview")
struct CommitteeRankingTests {
    private func candidate(_ number: String, _ score: Double, qpv: Bool = false, women: Int? = 30,
                           submitted: String = "01/05/2022", state: DossierState = .reviewed) -> RankingCandidate {
        RankingCandidate(dossierID: .init(Int64(number.suffix(2))!), number: number, trainingTitle: "T", regionCode: "11",
                         job: "J", state: state, score: score, spread: 0, isFlagged: false, locatedInQPVOrZRR: qpv,
                         plannedWomenPercent: women, submittedOn: day(submitted))
    }

    @Test func byScoreThenQPVZRRThenWomenThenSubmission() {
        let ranked = CommitteeRanking.rank([
            candidate("GEN-01", 7.0),
            candidate("GEN-02", 8.04),                 // shown 8,0 like GEN-03: a tie
            candidate("GEN-03", 7.96, qpv: true),
            candidate("GEN-04", 7.0, women: 45),
            candidate("GEN-05", 7.0, women: 45, submitted: "30/04/2022"),
            candidate("GEN-06", 9.0, state: .underReview),   // not on the list
            candidate("GEN-07", 5.0, state: .rejected),
        ])
        #expect(ranked.map(\.candidate.number) == ["GEN-03", "GEN-02", "GEN-05", "GEN-04", "GEN-01", "GEN-07"])
        #expect(ranked.map(\.rank) == [1, 2, 3, 4, 5, 6])
    }

    @Test func overviewCountsStatesAndMissedCutoffs() {
        let committees = [Committee(id: .init(1), date: day("23/06/2022")),
                          Committee(id: .init(2), date: day("15/09/2022"), listCollectedOn: day("04/08/2022"))]
        let dossiers = [
            DossierPlacement(number: "A", state: .reviewed, committeeID: .init(1), submittedOn: day("12/05/2022")),
            DossierPlacement(number: "B", state: .reviewed, committeeID: .init(2), submittedOn: day("13/05/2022")),
            DossierPlacement(number: "C", state: .submitted, committeeID: .init(2), submittedOn: day("23/06/2022")),
            DossierPlacement(number: "D", state: .draft, committeeID: nil, submittedOn: nil),
        ]
        let board = CommitteeBoard.overview(committees, dossiers: dossiers, today: day("01/06/2022"))
        #expect(board.map(\.cutoff) == [day("12/05/2022"), day("04/08/2022")])
        #expect(board[0].counts == [.reviewed: 1])
        #expect(board[1].counts == [.reviewed: 1, .submitted: 1])
        #expect(board[0].missedCutoff == ["B", "C"])
        #expect(board[1].missedCutoff == [])
        #expect(board.map(\.takesSubmissionsToday) == [false, true])
        #expect(board.map(\.weightsFrozen) == [false, true])
    }
}
