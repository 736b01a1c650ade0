import Foundation
import GenLabelCore
import GenLabelStore

/// `genlabel export dossiers|ranking|sessions|learners|reports|labels|alerts|communes|qpv`: the lists as
/// CSV for French spreadsheets (UTF-8 with BOM, `;`, CRLF, dd/mm/yyyy, decimal comma) or JSON, on
/// standard output or into a private file (0600, written beside it then renamed). Filters: `--region`,
/// `--state`, `--committee`; learners can be pseudonymized. Whether a user may see learners' personal
/// data is exported only to roles allowed to read it (`ExportOptions.includePersonalData`).
enum ExportCommand {
    static let name = "export"
    static var summary: String { T(.cliExportSummary) }

    enum Format: String, CaseIterable { case csv, json }

    static let parser = ArgumentParser(CommonOptions.specs + [
        .init("format", value: "FORMAT", help: T(.cliExportOptionFormat)),
        .init("output", value: "FICHIER", help: T(.cliExportOptionOutput)),
        .init("region", value: "CODE", help: T(.cliExportOptionRegion)),
        .init("state", value: "ÉTATS", help: T(.cliExportOptionState, DossierState.allCases.map(\.rawValue).joined(separator: ", "))),
        .init("committee", value: "JJ/MM/AAAA", help: T(.cliExportOptionCommittee)),
        .init("pseudonymize", help: T(.cliExportOptionPseudonymize)),
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
        var options = ExportOptions()
        switch parser.readCommand(arguments, name: name, context: context, help: { help(context) }, check: { parsed, _ throws(UsageError) in
            guard let first = parsed.positionals.first else {
                throw UsageError(T(.errorExportMissingKind, ExportKind.allCases.map(\.rawValue).joined(separator: ", ")))
            }
            kind = try ArgumentParser.choice(first, option: "export")
            if parsed.positionals.count > 1 { throw UsageError(T(.errorUnexpectedArgument, parsed.positionals[1])) }
            if let text = parsed.options["format"] { format = try ArgumentParser.choice(text, option: "--format") }
            options = try exportOptions(parsed, kind: kind)
        }) {
        case .finished(let status): return status
        case .run(let arguments, let options): (parsed, common) = (arguments, options)
        }
        let today = common.today ?? context.clock()
        let text: String
        let output = parsed.options["output"] ?? "-"
        do {
            let (repository, databasePath) = try context.openDatabase(common, today: today, existing: true)
            if output != "-" && OutputGuard.isDatabase(output, database: databasePath) {
                throw CommandFailure(T(.errorOutputIsDatabase, output), status: .usage)
            }
            options.includePersonalData = try context.actor(repository, common).may(.readPersonalData)
            if kind == .learners && !options.includePersonalData && !options.pseudonymize {
                context.standardError(T(.exportPseudonymizedForRole) + "\n")
            }
            if kind == .ranking && options.filter.committee == nil {
                guard let next = try repository.committeeDates().first(where: { $0 >= today }) else {
                    throw CommandFailure(T(.errorExportNoCommittee, today.french), status: .usage)
                }
                options.filter.committee = next
            }
            let table = try kind.table(repository, today: today, options: options)
            text = format == .csv ? table.csv() : table.json(rootKey: kind.jsonKey)
        } catch let failure as CommandFailure {
            context.error(failure.message)
            return failure.status
        } catch {
            context.error(CommandContext.describe(error))
            return .database
        }
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

    /// The filters and choices of the command line, checked against the kind exported.
    static func exportOptions(_ parsed: ArgumentParser.Parsed, kind: ExportKind) throws(UsageError) -> ExportOptions {
        var options = ExportOptions()
        func applies(_ option: String, _ kinds: [ExportKind]) throws(UsageError) -> String? {
            guard let value = parsed.options[option] else { return nil }
            guard kinds.contains(kind) else { throw UsageError(T(.errorExportFilterNotApplicable, "--" + option, kind.rawValue)) }
            return value
        }
        if let text = try applies("region", ExportKind.allCases.filter { $0 != .communes && $0 != .qpv }) {
            // A code ("53") or a name, case, accents and hyphens ignored ("bretagne"), as `alerts --region`.
            guard let region = RegionCatalog.region(matching: text) else {
                throw UsageError(T(.errorBadRegion, text, RegionCatalog.all.map(\.code).joined(separator: ", ")))
            }
            options.filter.region = region.code
        }
        if let text = try applies("state", [.dossiers, .ranking]) {
            options.filter.states = try ArgumentParser.choices(text, option: "--state",
                                                               among: DossierState.allCases.map { ($0.rawValue, $0.rawValue) })
        }
        if let text = try applies("committee", [.dossiers, .ranking]) {
            guard let date = CalendarDate(french: text) else { throw UsageError(T(.errorBadDate, text)) }
            options.filter.committee = date
        }
        if try applies("pseudonymize", [.learners]) != nil { options.pseudonymize = true }
        return options
    }
}
