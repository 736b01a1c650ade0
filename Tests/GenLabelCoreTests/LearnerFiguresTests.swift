import Testing
@testable import GenLabelCore

private func learner(_ gender: Gender = .male, target: Bool = false, qpv: Bool = false, zrr: Bool = false,
                     crous: Bool = false, exit: LearnerExitKind? = nil, certified: Bool? = nil,
                     at3: LearnerSituation? = nil, at6: LearnerSituation? = nil) -> Learner {
    Learner(id: .init(1), sessionID: .init(1), firstName: "Maëlle", lastName: "N'Diaye", gender: gender,
            birthDate: CalendarDate(french: "03/04/2001")!, address: "", inseeCode: "42218", commune: "Saint-Étienne",
            residesInQPV: qpv, residesInZRR: zrr, isTargetPublic: target, isJobSeeker: false, receivesCROUSAid: crous,
            exitKind: exit, exitDate: exit == nil ? nil : CalendarDate(french: "31/03/2026"), exitReason: "",
            certificationObtained: certified, situationAt3Months: at3, situationAt6Months: at6)
}

@Suite("Target-public figures (issue 4): tallies, rates, goals and warnings")
struct LearnerFiguresTests {
    struct TallyCase: CustomTestStringConvertible, Sendable {
        let name: String
        let learners: [Learner]
        let expected: LearnerTally
        var testDescription: String { name }
    }

    static let tallyCases: [TallyCase] = [
        TallyCase(name: "zero learners", learners: [],
                  expected: LearnerTally(learners: 0, targetPublic: 0, women: 0, qpvOrZRR: 0, sessions: 1)),
        TallyCase(name: "QPV and ZRR counted once", learners: [learner(qpv: true, zrr: true), learner(zrr: true), learner()],
                  expected: LearnerTally(learners: 3, targetPublic: 0, women: 0, qpvOrZRR: 2, sessions: 1)),
        TallyCase(name: "women, target public, CROUS",
                  learners: [learner(.female, target: true, crous: true), learner(.other, target: true), learner(.female)],
                  expected: LearnerTally(learners: 3, targetPublic: 2, women: 2, qpvOrZRR: 0, crousAid: 1, sessions: 1)),
        TallyCase(name: "outcomes: not recorded is not counted, unknown is counted as not positive",
                  learners: [learner(exit: .finished, certified: true, at3: .employment, at6: .training),
                             learner(exit: .finished, certified: false, at3: .unknown, at6: .employment),
                             learner(exit: .left, at3: .jobSeeking),
                             learner()],
                  expected: LearnerTally(learners: 4, targetPublic: 0, women: 0, qpvOrZRR: 0, finished: 2, left: 1,
                                         certificationKnown: 2, certified: 1, situation3Known: 3, positive3: 1,
                                         situation6Known: 2, positive6: 2, sessions: 1)),
        TallyCase(name: "ten target-public learners meet the session minimum",
                  learners: Array(repeating: learner(target: true), count: 10),
                  expected: LearnerTally(learners: 10, targetPublic: 10, women: 0, qpvOrZRR: 0, sessions: 1, sessionsMeetingTarget: 1)),
        TallyCase(name: "nine do not", learners: Array(repeating: learner(target: true), count: 9) + [learner()],
                  expected: LearnerTally(learners: 10, targetPublic: 9, women: 0, qpvOrZRR: 0, sessions: 1, sessionsMeetingTarget: 0)),
    ]

    @Test(arguments: tallyCases)
    func aSessionsTallyCountsItsLearners(_ example: TallyCase) {
        #expect(LearnerTally(sessionOf: example.learners) == example.expected)
    }

    @Test func positiveExitsFollowTheNamedChoice() {
        let learners = [learner(exit: .finished, at3: .training), learner(exit: .finished, at3: .employment)]
        #expect(LearnerTally(sessionOf: learners).positive3 == 2)
        var rules = RuleParameters.standard
        rules.positiveExitSituations = [.employment]
        #expect(LearnerTally(sessionOf: learners, rules: rules).positive3 == 1)
    }

