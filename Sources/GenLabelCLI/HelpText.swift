import GenLabelCore

/// `genlabel --help`, laid out like swift-argument-parser's help, in French.
enum HelpText {
    static func render(paths: DataPaths) -> String {
        var lines = [
            "APERÇU : " + T(.cliOverview),
            "",
            "UTILISATION : " + T(.cliUsage),
            "",
            T(.cliOptions),
        ]
        let specs = RunOptions.parser.specs
        let heads = specs.map { "--" + $0.name + ($0.valueName.map { " " + $0 } ?? "") }
        let width = (heads.map(\.count).max() ?? 0) + 2
        for (spec, head) in zip(specs, heads) {
            let name = spec.name == "help" ? "-h, " + head : head
            lines.append("  " + name.padding(toLength: width + 4) + spec.help)
        }
        lines += ["", T(.cliEnvironment), "", T(.cliFiles, paths.defaultDatabase, paths.demoDatabase(scale: 1))]
        return lines.joined(separator: "\n") + "\n"
    }

    static let version = "genlabel 0.1.0"
}

extension String {
    func padding(toLength length: Int) -> String {
        count >= length ? self + " " : self + String(repeating: " ", count: length - count)
    }
}
