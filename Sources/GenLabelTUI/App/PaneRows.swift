import GenLabelCore

/// The rows each pane shows, after its filter and sort: computed when the data, the alerts or the
/// query change, never while drawing.
public struct PaneRows: Sendable {
    /// Folded text of every row, for filtering.
    var searchKeys: [PaneKind: [String]] = [:]
    /// Indices into the pane's data, in display order.
    var orders: [PaneKind: [Int]] = [:]

    public init() {}

    /// Recomputes the order of `pane`; `rowsChanged` when its rows were replaced (new data, new alerts).
    mutating func refresh(_ pane: PaneKind, in state: AppState, rowsChanged: Bool) {
        let query = state.query(pane)
        switch pane {
        case .dossiers: refresh(pane, state.data.dossiers, PaneColumns.dossiers, query, rowsChanged)
        case .sessions:
            refresh(pane, state.data.sessions, PaneColumns.sessions, query, rowsChanged)
            if query.sortColumn == nil, let order = orders[pane] {
                orders[pane] = SessionRelevance.order(order, state.data.sessions, today: state.today)
            }
        case .labels: refresh(pane, state.data.labels, PaneColumns.labels, query, rowsChanged)
        case .alerts: refresh(pane, state.alerts, PaneColumns.alerts, query, rowsChanged)
        }
    }

    private mutating func refresh<Row>(_ pane: PaneKind, _ rows: [Row], _ columns: [TableColumn<Row>], _ query: ListQuery,
                                       _ rowsChanged: Bool) {
        // Search keys are built on the first filtered look at new rows, then reused while typing.
        if rowsChanged { searchKeys[pane] = nil }
        if !query.filter.isEmpty && searchKeys[pane] == nil { searchKeys[pane] = ListOrdering.searchKeys(rows, columns) }
        orders[pane] = ListOrdering.order(rows, columns, keys: searchKeys[pane] ?? [], query: query)
    }
}
