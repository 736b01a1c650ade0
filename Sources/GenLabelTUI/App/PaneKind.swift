import GenLabelCore

/// The four panes of the main screen, in the order of the keys 1–4 and of Tab.
public enum PaneKind: Int, CaseIterable, Sendable, Hashable {
    case dossiers, sessions, labels, alerts

    public var title: String {
        switch self {
        case .dossiers: return T(.paneDossiers)
        case .sessions: return T(.paneSessions)
        case .labels: return T(.paneLabels)
        case .alerts: return T(.paneAlerts)
        }
    }

    /// The digit that selects it.
    public var number: Int { rawValue + 1 }

    public var next: PaneKind { PaneKind(rawValue: (rawValue + 1) % PaneKind.allCases.count)! }
    public var previous: PaneKind {
        PaneKind(rawValue: (rawValue + PaneKind.allCases.count - 1) % PaneKind.allCases.count)!
    }
}
