/// Applies named migrations in order, each in its own transaction, recording them in
/// `schema_migrations(identifier TEXT PRIMARY KEY, applied_at TEXT NOT NULL)`.
///
/// Foreign keys are switched off while a migration runs (so tables can be rebuilt the way SQLite
/// documents for `ALTER TABLE`), then `PRAGMA foreign_key_check` must come back empty before the
/// commit. A database recording a migration this build does not know is refused.
public struct DatabaseMigrator: Sendable {
    /// The migrations, in the order they apply.
    public private(set) var migrations: [Migration]

    /// Creates a migrator; identifiers must be unique.
    public init(_ migrations: [Migration] = []) {
        self.migrations = []
        for migration in migrations { register(migration) }
    }

    /// Appends a migration; its identifier must be new.
    public mutating func register(_ migration: Migration) {
        precondition(!migrations.contains { $0.identifier == migration.identifier },
                     "duplicate migration identifier \(migration.identifier)")
        migrations.append(migration)
    }

    /// Appends a migration built from its parts.
    public mutating func registerMigration(_ identifier: String,
                                           migrate: @escaping @Sendable (Database) throws -> Void) {
        register(Migration(identifier: identifier, migrate: migrate))
    }

    /// The identifiers recorded in `db`, in the order they were applied; empty for a new file.
    public func appliedIdentifiers(_ db: Database) throws -> [String] {
        let tableExists = try db.fetchOne(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'", [SQLValue]()) != nil
        guard tableExists else { return [] }
        return try db.fetchAll("SELECT identifier FROM schema_migrations ORDER BY rowid", [SQLValue]()) {
            $0.string(0)
        }
    }

    /// True when some migration of this build is not yet applied to `db`.
    ///
    /// - Throws: `MigrationError.unknownMigrations` when `db` comes from a newer build.
    public func hasPendingMigrations(_ db: Database) throws -> Bool {
        let applied = try appliedIdentifiers(db)
        try checkKnown(applied)
        let appliedSet = Set(applied)
        return migrations.contains { !appliedSet.contains($0.identifier) }
    }

    /// Applies every pending migration, in order, all in one `BEGIN IMMEDIATE` transaction: a
    /// database is at the schema it had or at this build's, never between two migrations — also when
    /// the process is killed meanwhile (issue 6, "Crashes").
    ///
    /// A failing migration rolls the whole batch back and its error is rethrown; the database stays
    /// as it was. Safe against another process migrating the same file at the same time.
    ///
    /// - Throws: `MigrationError.unknownMigrations` (before changing anything) when `db` comes from
    ///   a newer build; the error of a failing migration; `MigrationError.foreignKeyViolations`.
    public func migrate(_ db: Database) throws {
        try checkKnown(appliedIdentifiers(db))
        let foreignKeysWereOn = try db.fetchOne("PRAGMA foreign_keys", [SQLValue]())?[0] == .integer(1)
        // PRAGMA foreign_keys is a no-op inside a transaction: switch it before BEGIN.
        if foreignKeysWereOn { try db.execute(sql: "PRAGMA foreign_keys = OFF") }
        defer { if foreignKeysWereOn { try? db.execute(sql: "PRAGMA foreign_keys = ON") } }

        try db.inTransaction {
            try db.execute(sql: """
                CREATE TABLE IF NOT EXISTS schema_migrations (
                    identifier TEXT PRIMARY KEY,
                    applied_at TEXT NOT NULL
                )
                """)
            // Read again under the write lock: another process may have just migrated.
            let applied = Set(try db.fetchAll("SELECT identifier FROM schema_migrations", [SQLValue]()) { $0.string(0) })
            for migration in migrations where !applied.contains(migration.identifier) {
                try migration.migrate(db)
                let violations = try db.foreignKeyCheck()
                guard violations.isEmpty else {
                    throw MigrationError.foreignKeyViolations(migration: migration.identifier, violations: violations)
                }
                try db.execute("""
                    INSERT INTO schema_migrations (identifier, applied_at)
                    VALUES (?, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
                    """, migration.identifier)
            }
        }
    }

    private func checkKnown(_ applied: [String]) throws {
        let known = Set(migrations.map(\.identifier))
        let unknown = applied.filter { !known.contains($0) }
        guard unknown.isEmpty else { throw MigrationError.unknownMigrations(unknown) }
    }
}
