import Foundation
import Testing
import GenLabelCore
@testable import GenLabelStore

@Suite("Schema and reference data")
struct SchemaTests {
    @Test func migrationsFromEmptyAreRecordedInOrder() throws {
        try withFreshRepository { repository, _ in
            let applied = try Migrations.migrator.appliedIdentifiers(repository.database)
            #expect(applied == Migrations.all.map(\.identifier))
            #expect(try !Migrations.migrator.hasPendingMigrations(repository.database))
        }
    }

    @Test func reopeningDoesNotMigrateTwice() throws {
        try withFreshRepository { repository, path in
            let again = try SQLiteRepository(path: path)
            defer { again.database.close() }
            let count = try again.database.fetchOne("SELECT count(*) FROM regions")?[0]
            #expect(count == .integer(18))
        }
    }

    @Test func tablesOfTheFoundationExist() throws {
        try withFreshRepository { repository, _ in
            let names = try repository.database.fetchAll("SELECT name FROM sqlite_master WHERE type = 'table'", [])
                .compactMap { row -> String? in if case .text(let name) = row[0] { return name } else { return nil } }
            for table in ["organizations", "trainings", "dossiers", "committees", "labels", "sessions", "learners",
                          "annual_reports", "regions", "region_needed_jobs", "admissibility_criteria", "selection_criteria"] {
                #expect(names.contains(table), "missing table \(table)")
            }
        }
    }

    @Test func referenceDataIsLoaded() throws {
        try withFreshRepository { repository, _ in
            let db = repository.database
            #expect(try db.fetchOne("SELECT count(*) FROM regions WHERE is_overseas = 0")?[0] == .integer(13))
            #expect(try db.fetchOne("SELECT name FROM regions WHERE code = '11'")?[0] == .text("Île-de-France"))
            #expect(try db.fetchOne("SELECT count(*) FROM admissibility_criteria")?[0] == .integer(10))
            #expect(try db.fetchOne("SELECT count(*) FROM selection_criteria")?[0] == .integer(6))
            #expect(try db.fetchOne("SELECT count(*) FROM region_needed_jobs WHERE region_code = '94'")?[0] == .integer(4))
            let committees = try repository.committees().map(\.date.french)
            #expect(committees == ["23/06/2022", "15/09/2022", "24/11/2022"])
            // They met long ago: collected, so no alert on a real user's first run.
            #expect(try repository.committees().allSatisfy { $0.listCollectedOn == $0.cutoff() })
        }
    }

