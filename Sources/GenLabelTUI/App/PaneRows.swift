import GenLabelCore

/// The rows each pane shows, after its filter and sort: computed when the data, the alerts or the
/// query change, never while drawing.
public struct PaneRows: Sendable {
    /// Folded text of every row, for filtering.
    var searchKeys: [PaneKind: SearchKeys] = [:]
    /// Sort keys of every row, per column, built on the first sort by that column after a load.
    var sortKeys: [PaneKind: [Int: [Int]]] = [:]
    /// The rows the last filter matched (ascending), so that a longer filter tests only those.
    var filtered: [PaneKind: Filtered] = [:]
    /// Indices into the pane's data, in display order.
    var orders: [PaneKind: [Int]] = [:]
    /// Until every list is read (the first frame, issue 7): the length of the lists whose data hold only
    /// their first rows, in display order.
    var windowTotals: [PaneKind: Int] = [:]

    struct Filtered: Sendable {
        var query: TextFolding.Query
        var rows: [Int]
    }

    public init() {}

    /// Recomputes the order of `pane`; `rowsChanged` when its rows were replaced (new data, new alerts).
    /// With `preparingSortKeys` (a data load), every column's sort keys are built now rather than on the
    /// first press of `s` (issue 7).
    mutating func refresh(_ pane: PaneKind, in state: AppState, rowsChanged: Bool, preparingSortKeys: Bool = false) {
        let query = state.query(pane)
        if preparingSortKeys && rowsChanged {
            switch pane {
            case .dossiers: sortKeys[pane] = ListOrdering.allSortKeys(state.data.dossiers, PaneColumns.dossiers)
            case .sessions: sortKeys[pane] = ListOrdering.allSortKeys(state.data.sessions, PaneColumns.sessions)
            case .labels: sortKeys[pane] = ListOrdering.allSortKeys(state.data.labels, PaneColumns.labels)
            case .alerts: break
            }
        }
        switch pane {
        case .dossiers:
            refresh(pane, state.data.dossiers, PaneColumns.dossiers, query, rowsChanged, keepSortKeys: preparingSortKeys)
            if !query.facets.isEmpty, let order = orders[pane] {
                let rows = state.data.dossiers, instructors = state.dossierInstructors
                orders[pane] = order.filter { query.facets.matches(rows[$0], instructors: instructors) }
            }
        case .sessions:
            refresh(pane, state.data.sessions, PaneColumns.sessions, query, rowsChanged, keepSortKeys: preparingSortKeys)
            if query.sortColumn == nil, let order = orders[pane] {
                orders[pane] = SessionRelevance.order(order, state.data.sessions, today: state.today)
            }
        case .labels: refresh(pane, state.data.labels, PaneColumns.labels, query, rowsChanged, keepSortKeys: preparingSortKeys)
        case .alerts:
            // The pane's filters (kind, severity, region, officer, snoozed hidden) come before the text filter.
            let filter = state.alertFilter
            let alerts = state.alerts
            let narrowed = filter.narrows || (!filter.showsSnoozed && alerts.contains { $0.handlingStatus == .snoozed })
            refresh(pane, alerts, PaneColumns.alerts, query, rowsChanged, keepSortKeys: false,
                    base: narrowed ? alerts.indices.filter { filter.includes(alerts[$0]) } : nil)
        }
    }

