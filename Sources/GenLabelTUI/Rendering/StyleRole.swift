/// The semantic style of a cell: widgets say *what* a piece of text is, the `Theme` says how it looks.
///
/// Each role has a stable one-character code (`letter`) used by `Buffer.roleLines()` so snapshot tests can
/// assert styling as plain text. The codes never change once shipped (snapshots depend on them):
///
/// | role | code | | role | code | | role | code |
/// |---|---|---|---|---|---|---|---|
/// | normal | `.` | | selectionInactive | `s` | | error | `E` |
/// | header | `H` | | columnHeader | `C` | | label | `L` |
/// | footer | `F` | | dim | `d` | | value | `V` |
/// | footerKey | `K` | | overdue | `O` | | helpTitle | `h` |
/// | paneTitle | `p` | | dueSoon | `D` | | helpKey | `k` |
/// | paneTitleActive | `P` | | upcoming | `U` | | barFilled | `X` |
/// | border | `b` | | success | `G` | | barEmpty | `x` |
/// | borderActive | `B` | | warning | `W` | | input | `I` |
/// | selection | `S` | | | | | | |
public enum StyleRole: String, CaseIterable, Sendable {
    /// Ordinary text on the screen background.
    case normal
    /// The top bar of the application.
    case header
    /// The bottom bar (key hints).
    case footer
    /// A key name inside the footer ("F1", "Entrée").
    case footerKey
    /// The title of an inactive pane.
    case paneTitle
    /// The title of the pane that has the focus.
    case paneTitleActive
    /// The frame of an inactive pane.
    case border
    /// The frame of the pane that has the focus.
    case borderActive
    /// The selected row of the focused list.
    case selection
    /// The selected row of a list that does not have the focus.
    case selectionInactive
    /// Column headings of a table.
    case columnHeader
    /// De-emphasised text (hints, secondary information).
    case dim
    /// A deadline that has passed.
    case overdue
    /// A deadline close enough to need attention.
    case dueSoon
    /// A deadline further away.
    case upcoming
    /// A positive outcome (criterion met, saved).
    case success
    /// Something to check.
    case warning
    /// A failure or an invalid value.
    case error
    /// A field label in a detail view ("Échéance :").
    case label
    /// A field value in a detail view.
    case value
    /// The title of a help section.
    case helpTitle
    /// A key name in the help screen.
    case helpKey
    /// The filled part of a progress or score bar.
    case barFilled
    /// The empty part of a progress or score bar.
    case barEmpty
    /// An editable text field.
    case input

    /// The stable one-character code of the role, used by `Buffer.roleLines()` (see the table above).
    public var letter: Character {
        switch self {
        case .normal: "."
        case .header: "H"
        case .footer: "F"
        case .footerKey: "K"
        case .paneTitle: "p"
        case .paneTitleActive: "P"
        case .border: "b"
        case .borderActive: "B"
        case .selection: "S"
        case .selectionInactive: "s"
        case .columnHeader: "C"
        case .dim: "d"
        case .overdue: "O"
        case .dueSoon: "D"
        case .upcoming: "U"
        case .success: "G"
        case .warning: "W"
        case .error: "E"
        case .label: "L"
        case .value: "V"
        case .helpTitle: "h"
        case .helpKey: "k"
        case .barFilled: "X"
        case .barEmpty: "x"
        case .input: "I"
        }
    }

    /// The role whose `letter` is `letter`, or nil: the inverse of `letter`, for reading snapshots.
    public init?(letter: Character) {
        guard let role = StyleRole.allCases.first(where: { $0.letter == letter }) else { return nil }
        self = role
    }

    /// The position of the role in `allCases`: a dense index for per-role lookup tables.
    public var index: Int {
        StyleRole.allCases.firstIndex(of: self)!
    }
}
