import Foundation
import GenLabelStore
import Testing

@Suite("SQLite database")
struct SQLiteDatabaseTests {
    /// The permission bits of the file at `path`.
    private func mode(_ path: String) throws -> Int {
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        return try #require(attributes[.posixPermissions] as? Int)
    }

    @Test("a new file and its -wal and -shm are 0600 even with umask 000")
    func privateFileMode() throws {
        try withSQLiteScratchDirectory { directory in
            let path = directory + "/private.sqlite"
            let previous = umask(0)
            defer { umask(previous) }
            let db = try Database(path: path)
            defer { db.close() }
            try db.execute(sql: "CREATE TABLE t(x); INSERT INTO t VALUES (1)")
            #expect(try mode(path) == 0o600)
            #expect(FileManager.default.fileExists(atPath: path + "-wal"))
            #expect(try mode(path + "-wal") == 0o600)
            #expect(try mode(path + "-shm") == 0o600)
            // Control: without the precaution this umask would give a world-writable file.
            let control = directory + "/control"
            #expect(FileManager.default.createFile(atPath: control, contents: nil))
            #expect(try mode(control) != 0o600)
        }
    }

    @Test("opening sets foreign keys, WAL and synchronous NORMAL")
    func openingPragmas() throws {
        try withSQLiteScratchDatabase { db, _ throws in
            #expect(try db.fetchOne("PRAGMA foreign_keys")?[0] == .integer(1))
            #expect(try db.fetchOne("PRAGMA journal_mode")?[0] == .text("wal"))
            #expect(try db.fetchOne("PRAGMA synchronous")?[0] == .integer(1))
        }
    }

