import GenLabelCore
import GenLabelStore

/// `genlabel audit [--subject TYPE] [--key CLÉ] [--limit N]`: the audit trail, oldest first, one entry
/// per line ("n° date heure UTC login : objet — détail"). Reads only. `genlabel check` verifies it.
/// Entries about learners are masked for roles that may not read personal data.
enum AuditCommand {
    static let name = "audit"
    static var summary: String { T(.cliAuditSummary) }

    static let parser = ArgumentParser(CommonOptions.specs + [
        .init("subject", value: "TYPE", help: T(.cliAuditOptionSubject)),
        .init("key", value: "CLÉ", help: T(.cliAuditOptionKey)),
        .init("limit", value: "N", help: T(.cliAuditOptionLimit)),
        .init("help", help: T(.cliOptionHelp)),
    ])

    static func help(_ context: CommandContext) -> String {
        HelpText.command(name: name, summary: summary, usage: T(.cliAuditUsage), specs: parser.specs,
                         footer: T(.cliAuditFooter))
    }

    static func run(_ arguments: [String], _ context: CommandContext) -> ExitCode {
        var limit: Int?
        let parsed: ArgumentParser.Parsed, common: CommonOptions
        switch parser.readCommand(arguments, name: name, context: context, help: { help(context) }, check: { parsed, _ throws(UsageError) in
            if let extra = parsed.positionals.first { throw UsageError(T(.errorUnexpectedArgument, extra)) }
            if let text = parsed.options["limit"] {
                guard let value = Int(text), value > 0, value <= 1_000_000 else { throw UsageError(T(.errorBadNumber, text, "--limit", 1, "1 000 000")) }
                limit = value
            }
        }) {
        case .finished(let status): return status
        case .run(let arguments, let options): (parsed, common) = (arguments, options)
        }
        let today = common.today ?? context.clock()
        let repository: SQLiteRepository
        do { (repository, _, _) = try context.openDatabaseReportingMode(common, today: today, existing: true) } catch {
            context.error(error.message)
            return error.status
        }
        defer { repository.database.close() }
        do {
            let entries = try AuditTrail(database: repository.database)
                .entries(subjectKind: parsed.options["subject"], subjectKey: parsed.options["key"], limit: limit)
            if entries.isEmpty { context.standardError(T(.auditEmpty) + "\n") }
            let mayReadPersonalData = try repository.actor(login: context.login).may(.readPersonalData)
            context.standardOutput(entries.map { line(mayReadPersonalData ? $0 : masked($0)) }.joined())
            return .success
        } catch {
            context.error(CommandContext.describe(error))
            return .database
        }
    }

    /// An entry about a learner names them (its key is the learner's identity): for a role that may
    /// not read personal data, the key and the detail are replaced; the entry still shows who did
    /// what and when.
    static func masked(_ entry: AuditEntry) -> AuditEntry {
        guard entry.subjectKind == AuditSubject.learner else { return entry }
        var entry = entry
        entry.subjectKey = T(.auditMaskedKey)
        entry.detail = T(.auditMaskedDetail)
        return entry
    }

    static func line(_ entry: AuditEntry) -> String {
        let subject = entry.subjectKey.isEmpty ? entry.subjectKind : entry.subjectKind + " " + entry.subjectKey
        return T(.auditLine, entry.sequence, AuditTimestamp.french(entry.timestamp), entry.login, subject, entry.detail) + "\n"
    }
}