    struct RateCase: Sendable { let part: Int, whole: Int, percent: Int?, belowThirty: Bool }
    static let rateCases: [RateCase] = [
        RateCase(part: 0, whole: 0, percent: nil, belowThirty: false),
        RateCase(part: 3, whole: 10, percent: 30, belowThirty: false),
        RateCase(part: 29, whole: 100, percent: 29, belowThirty: true),
        RateCase(part: 1, whole: 3, percent: 33, belowThirty: false),
        RateCase(part: 2, whole: 7, percent: 29, belowThirty: true),
        RateCase(part: 0, whole: 5, percent: 0, belowThirty: true),
    ]

    @Test(arguments: rateCases)
    func ratesRoundAndCompareExactly(_ example: RateCase) {
        let rate = Rate(example.part, of: example.whole)
        #expect(rate.percent == example.percent)
        #expect(rate.isBelow(percent: 30) == example.belowThirty)
    }

    struct WarningCase: CustomTestStringConvertible, Sendable {
        let name: String
        let tally: LearnerTally
        let level: FigureLevel
        let missed: [FigureMetric]
        var testDescription: String { name }
    }

    static let warningCases: [WarningCase] = [
        WarningCase(name: "zero learners: nothing missed at any level",
                    tally: LearnerTally(learners: 0, targetPublic: 0, women: 0, qpvOrZRR: 0, sessions: 1), level: .session, missed: []),
        WarningCase(name: "zero learners overall", tally: LearnerTally(), level: .overall, missed: []),
        WarningCase(name: "session under 10 target public; its 30 % goals are not warned per session",
                    tally: LearnerTally(learners: 12, targetPublic: 9, women: 1, qpvOrZRR: 1, sessions: 1), level: .session,
                    missed: [.targetPublic]),
        WarningCase(name: "training below both 30 % goals and with a session under 10",
                    tally: LearnerTally(learners: 20, targetPublic: 19, women: 5, qpvOrZRR: 5, sessions: 2, sessionsMeetingTarget: 1),
                    level: .training, missed: [.sessionsOnTarget, .women, .qpvZRR]),
        WarningCase(name: "region exactly at 30 %: met",
                    tally: LearnerTally(learners: 20, targetPublic: 20, women: 6, qpvOrZRR: 6, sessions: 2, sessionsMeetingTarget: 2),
                    level: .region, missed: []),
        WarningCase(name: "low positive exits are never a warning",
                    tally: LearnerTally(learners: 10, targetPublic: 10, women: 5, qpvOrZRR: 5, situation3Known: 10, positive3: 1,
                                        sessions: 1, sessionsMeetingTarget: 1), level: .overall, missed: []),
    ]

    @Test(arguments: warningCases)
    func missedGoalsAreWarnings(_ example: WarningCase) {
        let measures = FigureSheet.measures(example.tally, level: example.level)
        #expect(measures.filter(\.isMissed).map(\.metric) == example.missed)
        #expect(FigureSheet.warnings(example.tally, level: example.level).count == example.missed.count)
    }

    @Test func measuresCarryTheirGoalsAndReferences() {
        let tally = LearnerTally(learners: 40, targetPublic: 30, women: 10, qpvOrZRR: 14, finished: 30, left: 10,
                                 certificationKnown: 30, certified: 24, situation3Known: 35, positive3: 21,
                                 situation6Known: 20, positive6: 15, sessions: 3, sessionsMeetingTarget: 3)
        let byMetric = Dictionary(uniqueKeysWithValues: FigureSheet.measures(tally, level: .overall).map { ($0.metric, $0) })
        #expect(byMetric[.women]?.rate.percent == 25 && byMetric[.women]?.markPercent == 30 && byMetric[.women]?.isMissed == true)
        #expect(byMetric[.qpvZRR]?.rate.percent == 35 && byMetric[.qpvZRR]?.isMissed == false)
        #expect(byMetric[.completion]?.rate == Rate(30, of: 40))
        #expect(byMetric[.certification]?.rate == Rate(24, of: 30))
        #expect(byMetric[.positiveExit3]?.rate.percent == 60 && byMetric[.positiveExit3]?.markPercent == 70)
        #expect(byMetric[.positiveExit3]?.markIsGoal == false && byMetric[.positiveExit3]?.isMissed == false)
        #expect(byMetric[.positiveExit6]?.rate.percent == 75)
        #expect(byMetric[.sessionsOnTarget]?.rate == Rate(3, of: 3))
        #expect(FigureSheet.warnings(tally, level: .overall) == ["25 % de femmes : sous l'objectif de 30 %"])
    }

