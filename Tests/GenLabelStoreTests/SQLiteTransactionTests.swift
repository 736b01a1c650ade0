import GenLabelStore
import Testing

private struct Abort: Error {}

@Suite("SQLite transactions")
struct SQLiteTransactionTests {
    private func makeTable(_ db: Database) throws {
        try db.execute(sql: "CREATE TABLE t(v TEXT NOT NULL)")
    }

    private func values(_ db: Database) throws -> [String] {
        try db.fetchAll("SELECT v FROM t ORDER BY rowid") { $0.string(0) }
    }

    @Test("a transaction commits and returns the body's value")
    func commits() throws {
        try withSQLiteScratchDatabase { db, directory in
            try makeTable(db)
            let result = try db.inTransaction {
                #expect(db.isInsideTransaction)
                try db.execute("INSERT INTO t VALUES (?)", "a")
                try db.execute("INSERT INTO t VALUES (?)", "b")
                return db.lastInsertRowID
            }
            #expect(result == 2)
            #expect(!db.isInsideTransaction)
            let other = try Database(path: directory + "/test.sqlite", readOnly: true)
            #expect(try values(other) == ["a", "b"])
        }
    }

    @Test("a thrown error rolls the transaction back and is rethrown")
    func rollsBack() throws {
        try withSQLiteScratchDatabase { db, _ in
            try makeTable(db)
            try db.execute("INSERT INTO t VALUES (?)", "before")
            #expect(throws: Abort.self) {
                try db.inTransaction {
                    try db.execute("INSERT INTO t VALUES (?)", "lost")
                    throw Abort()
                }
            }
            #expect(!db.isInsideTransaction)
            #expect(try sqliteRowCount(db, "t") == 1)

            // A failing statement rolls back the earlier ones too.
            #expect(throws: DatabaseError.self) {
                try db.inTransaction {
                    try db.execute("INSERT INTO t VALUES (?)", "lost too")
                    try db.execute("INSERT INTO t VALUES (?)", nil)   // NOT NULL
                }
            }
            #expect(try values(db) == ["before"])
        }
    }

    @Test("a nested transaction is a savepoint: its failure undoes only itself")
    func nestedSavepoint() throws {
        try withSQLiteScratchDatabase { db, _ in
            try makeTable(db)
            try db.inTransaction {
                try db.execute("INSERT INTO t VALUES (?)", "outer 1")
                #expect(throws: Abort.self) {
                    try db.inTransaction {
                        try db.execute("INSERT INTO t VALUES (?)", "inner lost")
                        try db.inTransaction { try db.execute("INSERT INTO t VALUES (?)", "inner inner lost") }
                        throw Abort()
                    }
                }
                #expect(db.isInsideTransaction)
                try db.inTransaction { try db.execute("INSERT INTO t VALUES (?)", "inner kept") }
                try db.execute("INSERT INTO t VALUES (?)", "outer 2")
            }
            #expect(try values(db) == ["outer 1", "inner kept", "outer 2"])

            // A committed savepoint is still undone when the outer transaction fails.
            #expect(throws: Abort.self) {
                try db.inTransaction {
                    try db.inTransaction { try db.execute("INSERT INTO t VALUES (?)", "released then lost") }
                    throw Abort()
                }
            }
            #expect(try sqliteRowCount(db, "t") == 3)
            #expect(!db.isInsideTransaction)
        }
    }

    @Test("a deferred transaction reads a stable snapshot")
    func deferredSnapshot() throws {
        try withSQLiteScratchDatabase { db, directory in
            try makeTable(db)
            try db.execute("INSERT INTO t VALUES (?)", "a")
            let other = try Database(path: directory + "/test.sqlite")
            try db.inTransaction(.deferred) {
                #expect(try sqliteRowCount(db, "t") == 1)
                try other.execute("INSERT INTO t VALUES (?)", "b")
                #expect(try sqliteRowCount(db, "t") == 1)
            }
            #expect(try sqliteRowCount(db, "t") == 2)
        }
    }
}
