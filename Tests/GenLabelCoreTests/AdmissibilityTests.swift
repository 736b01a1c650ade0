import Testing
@testable import GenLabelCore

private let context = AdmissibilityContext(referenceDate: day("18/02/2027"), committeeOn: day("18/02/2027"))

private func evaluate(_ application: DossierApplication, _ context: AdmissibilityContext = context,
                      decisions: [AdmissibilityDecision] = []) -> AdmissibilityReport {
    AdmissibilityEvaluator.evaluate(application, context: context, decisions: decisions)
}

private func result(_ number: Int, _ change: (inout DossierApplication) -> Void,
                    context: AdmissibilityContext = context) -> CriterionEvaluation {
    var application = sampleApplication()
    change(&application)
    return evaluate(application, context).criteria[number - 1]
}

@Suite("Admissibility: the 10 criteria of §2b (issue 3)")
struct AdmissibilityTests {
    @Test func aSoundApplicationMeetsEveryAutomaticCriterionAndLeavesCriterion4ToCheck() {
        let report = evaluate(sampleApplication())
        #expect(report.criteria.map(\.number) == Array(1...10))
        #expect(report.criteria.filter { $0.result != .met }.map(\.number) == [4])
        #expect(report.criteria[3].isAutomatic == false)
        #expect(report.criteria[3].why.hasPrefix("à vérifier"))
        #expect(report.verdict == .pending(criteria: [4]))
        #expect(report.verdict.displayName == "En attente : critère(s) 4 à vérifier.")
    }

    @Test func criterion1NeedsAFamily() {
        #expect(result(1) { $0.training.family = nil }.result == .toCheck)
        #expect(result(1) { _ in }.why == "famille « Développement »")
    }

    @Test func criterion2CodeOwnershipAndAgreementValidOnTheCommitteeDate() {
        #expect(result(2) { $0.training.certificationCode = "CQP123" }.result == .notMet)
        #expect(result(2) { $0.content.ownsCertification = nil }.result == .toCheck)
        let onTheDay = result(2) { $0.content.ownsCertification = false; $0.content.partnershipEndsOn = day("18/02/2027") }
        #expect(onTheDay.result == .met)
        let dayBefore = result(2) { $0.content.ownsCertification = false; $0.content.partnershipEndsOn = day("17/02/2027") }
        #expect(dayBefore.result == .notMet)
        #expect(dayBefore.why == "RNCP31114 : accord de partenariat terminé le 17/02/2027, avant le comité du 18/02/2027")
        // Without a committee yet, the checks are made on today's date, and said so.
        let noCommittee = AdmissibilityContext(referenceDate: day("04/12/2026"))
        #expect(noCommittee.referencePhrase == "04/12/2026, jour de la vérification : pas encore de comité")
    }

    @Test("criterion 3: hours ≥ 350, months ≤ 18", arguments: [
        (350, 18, CriterionResult.met), (349, 8, .notMet), (700, 19, .notMet), (1200, 18, .met),
    ])
    func criterion3Duration(hours: Int, months: Int, expected: CriterionResult) {
        #expect(result(3) { $0.training.hours = hours; $0.training.months = months }.result == expected)
    }

    @Test func criterion3RemoteTrainings() {
        // 50 % is not "more than 50 %".
        #expect(result(3) { $0.content.remoteSharePercent = 50; $0.training.months = 8 }.result == .met)
        let long = result(3) { $0.content.remoteSharePercent = 51; $0.training.months = 7; $0.content.receptionPlaces = 3 }
        #expect(long.result == .notMet)
        #expect(long.why == "51 % à distance : une formation à distance dure au plus 6 mois, celle-ci 7")
        #expect(result(3) { $0.content.remoteSharePercent = 80; $0.training.months = 6; $0.content.receptionPlaces = 0 }.result == .notMet)
        #expect(result(3) { $0.content.remoteSharePercent = 80; $0.training.months = 6; $0.content.receptionPlaces = nil }.result == .toCheck)
        #expect(result(3) { $0.content.remoteSharePercent = 80; $0.training.months = 6; $0.content.receptionPlaces = 2 }.result == .met)
        #expect(result(3) { $0.content.remoteSharePercent = nil }.result == .toCheck)
    }

    @Test func criterion5Immersion() {
        #expect(result(5) { $0.content.immersionWeeks = 0 }.result == .notMet)
        #expect(result(5) { $0.content.immersionKind = nil }.result == .toCheck)
        #expect(result(5) { $0.content.immersionKind = .workStudy }.why == "alternance, 8 semaine(s)")
    }

    @Test func criterion6SessionsAndTargetLearnersForTrainingsShorterThanAYear() {
        #expect(result(6) { $0.content.sessionsPerYear = 0 }.result == .notMet)
        #expect(result(6) { $0.content.targetLearnersPerSession = 9 }.result == .notMet)
        #expect(result(6) { $0.content.targetLearnersPerSession = 10 }.result == .met)
        #expect(result(6) { $0.content.sessionsPerYear = 0; $0.training.months = 12 }.result == .met)
    }

