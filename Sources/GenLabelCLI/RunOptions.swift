import GenLabelCore

/// The validated options of an interactive run (`genlabel [options]`).
public struct RunOptions: Sendable, Equatable {
    public enum DatabaseChoice: Sendable, Equatable {
        /// The user's own database under the data directory.
        case userDefault
        /// `--db PATH`.
        case path(String)
        /// `--demo`: the demo database, created and filled when absent.
        case demo(scale: Int)
    }

    public var database: DatabaseChoice = .userDefault
    /// `--today`: computes everything at that date; nil means the real date in Europe/Paris.
    public var today: CalendarDate?
    public var themeName: String = "default"
    public var showHelp = false
    public var showVersion = false

    /// Largest `--demo-scale` accepted (×100 gives about 250,000 learners).
    public static let maximumDemoScale = 100

    public static let parser = ArgumentParser([
        .init("db", value: "CHEMIN", help: T(.cliOptionDB)),
        .init("demo", help: T(.cliOptionDemo)),
        .init("demo-scale", value: "N", help: T(.cliOptionDemoScale)),
        .init("today", value: "JJ/MM/AAAA", help: T(.cliOptionToday)),
        .init("theme", value: "NOM", help: T(.cliOptionTheme)),
        .init("help", help: T(.cliOptionHelp)),
        .init("version", help: T(.cliOptionVersion)),
    ])

    /// Parses and checks the arguments; every mistake is a French `UsageError`.
    public static func parse(_ arguments: [String]) throws(UsageError) -> RunOptions {
        let parsed = try parser.parse(arguments)
        var options = RunOptions()
        if let extra = parsed.positionals.first { throw UsageError(T(.errorUnexpectedArgument, extra)) }
        options.showHelp = parsed.has("help")
        options.showVersion = parsed.has("version")
        if let text = parsed.options["today"] {
            guard let date = CalendarDate(french: text) else { throw UsageError(T(.errorBadDate, text)) }
            options.today = date
        }
        if let name = parsed.options["theme"] {
            guard !name.isEmpty else { throw UsageError(T(.errorMissingValue, "--theme")) }
            options.themeName = name
        }
        var scale = 1
        if let text = parsed.options["demo-scale"] {
            guard let value = Int(text), (1...maximumDemoScale).contains(value) else {
                throw UsageError(T(.errorBadNumber, text, "--demo-scale", 1, maximumDemoScale))
            }
            scale = value
        }
        switch (parsed.options["db"], parsed.has("demo")) {
        case (let path?, true):
            _ = path
            throw UsageError(T(.errorIncompatibleOptions, "--db", "--demo"))
        case (let path?, false):
            guard !path.isEmpty else { throw UsageError(T(.errorMissingValue, "--db")) }
            options.database = .path(path)
        case (nil, true):
            options.database = .demo(scale: scale)
        case (nil, false):
            if parsed.options["demo-scale"] != nil { throw UsageError(T(.errorIncompatibleOptions, "--demo-scale", "--db")) }
        }
        return options
    }
}
