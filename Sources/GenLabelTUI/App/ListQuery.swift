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
            indices = indices.filter { TextFolding.matches(keys[$0], query: query.filter) }
        }
        if let column = query.sortColumn, columns.indices.contains(column) {
            let sortKey = columns[column].sortKey
            let sortKeys = Dictionary(uniqueKeysWithValues: indices.map { ($0, sortKey(rows[$0])) })
            indices.sort { a, b in
                let (ka, kb) = (sortKeys[a]!, sortKeys[b]!)
                if ka != kb { return query.descending ? ka > kb : ka < kb }
                return a < b
            }
        }
        return indices
    }
}
