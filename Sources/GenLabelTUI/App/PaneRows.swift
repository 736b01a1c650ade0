import GenLabelCore

/// The rows each pane shows, after its filter and sort: computed when the data, the alerts or the
/// query change, never while drawing.
public struct PaneRows: Sendable {
    /// Folded text of every row, for filtering.
    var searchKeys: [PaneKind: [String]] = [:]
    /// Sort keys of every row, per column, built on the first sort by that column after a load.
    var sortKeys: [PaneKind: [Int: [Int]]] = [:]
    /// The rows the last filter matched (ascending), so that a longer filter tests only those.
    var filtered: [PaneKind: Filtered] = [:]
    /// Indices into the pane's data, in display order.
    var orders: [PaneKind: [Int]] = [:]

    struct Filtered: Sendable {
        var query: TextFolding.Query
        var rows: [Int]
    }

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
            filtered[pane] = nil
        }
        let filter = TextFolding.Query(query.filter)
        var matches: [Int]?
        if !filter.isEmpty {
            if searchKeys[pane] == nil { searchKeys[pane] = ListOrdering.searchKeys(rows, columns) }
            // A filter that only adds to the previous one (a letter typed) looks only at its matches.
            let previous = filtered[pane].flatMap { filter.narrows($0.query) ? $0.rows : nil }
            let rows = ListOrdering.matching(count: rows.count, candidates: previous, searchKeys: searchKeys[pane] ?? [],
                                             filter: filter)
            filtered[pane] = Filtered(query: filter, rows: rows)
            matches = rows
        } else {
            filtered[pane] = nil
        }
        var keys: [Int]?
        if let column = query.sortColumn, columns.indices.contains(column) {
            keys = sortKeys[pane]?[column] ?? ListOrdering.sortKeys(rows, columns[column])
            sortKeys[pane, default: [:]][column] = keys
        }
        let shown = matches ?? Array(0..<rows.count)
        orders[pane] = keys.map { ListOrdering.sorted(shown, by: $0, descending: query.descending) } ?? shown
    }
}
