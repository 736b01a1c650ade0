import GenLabelCore

/// The outcome of reading a command's arguments: the options to run with, or an exit status already
/// decided (the help was printed, or a mistake was reported).
enum CommandArguments {
    case run(ArgumentParser.Parsed, CommonOptions)
    case finished(ExitCode)
}

extension ArgumentParser {
    /// Reads a command's arguments and the shared options. `--help` prints the help and finishes with
    /// success; a mistake prints "Erreur : …" and where to find the help, and finishes with 64.
    /// `check` validates the rest (positionals, the command's own options) by throwing a `UsageError`.
    func readCommand(_ arguments: [String], name: String, context: CommandContext, help: () -> String,
                     check: (ArgumentParser.Parsed, CommonOptions) throws(UsageError) -> Void = { _, _ in })
        -> CommandArguments {
        do throws(UsageError) {
            let parsed = try parse(arguments)
            let common = try CommonOptions(parsed)
            if parsed.has("help") {
                context.standardOutput(help())
                return .finished(.success)
            }
            try check(parsed, common)
            return .run(parsed, common)
        } catch {
            context.error(error.message)
            context.standardError(T(.cliSeeHelp, "genlabel help \(name)") + "\n")
            return .finished(.usage)
        }
    }
}
