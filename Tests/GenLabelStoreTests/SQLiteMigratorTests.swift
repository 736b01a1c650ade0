import GenLabelStore
import Testing

private struct Boom: Error {}

@Suite("SQLite migrator")
struct SQLiteMigratorTests {
    private static let createDossiers = Migration(identifier: "v1-create-dossiers") { db in
        try db.execute(sql: "CREATE TABLE dossier(id INTEGER PRIMARY KEY, name TEXT NOT NULL)")
    }
    private static let addRegion = Migration(identifier: "v2-add-region") { db in
        try db.execute(sql: "ALTER TABLE dossier ADD COLUMN region TEXT")
    }
    private static let seed = Migration(identifier: "v3-seed") { db in
        try db.execute("INSERT INTO dossier(name, region) VALUES (?, ?)", "Simplon", "Île-de-France")
    }

    private func tableExists(_ db: Database, _ name: String) throws -> Bool {
        try db.fetchOne("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", name) != nil
    }

    @Test("migrations apply in order, are recorded, and are skipped on the next run")
    func appliesInOrder() throws {
        try withSQLiteScratchDatabase { db, directory in
            let migrator = DatabaseMigrator([Self.createDossiers, Self.addRegion, Self.seed])
            #expect(try migrator.appliedIdentifiers(db) == [])
            #expect(try migrator.hasPendingMigrations(db))
            try migrator.migrate(db)
            #expect(try migrator.appliedIdentifiers(db) == ["v1-create-dossiers", "v2-add-region", "v3-seed"])
            #expect(try !migrator.hasPendingMigrations(db))
            #expect(try db.fetchOne("SELECT region FROM dossier")?[0] == .text("Île-de-France"))
            let stamp = try #require(try db.fetchOne("SELECT applied_at FROM schema_migrations LIMIT 1")?[0])
            guard case .text(let text) = stamp else { Issue.record("applied_at is \(stamp)"); return }
            #expect(text.count == 24 && text.hasSuffix("Z"))

            // Second run, even from another connection and a fresh migrator: nothing reapplied.
            try migrator.migrate(db)
            let again = try Database(path: directory + "/test.sqlite")
            try DatabaseMigrator([Self.createDossiers, Self.addRegion, Self.seed]).migrate(again)
            #expect(try sqliteRowCount(db, "dossier") == 1)
            #expect(try sqliteRowCount(db, "schema_migrations") == 3)
        }
    }

    @Test("an old schema is brought up to date with only the new migrations")
    func upgradesOldSchema() throws {
        try withSQLiteScratchDatabase { db, _ in
            try DatabaseMigrator([Self.createDossiers]).migrate(db)
            try db.execute("INSERT INTO dossier(name) VALUES (?)", "ancien")
            var migrator = DatabaseMigrator([Self.createDossiers])
            migrator.register(Self.addRegion)
            migrator.registerMigration("v3-index") { db in
                try db.execute(sql: "CREATE INDEX dossier_region ON dossier(region)")
            }
            #expect(try migrator.hasPendingMigrations(db))
            try migrator.migrate(db)
            #expect(try migrator.appliedIdentifiers(db) == ["v1-create-dossiers", "v2-add-region", "v3-index"])
            #expect(try db.fetchOne("SELECT name, region FROM dossier")?.values == [.text("ancien"), .null])
        }
    }

