import GenLabelCore

/// `genlabel alerts`: the alert list for people (table) or tools (CSV, JSON, iCalendar). Exit status 1
/// when something is overdue, so a cron job can mail the output (DOMAIN.md, "Monitoring obligations").
enum AlertsCommand {
    static let name = "alerts"
    static var summary: String { T(.cliAlertsSummary) }

    /// Output formats.
    enum Format: String, CaseIterable { case table, csv, json, ics }

    static let parser = ArgumentParser(CommonOptions.specs + [
        .init("severity", value: "GRAVITÉ", help: T(.cliOptionSeverity, SeverityCode.allCodes)),
        .init("kind", value: "TYPE", help: T(.cliOptionKind, ObligationKind.allCases.map(\.rawValue).joined(separator: ", "))),
        .init("format", value: "FORMAT", help: T(.cliOptionFormat)),
        .init("help", help: T(.cliOptionHelp)),
    ])

    static func help(_ context: CommandContext) -> String {
        HelpText.command(name: name, summary: summary, usage: T(.cliAlertsUsage), specs: parser.specs,
                         footer: T(.cliAlertsExitStatus))
    }

    static func run(_ arguments: [String], _ context: CommandContext) -> ExitCode {
        let parsed: ArgumentParser.Parsed
        let common: CommonOptions
        var severities = Set(Severity.allCases)
        var kinds = Set(ObligationKind.allCases)
        var format = Format.table
        switch parser.readCommand(arguments, name: name, context: context, help: { help(context) }, check: { parsed, _ throws(UsageError) in
            if let extra = parsed.positionals.first { throw UsageError(T(.errorUnexpectedArgument, extra)) }
            if let text = parsed.options["severity"] {
                severities = try Set(ArgumentParser.choices(text, option: "--severity",
                                                            among: Severity.allCases.map { (SeverityCode.code($0), $0) }))
            }
            if let text = parsed.options["kind"] {
                kinds = try Set(ArgumentParser.choices(text, option: "--kind",
                                                       among: ObligationKind.allCases.map { ($0.rawValue, $0) }))
            }
            if let text = parsed.options["format"] { format = try ArgumentParser.choice(text, option: "--format") }
        }) {
        case .finished(let status): return status
        case .run(let arguments, let options): (parsed, common) = (arguments, options)
        }
        let today = common.today ?? context.clock()
        let alerts: [Alert]
        do {
            let (repository, _) = try context.openDatabase(common, today: today, existing: true)
            let engine = AlertEngine()
            let snapshot = try repository.monitoringSnapshot(listedOn: today, rules: engine.rules)
            alerts = engine.alerts(for: snapshot, today: today)
            // Freed at exit at once rather than value by value when this function returns.
            if alerts.count >= ImportCommand.keptRows / 100 { KeptUntilExit.keep(snapshot) }
        } catch let failure as CommandFailure {
            context.error(failure.message)
            return failure.status
        } catch {
            context.error(CommandContext.describe(error))
            return .database
        }
        let unfiltered = severities.count == Severity.allCases.count && kinds.count == ObligationKind.allCases.count
        let selected = unfiltered ? alerts : alerts.filter { severities.contains($0.severity) && kinds.contains($0.kind) }
        switch format {
        case .table:
            let filtered = parsed.options["severity"] != nil || parsed.options["kind"] != nil
            context.standardOutput(AlertTable.render(selected, today: today, filtered: filtered))
        case .csv:
            let text = AlertCSV.render(selected)
            context.standardOutput(text)
            if selected.count >= ImportCommand.keptRows / 100 { KeptUntilExit.keep(text, alerts) }
        case .json: context.standardOutput(AlertJSON.render(selected, today: today))
        case .ics: context.standardOutput(AlertCalendar.render(selected, today: today))
        }
        return selected.contains { $0.severity == .overdue } ? .attentionNeeded : .success
    }
}

/// The codes of severities on the command line and in files: `en_retard`, `proche`, `a_venir`.
enum SeverityCode {
    static func code(_ severity: Severity) -> String {
        switch severity {
        case .overdue: return "en_retard"
        case .dueSoon: return "proche"
        case .upcoming: return "a_venir"
        }
    }

    static var allCodes: String { Severity.allCases.map(code).joined(separator: ", ") }
}
