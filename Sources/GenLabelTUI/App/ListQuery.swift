import GenLabelCore

/// How one list is narrowed and ordered: a filter typed after `/` (every word must appear, ignoring
/// case and accents) and a sort column (`s` cycles, `S` reverses). No sort column: the store's order.
public struct ListQuery: Sendable, Equatable {
    public var filter: String = ""
    public var sortColumn: Int?
    public var descending = false
    /// The Dossiers list's filters by state, committee, region and instructor (issue 3).
    public var facets = DossierFacets()
    public init() {}
    public init(filter: String, sortColumn: Int? = nil, descending: Bool = false) {
        self.filter = filter; self.sortColumn = sortColumn; self.descending = descending
    }
}

/// Applies a query to a list: the indices of the rows to show, in order.
public enum ListOrdering {
    /// Folded text of each row (every column), computed once per data load.
    public static func searchKeys<Row>(_ rows: [Row], _ columns: [TableColumn<Row>]) -> [String] {
        rows.map { searchKey($0, columns) }
    }

    /// Folded text of one row: every column's text, separated by spaces.
    public static func searchKey<Row>(_ row: Row, _ columns: [TableColumn<Row>]) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(96)
        for (position, column) in columns.enumerated() {
            if position > 0 { bytes.append(0x20) }
            TextFolding.appendFolded(column.text(row), to: &bytes)
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Sort key of every row for one column, as a number: a text column's key is the rank of the row's
    /// folded text among the column's distinct texts (equal folded texts, equal ranks), so sorting
    /// compares integers. Each distinct text is folded once: titles and states repeat from row to row.
    public static func sortKeys<Row>(_ rows: [Row], _ column: TableColumn<Row>) -> [Int] {
        switch column.sortKey {
        case .number(let key): return rows.map(key)
        case .text(let key):
            var positions: [String: Int] = [:]
            var distinct: [String] = []
            var positionOfRow: [Int] = []
            positionOfRow.reserveCapacity(rows.count)
            for row in rows {
                let text = key(row)
                if let known = positions[text] {
                    positionOfRow.append(known)
                } else {
                    positions[text] = distinct.count
                    positionOfRow.append(distinct.count)
                    distinct.append(text)
                }
            }
            let folded = distinct.map(TextFolding.fold)
            let byText = folded.indices.sorted { folded[$0] < folded[$1] }
            var rankOfPosition = [Int](repeating: 0, count: folded.count)
            var rank = 0
            for (step, position) in byText.enumerated() {
                if step > 0 && folded[position] != folded[byText[step - 1]] { rank += 1 }
                rankOfPosition[position] = rank
            }
            return positionOfRow.map { rankOfPosition[$0] }
        }
    }

    /// The rows among `candidates` (ascending indices; nil: all `count` rows) whose search key matches
    /// `filter` (`searchKeys` is needed only with a filter), in ascending order.
    public static func matching(count: Int, candidates: [Int]? = nil, searchKeys: [String],
                                filter: TextFolding.Query) -> [Int] {
        let rows = candidates ?? Array(0..<count)
        if filter.isEmpty { return rows }
        return rows.filter { filter.matches(searchKeys[$0]) }
    }

    /// `indices` in the order of `sortKeys` (the sort column's key of every row), ties in index order.
    public static func sorted(_ indices: [Int], by sortKeys: [Int], descending: Bool) -> [Int] {
        // (key, index) pairs sorted as one array: no look-up into `sortKeys` while sorting.
        var pairs = indices.map { (key: sortKeys[$0], index: $0) }
        if descending {
            pairs.sort { $0.key != $1.key ? $0.key > $1.key : $0.index < $1.index }
        } else {
            pairs.sort { $0.key != $1.key ? $0.key < $1.key : $0.index < $1.index }
        }
        return pairs.map(\.index)
    }

    /// The rows of a list of `count` rows that match the query's filter (`searchKeys`, needed only with a
    /// filter), in the order of `sortKeys` (the sort column's key of every row; nil: the store's order).
    public static func order(count: Int, searchKeys: [String], sortKeys: [Int]?, query: ListQuery) -> [Int] {
        let rows = matching(count: count, searchKeys: searchKeys, filter: TextFolding.Query(query.filter))
        guard let sortKeys else { return rows }
        return sorted(rows, by: sortKeys, descending: query.descending)
    }
}
