/// One column of one row of a `Buffer`: a grapheme and its style role.
///
/// A wide glyph (2 columns, e.g. "日") is stored in its first cell; the second cell is a *continuation*
/// cell (`isContinuation == true`, character " ") that the terminal never draws and `textLines()` omits.
public struct Cell: Equatable, Hashable, Sendable {
    /// The grapheme shown in this column (" " for a continuation cell).
    public var character: Character
    /// How the cell is styled.
    public var role: StyleRole
    /// Whether this cell is the second column of the wide glyph in the cell to its left.
    public var isContinuation: Bool

    /// A cell showing `character` with `role`.
    public init(_ character: Character = " ", role: StyleRole = .normal, isContinuation: Bool = false) {
        self.character = character
        self.role = role
        self.isContinuation = isContinuation
    }

    /// A blank cell (a space) of the given role.
    public static func blank(_ role: StyleRole = .normal) -> Cell {
        Cell(" ", role: role)
    }

    /// The continuation cell that follows a wide glyph of the given role.
    public static func continuation(_ role: StyleRole) -> Cell {
        Cell(" ", role: role, isContinuation: true)
    }
}

/// A cell that differs between two buffers, with its position: what the terminal must redraw.
public struct CellChange: Equatable, Hashable, Sendable {
    /// The column.
    public var x: Int
    /// The row.
    public var y: Int
    /// The new content of the cell.
    public var cell: Cell

    /// A change at column `x`, row `y`.
    public init(x: Int, y: Int, cell: Cell) {
        self.x = x
        self.y = y
        self.cell = cell
    }
}

/// The characters used to draw frames: Unicode box drawing by default, ASCII for terminals without it.
public struct BoxChars: Equatable, Hashable, Sendable {
    /// The horizontal edge.
    public var horizontal: Character
    /// The vertical edge.
    public var vertical: Character
    /// The top-left corner.
    public var topLeft: Character
    /// The top-right corner.
    public var topRight: Character
    /// The bottom-left corner.
    public var bottomLeft: Character
    /// The bottom-right corner.
    public var bottomRight: Character

    /// A set of frame characters; each must be 1 column wide.
    public init(horizontal: Character, vertical: Character, topLeft: Character, topRight: Character,
                bottomLeft: Character, bottomRight: Character) {
        self.horizontal = horizontal
        self.vertical = vertical
        self.topLeft = topLeft
        self.topRight = topRight
        self.bottomLeft = bottomLeft
        self.bottomRight = bottomRight
    }

    /// ─│┌┐└┘
    public static let unicode = BoxChars(horizontal: "─", vertical: "│", topLeft: "┌", topRight: "┐",
                                         bottomLeft: "└", bottomRight: "┘")
    /// -|++++ for terminals or locales without box drawing.
    public static let ascii = BoxChars(horizontal: "-", vertical: "|", topLeft: "+", topRight: "+",
                                       bottomLeft: "+", bottomRight: "+")
}
