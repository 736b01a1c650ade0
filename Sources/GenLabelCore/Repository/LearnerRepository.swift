/// The learners' editing and the figures (issue 4).

/// A learner as read for an edit: the values and the version they were read at.
public struct VersionedLearner: Sendable, Equatable {
    public var learner: Learner
    public var version: Int64
    public init(learner: Learner, version: Int64) { self.learner = learner; self.version = version }
}

/// Reads and writes one learner at a time through the write path: the actor's permission
/// (`.editMonitoring`), one transaction, a version check (a stale version throws the backend's conflict
/// error and writes nothing), an audit entry. Personal data are read only by callers allowed to.
public protocol LearnerStoring {
    func learner(_ id: Learner.ID) throws -> VersionedLearner?
    /// A session's learners with their versions, by last and first name.
    func learners(ofSession id: TrainingSession.ID) throws -> [VersionedLearner]
    /// Adds `learner` (its id is ignored) to its session; returns the new id.
    func addLearner(_ learner: Learner, by actor: Actor, at timestamp: String) throws -> Learner.ID
    func updateLearner(_ learner: Learner, expectedVersion: Int64, by actor: Actor, at timestamp: String) throws
    func removeLearner(_ id: Learner.ID, expectedVersion: Int64, by actor: Actor, at timestamp: String) throws
}

/// The anonymous counts the figures are made of: one record per session (no personal data, open to
/// every role).
public protocol FiguresReading {
    func figureRecords(rules: RuleParameters) throws -> [SessionFigureRecord]
}
