import GenLabelCore

/// Everything the main screen lists, as last read from the repository.
public struct AppData: Sendable {
    public var dossiers: [DossierRow]
    public var sessions: [SessionRow]
    public var labels: [LabelRow]
    /// Kept so a change of date recomputes the alerts without reading the database again.
    public var snapshot: MonitoringSnapshot

    public init(dossiers: [DossierRow], sessions: [SessionRow], labels: [LabelRow], snapshot: MonitoringSnapshot) {
        self.dossiers = dossiers; self.sessions = sessions; self.labels = labels; self.snapshot = snapshot
    }

    public static let empty = AppData(dossiers: [], sessions: [], labels: [], snapshot: .empty)
}

/// What another process changed, read again from the store (issue 7): the rows of the changed records
/// that still exist, and for the changed labels their part of the monitoring snapshot. `AppUpdate` puts
/// them in place of the old ones and recomputes only those labels' alerts.
public struct DataChange: Sendable {
    public var changes: ChangeSet
    public var dossiers: [DossierRow]
    public var sessions: [SessionRow]
    public var labels: [LabelRow]
    /// The part of the snapshot about `changes.labels` (no committees).
    public var snapshot: MonitoringSnapshot

    public init(changes: ChangeSet, dossiers: [DossierRow], sessions: [SessionRow], labels: [LabelRow],
                snapshot: MonitoringSnapshot) {
        self.changes = changes; self.dossiers = dossiers; self.sessions = sessions; self.labels = labels
        self.snapshot = snapshot
    }
}