    @Test("foreign keys are enforced")
    func foreignKeys() throws {
        try withSQLiteScratchDatabase { db, _ in
            try db.execute(sql: """
                CREATE TABLE parent(id INTEGER PRIMARY KEY);
                CREATE TABLE child(id INTEGER PRIMARY KEY, parent_id INTEGER NOT NULL REFERENCES parent(id));
                INSERT INTO parent VALUES (1);
                """)
            try db.execute("INSERT INTO child VALUES (1, ?)", 1)
            let error = try #require(throws: DatabaseError.self) {
                try db.execute("INSERT INTO child VALUES (2, ?)", 99)
            }
            #expect(error.isConstraintViolation)
            #expect(error.extendedResultCode == 787)   // SQLITE_CONSTRAINT_FOREIGNKEY
            #expect(try sqliteRowCount(db, "child") == 1)
            #expect(try db.foreignKeyCheck().isEmpty)
            // A violation slipped in with checks off is reported by foreignKeyCheck().
            try db.execute(sql: "PRAGMA foreign_keys = OFF; INSERT INTO child VALUES (3, 42); PRAGMA foreign_keys = ON")
            let problems = try db.foreignKeyCheck()
            #expect(problems.count == 1)
            #expect(problems.first?.contains("child rowid 3") == true)
        }
    }

    @Test("a prepare error carries the SQL and SQLite's message")
    func prepareError() throws {
        try withSQLiteScratchDatabase { db, _ in
            let error = try #require(throws: DatabaseError.self) { try db.prepare("SELEC name FROM nowhere") }
            #expect(error.resultCode == 1)
            #expect(error.sql == "SELEC name FROM nowhere")
            #expect(error.message.contains("syntax error"))
            #expect(error.description.contains("SELEC name FROM nowhere"))
            #expect(!error.isBusy)

            let missing = try #require(throws: DatabaseError.self) { try db.fetchAll("SELECT * FROM nowhere") }
            #expect(missing.message.contains("no such table: nowhere"))

            let twoStatements = try #require(throws: DatabaseError.self) { try db.prepare("SELECT 1; SELECT 2") }
            #expect(twoStatements.sql == "SELECT 1; SELECT 2")
            #expect(throws: DatabaseError.self) { try db.prepare("  ") }
            // Trailing comments and semicolons are fine.
            #expect(try db.prepare("SELECT 1; -- done").step())
        }
    }

    @Test("a script error carries the SQL")
    func scriptError() throws {
        try withSQLiteScratchDatabase { db, _ in
            let script = "CREATE TABLE a(x); INSERT INTO nowhere VALUES (1)"
            let error = try #require(throws: DatabaseError.self) { try db.execute(sql: script) }
            #expect(error.sql == script)
            #expect(error.message.contains("no such table"))
        }
    }

    @Test("the statement cache returns the same statement, reset and unbound")
    func statementCache() throws {
        try withSQLiteScratchDatabase { db, _ in
            try db.execute(sql: "CREATE TABLE t(v INTEGER); INSERT INTO t VALUES (1), (2), (3)")
            let sql = "SELECT v FROM t WHERE v >= ? ORDER BY v"
            let first = try db.cachedStatement(sql)
            try first.bind(2)
            #expect(try first.step())
            #expect(first.int(0) == 2)
            #expect(first.isBusy)

            let again = try db.cachedStatement(sql)
            #expect(again === first)
            #expect(!again.isBusy)
            #expect(try again.step() == false)   // the parameter is NULL again: no row
            try again.bind(1)
            #expect(try again.step())
            #expect(again.int(0) == 1)           // starts over from the first row
            again.reset()
            #expect(try db.cachedStatement("SELECT 1") !== again)
        }
    }

    @Test("the same SQL can be read inside its own row loop")
    func reentrantCachedStatement() throws {
        try withSQLiteScratchDatabase { db, _ in
            try db.execute(sql: "CREATE TABLE t(v INTEGER); INSERT INTO t VALUES (1), (2), (3)")
            var pairs: [[Int]] = []
            try db.forEachRow("SELECT v FROM t ORDER BY v") { outer in
                let v = outer.int(0)
                let all = try db.fetchAll("SELECT v FROM t ORDER BY v") { $0.int(0) }
                pairs.append([v] + all)
            }
            #expect(pairs == [[1, 1, 2, 3], [2, 1, 2, 3], [3, 1, 2, 3]])
        }
    }

    @Test("forEachRow streams many rows; fetchAll maps them")
    func streaming() throws {
        try withSQLiteScratchDatabase { db, _ in
            try db.execute(sql: "CREATE TABLE t(id INTEGER PRIMARY KEY, name TEXT NOT NULL)")
            try db.inTransaction {
                for index in 1...20_000 {
                    try db.execute("INSERT INTO t(name) VALUES (?)", "dossier \(index)")
                }
            }
            var count = 0
            var sum = 0
            try db.forEachRow("SELECT id, name FROM t WHERE id > ?", 0) { row in
                count += 1
                sum += row.int(0)
            }
            #expect(count == 20_000)
            #expect(sum == 20_000 * 20_001 / 2)
            let names = try db.fetchAll("SELECT name FROM t WHERE id <= ? ORDER BY id", [.integer(2)]) {
                $0.string(0)
            }
            #expect(names == ["dossier 1", "dossier 2"])
            #expect(try db.fetchAll("SELECT id FROM t WHERE id < 3 ORDER BY id").map(\.values)
                    == [[.integer(1)], [.integer(2)]])
            #expect(try db.fetchOne("SELECT id FROM t WHERE id = ?", -1) == nil)
        }
    }

    @Test("lastInsertRowID, changes and userVersion")
    func counters() throws {
        try withSQLiteScratchDatabase { db, _ in
            try db.execute(sql: "CREATE TABLE t(id INTEGER PRIMARY KEY, v TEXT)")
            try db.execute("INSERT INTO t(v) VALUES (?)", "a")
            #expect(db.lastInsertRowID == 1)
            try db.execute("INSERT INTO t(v) VALUES (?)", "b")
            #expect(db.lastInsertRowID == 2)
            try db.execute("UPDATE t SET v = ?", "c")
            #expect(db.changes == 2)
            #expect(try db.userVersion() == 0)
            try db.setUserVersion(12)
            #expect(try db.userVersion() == 12)
        }
    }

    @Test("a closed connection refuses work; a read-only one refuses writes")
    func closedAndReadOnly() throws {
        try withSQLiteScratchDirectory { directory in
            let path = directory + "/db.sqlite"
            let db = try Database(path: path)
            try db.execute(sql: "CREATE TABLE t(x); INSERT INTO t VALUES (1)")
            db.close()
            #expect(!db.isOpen)
            let closed = try #require(throws: DatabaseError.self) { try db.execute(sql: "SELECT 1") }
            #expect(closed.resultCode == 21)   // SQLITE_MISUSE
            db.close()

            let reader = try Database(path: path, readOnly: true)
            #expect(try sqliteRowCount(reader, "t") == 1)
            let readOnly = try #require(throws: DatabaseError.self) { try reader.execute("INSERT INTO t VALUES (2)") }
            #expect(readOnly.resultCode == 8)  // SQLITE_READONLY

            #expect(throws: DatabaseError.self) { try Database(path: directory + "/missing.sqlite", create: false) }
            #expect(!FileManager.default.fileExists(atPath: directory + "/missing.sqlite"))
            #expect(throws: DatabaseError.self) { try Database(path: directory + "/no/such/dir.sqlite") }
        }
    }

    @Test("integrityCheck is empty on a sound file")
    func integrity() throws {
        try withSQLiteScratchDatabase { db, _ in
            try db.execute(sql: "CREATE TABLE t(x UNIQUE); INSERT INTO t VALUES (1), (2)")
            #expect(try db.integrityCheck() == [])
        }
    }

    @Test("backup produces a private file that opens and holds the rows")
    func backup() throws {
        try withSQLiteScratchDatabase { db, directory in
            try db.execute(sql: "CREATE TABLE t(id INTEGER PRIMARY KEY, v TEXT)")
            try db.inTransaction {
                for index in 1...1_000 { try db.execute("INSERT INTO t(v) VALUES (?)", "Île \(index)") }
            }
            try db.setUserVersion(3)
            let copyPath = directory + "/copy.sqlite"
            try db.backup(to: copyPath)
            #expect(try mode(copyPath) == 0o600)

            let copy = try Database(path: copyPath, readOnly: true)
            defer { copy.close() }
            #expect(try sqliteRowCount(copy, "t") == 1_000)
            #expect(try copy.fetchOne("SELECT v FROM t WHERE id = 1000")?[0] == .text("Île 1000"))
            #expect(try copy.userVersion() == 3)
            #expect(try copy.integrityCheck() == [])

            // A second backup replaces the first copy's content.
            try db.execute("DELETE FROM t WHERE id > ?", 10)
            copy.close()
            try db.backup(to: copyPath)
            let second = try Database(path: copyPath)
            #expect(try sqliteRowCount(second, "t") == 10)
        }
    }

    @Test("data_version changes when another connection commits, not for our own writes")
    func dataVersion() throws {
        try withSQLiteScratchDatabase { db, directory in
            try db.execute(sql: "CREATE TABLE t(x)")
            let before = try db.dataVersion()
            try db.execute("INSERT INTO t VALUES (?)", 1)
            #expect(try db.dataVersion() == before)

            let other = try Database(path: directory + "/test.sqlite")
            defer { other.close() }
            try other.execute("INSERT INTO t VALUES (?)", 2)
            let after = try db.dataVersion()
            #expect(after != before)
            #expect(try db.dataVersion() == after)
            #expect(try sqliteRowCount(db, "t") == 2)
        }
    }

    @Test("a registered Swift function works in SQL, and its errors surface")
    func registeredFunction() throws {
        try withSQLiteScratchDatabase { db, _ in
            try db.registerFunction("fold", argumentCount: 1) { arguments in
                guard case .text(let text) = arguments[0] else { return arguments[0] }
                return .text(text.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).uppercased())
            }
            try db.registerFunction("fail", argumentCount: 0) { _ in
                throw DatabaseError(extendedResultCode: 1, message: "fail was called")
            }
            #expect(try db.fetchOne("SELECT fold(?)", "Île-de-France — Développeuse")?[0]
                    == .text("ILE-DE-FRANCE — DEVELOPPEUSE"))
            #expect(try db.fetchOne("SELECT fold(NULL)")?[0] == .null)
            #expect(try db.fetchOne("SELECT fold(12)")?[0] == .integer(12))

            try db.execute(sql: "CREATE TABLE t(name TEXT)")
            for name in ["Hélène", "HELENE", "Élodie", "helene"] { try db.execute("INSERT INTO t VALUES (?)", name) }
            let matches = try db.fetchAll("SELECT name FROM t WHERE fold(name) LIKE fold(?) ORDER BY rowid", "%élè%") {
                $0.string(0)
            }
            #expect(matches == ["Hélène", "HELENE", "helene"])

            let error = try #require(throws: DatabaseError.self) { try db.fetchOne("SELECT fail()") }
            #expect(error.message.contains("fail was called"))
            #expect(throws: DatabaseError.self) { try db.fetchOne("SELECT fold(1, 2)") }
        }
    }

    @Test("a write blocked by another connection's transaction waits, then fails as busy")
    func busy() throws {
        try withSQLiteScratchDirectory { directory in
            let path = directory + "/busy.sqlite"
            let db = try Database(path: path, busyTimeout: .milliseconds(150))
            defer { db.close() }
            try db.execute(sql: "CREATE TABLE t(x)")
            let other = try Database(path: path)
            defer { other.close() }
            try other.execute(sql: "BEGIN IMMEDIATE; INSERT INTO t VALUES ('other')")

            let clock = ContinuousClock()
            let start = clock.now
            let error = try #require(throws: DatabaseError.self) { try db.execute("INSERT INTO t VALUES (?)", "mine") }
            let waited = clock.now - start
            #expect(error.isBusy)
            #expect(error.resultCode == 5)
            #expect(waited >= .milliseconds(100))
            #expect(waited < .seconds(3))
            #expect(!db.isInsideTransaction)

            try other.execute(sql: "COMMIT")
            try db.execute("INSERT INTO t VALUES (?)", "mine")
            #expect(try sqliteRowCount(db, "t") == 2)
        }
    }
}
