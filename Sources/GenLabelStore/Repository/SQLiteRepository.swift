import Foundation
import GenLabelCore

/// The SQLite implementation of the repository interfaces of the core. One per connection and thread.
public final class SQLiteRepository {
    public let database: Database

    /// Opens (creating when allowed) the database at `path` and brings its schema up to date. A write
    /// waits up to `busyTimeout` for another process's write to finish before failing with a busy
    /// error (which the application reports in French and lets the person retry).
    public init(path: String, readOnly: Bool = false, busyTimeout: Duration = .seconds(5)) throws {
        database = try Database(path: path, readOnly: readOnly, create: !readOnly, busyTimeout: busyTimeout)
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
    static func keepCopyBeforeMigrating(_ database: Database, path: String) throws {
        guard path != ":memory:", !path.isEmpty,
              let last = try Migrations.migrator.appliedIdentifiers(database).last else { return }
        let copy = path + ".avant-migration-" + last
        if access(copy, F_OK) != 0 { try database.backup(to: copy) }
    }

    /// Wraps an already open database (tests, tools); migrates it.
    public init(database: Database) throws {
        self.database = database
        try Migrations.migrator.migrate(database)
    }
}

extension SQLiteRepository: ChangeDetecting {
    public func changeToken() throws -> Int64 {
        try database.dataVersion()
    }
}
