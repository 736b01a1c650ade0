/// Every number of the GEN rules that the text leaves to a choice, named in one place
/// (DOMAIN.md: each **Choice** is a documented parameter, not a buried literal).
public struct RuleParameters: Sendable, Equatable {
    /// Dossiers are collected this many days before a committee (§5a, FAQ: 6 weeks).
    public var collectionLeadDays: Int = 42
    /// A label is valid this many years from the convention's signature (§2a).
    public var labelValidityYears: Int = 3
    /// The first session must start within this many months of the signature (§2b-6).
    public var firstSessionMonths: Int = 3
    /// A session's start may be postponed by at most this many months (§3a).
    public var maxPostponementMonths: Int = 2
    /// The start attestation is due this many months after the session's start (§4).
    public var startAttestationMonths: Int = 1
    /// The end-of-session list is due this many months after the session's end (§4).
    public var endOfSessionListMonths: Int = 1
    /// Renewal warning: how many months before a label's expiry it enters the alert list (DOMAIN.md).
    public var renewalWarningMonths: Int = 6
    /// **Choice**: an item is "due soon" when due within this many days (DOMAIN.md: 14).
    public var dueSoonDays: Int = 14
    /// **Choice**: an item whose due date is further than this many days is not listed yet, so the
    /// list is not flooded with reports due in three years. DOMAIN.md sets no number; 90 days keeps
    /// the next quarter in view. Label expiry uses `renewalWarningMonths` instead.
    public var listingHorizonDays: Int = 90
    /// The annual report for year N is due on this day of January of N+1 (§4: "before 31 January").
    public var annualReportDueDayOfJanuary: Int = 31
    /// **Choice**: a pending modification request (§4: GEN approves before the change) is due this many
    /// calendar months after it was made, clamped like the other month steps: the time GEN gives itself
    /// to answer. The text sets no delay; one month matches the other monitoring deadlines.
    public var modificationAnswerMonths: Int = 1
    /// **Choice**: a label granted pending the Qualiopi audit whose organization has no audit date
    /// recorded (certified since, or the date lost) is due on the convention's signature, i.e. overdue
    /// at once: an officer must record the audit's outcome.
    public var qualiopiAuditWithoutDateIsDueAtSignature: Bool = true
    /// **Choice**: grader scores further apart than this are flagged for discussion (DOMAIN.md §2c).
    public var scoreSpreadThreshold: Double = 1.5
    /// Goal (§1c, DOMAIN.md "Target-public figures"): at least this share (percent) of women among the
    /// learners of a training, and overall. Below it, the figures show a warning, never an error.
    public var womenGoalPercent: Int = 30
    /// Goal (§1c): at least this share (percent) of learners residing in a QPV or a ZRR.
    public var qpvZRRGoalPercent: Int = 30
    /// **Choice** (DOMAIN.md "positive exit"): the situations, 3 and 6 months after the session, that count
    /// as a positive exit: employment or further training. Job seeking, other and unknown do not.
    public var positiveExitSituations: Set<LearnerSituation> = [.employment, .training]
    /// **Choice**: GEN's yearly positive-exit figure "has been above 70 %" (DOMAIN.md). It is drawn as a
    /// reference mark on the positive-exit bars; it is not a goal of the call, so missing it is not a warning.
    public var positiveExitReferencePercent: Int = 70
    /// **Choice**: the 30 % goals are set "per training and overall" (DOMAIN.md); a session below them is
    /// shown with the goal mark but without a warning (a session of 12 may hold 3 women by chance).
    public var warnsGoalsPerSession = false
    /// The thresholds of admissibility and scoring (issue 3), in `InstructionRules`; the ≥ 10 target-public
    /// learners per session (§2b-6) of the figures is `instruction.minimumTargetLearnersPerSession`.
    public var instruction = InstructionRules()

    public init() {}

    /// The values of DOMAIN.md.
    public static let standard = RuleParameters()
}
