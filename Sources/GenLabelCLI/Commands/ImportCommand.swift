import Foundation
import GenLabelCore
import GenLabelStore

/// `genlabel import dossiers|sessions|learners|reports|communes|qpv FICHIER [--dry-run]`: reads a
/// spreadsheet's CSV file (docs/formats/<kind>.md), checks every cell, then writes it in one
/// transaction — or nothing at all when anything is wrong, with every error listed (file, line,
/// column, reason). Rows are matched on their natural key: created, updated in place, or left alone.
enum ImportCommand {
    static let name = "import"
    static var summary: String { T(.cliImportSummary) }

    /// Errors printed in full; the rest are counted ("… et N autres erreurs.").
    static let printedErrors = 50
    /// Warnings printed in full.
    static let printedWarnings = 20

    /// From this many rows, the parsed file is not freed before the process exits.
    static let keptRows = 100_000

    static let parser = ArgumentParser(CommonOptions.specs + [
        .init("dry-run", help: T(.cliImportOptionDryRun)),
        .init("help", help: T(.cliOptionHelp)),
    ])

    static func help(_ context: CommandContext) -> String {
        HelpText.command(name: name, summary: summary, usage: T(.cliImportUsage), specs: parser.specs,
                         footer: T(.cliImportFooter))
    }

    static func run(_ arguments: [String], _ context: CommandContext) -> ExitCode {
        let parsed: ArgumentParser.Parsed
        let common: CommonOptions
        var kind = ImportKind.allCases[0]
        switch parser.readCommand(arguments, name: name, context: context, help: { help(context) }, check: { parsed, common throws(UsageError) in
            guard let first = parsed.positionals.first else {
                throw UsageError(T(.errorImportMissingKind, ImportKind.allCases.map(\.rawValue).joined(separator: ", ")))
            }
            kind = try ArgumentParser.choice(first, option: "import")
            guard parsed.positionals.count >= 2 else { throw UsageError(T(.errorImportMissingFile, kind.rawValue)) }
            if parsed.positionals.count > 2 { throw UsageError(T(.errorUnexpectedArgument, parsed.positionals[2])) }
            if common.readOnly { throw UsageError(T(.errorImportReadOnly)) }
        }) {
        case .finished(let status): return status
        case .run(let arguments, let options): (parsed, common) = (arguments, options)
        }
        let path = parsed.positionals[1]
        let dryRun = parsed.has("dry-run")
        let bytes: [UInt8]
        do {
            bytes = try FileBytes.read(path)
        } catch {
            context.error(T(.errorImportRead, path, error.userMessage))
            return .database
        }
        let table: CSVTable
        switch CSVReader().read(bytes) {
        case .success(let read): table = read
        case .failure(let error):
            context.error(ImportIssue(file: path, line: nil, column: nil, reason: error.userMessage).userMessage)
            context.standardError(T(.importNothingWritten, 1, path) + "\n")
            return .attentionNeeded
        }
        let today = common.today ?? context.clock()
        let file = ImportValidator(kind, today: today).validate(table, file: path)
        // A large file's rows are left for the process's exit to reclaim at once: freeing 400,000 rows
        // one by one when this function returns took about 0.1 s at ×10 (docs/performance.md).
        if file.rows.count >= Self.keptRows { KeptUntilExit.keep(file, table) }
        let outcome: ImportOutcome
        do {
            let (repository, _, actor) = try context.openForWriting(common, today: today)
            defer { repository.database.close() }
            var progress = ImportProgress(enabled: isatty(STDERR_FILENO) == 1 && context.environment["TERM"] != "dumb",
                                          write: context.standardError)
            let attribution = DataImporter.Attribution(actor: actor, timestamp: context.timestamp, source: path)
            outcome = try DataImporter(database: repository.database, attribution: attribution).run(file, dryRun: dryRun) { done, total in
                progress.update(done: done, total: total)
            }
            progress.finish()
        } catch let failure as CommandFailure {
            context.error(failure.message)
            return failure.status
        } catch {
            return context.report(writeError: error)
        }
        switch outcome {
        case .refused(let errors, let count, let warnings):
            report(warnings, context)
            for issue in errors.prefix(printedErrors) { context.error(issue.userMessage) }
            if count > printedErrors { context.standardError(T(.importMoreErrors, count - min(printedErrors, errors.count)) + "\n") }
            context.standardError(T(.importNothingWritten, count, path) + "\n")
            return .attentionNeeded
        case .imported(let summary, let warnings):
            report(warnings, context)
            let key: TextKey = dryRun ? .importDryRun : .importDone
            context.standardOutput(T(key, kind.displayName, path, summary.created, summary.updated, summary.unchanged) + "\n")
            return .success
        }
    }

    static func report(_ warnings: [ImportIssue], _ context: CommandContext) {
        for issue in warnings.prefix(printedWarnings) { context.standardError(T(.importWarningPrefix) + issue.userMessage + "\n") }
        if warnings.count > printedWarnings {
            context.standardError(T(.importMoreWarnings, warnings.count - printedWarnings) + "\n")
        }
    }
}

/// The progress bar of a long import, on standard error when it is a terminal: rows done, rows per
/// second, time left. Redrawn at most ten times a second, erased when done; nothing at all when
/// disabled (standard error is a pipe or a file).
struct ImportProgress {
    let enabled: Bool
    let write: (String) -> Void
    var started = ContinuousClock.now
    var lastDrawn: ContinuousClock.Instant?
    var drawn = false

    static let width = 24

    mutating func update(done: Int, total: Int) {
        guard enabled, total > 0 else { return }
        let now = ContinuousClock.now
        if let lastDrawn, now - lastDrawn < .milliseconds(100), done < total { return }
        lastDrawn = now
        let elapsed = Double((now - started).components.attoseconds) / 1e18 + Double((now - started).components.seconds)
        write("\r" + Self.line(done: done, total: total, elapsed: elapsed) + "\u{1B}[K")
        drawn = true
    }

    mutating func finish() {
        if drawn { write("\r\u{1B}[K") }
        drawn = false
    }

    /// "[██████······] 12345 / 150000 lignes, 98765 lignes/s, reste 2 s".
    static func line(done: Int, total: Int, elapsed: Double) -> String {
        let filled = total > 0 ? min(width, done * width / total) : 0
        let bar = "[" + String(repeating: "█", count: filled) + String(repeating: "·", count: width - filled) + "]"
        let rate = elapsed > 0 ? Int(Double(done) / elapsed) : 0
        var text = bar + " " + T(.importProgress, done, total, rate)
        if rate > 0 && done < total {
            text += ", " + T(.importProgressETA, (total - done + rate - 1) / rate)
        }
        return text
    }
}

/// Values a command no longer needs, kept until the process exits, which reclaims their memory at once
/// rather than object by object.
enum KeptUntilExit {
    nonisolated(unsafe) private static var values: [Any] = []

    static func keep(_ kept: Any...) { values.append(contentsOf: kept) }
}
