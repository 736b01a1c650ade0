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
