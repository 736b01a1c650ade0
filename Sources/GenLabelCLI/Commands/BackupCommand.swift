import Foundation
import GenLabelCore
import GenLabelStore

/// `genlabel backup FICHIER`: a copy of the database made with SQLite's online backup (safe while
/// others use it), written to a private (0600) temporary file beside FICHIER then moved into place.
/// Refuses to replace an existing file unless `--force`.
enum BackupCommand {
    static let name = "backup"
    static var summary: String { T(.cliBackupSummary) }

    static let parser = ArgumentParser(CommonOptions.specs + [
        .init("force", help: T(.cliBackupOptionForce)),
        .init("help", help: T(.cliOptionHelp)),
    ])

    static func help(_ context: CommandContext) -> String {
        HelpText.command(name: name, summary: summary, usage: T(.cliBackupUsage), specs: parser.specs,
                         footer: T(.cliBackupFooter))
    }

    static func run(_ arguments: [String], _ context: CommandContext) -> ExitCode {
        let parsed: ArgumentParser.Parsed
        let common: CommonOptions
        switch parser.readCommand(arguments, name: name, context: context, help: { help(context) }, check: { parsed, _ throws(UsageError) in
            guard parsed.positionals.count >= 1 else { throw UsageError(T(.errorBackupMissingFile)) }
            if parsed.positionals.count > 1 { throw UsageError(T(.errorUnexpectedArgument, parsed.positionals[1])) }
        }) {
        case .finished(let status): return status
        case .run(let arguments, let options): (parsed, common) = (arguments, options)
        }
        let destination = parsed.positionals[0]
        let force = parsed.has("force")
        if !force && FileManager.default.fileExists(atPath: destination) {
            context.error(T(.errorBackupExists, destination))
            return .usage
        }
        let today = common.today ?? context.clock()
        let source: Database
        let sourcePath: String
        do {
            (source, sourcePath) = try context.openExistingReadOnly(common, today: today)
        } catch {
            context.error(error.message)
            return error.status
        }
        defer { source.close() }
        if OutputGuard.isDatabase(destination, database: sourcePath) {
            context.error(T(.errorBackupSameFile))
            return .usage
        }
        // The copy holds every learner's personal data in clear: only roles that may read them make one.
        do {
            let actor = try context.actor(source, common)
            guard actor.may(.readPersonalData) else {
                context.error(T(.storeForbidden, DomainText.permission(.readPersonalData)))
                return .forbidden
            }
        } catch let failure as CommandFailure {
            context.error(failure.message)
            return failure.status
        } catch {
            context.error(CommandContext.describe(error))
            return .database
        }
        let temporary: String
        do {
            temporary = try PrivateFile.createTemporary(near: destination)
        } catch {
            context.error(T(.errorBackupWrite, destination, SystemError(error.code).userMessage))
            return .database
        }
        do {
            try source.backup(to: temporary)
            _ = chmod(temporary, 0o600)
        } catch {
            unlink(temporary)
            context.error(T(.errorBackupWrite, destination, CommandContext.describe(error)))
            return .database
        }
        do {
            try PrivateFile.moveIntoPlace(temporary, destination, overwrite: force)
        } catch {
            let reason = error.code == EEXIST ? T(.errorBackupExists, destination)
                : T(.errorBackupWrite, destination, SystemError(error.code).userMessage)
            context.error(reason)
            return error.code == EEXIST ? .usage : .database
        }
        context.standardError(T(.backupDone, sourcePath, destination) + "\n")
        return .success
    }
}

/// `genlabel restore FICHIER`: replaces the database's content by a backup, after checking the backup
/// (SQLite integrity, links between tables, a genlabel schema this build knows). The content replaced
/// is first saved as `<base>.avant-restauration` (0600). The copy goes through SQLite's backup API
/// into the open database, so WAL files and other connections stay consistent.
enum RestoreCommand {
    static let name = "restore"
    static var summary: String { T(.cliRestoreSummary) }

    static let parser = ArgumentParser(CommonOptions.specs + [
        .init("help", help: T(.cliOptionHelp)),
    ])

    static func help(_ context: CommandContext) -> String {
        HelpText.command(name: name, summary: summary, usage: T(.cliRestoreUsage), specs: parser.specs,
                         footer: T(.cliRestoreFooter))
    }

