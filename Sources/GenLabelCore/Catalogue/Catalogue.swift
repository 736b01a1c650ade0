/// The one catalogue of user-facing text. Every visible sentence is a `TextKey`; a language is a
/// function that gives the text of every key (an exhaustive `switch`, so the compiler refuses a
/// language with a missing entry). Only French exists; add a language by adding a case here and a
/// file like `French.swift`.
public struct Catalogue: Sendable {
    /// The languages the catalogue knows.
    public enum Language: String, Sendable, CaseIterable { case french = "fr" }

    public let language: Language

    public init(language: Language) { self.language = language }

    /// The catalogue the application uses.
    public static let current = Catalogue(language: .french)

    /// The text of `key`, with `%1`, `%2`… replaced by `arguments` in order.
    public func callAsFunction(_ key: TextKey, _ arguments: CustomStringConvertible...) -> String {
        let template: String
        switch language {
        case .french: template = French.text(key)
        }
        guard !arguments.isEmpty else { return template }
        var text = template
        for (index, argument) in arguments.enumerated().reversed() {
            text = text.replacingAll("%\(index + 1)", with: argument.description)
        }
        return text
    }
}

/// Shorthand for the current catalogue: `T(.paneDossiers)`.
public let T = Catalogue.current
