import Foundation
import GenLabelCore

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
        switch self {
        case .missingEquals(let line): return T(.themeMissingEquals, line)
        case .missingRole(let line): return T(.themeMissingRole, line)
        case .unknownRole(let line, let name): return T(.themeUnknownRole, line, name)
        case .unknownColor(let line, let token): return T(.themeUnknownColor, line, token)
        case .unknownAttribute(let line, let token): return T(.themeUnknownAttribute, line, token)
        case .colorOutOfRange(let line, let token): return T(.themeColorOutOfRange, line, token)
        case .missingBackground(let line): return T(.themeMissingBackground, line)
        case .misplacedColor(let line, let token): return T(.themeMisplacedColor, line, token)
        case .emptyValue(let line, let key): return T(.themeEmptyValue, line, key)
        case .duplicate(let line, let key, let firstLine): return T(.themeDuplicate, line, key, firstLine)
        case .unreadableFile(let path): return T(.themeUnreadableFile, path)
        case .invalidEncoding(let path): return T(.themeInvalidEncoding, path)
        }
    }

    /// The French message (for `localizedDescription`).
    public var errorDescription: String? { description }
}
