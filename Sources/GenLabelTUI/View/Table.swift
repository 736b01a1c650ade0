import GenLabelCore

/// A column of a table: its heading, how it sizes, how important it is, and how a row shows in it.
public struct TableColumn<Row>: Sendable {
    public let title: String
    /// Narrowest useful width.
    public let minWidth: Int
    /// Share of the spare width this column takes (0: stays at `minWidth`).
    public let flex: Int
    /// When the table is too narrow, the columns of lowest priority are dropped first.
    public let priority: Int
    public let alignment: TextLayout.Alignment
    public let text: @Sendable (Row) -> String
    /// A style role for the cell, when it differs from the row's.
    public let role: (@Sendable (Row) -> StyleRole?)?
    /// What the column sorts by.
    public let sortKey: SortBy

    /// A column's sort key: a number (dates as day numbers, an absent value as `Int.min`, so first) or
    /// a text, compared folded (by default the text shown).
    public enum SortBy: Sendable {
        case number(@Sendable (Row) -> Int)
        case text(@Sendable (Row) -> String)
    }

    public init(_ title: String, minWidth: Int, flex: Int = 0, priority: Int, alignment: TextLayout.Alignment = .left,
                role: (@Sendable (Row) -> StyleRole?)? = nil, sortKey: SortBy? = nil,
                text: @escaping @Sendable (Row) -> String) {
        self.title = title; self.minWidth = minWidth; self.flex = flex; self.priority = priority
        self.alignment = alignment; self.text = text; self.role = role
        self.sortKey = sortKey ?? .text(text)
    }
}

/// Fits columns into a width: drops the least important columns that do not fit, then shares the
/// spare width among flexible columns. Columns are separated by one space.
public enum TableLayout {
    /// For each column, its width, or nil when it is dropped.
    public static func widths(minWidths: [Int], flex: [Int], priorities: [Int], available: Int) -> [Int?] {
        var kept = Array(minWidths.indices)
        func needed() -> Int { kept.reduce(0) { $0 + minWidths[$1] } + max(kept.count - 1, 0) }
        while needed() > available && kept.count > 1 {
            let victim = kept.min { priorities[$0] < priorities[$1] || (priorities[$0] == priorities[$1] && $0 > $1) }!
            kept.removeAll { $0 == victim }
        }
        var result: [Int?] = Array(repeating: nil, count: minWidths.count)
        for index in kept { result[index] = minWidths[index] }
        var spare = available - needed()
        let flexTotal = kept.reduce(0) { $0 + flex[$1] }
        if spare > 0 && flexTotal > 0 {
            var given = 0
            let flexible = kept.filter { flex[$0] > 0 }
            for (position, index) in flexible.enumerated() {
                let share = position == flexible.count - 1 ? spare - given : spare * flex[index] / flexTotal
                result[index] = (result[index] ?? 0) + share
                given += share
            }
            spare = 0
        }
        if spare < 0, let first = kept.first {
            // A single column wider than the space: shrink it to what is there.
            result[first] = max((result[first] ?? 0) + spare, 0)
        }
        return result
    }
}

/// Draws a table with a heading row into a rectangle: the rows of `order` (indices into `rows`), a
/// selected position in that order, a scroll offset, and the sort column marked ▲ or ▼.
public struct TableView<Row> {
    public let columns: [TableColumn<Row>]
    public let rows: [Row]
    public let order: [Int]
    public let selected: Int?
    public let offset: Int
    public let hasFocus: Bool
    public let query: ListQuery

    public init(columns: [TableColumn<Row>], rows: [Row], order: [Int], selected: Int?, offset: Int, hasFocus: Bool,
                query: ListQuery = ListQuery()) {
        self.columns = columns; self.rows = rows; self.order = order; self.selected = selected; self.offset = offset
        self.hasFocus = hasFocus; self.query = query
    }

    public func render(in area: Rect, into buffer: inout Buffer) {
        guard area.width > 0, area.height > 0 else { return }
        let widths = TableLayout.widths(minWidths: columns.map(\.minWidth), flex: columns.map(\.flex),
                                        priorities: columns.map(\.priority), available: area.width)
        drawCells(y: area.y, area: area, widths: widths, role: .columnHeader, buffer: &buffer) { index, column in
            guard index == query.sortColumn else { return (column.title, nil) }
            return (column.title + (query.descending ? "▼" : "▲"), nil)
        }
        let visible = area.height - 1
        guard visible > 0 else { return }
        for line in 0..<visible {
            let index = offset + line
            guard index < order.count else { break }
            let row = rows[order[index]]
            let isSelected = index == selected
            let rowRole: StyleRole = isSelected ? (hasFocus ? .selection : .selectionInactive) : .normal
            let y = area.y + 1 + line
            buffer.fill(Rect(x: area.x, y: y, width: area.width, height: 1), role: rowRole)
            drawCells(y: y, area: area, widths: widths, role: rowRole, buffer: &buffer) { _, column in
                (column.text(row), isSelected ? nil : column.role?(row))
            }
        }
    }

    private func drawCells(y: Int, area: Rect, widths: [Int?], role: StyleRole, buffer: inout Buffer,
                           content: (Int, TableColumn<Row>) -> (String, StyleRole?)) {
        var x = area.x
        for (index, column) in columns.enumerated() {
            guard let width = widths[index] else { continue }
            let (text, cellRole) = content(index, column)
            let shown = TextLayout.pad(TextLayout.truncate(text, toWidth: width), toWidth: width, alignment: column.alignment)
            buffer.write(shown, x: x, y: y, maxWidth: width, role: cellRole ?? role)
            x += width + 1
            if x >= area.x + area.width { break }
        }
    }
}
