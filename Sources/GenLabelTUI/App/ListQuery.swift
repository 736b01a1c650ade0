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

/// The folded text of every row of a list, in one buffer: a `String` per row cost about 40 bytes more
/// per row (90 MB for the four lists at ×100; issue 7: peak RSS ≤ 300 MB). Rows changed in place keep
/// their new text aside.
public struct SearchKeys: Sendable {
    var bytes: [UInt8] = []
    /// Where each row's text ends in `bytes` (it starts where the previous one ends).
    var ends: [UInt32] = []
    var replaced: [Int: [UInt8]] = [:]

    public init() {}

    public var count: Int { ends.count }

    public func matches(_ row: Int, _ filter: TextFolding.Query) -> Bool {
        if let text = replaced[row] { return text.withUnsafeBufferPointer { filter.matches(bytes: $0) } }
        let start = row == 0 ? 0 : Int(ends[row - 1]), end = Int(ends[row])
        return bytes.withUnsafeBufferPointer { filter.matches(bytes: UnsafeBufferPointer(rebasing: $0[start..<end])) }
    }

    mutating func replace(_ row: Int, with text: [UInt8]) {
        replaced[row] = text
    }
}

/// Applies a query to a list: the indices of the rows to show, in order.
public enum ListOrdering {
    /// Folded text of each row (every column), computed once per data load, into one buffer.
    public static func searchKeys<Row>(_ rows: [Row], _ columns: [TableColumn<Row>]) -> SearchKeys {
        var keys = SearchKeys()
        keys.ends.reserveCapacity(rows.count)
        // The buffer is sized from the first rows, so that it is allocated once, not doubled (a doubling
        // holds both buffers at once: 40 MB more at the peak for the Sessions of ×100).
        var reserved = false
        for (index, row) in rows.enumerated() {
            appendSearchKey(row, columns, to: &keys.bytes)
            keys.ends.append(UInt32(truncatingIfNeeded: keys.bytes.count))
            if !reserved && (index == 255 || index == rows.count - 1) {
                reserved = true
                let average = Double(keys.bytes.count) / Double(index + 1)
                keys.bytes.reserveCapacity(Int(average * 1.15 * Double(rows.count)) + 256)
            }
        }
        return keys
    }

