import Foundation

/// The look of every `StyleRole`: a `StyleSpec` per role, read from a theme file (see Themes/README.md).
///
/// Roles a file does not list inherit `normal` entirely; a listed role that omits its foreground or its
/// background takes `normal`'s. `degraded(toColors:)` fits a theme to the terminal's colour count and
/// `monochrome(from:)` keeps it readable without colour.
public struct Theme: Equatable, Sendable {
    /// The theme's name (the `name =` line, else the file name without ".theme").
    public var name: String
    /// One spec per role, indexed by `StyleRole.index`.
    private var specs: [StyleSpec]

    /// A theme where every role not in `roles` looks like `normal`.
    public init(name: String, normal: StyleSpec = StyleSpec(), roles: [StyleRole: StyleSpec] = [:]) {
        self.name = name
        self.specs = StyleRole.allCases.map { role in
            role == .normal ? normal : (roles[role] ?? normal)
        }
    }

    /// The style of `role`.
    public subscript(role: StyleRole) -> StyleSpec {
        get { specs[role.index] }
        set { specs[role.index] = newValue }
    }

    // MARK: - Built-in theme

    /// The text of Themes/default.theme, compiled in so the application works without installed files.
    public static let builtInSource: String = """
        # genlabel — thème par défaut, pour terminal à fond sombre.
        name = défaut

        normal            = default on default
        header            = brightwhite on blue bold
        footer            = white on blue
        footerKey         = brightyellow on blue bold
        paneTitle         = white
        paneTitleActive   = brightcyan bold
        border            = white
        borderActive      = brightcyan
        selection         = black on cyan
        selectionInactive = black on white
        columnHeader      = cyan bold
        dim               = brightblack
        overdue           = brightred bold
        dueSoon           = brightyellow
        upcoming          = default
        success           = brightgreen
        warning           = yellow bold
        error             = brightred bold
        label             = cyan
        value             = default
        helpTitle         = brightcyan bold underline
        helpKey           = brightyellow bold
        barFilled         = green on green
        barEmpty          = brightblack
        input             = brightwhite underline

        """

    /// The built-in default theme (`builtInSource` parsed).
    public static let builtIn: Theme = {
        do {
            return try Theme.parse(builtInSource, name: "défaut")
        } catch {
            preconditionFailure("thème intégré invalide : \(error)")
        }
    }()

    // MARK: - Loading

