import Foundation
import GenLabelCore

/// `genlabel export dossiers|sessions|labels|alerts`: the lists as CSV for French spreadsheets (UTF-8
/// with BOM, `;`, CRLF, dd/mm/yyyy, decimal comma) or JSON, on standard output or into a private file
/// (0600, written beside it then renamed). Learners are not exported yet: their personal data waits for
/// the roles of another issue.
enum ExportCommand {
    static let name = "export"
    static var summary: String { T(.cliExportSummary) }

    enum Format: String, CaseIterable { case csv, json }

    static let parser = ArgumentParser(CommonOptions.specs + [
        .init("format", value: "FORMAT", help: T(.cliExportOptionFormat)),
        .init("output", value: "FICHIER", help: T(.cliExportOptionOutput)),
        .init("help", help: T(.cliOptionHelp)),
    ])

    static func help(_ context: CommandContext) -> String {
        HelpText.command(name: name, summary: summary, usage: T(.cliExportUsage), specs: parser.specs,
                         footer: T(.cliExportFooter))
    }

    static func run(_ arguments: [String], _ context: CommandContext) -> ExitCode {
        let parsed: ArgumentParser.Parsed
        let common: CommonOptions
        var kind = ExportKind.allCases[0]
        var format = Format.csv
        switch parser.readCommand(arguments, name: name, context: context, help: { help(context) }, check: { parsed, _ throws(UsageError) in
            guard let first = parsed.positionals.first else {
                throw UsageError(T(.errorExportMissingKind, ExportKind.allCases.map(\.rawValue).joined(separator: ", ")))
            }
            if first == "learners" || first == "apprenants" { throw UsageError(T(.errorExportLearners)) }
            kind = try ArgumentParser.choice(first, option: "export")
            if parsed.positionals.count > 1 { throw UsageError(T(.errorUnexpectedArgument, parsed.positionals[1])) }
            if let text = parsed.options["format"] { format = try ArgumentParser.choice(text, option: "--format") }
        }) {
        case .finished(let status): return status
        case .run(let arguments, let options): (parsed, common) = (arguments, options)
        }
        let today = common.today ?? context.clock()
        let text: String
        do {
            let (repository, _) = try context.openDatabase(common, today: today)
            let table = try kind.table(repository, today: today)
            text = format == .csv ? table.csv() : table.json(rootKey: kind.jsonKey)
        } catch let failure as CommandFailure {
            context.error(failure.message)
            return failure.status
        } catch {
            context.error(CommandContext.describe(error))
            return .database
        }
        let output = parsed.options["output"] ?? "-"
        if output == "-" {
            context.standardOutput(text)
            return .success
        }
        do {
            try PrivateFile.write(Array(text.utf8), to: output)
        } catch {
            context.error(T(.errorExportWrite, output, SystemError(error.code).userMessage))
            return .database
        }
        return .success
    }
}