    @Test("a failing migration leaves nothing of the batch: the database keeps the schema it had")
    func failingMigration() throws {
        try withSQLiteScratchDatabase { db, _ in
            let broken = Migration(identifier: "v2-broken") { db in
                try db.execute(sql: "CREATE TABLE half_done(x); INSERT INTO dossier(name) VALUES ('partial')")
                throw Boom()
            }
            // Pending together, the good first migration is rolled back with the broken one.
            #expect(throws: Boom.self) { try DatabaseMigrator([Self.createDossiers, broken, Self.seed]).migrate(db) }
            #expect(try DatabaseMigrator([Self.createDossiers]).appliedIdentifiers(db) == [])
            #expect(try !tableExists(db, "dossier"))
            #expect(try !tableExists(db, "half_done"))
            // Applied by an earlier build, the first migration stays; the broken one leaves nothing.
            try DatabaseMigrator([Self.createDossiers]).migrate(db)
            let migrator = DatabaseMigrator([Self.createDossiers, broken, Self.seed])
            #expect(throws: Boom.self) { try migrator.migrate(db) }
            #expect(try migrator.appliedIdentifiers(db) == ["v1-create-dossiers"])
            #expect(try tableExists(db, "dossier"))
            #expect(try !tableExists(db, "half_done"))
            #expect(try sqliteRowCount(db, "dossier") == 0)
            #expect(!db.isInsideTransaction)
            #expect(try db.fetchOne("PRAGMA foreign_keys")?[0] == .integer(1))

            // Fixed in the next build: it applies from where it stopped.
            try DatabaseMigrator([Self.createDossiers, Self.addRegion, Self.seed]).migrate(db)
            #expect(try sqliteRowCount(db, "dossier") == 1)
        }
    }

    @Test("a database migrated by a newer build is refused before anything changes")
    func unknownMigration() throws {
        try withSQLiteScratchDatabase { db, _ in
            try DatabaseMigrator([Self.createDossiers, Self.addRegion]).migrate(db)
            let older = DatabaseMigrator([Self.createDossiers, Self.seed])
            let error = try #require(throws: MigrationError.self) { try older.migrate(db) }
            #expect(error == .unknownMigrations(["v2-add-region"]))
            #expect(error.description.contains("v2-add-region"))
            #expect(throws: MigrationError.self) { try older.hasPendingMigrations(db) }
            #expect(try sqliteRowCount(db, "dossier") == 0)   // v3-seed did not run
        }
    }

    @Test("foreign keys are off during a migration, checked before its commit, and back on after")
    func foreignKeysDuringMigration() throws {
        try withSQLiteScratchDatabase { db, _ in
            let schema = Migration(identifier: "v1") { db in
                try db.execute(sql: """
                    CREATE TABLE organisation(id INTEGER PRIMARY KEY, name TEXT NOT NULL);
                    CREATE TABLE dossier(id INTEGER PRIMARY KEY,
                                         organisation_id INTEGER NOT NULL REFERENCES organisation(id));
                    INSERT INTO organisation VALUES (1, 'Simplon');
                    INSERT INTO dossier VALUES (10, 1);
                    """)
            }
            // SQLite's documented way to change a table: build a new one, copy, drop, rename.
            let rebuild = Migration(identifier: "v2-rebuild-organisation") { db in
                try db.execute(sql: """
                    CREATE TABLE organisation_new(id INTEGER PRIMARY KEY, name TEXT NOT NULL, siret TEXT);
                    INSERT INTO organisation_new(id, name) SELECT id, name FROM organisation;
                    DROP TABLE organisation;
                    ALTER TABLE organisation_new RENAME TO organisation;
                    """)
            }
            let orphan = Migration(identifier: "v3-orphan") { db in
                try db.execute(sql: "INSERT INTO dossier VALUES (11, 999)")
            }
            try DatabaseMigrator([schema, rebuild]).migrate(db)
            #expect(try sqliteRowCount(db, "dossier") == 1)
            #expect(try db.foreignKeyCheck() == [])

            let error = try #require(throws: MigrationError.self) {
                try DatabaseMigrator([schema, rebuild, orphan]).migrate(db)
            }
            guard case .foreignKeyViolations(let identifier, let violations) = error else {
                Issue.record("unexpected \(error)"); return
            }
            #expect(identifier == "v3-orphan")
            #expect(violations.count == 1)
            #expect(try sqliteRowCount(db, "dossier") == 1)
            #expect(try db.fetchOne("PRAGMA foreign_keys")?[0] == .integer(1))
            #expect(throws: DatabaseError.self) { try db.execute("INSERT INTO dossier VALUES (12, ?)", 999) }
        }
    }
}
