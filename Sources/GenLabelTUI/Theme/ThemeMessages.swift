import Foundation

/// Every French message of the theme code, in one place so they can move to the application's catalogue.
///
/// Templates use named placeholders: `{ligne}` (line number), `{valeur}` (the offending word or path) and
/// `{autre}` (the other line number); `format(_:_:)` fills them.
public enum ThemeMessages {
    /// A line with no "=".
    public static let missingEquals =
        "ligne {ligne} : « = » manquant (forme attendue : rôle = couleur [on fond] [attributs])"
    /// A line starting with "=".
    public static let missingRole = "ligne {ligne} : rôle manquant avant « = »"
    /// A role name that does not exist.
    public static let unknownRole = "ligne {ligne} : rôle inconnu « {valeur} »"
    /// A colour name that does not exist.
    public static let unknownColor = "ligne {ligne} : couleur inconnue « {valeur} »"
    /// An attribute name that does not exist.
    public static let unknownAttribute = "ligne {ligne} : attribut inconnu « {valeur} »"
    /// `color(N)` with N above 255.
    public static let colorOutOfRange =
        "ligne {ligne} : couleur hors limites « {valeur} » (de color(0) à color(255))"
    /// "on" with nothing after it.
    public static let missingBackground = "ligne {ligne} : couleur de fond manquante après « on »"
    /// A colour after the attributes, or a second foreground.
    public static let misplacedColor =
        "ligne {ligne} : « {valeur} » mal placé (forme attendue : rôle = couleur [on fond] [attributs])"
    /// "role =" with nothing after it.
    public static let emptyValue = "ligne {ligne} : valeur manquante pour « {valeur} »"
    /// A role (or `name`) given twice.
    public static let duplicate = "ligne {ligne} : « {valeur} » déjà défini ligne {autre}"
    /// A theme file that cannot be read.
    public static let unreadableFile = "thème illisible : {valeur}"
    /// A theme file that is not UTF-8 text.
    public static let invalidEncoding = "thème {valeur} : le fichier n'est pas du texte UTF-8"
    /// No file for the requested theme in the search paths (for the caller of `ThemeLocator`).
    public static let themeNotFound = "thème introuvable « {valeur} »"

    /// `template` with `{ligne}`, `{valeur}` and `{autre}` replaced by the given values.
    public static func format(_ template: String, line: Int? = nil, value: String? = nil,
                              other: Int? = nil) -> String {
        var text = template
        if let line { text = text.replacingOccurrences(of: "{ligne}", with: String(line)) }
        if let value { text = text.replacingOccurrences(of: "{valeur}", with: value) }
        if let other { text = text.replacingOccurrences(of: "{autre}", with: String(other)) }
        return text
    }
}

/// Why a theme could not be loaded; `description` is the French message, with the line number.
public enum ThemeError: Error, Equatable, Sendable, CustomStringConvertible, LocalizedError {
    /// A line has no "=".
    case missingEquals(line: Int)
    /// Nothing before "=".
    case missingRole(line: Int)
    /// The name before "=" is neither a role nor `name`.
    case unknownRole(line: Int, name: String)
    /// A word in the colour position is not a colour (nor an attribute).
    case unknownColor(line: Int, token: String)
    /// A word in the attribute position is not an attribute.
    case unknownAttribute(line: Int, token: String)
    /// `color(N)` with N above 255.
    case colorOutOfRange(line: Int, token: String)
    /// "on" is not followed by a colour.
    case missingBackground(line: Int)
    /// A colour where only attributes (or "on") may come.
    case misplacedColor(line: Int, token: String)
    /// Nothing after "=".
    case emptyValue(line: Int, key: String)
    /// A role, or `name`, defined a second time.
    case duplicate(line: Int, key: String, firstLine: Int)
    /// The file could not be read.
    case unreadableFile(path: String)
    /// The file is not valid UTF-8.
    case invalidEncoding(path: String)

    /// The 1-based line of the problem, nil for file-level errors.
    public var line: Int? {
        switch self {
        case .missingEquals(let line), .missingRole(let line), .unknownRole(let line, _),
             .unknownColor(let line, _), .unknownAttribute(let line, _), .colorOutOfRange(let line, _),
             .missingBackground(let line), .misplacedColor(let line, _), .emptyValue(let line, _),
             .duplicate(let line, _, _):
            line
        case .unreadableFile, .invalidEncoding:
            nil
        }
    }

    /// The French message, e.g. "ligne 4 : couleur inconnue « rouge »".
    public var description: String {
        typealias M = ThemeMessages
        switch self {
        case .missingEquals(let line):
            return M.format(M.missingEquals, line: line)
        case .missingRole(let line):
            return M.format(M.missingRole, line: line)
        case .unknownRole(let line, let name):
            return M.format(M.unknownRole, line: line, value: name)
        case .unknownColor(let line, let token):
            return M.format(M.unknownColor, line: line, value: token)
        case .unknownAttribute(let line, let token):
            return M.format(M.unknownAttribute, line: line, value: token)
        case .colorOutOfRange(let line, let token):
            return M.format(M.colorOutOfRange, line: line, value: token)
        case .missingBackground(let line):
            return M.format(M.missingBackground, line: line)
        case .misplacedColor(let line, let token):
            return M.format(M.misplacedColor, line: line, value: token)
        case .emptyValue(let line, let key):
            return M.format(M.emptyValue, line: line, value: key)
        case .duplicate(let line, let key, let firstLine):
            return M.format(M.duplicate, line: line, value: key, other: firstLine)
        case .unreadableFile(let path):
            return M.format(M.unreadableFile, value: path)
        case .invalidEncoding(let path):
            return M.format(M.invalidEncoding, value: path)
        }
    }

    /// The French message (for `localizedDescription`).
    public var errorDescription: String? { description }
}
