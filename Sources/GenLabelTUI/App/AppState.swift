import GenLabelCore

/// The whole state of the terminal application: a value, changed only by `AppUpdate`.
public struct AppState: Sendable {
    /// The date everything is computed at.
    public var today: CalendarDate
    /// Whether `today` was fixed with `--today` (then ticks do not move it).
    public var todayIsPinned: Bool
    /// Shown in the header.
    public var databasePath: String
    /// Opened read-only (shown in the header).
    public var isReadOnly = false
    public var size: TerminalSize
    public var activePane: PaneKind = .dossiers
    public var cursors: [PaneKind: ListCursor] = [:]
    /// Filter and sort of each list.
    public var queries: [PaneKind: ListQuery] = [:]
    /// The rows each list shows, derived from the data and the queries by `AppUpdate`.
    public var paneRows = PaneRows()
    /// Whether keys go to the active list's filter (after `/`).
    public var isEditingFilter = false
    public var screen: Screen = .panes
    /// The ranked list a dossier's detail was opened from (`Entrée` in a ranking): `Échap` in the detail
    /// goes back to it (same place, filter and marks) instead of the lists.
    public var detailReturn: InstructionScreen?
    public var data: AppData = .empty
    public var alerts: [Alert] = []
    /// Who graded each dossier, read for the Dossiers list's "instructeur" filter (issue 3).
    public var dossierInstructors: [Dossier.ID: [String]] = [:]
    /// The Alertes pane's filters (kind, severity, region, officer; snoozed alerts shown or not).
    public var alertFilter = AlertFilter()
    /// The last error to show in the footer (e.g. a failed read), cleared by the next key.
    public var statusMessage: String?
    /// The last success to show in the footer ("Enregistré : …"), cleared by the next key.
    public var notice: String?
    /// The person at the keyboard and their role: decides what may be read and changed.
    public var actor = Actor(login: "", role: nil)
    /// Why the lists could not be read, until a read succeeds: the screen must never look empty or
    /// "nothing overdue" because of an error.
    public var loadError: String?
    /// Set by the quit key; the runtime stops.
    public var wantsToQuit = false
    public var rules: RuleParameters
    /// Frame characters: ASCII when the terminal cannot show Unicode box drawing.
    public var boxChars: BoxChars = .unicode

    public init(today: CalendarDate, todayIsPinned: Bool, databasePath: String, size: TerminalSize,
                rules: RuleParameters = .standard) {
        self.today = today
        self.todayIsPinned = todayIsPinned
        self.databasePath = databasePath
        self.size = size
        self.rules = rules
    }

    public func cursor(_ pane: PaneKind) -> ListCursor { cursors[pane] ?? ListCursor() }

    public func query(_ pane: PaneKind) -> ListQuery { queries[pane] ?? ListQuery() }

    /// Indices into the pane's data of the rows shown, in order.
    public func order(_ pane: PaneKind) -> [Int] { paneRows.orders[pane] ?? [] }

    /// Number of rows a pane shows (after its filter).
    public func rowCount(_ pane: PaneKind) -> Int { paneRows.windowTotals[pane] ?? order(pane).count }

    /// Number of rows in a pane's data, before any filter.
    public func totalCount(_ pane: PaneKind) -> Int {
        if let total = paneRows.windowTotals[pane] { return total }
        switch pane {
        case .dossiers: return data.dossiers.count
        case .sessions: return data.sessions.count
        case .labels: return data.labels.count
        case .alerts: return alerts.count
        }
    }
}

/// Columns × rows of the terminal.
public struct TerminalSize: Sendable, Equatable {
    public var width: Int
    public var height: Int
    public init(width: Int, height: Int) { self.width = width; self.height = height }
}
