import Foundation
import Testing

/// `kill -9` while the real binary migrates an older database (issue 6, "Crashes"): the database stays
/// sound and at the old schema or the new one, never in between, and the copy kept before migrating is
/// a whole copy of the old database — also when the kill lands while that copy is being written.
///
/// No hook makes the migration wait: the binary is killed after a range of delays covering its start,
/// the copy, the migration and the end, and the invariants are checked after each.
extension RobustnessEndToEndTests {
    /// What the migration run adds to the record, in one transaction.
    static let pendingMigrations = " 0009-learner-outcomes 0010-session-modality-referencing 0011-learner-checks-without-lists"
    static let lastMigrationColumns = ["crous_aid", "exit_kind", "exit_date", "exit_reason", "certified", "situation_end",
                                       "situation_3m", "situation_6m"]

    /// The demo database (×20) taken back to the schema of migration 0008: migration 0010's and 0009's
    /// columns and triggers dropped and their records deleted, as a genlabel of that time left it. Two
    /// migrations are then pending: they apply as one transaction, so a kill never leaves 0009 alone.
    func databaseAtMigration0008() throws -> (path: String, learners: String, audit: String) {
        try genlabel(["users", "add", "chef", "admin", "--demo", "--demo-scale", "20", "--today", "03/12/2026"])
        let base = directory + "/at-0008.sqlite"
        try TmuxSession.run(["cp", directory + "/data/genlabel/demo-x20.sqlite", base])
        let drops = Self.lastMigrationColumns.map { "ALTER TABLE learners DROP COLUMN \($0);" }.joined(separator: " ")
        let sessionDrops = "DROP TRIGGER sessions_referencing_valid_dates_insert; "
            + "DROP TRIGGER sessions_referencing_valid_dates_update; "
            + ["modality", "referenced_carif_oref_on", "referenced_mcf_on", "referenced_kairos_on"]
                .map { "ALTER TABLE sessions DROP COLUMN \($0);" }.joined(separator: " ")
        _ = try sqlite(base, "PRAGMA foreign_keys = OFF; \(sessionDrops) \(drops) "
                       + "DELETE FROM schema_migrations WHERE identifier IN ('0009-learner-outcomes', "
                       + "'0010-session-modality-referencing', '0011-learner-checks-without-lists'); VACUUM;")
        #expect(try sqlite(base, "SELECT max(identifier) FROM schema_migrations") == "0008-label-monitoring")
        return (base, try sqlite(base, "SELECT count(*) FROM learners"), try sqlite(base, "SELECT count(*) FROM audit_log"))
    }

    func migrations(_ path: String) throws -> String {
        try sqlite(path, "SELECT group_concat(identifier, ' ') FROM (SELECT identifier FROM schema_migrations ORDER BY rowid)")
    }

    func outcomeColumns(_ path: String) throws -> Int {
        let names = Self.lastMigrationColumns.map { "'\($0)'" }.joined(separator: ", ")
        return Int(try sqlite(path, "SELECT count(*) FROM pragma_table_info('learners') WHERE name IN (\(names))")) ?? -1
    }

    /// The copy kept before migrating: there, private, sound, the old schema with all its learners.
    func expectWholeCopy(_ copy: String, oldMigrations: String, learners: String, _ moment: String,
                         sourceLocation: SourceLocation = #_sourceLocation) throws {
        guard FileManager.default.fileExists(atPath: copy) else {
            Issue.record("\(moment): no copy \(copy)", sourceLocation: sourceLocation)
            return
        }
        let mode = (try FileManager.default.attributesOfItem(atPath: copy)[.posixPermissions] as? Int) ?? 0
        #expect(mode == 0o600, "\(moment): the copy is private", sourceLocation: sourceLocation)
        // A copy left empty by a kill has no tables: its queries fail, which is recorded, not thrown.
        func ask(_ sql: String) -> String { (try? sqlite(copy, sql)) ?? "illisible" }
        #expect(ask("PRAGMA integrity_check") == "ok", "\(moment): the copy opens sound", sourceLocation: sourceLocation)
        #expect(((try? migrations(copy)) ?? "illisible") == oldMigrations, "\(moment): the copy is the old schema",
                sourceLocation: sourceLocation)
        #expect(((try? outcomeColumns(copy)) ?? -1) == 0, sourceLocation: sourceLocation)
        #expect(ask("SELECT count(*) FROM learners") == learners, "\(moment): the copy holds every learner",
                sourceLocation: sourceLocation)
    }

    @Test func killMinus9DuringAMigrationLeavesTheOldOrTheNewSchemaAndAWholeCopy() throws {
        let (base, learners, audit) = try databaseAtMigration0008()
        let oldMigrations = try migrations(base)
        var moments: [String: [Int]] = [:]
        for delay in [0, 20, 35, 45, 50, 55, 60, 65, 70, 80, 90, 110, 150, 250, 400, 600, 900, 1300] {
            let folder = directory + "/migrate-\(delay)"
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            let db = folder + "/genlabel.sqlite"
            let copy = db + ".avant-migration-0008-label-monitoring"
            try TmuxSession.run(["cp", base, db])
            let pid = try spawn(["env", "GENLABEL_LOGIN=chef", TmuxSession.binary, "users", "list", "--db", db])
            usleep(useconds_t(delay * 1000))
            kill(pid, SIGKILL)
            var status: Int32 = 0
            while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
            let moment = "kill -9 after \(delay) ms"

            // What the kill left: a sound database, the old schema or the new one, every learner.
            #expect(try sqlite(db, "PRAGMA integrity_check") == "ok", "\(moment)")
            let applied = try migrations(db)
            let migrated = applied == oldMigrations + Self.pendingMigrations
            #expect(migrated || applied == oldMigrations, "\(moment): schema \(applied)")
            #expect(try outcomeColumns(db) == (migrated ? Self.lastMigrationColumns.count : 0), "\(moment): the columns follow the record")
            #expect(try sqlite(db, "SELECT count(*) FROM learners") == learners, "\(moment)")
            #expect(try sqlite(db, "SELECT count(*) FROM audit_log") == audit, "\(moment)")
            let copied = FileManager.default.fileExists(atPath: copy)
            let partial = try FileManager.default.contentsOfDirectory(atPath: folder).contains { $0.contains(".partielle-") }
            if migrated || copied { try expectWholeCopy(copy, oldMigrations: oldMigrations, learners: learners, moment) }
            moments[migrated ? "migrée" : copied ? "copiée, migration commencée" : partial ? "copie en cours" : "rien",
                    default: []].append(delay)

            // The next start finishes the work, and the copy is whole whatever the kill interrupted.
            _ = try genlabel(["users", "list", "--db", db])
            #expect(try migrations(db) == oldMigrations + Self.pendingMigrations, "\(moment), then a normal start")
            #expect(try sqlite(db, "PRAGMA integrity_check") == "ok")
            try expectWholeCopy(copy, oldMigrations: oldMigrations, learners: learners, "\(moment), then a normal start")
            let names = try FileManager.default.contentsOfDirectory(atPath: folder)
            #expect(names.allSatisfy { $0.hasPrefix("genlabel.sqlite") && !$0.contains("partiel") },
                    "\(moment): nothing left over: \(names)")
            try? FileManager.default.removeItem(atPath: folder)
        }
        // Which moments each kill hit depends on the machine's speed; every one above is correct.
        print("kill -9 pendant la migration : \(moments.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" })")
    }
}
