/// Builds a realistic, consistent demo world for the GEN label application: organizations, trainings,
/// committees, dossiers in every state, labels, sessions, learners and annual reports.
///
/// Pure and deterministic: no I/O, no clock, no system randomness. The same seed, scale, `today` and
/// rules always give the same data set (`DemoDataSet` is `Equatable`); another seed gives another one.
///
/// Everything is placed relative to `today`, so that whatever the date, the live alert list
/// (`AlertEngine`) holds items of every kind: start attestations and end-of-session lists overdue, due
/// soon and upcoming; an overdue annual report; a committee whose collection is due within two weeks
/// and the next one about two months later; labels to renew; labels whose first session is due (one
/// overdue); sessions whose start was postponed (one beyond the 2 months allowed). Those items are
/// built backwards from their target due dates with the rules' own arithmetic (`DeadlineRules`).
///
/// At scale 1: 80 organizations, 150 trainings, 150 dossiers, 60 labels, 200 sessions, 2,500 learners
/// (exactly); `scale: N` multiplies each count. Committees form a calendar and are not multiplied.
public struct DemoGenerator: Sendable {
    /// The size of a generated data set.
    public struct Counts: Sendable, Equatable {
        public var organizations: Int
        public var trainings: Int
        public var dossiers: Int
        public var labels: Int
        public var sessions: Int
        public var learners: Int

        public init(organizations: Int, trainings: Int, dossiers: Int, labels: Int, sessions: Int, learners: Int) {
            self.organizations = organizations; self.trainings = trainings; self.dossiers = dossiers
            self.labels = labels; self.sessions = sessions; self.learners = learners
        }

        func scaled(by factor: Int) -> Counts {
            Counts(organizations: organizations * factor, trainings: trainings * factor, dossiers: dossiers * factor,
                   labels: labels * factor, sessions: sessions * factor, learners: learners * factor)
        }
    }

    /// The counts at scale 1.
    public static let countsAtScaleOne = Counts(organizations: 80, trainings: 150, dossiers: 150, labels: 60,
                                                sessions: 200, learners: 2_500)

    public let seed: UInt64
    /// Multiplies every count; at least 1.
    public let scale: Int
    /// The date the data is placed around (Europe/Paris calendar date, given by the caller).
    public let today: CalendarDate
    public let rules: RuleParameters

    public init(seed: UInt64 = 2021, scale: Int = 1, today: CalendarDate, rules: RuleParameters = .standard) {
        self.seed = seed
        self.scale = max(1, scale)
        self.today = today
        self.rules = rules
        self.targetCounts = Self.countsAtScaleOne.scaled(by: self.scale)
    }

    /// A data set of exactly these counts (the benchmark's national, ×10 and ×100 scales, whose
    /// proportions differ from the demo's). The few fixed-per-scale items (labels awaiting their
    /// convention, reports forced missing) follow the number of labels.
    public init(seed: UInt64 = 2021, counts: Counts, today: CalendarDate, rules: RuleParameters = .standard) {
        self.seed = seed
        self.scale = max(1, counts.labels / Self.countsAtScaleOne.labels)
        self.today = today
        self.rules = rules
        self.targetCounts = counts
    }

    /// The counts `generate()` produces.
    public let targetCounts: Counts

    public func generate() -> DemoDataSet {
        let counts = targetCounts
        var committeeRNG = rng(.committees), organizationRNG = rng(.organizations), trainingRNG = rng(.trainings)
        var poolRNG = rng(.pool), labelRNG = rng(.labels), dossierRNG = rng(.dossiers)
        var sessionRNG = rng(.sessions), learnerRNG = rng(.learners), reportRNG = rng(.reports)

        let committees = makeCommittees(rng: &committeeRNG)
        let organizations = makeOrganizations(count: counts.organizations, rng: &organizationRNG)
        let trainings = makeTrainings(count: counts.trainings, organizations: organizations, rng: &trainingRNG)
        var pool = TrainingPool(trainings: trainings, organizations: organizations.records, today: today,
                                    rng: &poolRNG)
        let plans = makeLabelPlans(count: counts.labels, committees: committees, pool: &pool, rng: &labelRNG)
        let (dossiers, labels) = makeDossiersAndLabels(count: counts.dossiers, plans: plans, committees: committees,
                                                       pool: &pool, rng: &dossierRNG)
        let sessions = makeSessions(count: counts.sessions, labels: labels, plans: plans, trainings: trainings,
                                    rng: &sessionRNG)
        var outcomeRNG = rng(.outcomes)
        let learners = addOutcomes(to: makeLearners(count: counts.learners, sessions: sessions, labels: labels,
                                                    trainings: trainings, rng: &learnerRNG),
                                   sessions: sessions, rng: &outcomeRNG)
        let reports = makeAnnualReports(labels: labels, plans: plans, rng: &reportRNG)
        var referencingRNG = rng(.referencing)
        let referenced = addReferencing(to: sessions, labels: labels, trainings: trainings, rng: &referencingRNG)
        var instructionRNG = rng(.instruction)
        var scoredDossiers = dossiers
        let instruction = makeInstruction(dossiers: &scoredDossiers, trainings: trainings, committees: committees,
                                          rng: &instructionRNG)
        var data = DemoDataSet(organizations: organizations.records, trainings: trainings, committees: committees,
                               dossiers: scoredDossiers, labels: labels, sessions: referenced, learners: learners,
                               annualReports: reports)
        data.instruction = instruction
        var requestRNG = rng(.requests)
        data.modificationRequests = makeModificationRequests(labels: labels, rng: &requestRNG)
        return data
    }

    // MARK: - Shared helpers

    /// One independent random stream per part, so a change in one part does not reshuffle the others.
    enum Stream: UInt64 {
        case committees = 1, organizations, trainings, pool, labels, dossiers, sessions, learners, reports, instruction, requests
        case outcomes
        case referencing
    }

    /// A fresh generator for a stream.
    func rng(_ stream: Stream) -> SeededGenerator {
        SeededGenerator(seed: seed, stream: stream.rawValue)
    }

    /// A score out of 10 with one decimal, uniform in [low, high].
    static func score(_ low: Double, _ high: Double, rng: inout SeededGenerator) -> Double {
        let tenths = rng.int(in: Int((low * 10).rounded())...Int((high * 10).rounded()))
        return Double(tenths) / 10
    }

    /// Whether a date is a Thursday (01/01/1970, day 0, was one). Committees meet on Thursdays, like
    /// the three of §5a.
    static func isThursday(_ date: CalendarDate) -> Bool {
        ((date.dayNumber % 7) + 7) % 7 == 0
    }

    /// The Thursday on or after `date`.
    static func thursday(onOrAfter date: CalendarDate) -> CalendarDate {
        let weekday = ((date.dayNumber % 7) + 7) % 7
        return date.addingDays(weekday == 0 ? 0 : 7 - weekday)
    }

    /// The Thursday closest to `date`.
    static func nearestThursday(_ date: CalendarDate) -> CalendarDate {
        let weekday = ((date.dayNumber % 7) + 7) % 7
        return date.addingDays(weekday <= 3 ? -weekday : 7 - weekday)
    }

    static func later(_ a: CalendarDate, _ b: CalendarDate) -> CalendarDate { a < b ? b : a }
    static func earlier(_ a: CalendarDate, _ b: CalendarDate) -> CalendarDate { a < b ? a : b }
}