    @Test func badValuesAreRefusedByTheDatabaseItself() throws {
        try withFreshRepository { repository, _ in
            let db = repository.database
            try insertSmallWorld(db)
            #expect(throws: DatabaseError.self) {
                try db.execute("UPDATE sessions SET end_date = '31/03/2026' WHERE id = 1", [])
            }
            #expect(throws: DatabaseError.self) {
                try db.execute("UPDATE dossiers SET state = 'accepted' WHERE id = 1", [])
            }
            // A date of the right shape that does not exist (0003-valid-calendar-dates).
            #expect(throws: DatabaseError.self) {
                try db.execute("UPDATE sessions SET end_date = '2026-02-30' WHERE id = 1", [])
            }
            #expect(throws: DatabaseError.self) {
                try db.execute("UPDATE learners SET birth_date = '2001-04-31' WHERE id = 1", [])
            }
            try db.execute("UPDATE sessions SET end_date = '2028-02-29', actual_start = NULL WHERE id = 1", [])
            #expect(throws: DatabaseError.self) {
                try db.execute("INSERT INTO sessions (label_id, code, planned_start, end_date, capacity) VALUES (99, 'X', '2026-01-01', '2026-02-01', 1)", [])
            }
        }
    }

    /// Migration 0011 rebuilds learners with OR-joined comparisons instead of lists of three values or more
    /// (issue 7: SQLite checks such a list slowly): same rows, same indexes and triggers, same values
    /// accepted and refused; a database migrated up to 0009 with learners in it comes through intact.
    @Test func migration0011RewritesListChecksKeepingRowsIndexesAndTriggers() throws {
        let directory = NSTemporaryDirectory() + "genlabel-0011-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let db = try Database(path: directory + "/genlabel.sqlite")
        defer { db.close() }
        let identifier = "0011-learner-checks-without-lists"
        try DatabaseMigrator(Migrations.all.filter { $0.identifier != identifier }).migrate(db)
        try insertSmallWorld(db)
        try db.execute("UPDATE learners SET situation_end = 'employment', situation_3m = NULL WHERE id = 1", [])
        func learners() throws -> [[SQLValue]] { try db.fetchAll("SELECT * FROM learners ORDER BY id", []) { $0.row().values } }
        func attached() throws -> [String] {
            try db.fetchAll("SELECT type || ' ' || name || ' ' || sql FROM sqlite_master WHERE tbl_name = 'learners' AND type <> 'table' ORDER BY name", []) { $0.string(0) }
        }
        let rows = try learners(), objects = try attached()
        #expect(objects.count >= 7)   // an index, two date and four change-log triggers
        try Migrations.migrator.migrate(db)
        #expect(try Migrations.migrator.appliedIdentifiers(db).last == identifier)
        #expect(try learners() == rows)
        #expect(try attached() == objects)
        let definition = try #require(try db.fetchOne("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'learners'", [])).values[0]
        guard case .text(let sql) = definition else { Issue.record("no definition"); return }
        #expect(sql.contains("(gender = 'F' OR gender = 'M' OR gender = 'X')"))
        #expect(!sql.contains("gender IN") && !sql.contains("situation_6m IN"))
        #expect(try db.integrityCheck().isEmpty)
        #expect(try db.foreignKeyCheck().isEmpty)
        // The same values refused and accepted.
        for (column, value) in [("gender", "Z"), ("gender", "f"), ("situation_end", "chomage"), ("situation_3m", ""),
                                ("situation_6m", "Emploi")] {
            #expect(throws: DatabaseError.self, "\(column) = \(value)") {
                try db.execute("UPDATE learners SET \(column) = ? WHERE id = 2", [.text(value)])
            }
        }
        for (column, value) in [("gender", SQLValue.text("X")), ("situation_end", .null), ("situation_3m", .text("job_seeking")),
                                ("situation_6m", .text("unknown"))] {
            try db.execute("UPDATE learners SET \(column) = ? WHERE id = 2", [value])
        }
        #expect(throws: DatabaseError.self) {
            try db.execute("UPDATE learners SET birth_date = '2001-02-29' WHERE id = 2", [])
        }
    }
}

@Suite("SQLite repository")
struct SQLiteRepositoryTests {
    @Test func emptyDatabaseHasEmptyLists() throws {
        try withFreshRepository { repository, _ in
            #expect(try repository.dossierRows().isEmpty)
            #expect(try repository.sessionRows().isEmpty)
            #expect(try repository.labelRows().isEmpty)
            let snapshot = try repository.monitoringSnapshot()
            #expect(snapshot.labels.isEmpty && snapshot.sessions.isEmpty)
            #expect(AlertEngine().alerts(for: snapshot, today: day("03/12/2026")).isEmpty)
        }
    }

    @Test func listsJoinTheirRecords() throws {
        try withFreshRepository { repository, _ in
            try insertSmallWorld(repository.database)
            let dossier = try #require(try repository.dossierRows().first)
            #expect(dossier.trainingTitle == "Développeuse / Développeur web et web mobile")
            #expect(dossier.organizationName == "Association Élan Numérique")
            #expect(dossier.committeeDate == day("23/06/2022"))
            #expect(dossier.score == 7.5)
            let session = try #require(try repository.sessionRows().first)
            #expect(session.learnerCount == 2)
            #expect(session.actualStart == day("12/01/2026"))
            let label = try #require(try repository.labelRows().first)
            #expect(label.expiresOn == day("15/06/2028"))
            #expect(label.sessionCount == 1)
        }
    }

    @Test func detailsCarryFiguresNotPersonalData() throws {
        try withFreshRepository { repository, _ in
            try insertSmallWorld(repository.database)
            let session = try #require(try repository.sessionDetail(.init(1)))
            #expect(session.figures == LearnerFigures(learners: 2, targetPublic: 2, women: 1, qpvOrZRR: 1))
            let dossier = try #require(try repository.dossierDetail(.init(1)))
            #expect(dossier.organization.qualiopi == .certified(validUntil: day("31/12/2027")))
            #expect(dossier.training.family == .development)
            #expect(try repository.dossierDetail(.init(42)) == nil)
            let label = try #require(try repository.labelDetail(.init(1)))
            #expect(label.sessions.map(\.code) == ["S2026-01"])
        }
    }

