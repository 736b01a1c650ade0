import Foundation
import GenLabelCore
import GenLabelStore

/// What a command needs from the outside world, injectable for tests.
public struct CommandContext {
    public var paths: DataPaths
    public var environment: [String: String]
    public var standardOutput: (String) -> Void
    public var standardError: (String) -> Void
    public var clock: () -> CalendarDate
    /// The OS login the roles apply to (`SystemLogin`).
    public var login: String
    /// Seconds since 1970 (UTC), for audit timestamps.
    public var wallClock: () -> Int64
    /// A line typed on standard input (confirmations); nil at end of input.
    public var readLine: () -> String?
    /// Whether standard input is a terminal (a confirmation can be asked).
    public var inputIsTerminal: Bool

    public init(paths: DataPaths = DataPaths(), environment: [String: String] = ProcessInfo.processInfo.environment,
                standardOutput: @escaping (String) -> Void = { FileHandle.standardOutput.write(Data($0.utf8)) },
                standardError: @escaping (String) -> Void = { FileHandle.standardError.write(Data($0.utf8)) },
                clock: @escaping () -> CalendarDate = { ParisClock.today() },
                login: String? = nil,
                wallClock: @escaping () -> Int64 = { WallClock.now() },
                readLine: @escaping () -> String? = { Swift.readLine() },
                inputIsTerminal: Bool = isatty(STDIN_FILENO) == 1) {
        self.paths = paths; self.environment = environment; self.standardOutput = standardOutput
        self.standardError = standardError; self.clock = clock
        self.login = login ?? SystemLogin.current(environment: environment)
        self.wallClock = wallClock; self.readLine = readLine; self.inputIsTerminal = inputIsTerminal
    }

    /// The audit timestamp of this moment.
    public var timestamp: String { AuditTimestamp.utc(unixSeconds: wallClock()) }

    /// "Erreur : …" on standard error.
    public func error(_ message: String) {
        standardError(T(.errorPrefix) + message + "\n")
    }
}

/// A command that could not do its work: a French message and the exit status to return.
public struct CommandFailure: Error {
    public let message: String
    public let status: ExitCode
    public init(_ message: String, status: ExitCode) { self.message = message; self.status = status }
}

extension CommandContext {
    /// Opens the database the options name, creating the data directory or the demo database when
    /// needed. Returns the repository and the path opened. With `existing`, a database that is not
    /// there is refused rather than created empty: commands that only read (alerts, export, audit)
    /// must never answer from an empty base created by a mistyped path — "nothing overdue" would then
    /// be a lie a cron job believes (the demo database is still created when absent).
    func openDatabase(_ options: CommonOptions, today: CalendarDate, existing: Bool = false)
        throws(CommandFailure) -> (SQLiteRepository, String) {
        let (repository, path, _) = try openDatabaseReportingMode(options, today: today, existing: existing)
        return (repository, path)
    }

    /// Like `openDatabase`, and says whether the database was opened read-only.
    func openDatabaseReportingMode(_ options: CommonOptions, today: CalendarDate, existing: Bool = false)
        throws(CommandFailure) -> (SQLiteRepository, String, readOnly: Bool) {
        let path: String
        do {
            switch options.database {
            case .path(let given):
                path = given
                if case .refused(let reason) = DatabaseFileCheck.verdict(for: given) {
                    throw CommandFailure(T(.errorDatabaseOpen, given, reason), status: .database)
                }
            case .userDefault:
                try paths.createDirectory()
                path = paths.defaultDatabase
            case .demo(let scale):
                try paths.createDirectory()
                path = paths.demoDatabase(scale: scale)
                try DemoDatabase.ensure(at: path, scale: scale, today: today) { standardError($0 + "\n") }
            }
        } catch let failure as CommandFailure {
            throw failure
        } catch {
            throw CommandFailure(T(.errorDataDirectory, paths.directory, Self.describe(error)), status: .database)
        }
        let exists = access(path, F_OK) == 0
        if existing && !exists {
            throw CommandFailure(T(.errorDatabaseAbsent, path), status: .database)
        }
        let readOnly = options.readOnly || (exists && access(path, W_OK) != 0)
        if readOnly && !exists {
            throw CommandFailure(T(.errorDatabaseOpen, path, T(.errorReadOnlyMissing)), status: .database)
        }
        do {
            return (try SQLiteRepository(path: path, readOnly: readOnly), path, readOnly)
        } catch {
            throw CommandFailure(T(.errorDatabaseOpen, path, Self.describe(error)), status: .database)
        }
    }

    /// The error in French: SQLite's errors translated, ours describe themselves.
    static func describe(_ error: any Error) -> String {
        userMessage(for: error)
    }
}
