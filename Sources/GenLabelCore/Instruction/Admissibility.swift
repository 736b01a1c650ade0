/// The 10 admissibility criteria of §2b, evaluated automatically where the data allows it (DOMAIN.md
/// table), set or overridden by a person with a reason otherwise.

/// The result of one criterion.
public enum CriterionResult: String, Sendable, Hashable, CaseIterable {
    case met
    case notMet = "not_met"
    /// The data does not allow a decision: a person must check ("à vérifier").
    case toCheck = "to_check"
}

/// A person's result for one criterion: a manual check, or an override of the automatic result. Kept
/// with its reason, its author and its date.
public struct AdmissibilityDecision: Hashable, Sendable {
    public var criterion: Int
    public var met: Bool
    public var reason: String
    public var login: String
    public var decidedOn: CalendarDate
    public init(criterion: Int, met: Bool, reason: String, login: String, decidedOn: CalendarDate) {
        self.criterion = criterion; self.met = met; self.reason = reason; self.login = login; self.decidedOn = decidedOn
    }
}

/// One criterion of the checklist.
public struct CriterionEvaluation: Hashable, Sendable {
    public var number: Int
    /// Whether the data allows an automatic check (DOMAIN.md table); criterion 4 never does.
    public var isAutomatic: Bool
    /// The automatic result (`toCheck` for a manual criterion or missing data).
    public var automatic: CriterionResult
    /// Why, in French.
    public var why: String
    public var decision: AdmissibilityDecision?

    /// The result that counts: the person's when there is one.
    public var result: CriterionResult {
        guard let decision else { return automatic }
        return decision.met ? .met : .notMet
    }

    /// Whether a person's decision contradicts (or replaces) an automatic result.
    public var isOverride: Bool { decision != nil && automatic != .toCheck }

    public var text: CriterionText { CriterionCatalog.admissibility[number - 1] }
}

/// The verdict of the 10 criteria.
public enum AdmissibilityVerdict: Hashable, Sendable {
    /// All 10 met: "recevable".
    case admissible
    /// At least one failed: "irrecevable", with the reasons to send to the applicant.
    case inadmissible(reasons: [String])
    /// None failed, but some are still to check.
    case pending(criteria: [Int])
}

public struct AdmissibilityReport: Hashable, Sendable {
    public var criteria: [CriterionEvaluation]

    public var verdict: AdmissibilityVerdict {
        let failed = criteria.filter { $0.result == .notMet }
        if !failed.isEmpty {
            return .inadmissible(reasons: failed.map { evaluation in
                let why = evaluation.decision.map(\.reason).flatMap { $0.isEmpty ? nil : $0 } ?? evaluation.why
                return T(.admReasonLine, evaluation.number, evaluation.text.title, why)
            })
        }
        let open = criteria.filter { $0.result == .toCheck }.map(\.number)
        return open.isEmpty ? .admissible : .pending(criteria: open)
    }
}

/// What the evaluator needs besides the application.
public struct AdmissibilityContext: Hashable, Sendable {
    /// The date agreements and certifications must still be valid on: the committee's date, else today.
    public var referenceDate: CalendarDate
    /// The end of validity of a running label of the same training, if any (§2b-8).
    public var activeLabelUntil: CalendarDate?
    /// Numbers of the other open dossiers of the same training (§2b-8).
    public var otherOpenDossiers: [String]
    /// The dossier's committee's date, when it has one (a renewal is judged against it).
    public var committeeOn: CalendarDate?
    /// The date the checks are made on, in words: "comité du 21/01/2027", or today's date while the
    /// dossier has no committee ("au 04/12/2026, sans comité encore").
    public var referencePhrase: String {
        committeeOn == nil ? T(.admReferenceToday, referenceDate.french) : T(.admReferenceCommittee, referenceDate.french)
    }
    public init(referenceDate: CalendarDate, activeLabelUntil: CalendarDate? = nil, otherOpenDossiers: [String] = [],
                committeeOn: CalendarDate? = nil) {
        self.referenceDate = referenceDate; self.activeLabelUntil = activeLabelUntil
        self.otherOpenDossiers = otherOpenDossiers; self.committeeOn = committeeOn
    }
}

public enum AdmissibilityEvaluator {
    /// The numbers of the criteria that no data can decide (DOMAIN.md: "manual").
    public static let manualCriteria: Set<Int> = [4]

    public static func evaluate(_ application: DossierApplication, context: AdmissibilityContext,
                                decisions: [AdmissibilityDecision] = [], rules: RuleParameters = .standard) -> AdmissibilityReport {
        let byCriterion = Dictionary(decisions.map { ($0.criterion, $0) }, uniquingKeysWith: { _, last in last })
        let criteria = (1...10).map { number -> CriterionEvaluation in
            let (result, why) = automatic(number, application, context, rules.instruction)
            return CriterionEvaluation(number: number, isAutomatic: !manualCriteria.contains(number), automatic: result,
                                       why: why, decision: byCriterion[number])
        }
        return AdmissibilityReport(criteria: criteria)
    }

