/// The interfaces through which the application reads its data. The SQLite store implements them;
/// a second backend (a shared PostgreSQL server) would implement the same, leaving the TUI and the
/// domain untouched. Errors are thrown as the backend's own error type.

/// Dossier lists and details.
public protocol DossierReading {
    func dossierRows() throws -> [DossierRow]
    func dossierDetail(_ id: Dossier.ID) throws -> DossierDetail?
}

/// Session lists and details.
public protocol SessionReading {
    func sessionRows() throws -> [SessionRow]
    func sessionDetail(_ id: TrainingSession.ID) throws -> SessionDetail?
}

/// Label lists and details.
public protocol LabelReading {
    func labelRows() throws -> [LabelRow]
    func labelDetail(_ id: Label.ID) throws -> LabelDetail?
}

/// What the deadline engine reads.
public protocol MonitoringReading {
    func monitoringSnapshot() throws -> MonitoringSnapshot
}

/// Notices changes made by anyone, this process or another one, to the same data.
public protocol ChangeDetecting {
    /// A value that differs after any committed change to the data (for SQLite: `PRAGMA data_version`
    /// combined with this connection's own change count).
    func changeToken() throws -> Int64
}

/// Everything the terminal application reads.
public typealias ApplicationRepository = DossierReading & SessionReading & LabelReading & MonitoringReading & ChangeDetecting

/// What the terminal application writes about sessions (issue 4), and the learners' personal data it
/// reads only for roles allowed to see it (issue 6). Writes check the actor's permission and the
/// record's version; a stale version throws the backend's conflict error and writes nothing.
public protocol MonitoringWriting {
    /// The session's current version, nil when it does not exist.
    func sessionVersion(_ id: TrainingSession.ID) throws -> Int64?
    /// The session's learners, with their personal data, by last and first name.
    func sessionLearners(_ id: TrainingSession.ID) throws -> [Learner]
    func record(_ fact: SessionFact, onSession id: TrainingSession.ID, expectedVersion: Int64,
                by actor: Actor, at timestamp: String, today: CalendarDate) throws
}

/// An error that may say "someone changed the record since you read it" (a version conflict), so
/// the application can offer the choice instead of showing an error.
public protocol ConflictSignalling: Error {
    var isConflict: Bool { get }
}
