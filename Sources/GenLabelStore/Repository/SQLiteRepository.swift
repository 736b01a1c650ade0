import GenLabelCore

/// The SQLite implementation of the repository interfaces of the core. One per connection and thread.
public final class SQLiteRepository {
    public let database: Database

    /// Opens (creating when allowed) the database at `path` and brings its schema up to date.
    public init(path: String, readOnly: Bool = false) throws {
        database = try Database(path: path, readOnly: readOnly, create: !readOnly)
        // Migrating takes the write lock: only do it when something is pending, so a database that
        // another process is writing to still opens (reads wait at most the busy timeout).
        let pending = try Migrations.migrator.hasPendingMigrations(database)
        if pending && readOnly { throw StoreError.needsMigration }
        if pending {
            try Migrations.migrator.migrate(database)
        }
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
