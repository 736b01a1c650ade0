import GenLabelCore

/// The validated options of an interactive run (`genlabel [options]`).
public struct RunOptions: Sendable, Equatable {
    public var common = CommonOptions()
    public var themeName: String = "default"
    public var showHelp = false
    public var showVersion = false

    public static let parser = ArgumentParser(CommonOptions.specs + [
        .init("theme", value: "NOM", help: T(.cliOptionTheme)),
        .init("help", help: T(.cliOptionHelp)),
        .init("version", help: T(.cliOptionVersion)),
    ])

    /// Parses and checks the arguments; every mistake is a French `UsageError`.
    public static func parse(_ arguments: [String]) throws(UsageError) -> RunOptions {
        let parsed = try parser.parse(arguments)
        if let extra = parsed.positionals.first { throw UsageError(T(.errorUnknownCommand, extra)) }
        var options = RunOptions()
        options.common = try CommonOptions(parsed)
        options.showHelp = parsed.has("help")
        options.showVersion = parsed.has("version")
        if let name = parsed.options["theme"] {
            guard !name.isEmpty else { throw UsageError(T(.errorMissingValue, "--theme")) }
            options.themeName = name
        }
        return options
    }
}
