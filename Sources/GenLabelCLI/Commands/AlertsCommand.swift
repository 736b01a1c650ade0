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
        .init("region", value: "RÉGION", help: T(.cliOptionAlertRegion)),
        .init("officer", value: "LOGIN", help: T(.cliOptionAlertOfficer)),
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
        var regionCodes: Set<String>?
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
            if let text = parsed.options["region"] { regionCodes = try regions(text) }
            if let text = parsed.options["format"] { format = try ArgumentParser.choice(text, option: "--format") }
        }) {
        case .finished(let status): return status
        case .run(let arguments, let options): (parsed, common) = (arguments, options)
        }
        let today = common.today ?? context.clock()
        let alerts: [Alert]
        var officers: Set<String>?
        do {
            let (repository, _) = try context.openDatabase(common, today: today, existing: true)
            let engine = AlertEngine()
            let snapshot = try repository.monitoringSnapshot(listedOn: today, rules: engine.rules)
            alerts = engine.alerts(for: snapshot, today: today)
            if let text = parsed.options["officer"] {
                // Every label's officer, also of labels that owe nothing any more (withdrawn, terminated).
                officers = try self.officers(text, known: Set(try repository.labelRows().map(\.officer).filter { !$0.isEmpty }))
            }
            // Freed at exit at once rather than value by value when this function returns.
            if alerts.count >= ImportCommand.keptRows / 100 { KeptUntilExit.keep(snapshot) }
        } catch let failure as UsageError {
            context.error(failure.message)
            return .usage
        } catch let failure as CommandFailure {
            context.error(failure.message)
            return failure.status
        } catch {
            context.error(CommandContext.describe(error))
            return .database
        }
        let unfiltered = severities.count == Severity.allCases.count && kinds.count == ObligationKind.allCases.count
            && regionCodes == nil && officers == nil
        let selected = unfiltered ? alerts : alerts.filter { alert in
            severities.contains(alert.severity) && kinds.contains(alert.kind)
                && regionCodes.map { $0.contains(alert.regionCode) } ?? true
                && officers.map { $0.contains(alert.officer) } ?? true
        }
        switch format {
        case .table:
            let filtered = ["severity", "kind", "region", "officer"].contains { parsed.options[$0] != nil }
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

extension AlertsCommand {
    /// `--region`: comma-separated INSEE codes or names, case, accents and punctuation ignored
    /// ("53,ile-de-france"), each resolved to its code — the Alertes pane's region filter compares codes.
    static func regions(_ text: String) throws(UsageError) -> Set<String> {
        var codes = Set<String>()
        for part in text.split(separator: ",", omittingEmptySubsequences: false) {
            guard let region = RegionCatalog.region(matching: String(part)) else {
                let known = RegionCatalog.all.map { "\($0.code) (\($0.name))" }.joined(separator: ", ")
                throw UsageError(T(.errorAlertRegion, String(part), known))
            }
            codes.insert(region.code)
        }
        return codes
    }

    /// `--officer`: comma-separated logins, case and accents ignored, each resolved to a login some label
    /// is followed by; "personne" (or "(personne)") stands for the labels nobody follows, as in the pane's
    /// filter. A login no label names is refused, listing those that do: a mistyped login in a cron job
    /// must not read as "nothing overdue".
    static func officers(_ text: String, known: Set<String>) throws(UsageError) -> Set<String> {
        let nobody = TextFolding.foldedWords(T(.afNoOfficer))
        var logins = Set<String>()
        for part in text.split(separator: ",", omittingEmptySubsequences: false) {
            let typed = String(part).trimmingWhitespace
            if !typed.isEmpty && TextFolding.foldedWords(typed) == nobody {
                logins.insert("")
            } else if let login = known.first(where: { !typed.isEmpty && TextFolding.fold($0) == TextFolding.fold(typed) }) {
                logins.insert(login)
            } else {
                let choices = known.sorted() + [T(.afNoOfficer)]
                throw UsageError(T(.errorAlertOfficer, typed, choices.joined(separator: ", ")))
            }
        }
        return logins
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