    /// `base`: the rows that may be shown at all (ascending), nil for every row.
    private mutating func refresh<Row>(_ pane: PaneKind, _ rows: [Row], _ columns: [TableColumn<Row>], _ query: ListQuery,
                                       _ rowsChanged: Bool, keepSortKeys: Bool, base: [Int]? = nil) {
        // Search and sort keys are built on first use after new rows arrive (sort keys: with the load),
        // then reused while typing or sorting again.
        if rowsChanged {
            searchKeys[pane] = nil
            if !keepSortKeys { sortKeys[pane] = nil }
            filtered[pane] = nil
        }
        let filter = TextFolding.Query(query.filter)
        var matches: [Int]?
        if !filter.isEmpty {
            if searchKeys[pane] == nil { searchKeys[pane] = ListOrdering.searchKeys(rows, columns) }
            // A filter that only adds to the previous one (a letter typed) looks only at its matches.
            let previous = filtered[pane].flatMap { filter.narrows($0.query) ? $0.rows : nil } ?? base
            let rows = ListOrdering.matching(count: rows.count, candidates: previous, searchKeys: searchKeys[pane] ?? SearchKeys(),
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
        let shown = matches ?? base ?? Array(0..<rows.count)
        orders[pane] = keys.map { ListOrdering.sorted(shown, by: $0, descending: query.descending) } ?? shown
    }

    /// After the rows at `changed` were replaced in place (every other row keeping its index): updates
    /// their search and sort keys, the filter's matches and their places in the order, without looking
    /// at the other rows. Gives the order `refresh` would give.
    mutating func update(_ pane: PaneKind, changed: [Int], in state: AppState) {
        let query = state.query(pane)
        let updated: Bool
        switch pane {
        case .dossiers:
            // With filters by state, committee…, the order is computed again (a dossier may enter or leave).
            updated = query.facets.isEmpty && update(pane, state.data.dossiers, PaneColumns.dossiers, changed, query, nil)
        case .sessions:
            let today = state.today.dayNumber
            let rows = state.data.sessions
            updated = update(pane, rows, PaneColumns.sessions, changed, query) {
                SessionRelevance.key($0, rows[$0], today: today)
            }
        case .labels: updated = update(pane, state.data.labels, PaneColumns.labels, changed, query, nil)
        case .alerts: updated = false
        }
        if !updated { refresh(pane, in: state, rowsChanged: true) }
    }

    private mutating func update<Row>(_ pane: PaneKind, _ rows: [Row], _ columns: [TableColumn<Row>], _ changed: [Int],
                                      _ query: ListQuery, _ relevance: ((Int) -> SessionRelevance.Key)?) -> Bool {
        guard var order = orders[pane] else { return false }
        // Keys of the changed rows. A text column's keys are ranks among all the column's texts: they
        // are built again if the list is sorted on it, else on the next sort.
        if searchKeys[pane] != nil {
            for index in changed { searchKeys[pane]!.replace(index, with: ListOrdering.searchKey(rows[index], columns)) }
        }
        for (column, _) in sortKeys[pane] ?? [:] {
            switch columns[column].sortKey {
            case .number(let key): for index in changed { sortKeys[pane]![column]![index] = key(rows[index]) }
            case .text: sortKeys[pane]![column] = column == query.sortColumn ? ListOrdering.sortKeys(rows, columns[column]) : nil
            }
        }
        // Matches of the filter.
        let filter = TextFolding.Query(query.filter)
        var shown = Set(changed)
        if !filter.isEmpty {
            guard let keys = searchKeys[pane], var matches = filtered[pane]?.rows else {
                return false
            }
            for index in changed {
                let position = Self.insertionPoint(of: index, in: matches, by: <)
                let isListed = position < matches.count && matches[position] == index
                if keys.matches(index, filter) {
                    if !isListed { matches.insert(index, at: position) }
                } else {
                    shown.remove(index)
                    if isListed { matches.remove(at: position) }
                }
            }
            filtered[pane] = Filtered(query: filter, rows: matches)
        }
        // Places in the order: out, then back where the order puts them.
        let less: (Int, Int) -> Bool
        if let column = query.sortColumn, columns.indices.contains(column) {
            guard let keys = sortKeys[pane]?[column] else { return false }
            let descending = query.descending
            less = { a, b in keys[a] != keys[b] ? (descending ? keys[a] > keys[b] : keys[a] < keys[b]) : a < b }
        } else if let relevance {
            less = { relevance($0) < relevance($1) }
        } else {
            less = (<)
        }
        if changed.count <= 16 {
            for index in changed { if let position = order.firstIndex(of: index) { order.remove(at: position) } }
        } else {
            let changedSet = Set(changed)
            order.removeAll { changedSet.contains($0) }
        }
        for index in changed where shown.contains(index) {
            order.insert(index, at: Self.insertionPoint(of: index, in: order, by: less))
        }
        orders[pane] = order
        return true
    }

    /// The first position in `sorted` whose element does not come before `element`.
    static func insertionPoint(of element: Int, in sorted: [Int], by less: (Int, Int) -> Bool) -> Int {
        var low = 0, high = sorted.count
        while low < high {
            let middle = (low + high) / 2
            if less(sorted[middle], element) { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
