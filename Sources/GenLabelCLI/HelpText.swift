import GenLabelCore

/// `genlabel --help` and each command's help, laid out like swift-argument-parser's, in French.
enum HelpText {
    static let version = "genlabel 0.1.0"

    static func render(paths: DataPaths) -> String {
        var lines = [
            "APERÇU : " + T(.cliOverview),
            "",
            "UTILISATION : " + T(.cliUsage),
            "",
            T(.cliOptions),
        ]
        lines += options(RunOptions.parser.specs)
        lines += ["", T(.cliCommands)]
        let width = (Subcommands.all.map(\.name.count).max() ?? 0) + 4
        for command in Subcommands.all {
            lines.append("  " + command.name.padding(toLength: width) + command.summary())
        }
        lines += ["  " + T(.cliCommandUsage)]
        lines += ["", T(.cliEnvironment), "", T(.cliFiles, paths.defaultDatabase, paths.demoDatabase(scale: 1))]
        return lines.joined(separator: "\n") + "\n"
    }

    static func command(name: String, summary: String, usage: String, specs: [ArgumentParser.OptionSpec],
                        footer: String) -> String {
        let lines = ["APERÇU : " + summary, "", "UTILISATION : " + usage, "", T(.cliOptions)] + options(specs)
            + ["", footer]
        return lines.joined(separator: "\n") + "\n"
    }

    private static func options(_ specs: [ArgumentParser.OptionSpec]) -> [String] {
        let heads = specs.map { "--" + $0.name + ($0.valueName.map { " " + $0 } ?? "") }
        let width = (heads.map(\.count).max() ?? 0) + 6
        return zip(specs, heads).map { spec, head in
            "  " + (spec.name == "help" ? "-h, " + head : head).padding(toLength: width) + spec.help
        }
    }
}

extension String {
    func padding(toLength length: Int) -> String {
        count >= length ? self + " " : self + String(repeating: " ", count: length - count)
    }
}