    @Test func aReportAddsSessionsUpPerTrainingRegionAndOverall() {
        func record(_ session: Int64, _ code: String, training: Int64, region: String, learners: Int, women: Int, target: Int) -> SessionFigureRecord {
            var tally = LearnerTally(learners: learners, targetPublic: target, women: women, qpvOrZRR: 0)
            tally.closeSession()
            return SessionFigureRecord(sessionID: .init(session), sessionCode: code, trainingID: .init(training),
                                       trainingTitle: "Formation \(training)", trainingCommune: "Vannes", regionCode: region, tally: tally)
        }
        let report = FiguresReport(records: [
            record(1, "S2026-01", training: 1, region: "53", learners: 12, women: 2, target: 11),
            record(2, "S2025-09", training: 1, region: "53", learners: 10, women: 5, target: 8),
            record(3, "S2026-02", training: 2, region: "11", learners: 0, women: 0, target: 0),
        ])
        #expect(report.tally(.overall).learners == 22 && report.tally(.overall).sessions == 3)
        #expect(report.tally(.overall).sessionsMeetingTarget == 1)
        #expect(report.tally(.region("53")).women == 7)
        #expect(report.tally(.training(.init(1))).sessions == 2)
        #expect(report.children(.overall) == [.region("53"), .region("11")], "Bretagne before Île-de-France, accents ignored")
        #expect(report.children(.training(.init(1))) == [.session(.init(2)), .session(.init(1))], "sessions by code")
        #expect(report.path(to: .session(.init(1))) == [.overall, .region("53"), .training(.init(1)), .session(.init(1))])
        #expect(report.name(.region("11")) == "Île-de-France")
        #expect(report.name(.training(.init(1))) == "Formation 1 — Vannes")
        // A training without learners is counted, but warns nothing.
        #expect(FigureSheet.warnings(report.tally(.training(.init(2))), level: .training).isEmpty)
        #expect(FiguresReport(records: []).tally(.overall) == LearnerTally())
        #expect(FiguresReport(records: []).children(.overall).isEmpty)
    }
}

@Suite("Learner form values (issue 4): field checks in French")
struct LearnerDraftTests {
    let context = LearnerCheckContext(today: CalendarDate(french: "03/12/2026")!, sessionStart: CalendarDate(french: "14/09/2026")!)

    func filled() -> LearnerDraft {
        var draft = LearnerDraft()
        draft[.lastName] = "N'Diaye"; draft[.firstName] = "Maëlle"; draft[.gender] = "F"; draft[.birthDate] = "03/04/2001"
        return draft
    }

    struct FieldCase: CustomTestStringConvertible, Sendable {
        let field: LearnerField
        let value: String
        let setup: [LearnerField: String]
        let error: String?
        var testDescription: String { "\(field) = « \(value) »" }
        init(_ field: LearnerField, _ value: String, _ error: String?, setup: [LearnerField: String] = [:]) {
            self.field = field; self.value = value; self.error = error; self.setup = setup
        }
    }

