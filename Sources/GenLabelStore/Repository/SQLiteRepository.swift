import Foundation
import GenLabelCore

/// The SQLite implementation of the repository interfaces of the core. One per connection and thread.
public final class SQLiteRepository {
    public let database: Database
    /// Where the file is and how it was opened, for the second connection of `mainLists()` (nil: none).
    private let file: (path: String, readOnly: Bool)?
    /// A second connection to the same file, opened on the first `mainLists()`.
    private var sideConnection: SQLiteRepository?

    /// Opens (creating when allowed) the database at `path` and brings its schema up to date. A write
    /// waits up to `busyTimeout` for another process's write to finish before failing with a busy
    /// error (which the application reports in French and lets the person retry).
    public init(path: String, readOnly: Bool = false, busyTimeout: Duration = .seconds(5)) throws {
        database = try Database(path: path, readOnly: readOnly, create: !readOnly, busyTimeout: busyTimeout)
        file = path == ":memory:" || path.isEmpty ? nil : (path, readOnly)
        // Migrating takes the write lock: only do it when something is pending, so a database that
        // another process is writing to still opens (reads wait at most the busy timeout).
        let pending = try Migrations.migrator.hasPendingMigrations(database)
        if pending && readOnly { throw StoreError.needsMigration }
        if pending {
            try Self.keepCopyBeforeMigrating(database, path: path)
            try Migrations.migrator.migrate(database)
        }
    }

    /// Before a schema change to a database that already holds one, a copy is made next to it
    /// (`<base>.avant-migration-<last applied migration>`, 0600, SQLite's online backup), so a
    /// migration that goes wrong never costs data. A new, empty database needs no copy.
    ///
    /// The copy is written as `<copy>.partielle-<pid>` and renamed once complete: a `kill -9` while it
    /// is written leaves no file under the copy's name (the next start makes it again and removes the
    /// partial one). A copy already there is kept only when it opens at the same migration; an empty or
    /// damaged one (left by an earlier version killed while copying) is made again.
    static func keepCopyBeforeMigrating(_ database: Database, path: String) throws {
        guard path != ":memory:", !path.isEmpty,
              let last = try Migrations.migrator.appliedIdentifiers(database).last else { return }
        let copy = path + ".avant-migration-" + last
        removeAbandonedCopies(of: copy)
        if isWholeCopy(copy, lastMigration: last) { return }
        let partial = copy + ".partielle-\(getpid())"
        defer { removeDatabaseFiles(partial) }
        try database.backup(to: partial)
        for suffix in ["-wal", "-shm", "-journal"] { unlink(copy + suffix) }
        guard rename(partial, copy) == 0 else { throw SystemError() }
    }

    /// Whether `copy` opens as a genlabel database whose last migration is `lastMigration`.
    private static func isWholeCopy(_ copy: String, lastMigration: String) -> Bool {
        guard access(copy, F_OK) == 0, let kept = try? Database(path: copy, readOnly: true, create: false) else { return false }
        defer { kept.close() }
        return (try? Migrations.migrator.appliedIdentifiers(kept).last) == lastMigration
    }

    /// Removes the `<copy>.partielle-<pid>` files whose process is gone (killed while copying).
    private static func removeAbandonedCopies(of copy: String) {
        let directory = (copy as NSString).deletingLastPathComponent
        let prefix = (copy as NSString).lastPathComponent + ".partielle-"
        for name in (try? FileManager.default.contentsOfDirectory(atPath: directory.isEmpty ? "." : directory)) ?? []
            where name.hasPrefix(prefix) {
            let pidText = name.dropFirst(prefix.count).prefix { $0.isNumber }
            guard let pid = Int32(pidText), kill(pid, 0) != 0, errno == ESRCH else { continue }
            removeDatabaseFiles((directory.isEmpty ? "" : directory + "/") + prefix + pidText)
        }
    }

    private static func removeDatabaseFiles(_ path: String) {
        for suffix in ["", "-wal", "-shm", "-journal"] { unlink(path + suffix) }
    }

    /// Wraps an already open database (tests, tools); migrates it.
    public init(database: Database) throws {
        self.database = database
        file = nil
        try Migrations.migrator.migrate(database)
    }
}

extension SQLiteRepository: ChangeDetecting {
    public func changeToken() throws -> Int64 {
        try database.dataVersion()
    }
}

extension SQLiteRepository: MainListReading {
    /// The three lists and the snapshot, the sessions (the longest read: a learner count per session)
    /// being read on a second connection, in another thread, meanwhile (docs/performance.md). Without a
    /// file (in memory), one after the other.
    public func mainLists() throws -> MainLists {
        guard let file else {
            return MainLists(dossiers: try dossierRows(), sessions: try sessionRows(), labels: try labelRows(),
                             snapshot: try monitoringSnapshot())
        }
        if sideConnection == nil { sideConnection = try SQLiteRepository(path: file.path, readOnly: file.readOnly) }
        let sessions = SideRead { [side = sideConnection!] in try side.sessionRows() }
        let dossiers = Result { try dossierRows() }
        let labels = Result { try labelRows() }
        let snapshot = Result { try monitoringSnapshot() }
        let sessionRows = Result { try sessions.wait() }   // always waited for: the connection is free again
        return MainLists(dossiers: try dossiers.get(), sessions: try sessionRows.get(), labels: try labels.get(),
                         snapshot: try snapshot.get())
    }
}

/// Work started on its own thread at once, its result collected with `wait()`. The work's values are
/// used by one thread at a time: the new thread until it signals, then the waiting one.
final class SideRead<T>: @unchecked Sendable {
    private let work: () throws -> T
    private var result: Result<T, any Error>?
    private let done = DispatchSemaphore(value: 0)

    init(_ work: @escaping () throws -> T) {
        self.work = work
        let thread = Thread { [self] in
            result = Result { try self.work() }
            done.signal()
        }
        thread.start()
    }

    func wait() throws -> T {
        done.wait()
        return try result!.get()
    }
}
