import GenLabelCore

/// The rows each pane shows, after its filter and sort: computed when the data, the alerts or the
/// query change, never while drawing.
public struct PaneRows: Sendable {
    /// Folded text of every row, for filtering.
    var searchKeys: [PaneKind: [String]] = [:]
    /// Sort keys of every row, per column, built on the first sort by that column after a load.
    var sortKeys: [PaneKind: [Int: [String]]] = [:]
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
        // Search and sort keys are built on first use after new rows arrive, then reused while typing
        // or sorting again.
        if rowsChanged {
            searchKeys[pane] = nil
            sortKeys[pane] = nil
        }
        if !query.filter.isEmpty && searchKeys[pane] == nil { searchKeys[pane] = ListOrdering.searchKeys(rows, columns) }
        var keys: [String]?
        if let column = query.sortColumn, columns.indices.contains(column) {
            keys = sortKeys[pane]?[column] ?? ListOrdering.sortKeys(rows, columns[column])
            sortKeys[pane, default: [:]][column] = keys
        }
        orders[pane] = ListOrdering.order(count: rows.count, searchKeys: searchKeys[pane] ?? [], sortKeys: keys, query: query)
    }
}
