import Foundation

/// Every French message of the terminal layer, in one place so they can move to the application's
/// catalogue. `{valeur}` is replaced by the detail (the TERM value).
public enum TerminalMessages {
    /// Standard input or output is not a terminal (redirected, piped).
    public static let notATerminal =
        "l'entrée ou la sortie standard n'est pas un terminal : l'interface plein écran est impossible"
    /// A second `CursesTerminal` while one is running.
    public static let alreadyActive = "un terminal plein écran est déjà actif"
    /// `tcgetattr` failed: the terminal state cannot be saved, so it could not be restored.
    public static let cannotSaveState = "impossible de lire l'état du terminal (tcgetattr)"
    /// `newterm` failed: unknown or unusable TERM.
    public static let unusableTerminal =
        "terminal inutilisable ({valeur}) : type inconnu ou trop limité pour l'interface plein écran"
    /// Shown in `unusableTerminal` when TERM is not set.
    public static let termUnset = "TERM non défini"
}

/// Why the full-screen terminal could not start; `description` is the French message.
public enum TerminalError: Error, Equatable, Sendable, CustomStringConvertible, LocalizedError {
    /// Standard input or output is not a terminal.
    case notATerminal
    /// Another `CursesTerminal` is running.
    case alreadyActive
    /// The terminal state could not be read.
    case cannotSaveState
    /// curses rejected the terminal type `term` (the TERM value, nil when unset).
    case unusableTerminal(term: String?)

    /// The French message.
    public var description: String {
        switch self {
        case .notATerminal:
            TerminalMessages.notATerminal
        case .alreadyActive:
            TerminalMessages.alreadyActive
        case .cannotSaveState:
            TerminalMessages.cannotSaveState
        case .unusableTerminal(let term):
            TerminalMessages.unusableTerminal.replacingOccurrences(
                of: "{valeur}", with: term.map { "TERM=« \($0) »" } ?? TerminalMessages.termUnset)
        }
    }

    /// The French message (for `localizedDescription`).
    public var errorDescription: String? { description }
}