    static func run(_ arguments: [String], _ context: CommandContext) -> ExitCode {
        let parsed: ArgumentParser.Parsed
        let common: CommonOptions
        switch parser.readCommand(arguments, name: name, context: context, help: { help(context) }, check: { parsed, common throws(UsageError) in
            guard parsed.positionals.count >= 1 else { throw UsageError(T(.errorRestoreMissingFile)) }
            if common.readOnly { throw UsageError(T(.errorRestoreReadOnly)) }
            if parsed.positionals.count > 1 { throw UsageError(T(.errorUnexpectedArgument, parsed.positionals[1])) }
        }) {
        case .finished(let status): return status
        case .run(let arguments, let options): (parsed, common) = (arguments, options)
        }
        let backupPath = parsed.positionals[0]

        // 1. The backup must be a sound genlabel database before anything is touched.
        let source: Database
        switch DatabaseFileCheck.verdict(for: backupPath) {
        case .absent:
            context.error(T(.errorRestoreRefused, backupPath, T(.systemMissing)))
            return .database
        case .refused(let reason):
            context.error(T(.errorRestoreRefused, backupPath, reason))
            return .database
        case .usable:
            do {
                source = try Database(path: backupPath, readOnly: true, create: false)
            } catch {
                context.error(T(.errorRestoreRefused, backupPath, CommandContext.describe(error)))
                return .database
            }
        }
        defer { source.close() }
        do {
            let health = try DatabaseHealth.check(source)
            guard health.isSound else {
                context.standardError(CheckCommand.render(health, path: backupPath))
                context.error(T(.errorRestoreRefused, backupPath, T(.errorRestoreUnsound)))
                return .attentionNeeded
            }
        } catch {
            context.error(T(.errorRestoreRefused, backupPath, CommandContext.describe(error)))
            return .attentionNeeded
        }

        // 2. The database to replace.
        let target: String
        switch common.database {
        case .path(let given): target = given
        case .userDefault: target = context.paths.defaultDatabase
        case .demo(let scale): target = context.paths.demoDatabase(scale: scale)
        }
        if (target as NSString).standardizingPath == (backupPath as NSString).standardizingPath {
            context.error(T(.errorRestoreSameFile))
            return .usage
        }
        if case .refused(let reason) = DatabaseFileCheck.verdict(for: target) {
            guard reason != T(.errorNotGenlabelDatabase), reason != T(.errorNotARegularFile), isSQLiteFile(target) else {
                context.error(T(.errorDatabaseOpen, target, reason))
                return .database
            }
            // A damaged base that SQLite cannot open: keep its bytes, then put a fresh copy in its place.
            let previous = target + ".avant-restauration"
            do {
                try PrivateFile.write([UInt8](Data(contentsOf: URL(fileURLWithPath: target))), to: previous)
                let temporary = try PrivateFile.createTemporary(near: target)
                do { try source.backup(to: temporary) } catch { unlink(temporary); throw error }
                unlink(target + "-wal")
                unlink(target + "-shm")
                try PrivateFile.moveIntoPlace(temporary, target, overwrite: true)
            } catch {
                return failed(error, target: target, context)
            }
            context.standardError(T(.restoreDone, backupPath, target, previous) + "\n")
            return .success
        }
        if !FileManager.default.fileExists(atPath: target) {
            // Nothing to replace: a new private file, moved into place once complete.
            do {
                if case .userDefault = common.database { try context.paths.createDirectory() }
                if case .demo = common.database { try context.paths.createDirectory() }
                let temporary = try PrivateFile.createTemporary(near: target)
                do { try source.backup(to: temporary) } catch { unlink(temporary); throw error }
                try PrivateFile.moveIntoPlace(temporary, target, overwrite: false)
            } catch {
                return failed(error, target: target, context)
            }
            context.standardError(T(.restoreDoneNew, backupPath, target) + "\n")
            return .success
        }

        // 3. Keep the current content, then copy the backup into the open database. Only who may
        // replace the whole database does, as the database being replaced records them (a backup
        // cannot grant itself rights); a missing or damaged database has no roles to read: there,
        // the file's owner (0600) decides.
        let previous = target + ".avant-restauration"
        let actor: Actor
        do {
            let live = try Database(path: target, create: false)
            defer { live.close() }
            actor = try context.actor(live, common)
        } catch let failure as CommandFailure {
            context.error(failure.message)
            return failure.status
        } catch {
            context.error(T(.errorRestoreFailed, target, CommandContext.describe(error)))
            return .database
        }
        guard actor.may(.restoreDatabase) else {
            context.error(T(.storeForbidden, DomainText.permission(.restoreDatabase)))
            return .forbidden
        }
        do {
            let live = try Database(path: target, create: false)
            defer { live.close() }
            let temporary = try PrivateFile.createTemporary(near: previous)
            do {
                try live.backup(to: temporary)
                try PrivateFile.moveIntoPlace(temporary, previous, overwrite: true)
            } catch {
                // A damaged base may not copy through SQLite: keep its bytes as they are.
                unlink(temporary)
                let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: target)))
                try PrivateFile.write(bytes, to: previous)
            }
            try source.backup(to: live)
        } catch {
            return failed(error, target: target, context)
        }
        // The restore is recorded in the restored database's audit trail, under the person who ran it.
        do {
            let restored = try SQLiteRepository(path: target)
            defer { restored.database.close() }
            try restored.recordRestore(from: backupPath, by: actor, at: context.timestamp)
        } catch {
            return failed(error, target: target, context)
        }
        context.standardError(T(.restoreDone, backupPath, target, previous) + "\n")
        return .success
    }

    /// "La restauration de … a échoué : …" with the system's or the database's reason.
    private static func failed(_ error: any Error, target: String, _ context: CommandContext) -> ExitCode {
        let reason = (error as? PrivateFile.Failure).map { SystemError($0.code).userMessage } ?? CommandContext.describe(error)
        context.error(T(.errorRestoreFailed, target, reason))
        return .database
    }

    /// True when `path` starts with SQLite's file header.
    static func isSQLiteFile(_ path: String) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        let header = (try? handle.read(upToCount: 16)) ?? Data()
        return header == Data("SQLite format 3\u{0}".utf8)
    }
}
