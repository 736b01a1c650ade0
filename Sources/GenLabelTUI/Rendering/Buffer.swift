import Foundation

/// A screen's worth of styled cells, drawn by pure code and flushed to the terminal as a diff.
///
/// Widgets render into a buffer (`write`, `fill`, `drawBox`…); tests read it back as text (`textLines`)
/// and styles (`roleLines`); the terminal draws only `diff(from:)`. Every write clips at the buffer edge,
/// keeps wide glyphs whole (a glyph that would be cut becomes a space) and repairs a wide glyph that a
/// write partly overwrites (its other half becomes a space), so the buffer is always drawable.
public struct Buffer: Equatable, Sendable, CustomStringConvertible {
    /// The number of columns.
    public let width: Int
    /// The number of rows.
    public let height: Int
    /// The cells, row after row (`cells[y * width + x]`).
    public private(set) var cells: [Cell]
    /// The frame characters `drawBox` uses: `.unicode` by default, `.ascii` for limited terminals.
    public var boxChars: BoxChars = .unicode

    /// A buffer of `width`×`height` spaces of role `.normal` (negative sizes become 0).
    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        self.cells = Array(repeating: Cell.blank(), count: self.width * self.height)
    }

    /// The whole buffer as a rectangle at (0, 0).
    public var area: Rect { Rect(x: 0, y: 0, width: width, height: height) }

    /// The cell at column `x`, row `y` (both must be inside the buffer).
    public subscript(x: Int, y: Int) -> Cell {
        precondition(x >= 0 && x < width && y >= 0 && y < height, "cellule hors du tampon")
        return cells[y * width + x]
    }

    /// Two buffers are equal when they have the same size and cells (`boxChars` is not compared).
    public static func == (lhs: Buffer, rhs: Buffer) -> Bool {
        lhs.width == rhs.width && lhs.height == rhs.height && lhs.cells == rhs.cells
    }

    /// The text lines joined with "\n" (handy in test failure messages).
    public var description: String { textLines().joined(separator: "\n") }

    // MARK: - Writing

    /// Writes `text` on row `y` from column `x`, in at most `maxWidth` columns and never past the right
    /// edge, and returns the number of columns used.
    ///
    /// Zero-width graphemes (controls, stray combining marks) are skipped. A wide glyph that does not fit
    /// entirely is replaced by a space (counted in the result) and ends the write. Columns left of 0 are
    /// skipped but counted, so a negative `x` scrolls the text. A row outside the buffer writes nothing.
    @discardableResult
    public mutating func write(_ text: String, x: Int, y: Int, maxWidth: Int = Int.max,
                               role: StyleRole = .normal) -> Int {
        guard y >= 0, y < height, maxWidth > 0 else { return 0 }
        let (end, overflow) = x.addingReportingOverflow(maxWidth)
        let limit = overflow ? width : min(width, end)
        var column = x
        for original in text {
            guard column < limit else { break }
            let character = Self.displayable(original)
            let characterWidth = DisplayWidth.of(character)
            if characterWidth == 0 { continue }
            if column + characterWidth > limit {
                // A wide glyph cut by the clip: show a space instead of half a glyph.
                if column >= 0 { place(" ", wide: false, x: column, y: y, role: role) }
                column += 1
                break
            }
            if column >= 0 {
                place(character, wide: characterWidth == 2, x: column, y: y, role: role)
            } else if column + characterWidth > 0 {
                // A wide glyph straddling the left edge: its visible half becomes a space.
                place(" ", wide: false, x: 0, y: y, role: role)
            }
            column += characterWidth
        }
        return max(0, min(column, limit) - x)
    }

    /// What a grapheme is drawn as, so that the terminal and the buffer agree on its width: control
    /// characters (tab, line breaks) become a space; a multi-scalar grapheme keeps its first scalar and
    /// its combining accents, and drops joiners, variation selectors, skin tones and joined emoji,
    /// which terminals and curses measure differently ("🧑‍💻" is drawn "🧑").
    static func displayable(_ character: Character) -> Character {
        let scalars = character.unicodeScalars
        if scalars.allSatisfy({ $0.properties.generalCategory == .control }) { return " " }
        guard scalars.count > 1, let first = scalars.first else { return character }
        var kept = String.UnicodeScalarView()
        kept.append(first)
        for scalar in scalars.dropFirst() where scalar.properties.generalCategory == .nonspacingMark
            && scalar.value != 0x200D && !(0xFE00...0xFE0F).contains(scalar.value) {
            kept.append(scalar)
        }
        return Character(String(kept))
    }

    /// Writes `text` in at most `width` columns from (`x`, `y`), ending it with "…" when it is longer,
    /// and returns the number of columns used.
    @discardableResult
    public mutating func writeTruncated(_ text: String, x: Int, y: Int, width: Int,
                                        role: StyleRole = .normal) -> Int {
        let visible = min(width, self.width - x)
        return write(TextLayout.truncate(text, toWidth: visible), x: x, y: y, maxWidth: visible, role: role)
    }

    /// Fills `rect` (clipped to the buffer) with `character` — a space by default — in `role`.
    /// A character that is not 1 column wide is replaced by a space.
    public mutating func fill(_ rect: Rect, with character: Character = " ", role: StyleRole = .normal) {
        let clipped = rect.intersection(area)
        let filler: Character = DisplayWidth.of(character) == 1 ? character : " "
        for row in clipped.y..<clipped.maxY {
            for column in clipped.x..<clipped.maxX {
                place(filler, wide: false, x: column, y: row, role: role)
            }
        }
    }

    /// Gives every cell of `rect` (clipped to the buffer) the role `role` without changing its text:
    /// for selection bars drawn over an already written row.
    public mutating func setRole(_ rect: Rect, role: StyleRole) {
        let clipped = rect.intersection(area)
        for row in clipped.y..<clipped.maxY {
            for column in clipped.x..<clipped.maxX {
                cells[row * width + column].role = role
            }
        }
    }

    /// Draws a frame on the border of `rect` with `boxChars`, in `role`, and an optional title on the top
    /// edge ("┌─ Titre ───┐": surrounding spaces of `title` are trimmed and exactly one space is put on
    /// each side), truncated with "…" if needed, in `titleRole` (default: `role`).
    /// The inside is left untouched. Nothing is drawn when `rect` is smaller than 2×2.
    public mutating func drawBox(_ rect: Rect, title: String? = nil, role: StyleRole = .border,
                                 titleRole: StyleRole? = nil) {
        guard rect.width >= 2, rect.height >= 2 else { return }
        let chars = boxChars
        let horizontal = String(chars.horizontal)
        let edge = String(repeating: horizontal, count: rect.width - 2)
        write(String(chars.topLeft) + edge + String(chars.topRight), x: rect.x, y: rect.y, role: role)
        write(String(chars.bottomLeft) + edge + String(chars.bottomRight), x: rect.x, y: rect.maxY - 1,
              role: role)
        for row in (rect.y + 1)..<(rect.maxY - 1) {
            write(String(chars.vertical), x: rect.x, y: row, role: role)
            write(String(chars.vertical), x: rect.maxX - 1, y: row, role: role)
        }
        let trimmed = title?.trimmingCharacters(in: .whitespaces) ?? ""
        if !trimmed.isEmpty {
            // "┌─ " + title + " ─┐": the title gets width - 6 columns.
            let room = rect.width - 6
            guard room > 0 else { return }
            let shown = " " + TextLayout.truncate(trimmed, toWidth: room) + " "
            write(shown, x: rect.x + 2, y: rect.y, maxWidth: rect.width - 4, role: titleRole ?? role)
        }
    }

    /// Replaces every cell with a space of role `role`.
    public mutating func clear(role: StyleRole = .normal) {
        for index in cells.indices { cells[index] = Cell.blank(role) }
    }

    // MARK: - Reading

    /// One string per row: the characters of the row, continuation cells omitted and trailing spaces
    /// kept, so every line is exactly `width` columns wide.
    public func textLines() -> [String] {
        (0..<height).map { row in
            var line = ""
            for cell in cells[(row * width)..<((row + 1) * width)] where !cell.isContinuation {
                line.append(cell.character)
            }
            return line
        }
    }

    /// One string per row with one character per column (continuation cells included): the role's
    /// `StyleRole.letter` (e.g. "." normal, "S" selection, "O" overdue).
    public func roleLines() -> [String] {
        (0..<height).map { row in
            String(cells[(row * width)..<((row + 1) * width)].map(\.role.letter))
        }
    }

    /// The cells of this buffer that differ from `previous`, row by row, left to right; every cell when
    /// the sizes differ. A continuation cell that changed is listed like any other cell.
    public func diff(from previous: Buffer) -> [CellChange] {
        var changes: [CellChange] = []
        let sameSize = previous.width == width && previous.height == height
        for row in 0..<height {
            for column in 0..<width {
                let index = row * width + column
                if !sameSize || previous.cells[index] != cells[index] {
                    changes.append(CellChange(x: column, y: row, cell: cells[index]))
                }
            }
        }
        return changes
    }

    // MARK: - Cell placement

    /// Puts one grapheme at (`x`, `y`) — and its continuation at `x + 1` when `wide` — after turning into
    /// spaces the halves of any wide glyph it overwrites partly. Coordinates are inside the buffer, and
    /// `x + 1` too when `wide`.
    private mutating func place(_ character: Character, wide: Bool, x: Int, y: Int, role: StyleRole) {
        breakWideGlyph(x: x, y: y)
        if wide { breakWideGlyph(x: x + 1, y: y) }
        cells[y * width + x] = Cell(character, role: role)
        if wide { cells[y * width + x + 1] = Cell.continuation(role) }
    }

    /// If the cell at (`x`, `y`) belongs to a wide glyph, turns the glyph's other half into a space so
    /// that no glyph is left half-overwritten.
    private mutating func breakWideGlyph(x: Int, y: Int) {
        let index = y * width + x
        if cells[index].isContinuation {
            if x > 0 { cells[index - 1] = Cell.blank(cells[index - 1].role) }
            cells[index] = Cell.blank(cells[index].role)
        } else if x + 1 < width, cells[index + 1].isContinuation {
            cells[index + 1] = Cell.blank(cells[index + 1].role)
        }
    }
}