    @Test func criterion7FundedPlaces() {
        #expect(result(7) { $0.content.fundedPlaces = 9 }.result == .notMet)
        #expect(result(7) { $0.content.fundedPlaces = 10 }.result == .met)
        #expect(result(7) { $0.content.fundedPlaces = nil }.result == .toCheck)
    }

    @Test func criterion8NoRunningLabelNorOtherOpenDossier() {
        let label = result(8, { _ in }, context: AdmissibilityContext(referenceDate: day("18/02/2027"),
                                                                      activeLabelUntil: day("30/06/2027")))
        #expect(label.result == .notMet)
        #expect(label.why == "la formation a un label en cours jusqu'au 30/06/2027")
        let other = result(8, { _ in }, context: AdmissibilityContext(referenceDate: day("18/02/2027"),
                                                                      otherOpenDossiers: ["GEN-2026-0007"]))
        #expect(other.result == .notMet)
        #expect(other.why.contains("GEN-2026-0007"))
    }

    /// §2b-8 and FAQ: a renewal is allowed once the previous convention ended, judged at its committee.
    @Test func criterion8ARenewalIsJudgedAgainstItsCommittee() {
        func renewal(committee: String?) -> CriterionEvaluation {
            result(8, { $0.dossier.isRenewal = true },
                   context: AdmissibilityContext(referenceDate: day(committee ?? "04/12/2026"),
                                                 activeLabelUntil: day("18/03/2027"), committeeOn: committee.map(day)))
        }
        #expect(renewal(committee: "18/03/2027").result == .met, "the label's last day is the committee's")
        #expect(renewal(committee: "18/03/2027").why
                == "renouvellement : le label en cours prend fin le 18/03/2027, au plus tard au comité du 18/03/2027")
        #expect(renewal(committee: "17/03/2027").result == .notMet, "the day before the label's end is too early")
        #expect(renewal(committee: "17/03/2027").why.hasPrefix("renouvellement trop tôt"))
        #expect(renewal(committee: nil).result == .toCheck, "no committee yet: cannot be decided")
        // Not a renewal: a running label fails the criterion whatever the committee.
        let fresh = result(8, { $0.dossier.isRenewal = false },
                           context: AdmissibilityContext(referenceDate: day("30/06/2027"), activeLabelUntil: day("18/03/2027"),
                                                         committeeOn: day("30/06/2027")))
        #expect(fresh.result == .notMet)
        // A renewal with another open dossier of the training still fails.
        let twice = result(8, { $0.dossier.isRenewal = true },
                           context: AdmissibilityContext(referenceDate: day("30/06/2027"), otherOpenDossiers: ["GEN-2026-0007"],
                                                         committeeOn: day("30/06/2027")))
        #expect(twice.result == .notMet)
    }

    @Test func criterion9Qualiopi() {
        #expect(result(9) { $0.organization.qualiopi = .certified(validUntil: day("17/02/2027")) }.result == .notMet)
        #expect(result(9) { $0.organization.qualiopi = .certified(validUntil: day("18/02/2027")) }.result == .met)
        #expect(result(9) { $0.organization.qualiopi = .auditScheduled(on: day("01/04/2027")) }.result == .met)
        #expect(result(9) { $0.organization.qualiopi = .none }.result == .notMet)
    }

    @Test func criterion10NDAAndObligations() {
        #expect(result(10) { $0.organization.nda = "1234" }.result == .notMet)
        #expect(result(10) { $0.organization.obligationsUpToDate = false }.result == .notMet)
        #expect(result(10) { $0.content.subcontractorName = "Sous-traitant"; $0.content.subcontractorNDA = "12" }.result == .notMet)
    }

    @Test func aPersonSetsManualCriteriaAndOverridesAutomaticOnesWithAReasonKept() {
        let yes = AdmissibilityDecision(criterion: 4, met: true, reason: "", login: "camille", decidedOn: day("03/12/2026"))
        var report = evaluate(sampleApplication(), decisions: [yes])
        #expect(report.verdict == .admissible)
        #expect(report.criteria[3].isOverride == false)

        let override = AdmissibilityDecision(criterion: 7, met: false, reason: "Frais de certification à la charge des apprenants",
                                             login: "camille", decidedOn: day("03/12/2026"))
        report = evaluate(sampleApplication(), decisions: [yes, override])
        #expect(report.criteria[6].automatic == .met)
        #expect(report.criteria[6].result == .notMet)
        #expect(report.criteria[6].isOverride)
        #expect(report.criteria[6].decision?.reason == "Frais de certification à la charge des apprenants")
        #expect(report.verdict == .inadmissible(reasons: ["Critère 7 (Gratuité) : Frais de certification à la charge des apprenants"]))
    }

    @Test func anyFailedCriterionMakesTheDossierInadmissibleWithEveryReason() {
        var application = sampleApplication()
        application.training.hours = 300
        application.content.fundedPlaces = 5
        let report = evaluate(application)
        guard case .inadmissible(let reasons) = report.verdict else { Issue.record("not inadmissible"); return }
        #expect(reasons == [
            "Critère 3 (Durée) : 300 heures hors immersion : moins que le minimum de 350 heures",
            "Critère 7 (Gratuité) : 5 places gratuites pour les publics cibles : moins que le minimum de 10",
        ])
    }
}
