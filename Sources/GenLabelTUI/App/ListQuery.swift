import GenLabelCore

/// How one list is narrowed and ordered: a filter typed after `/` (every word must appear, ignoring
/// case and accents) and a sort column (`s` cycles, `S` reverses). No sort column: the store's order.
public struct ListQuery: Sendable, Equatable {
    public var filter: String = ""
    public var sortColumn: Int?
    public var descending = false
    public init() {}
}

/// Applies a query to a list: the indices of the rows to show, in order.
public enum ListOrdering {
    /// Folded text of each row (every column), computed once per data load.
    public static func searchKeys<Row>(_ rows: [Row], _ columns: [TableColumn<Row>]) -> [String] {
        rows.map { row in TextFolding.fold(columns.map { $0.text(row) }.joined(separator: " ")) }
    }

    public static func order<Row>(_ rows: [Row], _ columns: [TableColumn<Row>], keys: [String], query: ListQuery) -> [Int] {
        var indices = Array(rows.indices)
        if !query.filter.isEmpty {
            let folded = TextFolding.Query(query.filter)
            indices = indices.filter { folded.matches(keys[$0]) }
        }
        if let column = query.sortColumn, columns.indices.contains(column) {
            let sortKey = columns[column].sortKey
            // Keys computed once per row, compared by position (no hashing in the comparator).
            let keyed = indices.map { (index: $0, key: sortKey(rows[$0])) }
            let descending = query.descending
            indices = keyed.sorted { a, b in
                if a.key != b.key { return descending ? a.key > b.key : a.key < b.key }
                return a.index < b.index
            }.map(\.index)
        }
        return indices
    }
}
