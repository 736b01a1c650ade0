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

/// A position in the store's history of changes (issue 7: reload only what changed).
public struct ChangeCursor: Sendable, Equatable {
    public var sequence: Int64
    /// Tells this history's entry apart from another one with the same number (a restored copy).
    public var stamp: Int64
    public init(sequence: Int64, stamp: Int64) { self.sequence = sequence; self.stamp = stamp }
}

/// The records changed after a cursor: their list rows must be read again, and for the labels, their
/// part of the monitoring snapshot and their alerts.
public struct ChangeSet: Sendable, Equatable {
    public var dossiers: Set<Dossier.ID> = []
    public var sessions: Set<TrainingSession.ID> = []
    public var labels: Set<Label.ID> = []
    public init(dossiers: Set<Dossier.ID> = [], sessions: Set<TrainingSession.ID> = [], labels: Set<Label.ID> = []) {
        self.dossiers = dossiers; self.sessions = sessions; self.labels = labels
    }
    public var isEmpty: Bool { dossiers.isEmpty && sessions.isEmpty && labels.isEmpty }
}

/// Reads only what changed since the last read. A store that keeps no history of changes leaves the
/// defaults: every change then reloads everything.
public protocol IncrementalReading {
    /// Where the history stands now; nil when the store keeps none.
    func changeCursor() throws -> ChangeCursor?
    /// What changed after `cursor`, with the new cursor; nil when it cannot be told (history pruned or
    /// replaced, or a change that touches many rows): then everything must be read again.
    func changes(since cursor: ChangeCursor) throws -> (ChangeSet, ChangeCursor)?
    /// The list rows of these records that still exist, in no particular order.
    func dossierRows(ids: Set<Dossier.ID>) throws -> [DossierRow]
    func sessionRows(ids: Set<TrainingSession.ID>) throws -> [SessionRow]
    func labelRows(ids: Set<Label.ID>) throws -> [LabelRow]
    /// The part of `monitoringSnapshot()` about these labels (their contexts, sessions and reports; no
    /// committees).
    func monitoringSnapshot(labels: Set<Label.ID>) throws -> MonitoringSnapshot
}

/// Everything the main screen lists, read at once.
public struct MainLists: Sendable {
    public var dossiers: [DossierRow]
    public var sessions: [SessionRow]
    public var labels: [LabelRow]
    public var snapshot: MonitoringSnapshot
    public init(dossiers: [DossierRow], sessions: [SessionRow], labels: [LabelRow], snapshot: MonitoringSnapshot) {
        self.dossiers = dossiers; self.sessions = sessions; self.labels = labels; self.snapshot = snapshot
    }
}

/// Reads the three lists and the monitoring snapshot; a store may read them side by side (the SQLite
/// store reads the sessions on a second connection meanwhile). By default, one after the other.
public protocol MainListReading {
    func mainLists() throws -> MainLists
}

extension MainListReading where Self: DossierReading & SessionReading & LabelReading & MonitoringReading {
    public func mainLists() throws -> MainLists {
        MainLists(dossiers: try dossierRows(), sessions: try sessionRows(), labels: try labelRows(),
                  snapshot: try monitoringSnapshot())
    }
}

extension IncrementalReading {
    public func changeCursor() throws -> ChangeCursor? { nil }
    public func changes(since cursor: ChangeCursor) throws -> (ChangeSet, ChangeCursor)? { nil }
    public func dossierRows(ids: Set<Dossier.ID>) throws -> [DossierRow] { [] }
    public func sessionRows(ids: Set<TrainingSession.ID>) throws -> [SessionRow] { [] }
    public func labelRows(ids: Set<Label.ID>) throws -> [LabelRow] { [] }
    public func monitoringSnapshot(labels: Set<Label.ID>) throws -> MonitoringSnapshot { .empty }
}

/// When a session runs, for the Sessions pane's default order (issue 7: the first frame reads the ids in
/// order and only the rows it shows).
public struct SessionSchedule: Sendable, Equatable {
    public var id: TrainingSession.ID
    /// The actual start, else the planned one.
    public var start: CalendarDate
    public var end: CalendarDate
    public init(id: TrainingSession.ID, start: CalendarDate, end: CalendarDate) {
        self.id = id; self.start = start; self.end = end
    }
}

/// Windowed reads for the first frame (issue 7): the first rows of a list in its default order and the
/// list's length, without reading the whole list. A store that cannot do better reads everything.
public protocol ListWindowReading {
    /// The first `count` dossier rows in `dossierRows()`'s order, and the number of dossiers.
    func dossierWindow(first count: Int) throws -> (rows: [DossierRow], total: Int)
    /// The first `count` label rows in `labelRows()`'s order, and the number of labels.
    func labelWindow(first count: Int) throws -> (rows: [LabelRow], total: Int)
    /// Every session's start and end, in `sessionRows()`'s order.
    func sessionSchedules() throws -> [SessionSchedule]
    /// A monitoring snapshot that gives the alerts listed on `today` under `rules` exactly as
    /// `monitoringSnapshot()` does, possibly without records that cannot be listed that day.
    func monitoringSnapshot(listedOn today: CalendarDate, rules: RuleParameters) throws -> MonitoringSnapshot
}

extension ListWindowReading where Self: MonitoringReading {
    public func monitoringSnapshot(listedOn today: CalendarDate, rules: RuleParameters) throws -> MonitoringSnapshot {
        try monitoringSnapshot()
    }
}

extension ListWindowReading where Self: DossierReading & SessionReading & LabelReading {
    public func dossierWindow(first count: Int) throws -> (rows: [DossierRow], total: Int) {
        let rows = try dossierRows()
        return (Array(rows.prefix(count)), rows.count)
    }

    public func labelWindow(first count: Int) throws -> (rows: [LabelRow], total: Int) {
        let rows = try labelRows()
        return (Array(rows.prefix(count)), rows.count)
    }

    public func sessionSchedules() throws -> [SessionSchedule] {
        try sessionRows().map { SessionSchedule(id: $0.id, start: $0.actualStart ?? $0.plannedStart, end: $0.end) }
    }
}

/// Everything the terminal application reads.
public typealias ApplicationRepository = DossierReading & SessionReading & LabelReading & MonitoringReading & ChangeDetecting
    & IncrementalReading & MainListReading & ListWindowReading

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

/// Edits a whole session from its form (issue 4: dates, modality, capacity, documents received,
/// referencing) through the write path: the actor's permission (`.editMonitoring`: roles `suivi` and
/// `admin`), one transaction, the version read (a stale one throws the backend's conflict error and
/// writes nothing), the values checked again (`SessionDraft`), one audit entry naming each field changed.
public protocol SessionStoring {
    /// Writes `session`'s editable values over the stored session of the same id read at
    /// `expectedVersion`; returns the fields changed (none: nothing is written).
    func updateSession(_ session: TrainingSession, expectedVersion: Int64, by actor: Actor, at timestamp: String,
                       today: CalendarDate) throws -> [SessionField]
}

/// An error that may say "someone changed the record since you read it" (a version conflict), so
/// the application can offer the choice instead of showing an error.
public protocol ConflictSignalling: Error {
    var isConflict: Bool { get }
}
