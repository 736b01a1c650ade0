import GenLabelCore

/// A small command-line parser: long options with or without a value (`--db PATH`, `--db=PATH`),
/// flags, and positional arguments. Errors are French, ready for "Erreur : …".
public struct ArgumentParser: Sendable {
    /// One accepted option.
    public struct OptionSpec: Sendable {
        public let name: String
        public let valueName: String?
        public let help: String
        public init(_ name: String, value: String? = nil, help: String) {
            self.name = name; self.valueName = value; self.help = help
        }
        public var takesValue: Bool { valueName != nil }
    }

    /// The result: options by name (flags have an empty value), in order, and positionals.
    public struct Parsed: Sendable, Equatable {
        public var options: [String: String] = [:]
        public var positionals: [String] = []
        public func has(_ name: String) -> Bool { options[name] != nil }
    }

    public let specs: [OptionSpec]

    public init(_ specs: [OptionSpec]) { self.specs = specs }

    public func parse(_ arguments: [String]) throws(UsageError) -> Parsed {
        var parsed = Parsed()
        var index = 0
        var onlyPositionals = false
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            if onlyPositionals || !argument.hasPrefix("-") || argument == "-" {
                parsed.positionals.append(argument)
                continue
            }
            if argument == "--" { onlyPositionals = true; continue }
            var name = argument
            var inlineValue: String?
            if let equals = argument.firstIndex(of: "=") {
                name = String(argument[..<equals])
                inlineValue = String(argument[argument.index(after: equals)...])
            }
            guard let spec = specs.first(where: { "--" + $0.name == name || (name == "-h" && $0.name == "help") }) else {
                throw UsageError(T(.errorUnknownOption, argument))
            }
            // "--today 03/12/2026 --today 04/12/2026": which one was meant? Said rather than guessed.
            if spec.takesValue, parsed.options[spec.name] != nil {
                throw UsageError(T(.errorRepeatedOption, "--" + spec.name))
            }
            if spec.takesValue {
                if let inlineValue {
                    parsed.options[spec.name] = inlineValue
                } else if index < arguments.count {
                    parsed.options[spec.name] = arguments[index]
                    index += 1
                } else {
                    throw UsageError(T(.errorMissingValue, "--" + spec.name))
                }
            } else {
                guard inlineValue == nil else { throw UsageError(T(.errorUnexpectedArgument, argument)) }
                parsed.options[spec.name] = ""
            }
        }
        return parsed
    }
}

extension ArgumentParser {
    /// The value whose code is `text`, or a French `UsageError` listing the codes `option` accepts.
    static func choice<Value>(_ text: String, option: String, among choices: [(code: String, value: Value)])
        throws(UsageError) -> Value {
        guard let match = choices.first(where: { $0.code == text }) else {
            throw UsageError(T(.errorBadChoice, text, option, choices.map(\.code).joined(separator: ", ")))
        }
        return match.value
    }

    /// `choice` for an enumeration whose raw values are its codes.
    static func choice<Value: CaseIterable & RawRepresentable>(_ text: String, option: String) throws(UsageError) -> Value
        where Value.RawValue == String {
        try choice(text, option: option, among: Value.allCases.map { ($0.rawValue, $0) })
    }

    /// A comma-separated list of codes, each checked with `choice`.
    static func choices<Value>(_ text: String, option: String, among choices: [(code: String, value: Value)])
        throws(UsageError) -> [Value] {
        var values: [Value] = []
        for code in text.split(separator: ",", omittingEmptySubsequences: false) {
            values.append(try choice(String(code), option: option, among: choices))
        }
        return values
    }
}

/// A mistake in the command line: the message is French and complete.
public struct UsageError: Error, Equatable, CustomStringConvertible {
    public let message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}