    static let fieldCases: [FieldCase] = [
        FieldCase(.lastName, "", "obligatoire"),
        FieldCase(.lastName, "   ", "obligatoire"),
        FieldCase(.lastName, String(repeating: "é", count: 201), "200 caractères au plus"),
        FieldCase(.gender, "", "obligatoire"),
        FieldCase(.birthDate, "3/4/2001", "« 3/4/2001 » n'est pas une date jj/mm/aaaa qui existe"),
        FieldCase(.birthDate, "29/02/2001", "« 29/02/2001 » n'est pas une date jj/mm/aaaa qui existe"),
        FieldCase(.birthDate, "29/02/2004", nil),
        FieldCase(.birthDate, "04/12/2026", "pas après aujourd'hui (03/12/2026)"),
        FieldCase(.inseeCode, "", nil),
        FieldCase(.inseeCode, "42218", nil),
        FieldCase(.inseeCode, "2A004", nil),
        FieldCase(.inseeCode, "2b033", nil),
        FieldCase(.inseeCode, "2C004", "« 2C004 » : 5 caractères, des chiffres, ou 2A/2B puis 3 chiffres (ex. 42218, 2A004)"),
        FieldCase(.inseeCode, "4221", "« 4221 » : 5 caractères, des chiffres, ou 2A/2B puis 3 chiffres (ex. 42218, 2A004)"),
        FieldCase(.inseeCode, "422180", "« 422180 » : 5 caractères, des chiffres, ou 2A/2B puis 3 chiffres (ex. 42218, 2A004)"),
        FieldCase(.exitDate, "", nil),
        FieldCase(.exitDate, "", "indiquez la date de sortie", setup: [.exitKind: "finished"]),
        FieldCase(.exitDate, "31/03/2026", "renseignez d'abord la sortie (terminée ou abandon)"),
        FieldCase(.exitDate, "13/09/2026", "pas avant le début de la session (14/09/2026)", setup: [.exitKind: "left"]),
        FieldCase(.exitDate, "14/09/2026", nil, setup: [.exitKind: "left"]),
        FieldCase(.exitReason, "", "indiquez le motif de l'abandon", setup: [.exitKind: "left"]),
        FieldCase(.exitReason, "", nil, setup: [.exitKind: "finished"]),
        FieldCase(.situationAt3Months, "employment", "renseignez d'abord la sortie (terminée ou abandon)"),
        FieldCase(.situationAt3Months, "employment", nil, setup: [.exitKind: "finished"]),
        FieldCase(.situationAt3Months, "chômage", "choisissez une valeur avec Espace", setup: [.exitKind: "finished"]),
    ]

    @Test(arguments: fieldCases)
    func eachFieldIsCheckedAsItIsLeft(_ example: FieldCase) {
        var draft = filled()
        for (field, value) in example.setup { draft[field] = value }
        draft[example.field] = example.value
        #expect(draft.error(example.field, context: context) == example.error)
    }

    @Test func aValidDraftBecomesALearnerAndBackTheSame() throws {
        var draft = filled()
        draft[.inseeCode] = "2a004"; draft[.residesZRR] = "oui"; draft[.crousAid] = "oui"; draft[.exitKind] = "left"
        draft[.exitDate] = "01/10/2026"; draft[.exitReason] = "déménagement"; draft[.situationAtEnd] = "job_seeking"
        let learner = try #require(draft.learner(id: .init(7), sessionID: .init(3), context: context))
        #expect(learner.inseeCode == "2A004" && learner.residesInZRR && learner.receivesCROUSAid)
        #expect(learner.exitKind == .left && learner.exitDate == CalendarDate(french: "01/10/2026"))
        #expect(learner.situationAtEnd == .jobSeeking && learner.certificationObtained == nil && learner.situationAt3Months == nil)
        #expect(LearnerDraft(learner).changedFields(from: draft) == [.inseeCode], "the INSEE code is stored uppercase")
    }

    @Test func anInvalidDraftGivesNoLearner() {
        var draft = filled()
        draft[.firstName] = ""
        #expect(draft.learner(id: .init(1), sessionID: .init(1), context: context) == nil)
        #expect(draft.errors(context: context).keys.sorted { $0.rawValue < $1.rawValue } == [.firstName])
    }
}
