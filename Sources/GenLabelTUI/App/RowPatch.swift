import GenLabelCore

/// Replaces some rows of a list kept in the store's order with their new versions.
enum RowPatch: Equatable {
    /// None of the rows was in the list or read again.
    case unchanged
    /// Rows replaced where they were (these indices): every other row keeps its index.
    case inPlace([Int])
    /// Rows added, removed or moved: indices shifted.
    case moved

    /// `rows` (in the order `before`) after replacing the rows of `ids` with `fresh` (those still
    /// existing): a row stays at its index when its new version still sorts there.
    static func apply<Row: Identifiable>(_ fresh: [Row], ids: Set<Row.ID>, to rows: inout [Row],
                                         before: (Row, Row) -> Bool) -> RowPatch {
        guard !ids.isEmpty else { return .unchanged }
        var freshByID: [Row.ID: Row] = [:]
        for row in fresh { freshByID[row.id] = row }
        var positions: [Int] = []
        if ids.count <= 32 {
            for id in ids { if let index = rows.firstIndex(where: { $0.id == id }) { positions.append(index) } }
        } else {
            positions = rows.indices.filter { ids.contains(rows[$0].id) }
        }
        var moved = false
        var replaced: [Int] = []
        for index in positions {
            if let row = freshByID.removeValue(forKey: rows[index].id) {
                rows[index] = row
                replaced.append(index)
            } else {
                moved = true   // deleted
            }
        }
        if moved {
            let deleted = Set(positions.filter { !replaced.contains($0) })
            rows = rows.indices.filter { !deleted.contains($0) }.map { rows[$0] }
        }
        // The replaced rows must still sort between their neighbours.
        if !moved {
            for index in replaced {
                if (index > 0 && !before(rows[index - 1], rows[index]))
                    || (index + 1 < rows.count && !before(rows[index], rows[index + 1])) {
                    moved = true
                    break
                }
            }
        }
        if moved {
            rows.sort(by: before)
        }
        // New rows go to their place.
        for row in freshByID.values {
            var low = 0, high = rows.count
            while low < high {
                let middle = (low + high) / 2
                if before(rows[middle], row) { low = middle + 1 } else { high = middle }
            }
            rows.insert(row, at: low)
            moved = true
        }
        if moved { return .moved }
        return replaced.isEmpty ? .unchanged : .inPlace(replaced.sorted())
    }
}
