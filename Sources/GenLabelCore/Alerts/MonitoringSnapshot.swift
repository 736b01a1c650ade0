/// What the deadline engine needs to know, read from the store in one go (no I/O in the engine).
public struct MonitoringSnapshot: Sendable {
    /// A label with the few facts about its training that alerts show.
    public struct LabelContext: Sendable, Hashable {
        public var label: Label
        public var trainingTitle: String
        /// The commune where the training takes place: titles repeat from one place to another.
        public var place: String
        public var regionCode: String
        public init(label: Label, trainingTitle: String, regionCode: String, place: String = "") {
            self.label = label; self.trainingTitle = trainingTitle; self.regionCode = regionCode; self.place = place
        }
    }

    public var committees: [Committee]
    public var labels: [LabelContext]
    public var sessions: [TrainingSession]
    public var annualReports: [AnnualReport]

    public init(committees: [Committee], labels: [LabelContext], sessions: [TrainingSession],
                annualReports: [AnnualReport]) {
        self.committees = committees; self.labels = labels; self.sessions = sessions
        self.annualReports = annualReports
    }

    public static let empty = MonitoringSnapshot(committees: [], labels: [], sessions: [], annualReports: [])
}
