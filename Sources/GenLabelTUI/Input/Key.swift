import GenLabelCore

/// A key press (or a terminal resize), decoded by the terminal layer and handled by the pure application.
///
/// `control` carries the lowercase letter ("s" for Ctrl-S); Tab, Enter, Backspace and Escape are never
/// reported as `control` (Ctrl-I, Ctrl-M/Ctrl-J, Ctrl-H and Ctrl-[ send the same bytes).
public enum Key: Equatable, Hashable, Sendable {
    /// A printable character, accents and wide glyphs included (" " for the space bar).
    case character(Character)
    /// ↑
    case up
    /// ↓
    case down
    /// ←
    case left
    /// →
    case right
    /// Page up.
    case pageUp
    /// Page down.
    case pageDown
    /// Home.
    case home
    /// End.
    case end
    /// Enter / Return.
    case enter
    /// Escape.
    case escape
    /// Tab.
    case tab
    /// Shift-Tab.
    case backTab
    /// Backspace.
    case backspace
    /// Delete (forward).
    case delete
    /// Insert.
    case insert
    /// A function key, F1 = `function(1)`.
    case function(Int)
    /// Ctrl with a letter (lowercase) or one of "@", "\\", "]", "^", "_".
    case control(Character)
    /// The terminal was resized: redraw at the new size.
    case resize

    /// The key as shown in the footer and the help screen: "↑", "PgUp", "Début", "Entrée", "Échap",
    /// "Maj-Tab", "F1", "Ctrl-X", "Espace", or the character itself.
    public var displayName: String {
        switch self {
        case .character(" "): T(.keySpace)
        case .character(let character): String(character)
        case .up: "↑"
        case .down: "↓"
        case .left: "←"
        case .right: "→"
        case .pageUp: "PgUp"
        case .pageDown: "PgDn"
        case .home: T(.keyHome)
        case .end: T(.keyEnd)
        case .enter: T(.keyEnter)
        case .escape: T(.keyEscape)
        case .tab: "Tab"
        case .backTab: T(.keyBackTab)
        case .backspace: T(.keyBackspace)
        case .delete: T(.keyDelete)
        case .insert: T(.keyInsert)
        case .function(let number): "F\(number)"
        case .control(let character): "Ctrl-" + character.uppercased()
        case .resize: T(.keyResize)
        }
    }
}
