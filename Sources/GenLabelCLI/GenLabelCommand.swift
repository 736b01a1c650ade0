import GenLabelCore

/// `genlabel`: with no command, the terminal application; `genlabel <command> …` runs a command
/// (`genlabel help <command>` explains one).
public enum GenLabelCommand {
    public static func main(_ arguments: [String], context: CommandContext = CommandContext()) -> Int32 {
        guard let first = arguments.first, !first.hasPrefix("-") else {
            // "genlabel --demo alerts": the command comes first; say so with the line to type.
            if let index = arguments.firstIndex(where: { Subcommands.named($0) != nil }) {
                var reordered = arguments
                let name = reordered.remove(at: index)
                context.error(T(.errorCommandFirst, name, (["genlabel", name] + reordered).joined(separator: " ")))
                return ExitCode.usage.rawValue
            }
            return InteractiveCommand.run(arguments, context).rawValue
        }
        if first == "help" {
            guard let name = arguments.dropFirst().first else {
                context.standardOutput(HelpText.render(paths: context.paths))
                return ExitCode.success.rawValue
            }
            guard let command = Subcommands.named(name) else {
                context.error(Subcommands.unknown(name))
                return ExitCode.usage.rawValue
            }
            context.standardOutput(command.help(context))
            return ExitCode.success.rawValue
        }
        guard let command = Subcommands.named(first) else {
            context.error(Subcommands.unknown(first))
            context.standardError(T(.cliSeeHelp, "genlabel --help") + "\n")
            return ExitCode.usage.rawValue
        }
        return command.run(Array(arguments.dropFirst()), context).rawValue
    }
}