    /// Reads and parses the theme file at `url`; the name defaults to the file name without ".theme".
    public static func load(from url: URL) throws(ThemeError) -> Theme {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw .unreadableFile(path: url.path)
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw .invalidEncoding(path: url.path)
        }
        return try parse(text, name: url.deletingPathExtension().lastPathComponent)
    }

    /// Parses the text of a theme file (format in Themes/README.md). `name` is used when the text has no
    /// `name =` line. Throws the first error met, with its 1-based line number.
    public static func parse(_ text: String, name: String = "") throws(ThemeError) -> Theme {
        var themeName = name
        var nameLine: Int?
        var entries: [StyleRole: (entry: ThemeEntry, line: Int)] = [:]
        var lineNumber = 0
        let text = text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
        for rawLine in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
            lineNumber += 1
            var line = Substring(rawLine)
            if let hash = line.firstIndex(of: "#") { line = line[..<hash] }
            let trimmed = line.trimmingCharacters(in: .whitespacesAndNewlines)
            if trimmed.isEmpty { continue }
            guard let equals = trimmed.firstIndex(of: "=") else { throw .missingEquals(line: lineNumber) }
            let key = trimmed[..<equals].trimmingCharacters(in: .whitespaces)
            let value = trimmed[trimmed.index(after: equals)...].trimmingCharacters(in: .whitespaces)
            if key.isEmpty { throw .missingRole(line: lineNumber) }

            if key.lowercased() == "name" {
                if let nameLine { throw .duplicate(line: lineNumber, key: "name", firstLine: nameLine) }
                if value.isEmpty { throw .emptyValue(line: lineNumber, key: "name") }
                themeName = value
                nameLine = lineNumber
                continue
            }
            guard let role = StyleRole.allCases.first(where: { $0.rawValue.lowercased() == key.lowercased() })
            else { throw .unknownRole(line: lineNumber, name: key) }
            if let previous = entries[role] {
                throw .duplicate(line: lineNumber, key: role.rawValue, firstLine: previous.line)
            }
            if value.isEmpty { throw .emptyValue(line: lineNumber, key: role.rawValue) }
            entries[role] = (try ThemeEntry(parsing: value, line: lineNumber), lineNumber)
        }

        let normalEntry = entries[.normal]?.entry ?? ThemeEntry()
        let normal = StyleSpec(foreground: normalEntry.foreground ?? .default,
                               background: normalEntry.background ?? .default,
                               attributes: normalEntry.attributes)
        var roles: [StyleRole: StyleSpec] = [:]
        for (role, item) in entries where role != .normal {
            roles[role] = StyleSpec(foreground: item.entry.foreground ?? normal.foreground,
                                    background: item.entry.background ?? normal.background,
                                    attributes: item.entry.attributes)
        }
        return Theme(name: themeName, normal: normal, roles: roles)
    }

    /// The theme written in the theme-file format (every role listed); parsing it gives this theme back.
    public var fileText: String {
        var lines = name.isEmpty ? [] : ["name = \(name)"]
        let column = (StyleRole.allCases.map(\.rawValue.count).max() ?? 0) + 1
        for role in StyleRole.allCases {
            let padding = String(repeating: " ", count: column - role.rawValue.count)
            lines.append(role.rawValue + padding + "= " + self[role].description)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    // MARK: - Fitting the terminal

    /// The theme fitted to a terminal with `colors` colours:
    /// - 256 or more: unchanged;
    /// - 16 to 255: `color(N)` becomes the nearest of the 16 basic and bright colours;
    /// - 8 to 15: every colour becomes the nearest of the 8 basic colours, and a bright foreground adds
    ///   `bold` (which most 8-colour terminals show bright);
    /// - fewer than 8: `Theme.monochrome(from:)`.
    public func degraded(toColors colors: Int) -> Theme {
        if colors >= 256 { return self }
        if colors < 8 { return Theme.monochrome(from: self) }
        var result = self
        for role in StyleRole.allCases {
            var spec = self[role]
            if colors >= 16 {
                spec.foreground = ThemeColor.nearestOf16(spec.foreground)
                spec.background = ThemeColor.nearestOf16(spec.background)
            } else {
                let foreground = ThemeColor.nearestOf16(spec.foreground)
                if case .bright = foreground { spec.attributes.insert(.bold) }
                spec.foreground = foreground.basic
                spec.background = ThemeColor.nearestOf16(spec.background).basic
            }
            result[role] = spec
        }
        return result
    }

    /// Attributes that `monochrome(from:)` imposes on the roles whose meaning relies on colour, so that
    /// overdue, due soon, upcoming and the selection stay distinct without it. Other roles keep the
    /// attributes of their theme.
    public static let monochromeAttributes: [StyleRole: Set<TextAttribute>] = [
        .header: [.reverse, .bold],
        .footer: [.reverse],
        .footerKey: [.reverse, .bold],
        .selection: [.reverse, .bold],
        .selectionInactive: [.reverse],
        .overdue: [.bold, .underline],
        .dueSoon: [.bold],
        .upcoming: [],
        .barFilled: [.reverse],
        .barEmpty: [.dim],
        .input: [.underline],
    ]

    /// `theme` without any colour (everything `default`): roles in `monochromeAttributes` get those
    /// attributes (selection reverse+bold, overdue bold+underline, due soon bold, upcoming plain…), the
    /// others keep their own.
    public static func monochrome(from theme: Theme) -> Theme {
        var result = theme
        for role in StyleRole.allCases {
            result[role] = StyleSpec(foreground: .default, background: .default,
                                     attributes: monochromeAttributes[role] ?? theme[role].attributes)
        }
        return result
    }
}

/// One parsed value line before inheritance: nil colours come from `normal`.
struct ThemeEntry {
    var foreground: ThemeColor?
    var background: ThemeColor?
    var attributes: Set<TextAttribute> = []

    init() {}

    /// Parses `[foreground] [on background] [attribute…]`.
    init(parsing value: String, line: Int) throws(ThemeError) {
        enum Position { case start, afterForeground, afterBackground, attributes }
        var position = Position.start
        let tokens = value.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
        var index = 0
        while index < tokens.count {
            let token = tokens[index]
            let lowered = token.lowercased()
            index += 1
            if lowered == "on" {
                guard position == .start || position == .afterForeground else {
                    throw .misplacedColor(line: line, token: token)
                }
                guard index < tokens.count else { throw .missingBackground(line: line) }
                let colorToken = tokens[index]
                index += 1
                background = try ThemeEntry.color(colorToken, line: line)
                position = .afterBackground
            } else if let attribute = TextAttribute(rawValue: lowered) {
                attributes.insert(attribute)
                position = .attributes
            } else if position == .start {
                foreground = try ThemeEntry.color(token, line: line)
                position = .afterForeground
            } else if ThemeColor(themeName: token) != nil || ThemeColor.paletteNumber(in: lowered) != nil {
                throw .misplacedColor(line: line, token: token)
            } else {
                throw .unknownAttribute(line: line, token: token)
            }
        }
    }

    /// The colour `token` names, or the matching error.
    static func color(_ token: String, line: Int) throws(ThemeError) -> ThemeColor {
        if let color = ThemeColor(themeName: token) { return color }
        if ThemeColor.paletteNumber(in: token.lowercased()) != nil {
            throw .colorOutOfRange(line: line, token: token)
        }
        throw .unknownColor(line: line, token: token)
    }
}

extension ThemeColor {
    /// The xterm RGB values of colours 0–15.
    static let basicPalette: [(Int, Int, Int)] = [
        (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205), (0, 205, 205),
        (229, 229, 229), (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0), (92, 92, 255),
        (255, 0, 255), (0, 255, 255), (255, 255, 255),
    ]

    /// The RGB value of an xterm 256-colour palette entry.
    static func rgb(ofPaletteEntry number: Int) -> (Int, Int, Int) {
        switch number {
        case 0..<16:
            return basicPalette[number]
        case 16..<232:
            let levels = [0, 95, 135, 175, 215, 255]
            let cube = number - 16
            return (levels[cube / 36], levels[(cube / 6) % 6], levels[cube % 6])
        default:
            let grey = 8 + 10 * (min(number, 255) - 232)
            return (grey, grey, grey)
        }
    }

    /// The colour as one of the 16 basic/bright colours (palette entries by nearest RGB).
    static func nearestOf16(_ color: ThemeColor) -> ThemeColor {
        guard case .color(let number) = color else { return color }
        var best = 0
        if number < 16 {
            best = number
        } else {
            let (red, green, blue) = rgb(ofPaletteEntry: number)
            var bestDistance = Int.max
            for (candidate, (r, g, b)) in basicPalette.enumerated() {
                let distance = (red - r) * (red - r) + (green - g) * (green - g) + (blue - b) * (blue - b)
                if distance < bestDistance {
                    bestDistance = distance
                    best = candidate
                }
            }
        }
        let named = NamedColor(rawValue: best % 8)!
        return best < 8 ? .named(named) : .bright(named)
    }

    /// The colour without its brightness: `.bright(c)` becomes `.named(c)`.
    var basic: ThemeColor {
        if case .bright(let color) = self { return .named(color) }
        return self
    }
}
