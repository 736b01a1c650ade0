/// A terminal colour as a theme names it: the terminal's default, one of the 8 basic colours, a bright
/// variant (colours 8–15) or an entry of the 256-colour palette.
///
/// Theme-file spelling (`description`): `default`, `black` `red` `green` `yellow` `blue` `magenta` `cyan`
/// `white`, `brightblack` … `brightwhite`, `color(N)` with N from 0 to 255.
public enum ThemeColor: Hashable, Sendable, CustomStringConvertible {
    /// The terminal's own foreground or background colour.
    case `default`
    /// One of the 8 basic colours (curses numbers 0–7).
    case named(NamedColor)
    /// The bright variant of a basic colour (curses numbers 8–15, needs 16 colours).
    case bright(NamedColor)
    /// An entry of the xterm 256-colour palette (needs 256 colours above 15).
    case color(Int)

    /// The 8 basic colours, in curses order (`rawValue` is the curses colour number).
    public enum NamedColor: Int, CaseIterable, Hashable, Sendable {
        /// COLOR_BLACK, 0.
        case black
        /// COLOR_RED, 1.
        case red
        /// COLOR_GREEN, 2.
        case green
        /// COLOR_YELLOW, 3.
        case yellow
        /// COLOR_BLUE, 4.
        case blue
        /// COLOR_MAGENTA, 5.
        case magenta
        /// COLOR_CYAN, 6.
        case cyan
        /// COLOR_WHITE, 7.
        case white

        /// The English name used in theme files ("red").
        public var name: String {
            switch self {
            case .black: "black"
            case .red: "red"
            case .green: "green"
            case .yellow: "yellow"
            case .blue: "blue"
            case .magenta: "magenta"
            case .cyan: "cyan"
            case .white: "white"
            }
        }
    }

    /// The theme-file spelling of the colour.
    public var description: String {
        switch self {
        case .default: "default"
        case .named(let color): color.name
        case .bright(let color): "bright" + color.name
        case .color(let number): "color(\(number))"
        }
    }

    /// The curses colour number: -1 for `default`, 0–7, 8–15, or the palette index.
    public var cursesNumber: Int {
        switch self {
        case .default: -1
        case .named(let color): color.rawValue
        case .bright(let color): color.rawValue + 8
        case .color(let number): number
        }
    }

    /// The colour spelled `text` in a theme file (case ignored), or nil. `color(N)` outside 0–255 is nil.
    public init?(themeName text: String) {
        let lowered = text.lowercased()
        if lowered == "default" {
            self = .default
            return
        }
        if let color = NamedColor.allCases.first(where: { $0.name == lowered }) {
            self = .named(color)
            return
        }
        if lowered.hasPrefix("bright"),
           let color = NamedColor.allCases.first(where: { "bright" + $0.name == lowered }) {
            self = .bright(color)
            return
        }
        if let number = ThemeColor.paletteNumber(in: lowered), (0...255).contains(number) {
            self = .color(number)
            return
        }
        return nil
    }

    /// The N of a "color(N)" token (any size), or nil when the token has another shape.
    static func paletteNumber(in token: String) -> Int? {
        guard token.hasPrefix("color("), token.hasSuffix(")") else { return nil }
        let digits = token.dropFirst("color(".count).dropLast()
        guard !digits.isEmpty, digits.count <= 9, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else {
            return nil
        }
        return Int(digits)
    }
}

/// A text attribute a terminal may render (unsupported ones are ignored by the terminal).
public enum TextAttribute: String, CaseIterable, Hashable, Sendable, Comparable {
    /// Bold or bright text.
    case bold
    /// Faint text.
    case dim
    /// Foreground and background swapped.
    case reverse
    /// Underlined text.
    case underline
    /// Italic text.
    case italic
    /// The terminal's "best highlighting" mode (often reverse).
    case standout

    /// Orders attributes as declared, for stable output.
    public static func < (lhs: TextAttribute, rhs: TextAttribute) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// How one `StyleRole` looks: foreground, background and attributes.
public struct StyleSpec: Hashable, Sendable, CustomStringConvertible {
    /// The text colour.
    public var foreground: ThemeColor
    /// The cell colour.
    public var background: ThemeColor
    /// Bold, underline…
    public var attributes: Set<TextAttribute>

    /// A style; by default the terminal's colours without attributes.
    public init(foreground: ThemeColor = .default, background: ThemeColor = .default,
                attributes: Set<TextAttribute> = []) {
        self.foreground = foreground
        self.background = background
        self.attributes = attributes
    }

    /// The theme-file spelling of the value: "white on blue bold".
    public var description: String {
        var words = [foreground.description, "on", background.description]
        words += attributes.sorted().map(\.rawValue)
        return words.joined(separator: " ")
    }
}
