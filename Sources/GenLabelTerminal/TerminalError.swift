import Foundation
import GenLabelCore

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
        case .notATerminal: T(.terminalNotATerminal)
        case .alreadyActive: T(.terminalAlreadyActive)
        case .cannotSaveState: T(.terminalCannotSaveState)
        case .unusableTerminal(let term): T(.terminalUnusable, term.map { "TERM=« \($0) »" } ?? T(.terminalTermUnset))
        }
    }

    /// The French message (for `localizedDescription`).
    public var errorDescription: String? { description }
}
