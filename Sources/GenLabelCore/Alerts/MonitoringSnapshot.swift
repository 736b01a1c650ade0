/// What the deadline engine needs to know, read from the store in one go (no I/O in the engine).
public struct MonitoringSnapshot: Sendable {
    /// A label with the few facts about its training that alerts show.
    public struct LabelContext: Sendable, Hashable {
        public var label: Label
        public var trainingTitle: String
        /// The commune where the training takes place: titles repeat from one place to another.
        public var place: String
        public var regionCode: String
        /// The login of the monitoring officer in charge ("" when none).
        public var officer: String
        /// The organization's Qualiopi audit date, when one is scheduled (for a label awaiting its audit).
        public var qualiopiAuditOn: CalendarDate?
        /// A renewal dossier was opened for the training after this label (and is not closed by a
        /// refusal or a withdrawal): the label's expiry then needs no more warning.
        public var hasRenewal: Bool
        public init(label: Label, trainingTitle: String, regionCode: String, place: String = "", officer: String = "",
                    qualiopiAuditOn: CalendarDate? = nil, hasRenewal: Bool = false) {
            self.label = label; self.trainingTitle = trainingTitle; self.regionCode = regionCode; self.place = place
            self.officer = officer; self.qualiopiAuditOn = qualiopiAuditOn; self.hasRenewal = hasRenewal
        }
    }

    public var committees: [Committee]
    public var labels: [LabelContext]
    public var sessions: [TrainingSession]
    public var annualReports: [AnnualReport]
    /// The modification requests still awaiting a decision.
    public var modificationRequests: [ModificationRequest]
    /// Alerts acknowledged or snoozed (current or ended snoozes alike).
    public var handlings: [AlertHandling]

    public init(committees: [Committee], labels: [LabelContext], sessions: [TrainingSession],
                annualReports: [AnnualReport], modificationRequests: [ModificationRequest] = [],
                handlings: [AlertHandling] = []) {
        self.committees = committees; self.labels = labels; self.sessions = sessions
        self.annualReports = annualReports; self.modificationRequests = modificationRequests
        self.handlings = handlings
    }

    public static let empty = MonitoringSnapshot(committees: [], labels: [], sessions: [], annualReports: [])
}
