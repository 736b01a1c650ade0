/// Everything the instruction screens read about one dossier, with the version it was read at (for
/// the writes), and what the core derives from it.
public struct InstructionFile: Hashable, Sendable {
    public var application: DossierApplication
    public var version: Int64
    public var committee: Committee?
    /// Every committee, by date (submission and deferral choose among them).
    public var committees: [Committee]
    public var decisions: [AdmissibilityDecision]
    public var sheets: [GraderSheet]
    /// The weights of the dossier's committee (equal without a committee).
    public var weights: CriterionWeights
    public var transitions: [DossierTransition]
    /// A running label of the same training (not granted by this dossier): its last day.
    public var activeLabelUntil: CalendarDate?
    /// Other open dossiers of the same training.
    public var otherOpenDossiers: [String]

    public init(application: DossierApplication, version: Int64, committee: Committee?, committees: [Committee],
                decisions: [AdmissibilityDecision], sheets: [GraderSheet], weights: CriterionWeights,
                transitions: [DossierTransition], activeLabelUntil: CalendarDate?, otherOpenDossiers: [String]) {
        self.application = application; self.version = version; self.committee = committee
        self.committees = committees; self.decisions = decisions; self.sheets = sheets; self.weights = weights
        self.transitions = transitions; self.activeLabelUntil = activeLabelUntil
        self.otherOpenDossiers = otherOpenDossiers
    }

    public var dossier: Dossier { application.dossier }

    /// The 10 criteria, evaluated on the committee's date (today when there is none yet).
    public func admissibility(today: CalendarDate, rules: RuleParameters = .standard) -> AdmissibilityReport {
        let context = AdmissibilityContext(referenceDate: committee?.date ?? today, activeLabelUntil: activeLabelUntil,
                                           otherOpenDossiers: otherOpenDossiers, committeeOn: committee?.date)
        return AdmissibilityEvaluator.evaluate(application, context: context, decisions: decisions, rules: rules)
    }

    public func score(rules: RuleParameters = .standard) -> DossierScore {
        Scoring.summary(sheets, weights: weights, rules: rules)
    }

    /// The committee a submission today would go to.
    public func submissionCommittee(today: CalendarDate, rules: RuleParameters = .standard) -> Committee? {
        CommitteeAssignment.committee(forSubmissionOn: today, among: committees, rules: rules)
    }

    public func transitionContext(to target: DossierState, today: CalendarDate,
                                  rules: RuleParameters = .standard) -> TransitionContext {
        let committee = target == .submitted ? submissionCommittee(today: today, rules: rules) : self.committee
        return TransitionContext(missingFields: Completeness.missingFields(application, rules: rules),
                                 verdict: admissibility(today: today, rules: rules).verdict, score: score(rules: rules),
                                 committee: committee,
                                 nextCommittee: self.committee.flatMap { CommitteeAssignment.next(after: $0, among: committees) })
    }

    /// Why moving to `target` is refused (nil when allowed).
    public func refusal(to target: DossierState, reason: String, today: CalendarDate,
                        rules: RuleParameters = .standard) -> String? {
        DossierLifecycle.refusal(from: dossier.state, to: target, reason: reason,
                                 context: transitionContext(to: target, today: today, rules: rules))
    }
}

/// Reads and writes of the instruction workflow (issue 3). Every write checks `.editDossiers`, the
/// dossier's version (a stale one throws the backend's conflict error and writes nothing) and is
/// audited with the change.
public protocol InstructionStoring {
    func instructionFile(_ id: Dossier.ID) throws -> InstructionFile?
    func committeeOverview(today: CalendarDate) throws -> [CommitteeOverview]
    func committeeRanking(_ id: Committee.ID) throws -> [RankedDossier]
    /// Sets (met true/false) or removes (nil) a person's result for one admissibility criterion.
    func decideCriterion(_ criterion: Int, met: Bool?, reason: String, dossier: Dossier.ID, expectedVersion: Int64,
                         by actor: Actor, at timestamp: String, today: CalendarDate) throws
    /// Sets (or removes, with nil) the actor's grade of one criterion; a nil comment keeps the current one.
    func grade(_ criterion: Int, value: Int?, comment: String?, dossier: Dossier.ID, expectedVersion: Int64,
               by actor: Actor, at timestamp: String, today: CalendarDate) throws
    /// Moves the dossier to `state`, if the life cycle allows it (else `TransitionRefused`).
    func transition(_ dossier: Dossier.ID, to state: DossierState, reason: String, expectedVersion: Int64,
                    by actor: Actor, at timestamp: String, today: CalendarDate) throws
    /// Like `transition`; moving to `labelled` creates the label with `conventionOn` as its convention
    /// date (today when nil). A convention date after today is refused.
    func transition(_ dossier: Dossier.ID, to state: DossierState, reason: String, conventionOn: CalendarDate?,
                    expectedVersion: Int64, by actor: Actor, at timestamp: String, today: CalendarDate) throws
    func setWeights(_ weights: CriterionWeights, committee: Committee.ID, by actor: Actor, at timestamp: String) throws
    /// Records that the committee's list was collected on `day` (not after `today`): its weights are
    /// frozen from then on and its collection alert leaves the list. Refused when already recorded.
    func collectList(_ committee: Committee.ID, on day: CalendarDate, by actor: Actor, at timestamp: String,
                     today: CalendarDate) throws
    func updateContent(_ content: DossierContent, dossier: Dossier.ID, expectedVersion: Int64,
                       by actor: Actor, at timestamp: String) throws
}

/// A change the instruction rules refuse, with the reason in French.
public struct InstructionRefused: Error, Equatable, Sendable, UserFacingError {
    public let reason: String
    public init(_ reason: String) { self.reason = reason }
    public var userMessage: String { reason }
}