    static func automatic(_ number: Int, _ application: DossierApplication, _ context: AdmissibilityContext,
                          _ rules: InstructionRules) -> (CriterionResult, String) {
        let t = application.training, o = application.organization, c = application.content
        switch number {
        case 1:
            guard let family = t.family else { return (.toCheck, T(.admFamilyMissing)) }
            return (.met, T(.admFamily, family.label))
        case 2:
            guard case .success(let code) = FieldValidation.certificationCode(t.certificationCode) else {
                return (.notMet, T(.admCodeInvalid, t.certificationCode))
            }
            switch c.ownsCertification {
            case nil: return (.toCheck, T(.admOwnershipMissing, code))
            case true?: return (.met, T(.admOwned, code))
            case false?:
                guard let end = c.partnershipEndsOn else { return (.toCheck, T(.admPartnershipMissing, code)) }
                return end >= context.referenceDate
                    ? (.met, T(.admPartnershipValid, code, end.french, context.referencePhrase))
                    : (.notMet, T(.admPartnershipEnded, code, end.french, context.referencePhrase))
            }
        case 3:
            if t.hours < rules.minimumHours { return (.notMet, T(.admHoursShort, t.hours, rules.minimumHours)) }
            if t.months > rules.maximumMonths { return (.notMet, T(.admMonthsLong, t.months, rules.maximumMonths)) }
            guard let remote = c.remoteSharePercent else { return (.toCheck, T(.admRemoteMissing, t.hours, t.months)) }
            if remote > rules.remoteShareThreshold {
                if t.months > rules.maximumRemoteMonths {
                    return (.notMet, T(.admRemoteLong, remote, t.months, rules.maximumRemoteMonths))
                }
                guard let places = c.receptionPlaces else { return (.toCheck, T(.admReceptionMissing, remote)) }
                if places <= 0 { return (.notMet, T(.admReceptionNone, remote)) }
                return (.met, T(.admDurationRemote, t.hours, t.months, remote, places))
            }
            return (.met, T(.admDuration, t.hours, t.months, remote))
        case 4:
            return (.toCheck, T(.admManual))
        case 5:
            guard let kind = c.immersionKind, let weeks = c.immersionWeeks else { return (.toCheck, T(.admImmersionMissing)) }
            return weeks > 0 ? (.met, T(.admImmersion, kind.displayName, weeks)) : (.notMet, T(.admImmersionNone))
        case 6:
            if t.months >= rules.shortTrainingMonths { return (.met, T(.admSessionsLong, t.months)) }
            guard let perYear = c.sessionsPerYear, let target = c.targetLearnersPerSession else {
                return (.toCheck, T(.admSessionsMissing))
            }
            if perYear < rules.minimumSessionsPerYear { return (.notMet, T(.admSessionsFew, perYear, rules.minimumSessionsPerYear)) }
            if target < rules.minimumTargetLearnersPerSession {
                return (.notMet, T(.admTargetFew, target, rules.minimumTargetLearnersPerSession))
            }
            return (.met, T(.admSessions, perYear, target))
        case 7:
            guard let funded = c.fundedPlaces else { return (.toCheck, T(.admFundedMissing)) }
            return funded >= rules.minimumFundedPlaces
                ? (.met, T(.admFunded, funded, rules.minimumFundedPlaces))
                : (.notMet, T(.admFundedFew, funded, rules.minimumFundedPlaces))
        case 8:
            if let until = context.activeLabelUntil {
                // §2b-8 and FAQ: "a renewal is allowed once the previous convention ended". A renewal
                // dossier is judged against its committee: the running label must end by then, so that
                // the new convention follows it. Without a committee yet, it cannot be decided.
                guard application.dossier.isRenewal else { return (.notMet, T(.admActiveLabel, until.french)) }
                guard let committee = context.committeeOn else { return (.toCheck, T(.admRenewalNoCommittee, until.french)) }
                return until <= committee
                    ? (.met, T(.admRenewalAfterLabel, until.french, committee.french))
                    : (.notMet, T(.admRenewalTooEarly, until.french, committee.french))
            }
            if !context.otherOpenDossiers.isEmpty {
                return (.notMet, T(.admOtherDossier, context.otherOpenDossiers.joined(separator: ", ")))
            }
            return (.met, T(.admNoOtherProcess))
        case 9:
            switch o.qualiopi {
            case .certified(let until):
                return until >= context.referenceDate
                    ? (.met, T(.admQualiopiValid, until.french))
                    : (.notMet, T(.admQualiopiExpired, until.french, context.referencePhrase))
            case .auditScheduled(let on): return (.met, T(.admQualiopiAudit, on.french))
            case .none: return (.notMet, T(.admQualiopiNone))
            }
        default:
            guard case .success = FieldValidation.nda(o.nda) else { return (.notMet, T(.admNdaInvalid, o.nda)) }
            if c.hasSubcontractor, case .failure = FieldValidation.nda(c.subcontractorNDA ?? "") {
                return (.notMet, T(.admSubcontractorNda, c.subcontractorName ?? ""))
            }
            return o.obligationsUpToDate ? (.met, T(.admObligations, o.nda)) : (.notMet, T(.admObligationsNot))
        }
    }
}