    @Test func snapshotFeedsTheAlertEngine() throws {
        try withFreshRepository { repository, _ in
            try insertSmallWorld(repository.database)
            let alerts = AlertEngine().alerts(for: try repository.monitoringSnapshot(), today: day("01/05/2026"))
            let endList = try #require(alerts.first { $0.kind == .endOfSessionList })
            #expect(endList.dueDate == day("30/04/2026"))
            #expect(endList.severity == .overdue)
            #expect(endList.trainingTitle == "Développeuse / Développeur web et web mobile")
        }
    }

    @Test func changeTokenMovesWhenAnotherConnectionWrites() throws {
        try withFreshRepository { repository, path in
            let before = try repository.changeToken()
            let other = try Database(path: path)
            try other.execute("UPDATE committees SET explicit_cutoff = '2022-05-01' WHERE id = 1", [])
            other.close()
            #expect(try repository.changeToken() != before)
        }
    }

    @Test func aCorruptDateIsReportedInFrench() throws {
        try withFreshRepository { repository, _ in
            try insertSmallWorld(repository.database)
            // As if the file were edited by another program: no checks, no triggers.
            try repository.database.execute(sql: "PRAGMA ignore_check_constraints = ON; DROP TRIGGER labels_valid_dates_update")
            try repository.database.execute("UPDATE labels SET convention_signed_on = '2025-02-30' WHERE id = 1", [])
            #expect(throws: StoreError.corruptValue(table: "labels", column: "convention_signed_on", value: "2025-02-30")) {
                try repository.labelRows()
            }
        }
    }
}

@Suite("Copy before migrating")
struct CopyBeforeMigrationTests {
    @Test func anExistingDatabaseIsCopiedBeforeItsSchemaChanges() throws {
        try withFreshRepository { _, path in
            // An older genlabel: only the first two migrations, and one record.
            let older = path + ".older.sqlite"
            let database = try Database(path: older)
            try DatabaseMigrator(Array(Migrations.all.prefix(2))).migrate(database)
            try database.execute("INSERT INTO committees (date) VALUES ('2027-03-18')", [])
            database.close()

            let upgraded = try SQLiteRepository(path: older)
            defer { upgraded.database.close() }
            #expect(try !Migrations.migrator.hasPendingMigrations(upgraded.database))
            let copy = older + ".avant-migration-0002-reference-data"
            let attributes = try FileManager.default.attributesOfItem(atPath: copy)
            #expect(attributes[.posixPermissions] as? Int == 0o600)
            let kept = try Database(path: copy, readOnly: true, create: false)
            defer { kept.close() }
            #expect(try DatabaseMigrator(Migrations.all).appliedIdentifiers(kept) == ["0001-create-schema", "0002-reference-data"])
            #expect(try kept.fetchOne("SELECT count(*) FROM committees WHERE date = '2027-03-18'", [])?[0] == .integer(1))
        }
    }

    @Test func aCopyLeftEmptyOrHalfWrittenByAKillIsMadeAgainAndLeftoversRemoved() throws {
        try withFreshRepository { _, path in
            let older = path + ".older.sqlite"
            let database = try Database(path: older)
            try DatabaseMigrator(Array(Migrations.all.prefix(2))).migrate(database)
            try database.execute("INSERT INTO committees (date) VALUES ('2027-03-18')", [])
            database.close()
            // What an earlier genlabel killed while copying left: an empty database under the copy's name,
            // and a partial copy of a process that is gone.
            let copy = older + ".avant-migration-0002-reference-data"
            try Database(path: copy).close()
            let gone = older + ".avant-migration-0002-reference-data.partielle-999999"
            try Database(path: gone).close()

            let upgraded = try SQLiteRepository(path: older)
            defer { upgraded.database.close() }
            let kept = try Database(path: copy, readOnly: true, create: false)
            defer { kept.close() }
            #expect(try DatabaseMigrator(Migrations.all).appliedIdentifiers(kept) == ["0001-create-schema", "0002-reference-data"])
            #expect(try kept.fetchOne("SELECT count(*) FROM committees WHERE date = '2027-03-18'", [])?[0] == .integer(1))
            #expect(access(gone, F_OK) != 0, "the abandoned partial copy is removed")
            let directory = (older as NSString).deletingLastPathComponent
            #expect(try FileManager.default.contentsOfDirectory(atPath: directory).allSatisfy { !$0.contains(".partielle-") })
        }
    }

    @Test func aNewDatabaseNeedsNoCopy() throws {
        try withFreshRepository { _, path in
            let directory = (path as NSString).deletingLastPathComponent
            let names = try FileManager.default.contentsOfDirectory(atPath: directory)
            #expect(!names.contains { $0.contains("avant-migration") })
        }
    }
}
