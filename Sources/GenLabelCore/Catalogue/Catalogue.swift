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
        return Catalogue.substitute(template, arguments.map(\.description))
    }

    /// `template` with `%1`…`%9` replaced by `arguments` in one pass over its UTF-8 bytes. Gives the
    /// same text as `substitutePerArgument` (one `replacingAll` per argument, last first), which it
    /// falls back to when that one could differ: 10 arguments or more (`%10`), or an argument holding
    /// a `%` (the old passes substituted again inside earlier arguments).
    static func substitute(_ template: String, _ arguments: [String]) -> String {
        if arguments.count > 9 || arguments.contains(where: { $0.utf8.contains(UInt8(ascii: "%")) }) {
            return substitutePerArgument(template, arguments)
        }
        var template = template
        return template.withUTF8 { bytes -> String in
            guard bytes.contains(UInt8(ascii: "%")) else { return String(decoding: bytes, as: UTF8.self) }
            var capacity = bytes.count
            for argument in arguments { capacity += argument.utf8.count }
            var output: [UInt8] = []
            output.reserveCapacity(capacity)
            var start = 0
            var index = 0
            let count = bytes.count
            while index < count {
                if bytes[index] == UInt8(ascii: "%"), index + 1 < count {
                    let digit = Int(bytes[index + 1]) - Int(UInt8(ascii: "0"))
                    if digit >= 1, digit <= arguments.count {
                        output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<index]))
                        output.append(contentsOf: arguments[digit - 1].utf8)
                        index += 2
                        start = index
                        continue
                    }
                }
                index += 1
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<count]))
            return String(decoding: output, as: UTF8.self)
        }
    }

    /// The original substitution: one `replacingAll` pass per argument, the last one first.
    static func substitutePerArgument(_ template: String, _ arguments: [String]) -> String {
        var text = template
        for (index, argument) in arguments.enumerated().reversed() {
            text = text.replacingAll("%\(index + 1)", with: argument)
        }
        return text
    }
}

/// Shorthand for the current catalogue: `T(.paneDossiers)`.
public let T = Catalogue.current