    /// Folded text of one row: every column's text, separated by spaces.
    public static func searchKey<Row>(_ row: Row, _ columns: [TableColumn<Row>]) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(96)
        appendSearchKey(row, columns, to: &bytes)
        return bytes
    }

    static func appendSearchKey<Row>(_ row: Row, _ columns: [TableColumn<Row>], to bytes: inout [UInt8]) {
        for (position, column) in columns.enumerated() {
            if position > 0 { bytes.append(0x20) }
            let start = bytes.count
            TextFolding.appendFolded(column.text(row), to: &bytes)
            // "Développeur·se" is also found as "développeuse".
            if InclusiveWriting.hasInnerDot(bytes[start...]) {
                for word in InclusiveWriting.feminineWords(String(decoding: bytes[start...], as: UTF8.self)) {
                    bytes.append(0x20)
                    bytes.append(contentsOf: word.utf8)
                }
            }
        }
    }

    /// Sort key of every row for one column, as a number: a text column's key is the rank of the row's
    /// folded text among the column's distinct texts (equal folded texts, equal ranks), so sorting
    /// compares integers. Each distinct text is folded once: titles and states repeat from row to row.
    public static func sortKeys<Row>(_ rows: [Row], _ column: TableColumn<Row>) -> [Int] {
        allSortKeys(rows, [column])[0]!
    }

    /// The sort keys of every column at once (`sortKeys` of each), in one pass over the rows: a row is
    /// copied once for all columns (each copy of a row retains its texts, scattered in memory: copying
    /// 30,000 rows per column was most of a first sort at ×10). Built with each data load, so that no
    /// key press has to (issue 7: sort ≤ 16 ms at p99).
    public static func allSortKeys<Row>(_ rows: [Row], _ columns: [TableColumn<Row>]) -> [Int: [Int]] {
        var numbers = [[Int]](repeating: [], count: columns.count)
        var texts = [TextRanks?](repeating: nil, count: columns.count)
        for (position, column) in columns.enumerated() {
            switch column.sortKey {
            case .number: numbers[position].reserveCapacity(rows.count)
            case .text: texts[position] = TextRanks(capacity: rows.count)
            }
        }
        for row in rows {
            for (position, column) in columns.enumerated() {
                switch column.sortKey {
                case .number(let key): numbers[position].append(key(row))
                case .text(let key): texts[position]!.add(key(row))
                }
            }
        }
        var keys: [Int: [Int]] = [:]
        for position in columns.indices {
            keys[position] = texts[position].map { $0.ranks() } ?? numbers[position]
        }
        return keys
    }

    /// Ranks of folded texts: rows are grouped by their folded text's bytes (no `String` hashing, which
    /// normalises accented text); each distinct folded text becomes a `String` once, to be ordered.
    struct TextRanks {
        var table: ByteKeyTable
        var folded: [String] = []
        var positionOfRow: [Int] = []
        var bytes: [UInt8] = []

        init(capacity: Int) {
            table = ByteKeyTable(capacity: min(capacity, 1 << 16))
            positionOfRow.reserveCapacity(capacity)
            bytes.reserveCapacity(128)
        }

        mutating func add(_ text: String) {
            bytes.removeAll(keepingCapacity: true)
            TextFolding.appendFolded(text, to: &bytes)
            if let known = table.valueOrInsert(bytes, folded.count) {
                positionOfRow.append(known)
            } else {
                positionOfRow.append(folded.count)
                folded.append(String(decoding: bytes, as: UTF8.self))
            }
        }

        func ranks() -> [Int] {
            let byText: [Int]
            if folded.allSatisfy({ $0.utf8.allSatisfy { $0 < 0x80 } }) {
                // ASCII (French text once folded): byte order is `String`'s order, and much cheaper.
                byText = folded.indices.sorted { a, b in
                    var x = folded[a], y = folded[b]
                    return x.withUTF8 { x in y.withUTF8 { y in
                        let common = min(x.count, y.count)
                        let order = common == 0 ? 0 : memcmp(x.baseAddress!, y.baseAddress!, common)
                        return order != 0 ? order < 0 : x.count < y.count
                    } }
                }
            } else {
                byText = folded.indices.sorted { folded[$0] < folded[$1] }
            }
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
    public static func matching(count: Int, candidates: [Int]? = nil, searchKeys: SearchKeys,
                                filter: TextFolding.Query) -> [Int] {
        let rows = candidates ?? Array(0..<count)
        if filter.isEmpty { return rows }
        return rows.filter { searchKeys.matches($0, filter) }
    }

    /// `indices` in the order of `sortKeys` (the sort column's key of every row), ties in index order.
    public static func sorted(_ indices: [Int], by sortKeys: [Int], descending: Bool) -> [Int] {
        if let packed = packedSort(indices, by: sortKeys, descending: descending) { return packed }
        // (key, index) pairs sorted as one array: no look-up into `sortKeys` while sorting.
        var pairs = indices.map { (key: sortKeys[$0], index: $0) }
        if descending {
            pairs.sort { $0.key != $1.key ? $0.key > $1.key : $0.index < $1.index }
        } else {
            pairs.sort { $0.key != $1.key ? $0.key < $1.key : $0.index < $1.index }
        }
        return pairs.map(\.index)
    }

    /// `sorted` with each (key, index) packed into one `UInt64` (key above, index below), so that the sort
    /// compares plain integers, without a closure: a third of a sort key at ×10. Nil when the keys' range
    /// and the indices do not fit in 64 bits together. An absent value (`Int.min`) sorts first as before.
    static func packedSort(_ indices: [Int], by sortKeys: [Int], descending: Bool) -> [Int]? {
        guard let maxIndex = indices.max(), indices.allSatisfy({ $0 >= 0 }) else { return indices.isEmpty ? [] : nil }
        var low = Int.max, high = Int.min + 1
        for index in indices {
            let key = sortKeys[index]
            if key == Int.min { continue }
            low = min(low, key)
            high = max(high, key)
        }
        if low > high { low = 0; high = 0 }   // every key absent
        let indexBits = max(UInt64(maxIndex).bitWidth - UInt64(maxIndex).leadingZeroBitCount, 1)
        // Keys become 1 + key - low (0 for an absent one), reversed when descending.
        let (span, overflow) = high.subtractingReportingOverflow(low)
        guard !overflow, span < (1 << 40), indexBits + 42 <= 64 else { return nil }
        let top = UInt64(span) + 1
        var packed = [UInt64](repeating: 0, count: indices.count)
        for (slot, index) in indices.enumerated() {
            let key = sortKeys[index]
            var rank = key == Int.min ? 0 : UInt64(key - low) + 1
            if descending { rank = top - rank }
            packed[slot] = rank << UInt64(indexBits) | UInt64(index)
        }
        packed.sort()
        let mask = (UInt64(1) << UInt64(indexBits)) - 1
        return packed.map { Int($0 & mask) }
    }

    /// The rows of a list of `count` rows that match the query's filter (`searchKeys`, needed only with a
    /// filter), in the order of `sortKeys` (the sort column's key of every row; nil: the store's order).
    public static func order(count: Int, searchKeys: SearchKeys, sortKeys: [Int]?, query: ListQuery) -> [Int] {
        let rows = matching(count: count, searchKeys: searchKeys, filter: TextFolding.Query(query.filter))
        guard let sortKeys else { return rows }
        return sorted(rows, by: sortKeys, descending: query.descending)
    }
}

@_silgen_name("memcmp")
private func memcmp(_ a: UnsafeRawPointer, _ b: UnsafeRawPointer, _ count: Int) -> Int32
