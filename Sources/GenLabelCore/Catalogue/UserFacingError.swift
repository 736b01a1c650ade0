/// An error that can explain itself to a person, in the catalogue's language. Layers that show errors
/// (the TUI, the command line) use `userMessage`; the technical description stays for logs and tests.
public protocol UserFacingError: Error {
    var userMessage: String { get }
}

/// The best text for a person: the error's own French message when it has one.
public func userMessage(for error: any Error) -> String {
    (error as? UserFacingError)?.userMessage ?? String(describing: error)
}
