import GenLabelCore
import GenLabelStore

/// `genlabel check`: SQLite's integrity and foreign-key checks and the schema version, in plain
/// French. Exit 0 when the database is sound, 1 when it is not. Reads only.
enum CheckCommand {
    static let name = "check"
    static var summary: String { T(.cliCheckSummary) }

    static let parser = ArgumentParser(CommonOptions.specs + [
        .init("help", help: T(.cliOptionHelp)),
    ])

    static func help(_ context: CommandContext) -> String {
        HelpText.command(name: name, summary: summary, usage: T(.cliCheckUsage), specs: parser.specs,
                         footer: T(.cliCheckFooter))
    }

    static func run(_ arguments: [String], _ context: CommandContext) -> ExitCode {
        let common: CommonOptions
        switch parser.readCommand(arguments, name: name, context: context, help: { help(context) }, check: { parsed, _ throws(UsageError) in
            if let extra = parsed.positionals.first { throw UsageError(T(.errorUnexpectedArgument, extra)) }
        }) {
        case .finished(let status): return status
        case .run(_, let options): common = options
        }
        let today = common.today ?? context.clock()
        let health: DatabaseHealth
        let path: String
        do {
            let (database, opened) = try context.openExistingReadOnly(common, today: today)
            defer { database.close() }
            path = opened
            do {
                health = try DatabaseHealth.check(database)
            } catch {
                // The checks themselves failed: the file is too damaged to be read.
                context.standardOutput(T(.checkUnreadable, path, CommandContext.describe(error)) + "\n")
                return .attentionNeeded
            }
        } catch {
            context.error(error.message)
            return error.status
        }
        context.standardOutput(render(health, path: path))
        return health.isSound ? .success : .attentionNeeded
    }

    static func render(_ health: DatabaseHealth, path: String) -> String {
        var lines = [T(.checkTitle, path)]
        if !health.isGenlabelDatabase { lines.append("  ✗ " + T(.checkNotGenlabel)) }
        if health.integrityProblems.isEmpty {
            lines.append("  ✓ " + T(.checkIntegrityOK))
        } else {
            lines.append("  ✗ " + T(.checkIntegrityBad, health.integrityProblems.count))
            lines += health.integrityProblems.prefix(20).map { "      " + $0 }
        }
        if health.foreignKeyProblems.isEmpty {
            lines.append("  ✓ " + T(.checkForeignKeysOK))
        } else {
            lines.append("  ✗ " + T(.checkForeignKeysBad, health.foreignKeyProblems.count))
            lines += health.foreignKeyProblems.prefix(20).map { "      " + $0 }
        }
        if !health.unknownMigrations.isEmpty {
            lines.append("  ✗ " + T(.checkSchemaNewer, health.unknownMigrations.joined(separator: ", ")))
        } else if !health.pendingMigrations.isEmpty {
            lines.append("  ✓ " + T(.checkSchemaPending, health.pendingMigrations.count))
        } else if health.isGenlabelDatabase {
            lines.append("  ✓ " + T(.checkSchemaOK))
        }
        switch health.auditChain {
        case .intact(let entries)?: lines.append("  ✓ " + T(.checkAuditIntact, FrenchNumber.format(Int(entries))))
        case .broken(let sequence, let reason)?:
            let why: String
            switch reason {
            case .contentChanged: why = T(.checkAuditChanged)
            case .linkBroken: why = T(.checkAuditLink)
            case .missingEntry: why = T(.checkAuditMissing)
            }
            lines.append("  ✗ " + T(.checkAuditBroken, sequence, why))
        case nil: break
        }
        lines.append(health.isSound ? T(.checkSound) : T(.checkNotSound))
        return lines.joined(separator: "\n") + "\n"
    }
}
