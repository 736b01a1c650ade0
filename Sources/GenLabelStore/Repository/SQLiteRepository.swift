import GenLabelCore

/// The SQLite implementation of the repository interfaces of the core. One per connection and thread.
public final class SQLiteRepository {
    public let database: Database

    /// Opens (creating when allowed) the database at `path` and brings its schema up to date.
    public init(path: String, readOnly: Bool = false) throws {
        database = try Database(path: path, readOnly: readOnly, create: !readOnly)
        if readOnly {
            // A read-only connection cannot migrate; it must find the schema this build knows.
            _ = try Migrations.migrator.hasPendingMigrations(database)
        } else {
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
