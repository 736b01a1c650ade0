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

    /// Sort key of every row for one column.
    public static func sortKeys<Row>(_ rows: [Row], _ column: TableColumn<Row>) -> [String] {
        rows.map(column.sortKey)
    }

    /// The rows of a list of `count` rows that match the query's filter (`searchKeys`, needed only with a
    /// filter), in the order of `sortKeys` (the sort column's key of every row; nil: the store's order).
    public static func order(count: Int, searchKeys: [String], sortKeys: [String]?, query: ListQuery) -> [Int] {
        var indices = Array(0..<count)
        if !query.filter.isEmpty {
            let folded = TextFolding.Query(query.filter)
            indices = indices.filter { folded.matches(searchKeys[$0]) }
        }
        if let sortKeys {
            let descending = query.descending
            indices.sort { a, b in
                let (ka, kb) = (sortKeys[a], sortKeys[b])
                if ka != kb { return descending ? ka > kb : ka < kb }
                return a < b
            }
        }
        return indices
    }
}
