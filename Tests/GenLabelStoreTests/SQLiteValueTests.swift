import Foundation
import GenLabelStore
import Testing

// MARK: - Fixture shared by the SQLite*Tests files

/// Runs `body` with the path of a new, unique temporary directory, removed afterwards.
func withSQLiteScratchDirectory<T>(_ body: (String) throws -> T) throws -> T {
    let url = FileManager.default.temporaryDirectory
        .appendingPathComponent("genlabel-sqlite-tests-\(UUID().uuidString)", isDirectory: true)
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: url) }
    return try body(url.path)
}

/// Runs `body` with a connection to a new database file in a fresh temporary directory.
func withSQLiteScratchDatabase<T>(_ body: (Database, _ directory: String) throws -> T) throws -> T {
    try withSQLiteScratchDirectory { directory in
        let db = try Database(path: directory + "/test.sqlite")
        defer { db.close() }
        return try body(db, directory)
    }
}

/// The number of rows of `table`.
func sqliteRowCount(_ db: Database, _ table: String) throws -> Int {
    try db.fetchOne("SELECT count(*) FROM \(table)").flatMap { Int(sqlValue: $0[0]) } ?? -1
}

// MARK: - Values

@Suite("SQLite values")
struct SQLiteValueTests {
    static let longText = String(repeating: "Île-de-France — Développeuse ", count: 20_000)

    static let samples: [SQLValue] = [
        .null,
        .integer(0), .integer(42), .integer(Int64.min), .integer(Int64.max),
        .real(3.25), .real(-0.5), .real(1e300),
        .text("Île-de-France — Développeuse"), .text(""), .text("👩🏽‍💻 ÉÈÊË œ"), .text(longText),
        .text("avant\u{0}après"),
        .blob([0, 1, 2, 255]), .blob([]), .blob(Array(repeating: 0xAB, count: 100_000)),
    ]

    @Test("every storage class survives a round trip", arguments: samples)
    func roundTrip(_ value: SQLValue) throws {
        try withSQLiteScratchDatabase { db, _ in
            try db.execute(sql: "CREATE TABLE t(v)")   // no declared type: no affinity conversion
            try db.execute("INSERT INTO t(v) VALUES (?1)", [value])
            let row = try #require(try db.fetchOne("SELECT v FROM t"))
            #expect(row[0] == value)
            #expect(row["v"] == value)
            try db.forEachRow("SELECT v, typeof(v) FROM t") { statement in
                #expect(statement.value(0) == value)
                let expectedType = switch value {
                case .null: "null"
                case .integer: "integer"
                case .real: "real"
                case .text: "text"
                case .blob: "blob"
                }
                #expect(statement.string(1) == expectedType)
                if case .text(let text) = value {
                    #expect(statement.string(0) == text)
                    #expect(statement.optionalString(0) == text)
                }
            }
        }
    }

    @Test("accented text keeps its exact bytes and length")
    func accentedText() throws {
        try withSQLiteScratchDatabase { db, _ in
            try db.execute(sql: "CREATE TABLE t(v TEXT)")
            try db.execute("INSERT INTO t VALUES (?)", "Île-de-France — Développeuse")
            let row = try #require(try db.fetchOne("SELECT v, length(v), length(CAST(v AS BLOB)) FROM t"))
            #expect(row[0] == .text("Île-de-France — Développeuse"))
            #expect(row[1] == .integer(28))   // characters
            #expect(row[2] == .integer(32))   // UTF-8 bytes (Î, é, é: 2 each; —: 3)
            #expect(try db.fetchOne("SELECT 1 FROM t WHERE v = ?", "Île-de-France — Développeuse") != nil)
            #expect(try db.fetchOne("SELECT 1 FROM t WHERE v = ?", "Ile-de-France — Developpeuse") == nil)
        }
    }

    @Test("plain Swift values bind and read back through the typed accessors")
    func convertibleArguments() throws {
        try withSQLiteScratchDatabase { db, _ in
            try db.execute(sql: "CREATE TABLE t(i INTEGER, s TEXT, n TEXT, b INTEGER, d REAL, big INTEGER, o INTEGER)")
            let missing: String? = nil
            let present: Int? = 7
            try db.execute("INSERT INTO t VALUES (?, ?, ?, ?, ?, ?, ?)",
                           42, "é", missing, true, 2.5, Int64(1) << 40, present)
            try db.forEachRow("SELECT i, s, n, b, d, big, o FROM t") { row in
                #expect(row.int(0) == 42)
                #expect(row.string(1) == "é")
                #expect(row.optionalString(2) == nil)
                #expect(row.int(3) == 1)
                #expect(row.double(4) == 2.5)
                #expect(row.int64(5) == 1 << 40)
                #expect(row.optionalInt(6) == 7)
                #expect(row.columnCount == 7)
                #expect(row.columnNames == ["i", "s", "n", "b", "d", "big", "o"])
            }
            let row = try #require(try db.fetchOne("SELECT * FROM t WHERE s = ? AND b = ?", "é", true))
            #expect(row["s", as: String.self] == "é")
            #expect(row["B", as: Bool.self] == true)   // column names compare case-insensitively
            #expect(row["n", as: String?.self] == .some(nil))
            #expect(row["nope"] == nil)
        }
    }

    @Test("NULL reads as nil, 0 or empty, and is detected")
    func nullHandling() throws {
        try withSQLiteScratchDatabase { db, _ in
            try db.execute(sql: "CREATE TABLE t(a TEXT, b INTEGER, c REAL, d BLOB)")
            try db.execute("INSERT INTO t VALUES (?, ?, ?, ?)", [.null, .null, .null, .null])
            try db.forEachRow("SELECT a, b, c, d FROM t") { row in
                for index in 0..<4 { #expect(row.isNull(index)) }
                #expect(row.optionalString(0) == nil)
                #expect(row.string(0) == "")
                #expect(row.optionalInt(1) == nil)
                #expect(row.int(1) == 0)
                #expect(row.optionalInt64(1) == nil)
                #expect(row.optionalDouble(2) == nil)
                #expect(row.blob(3) == [])
                #expect(row.value(3) == .null)
            }
            #expect(try db.fetchOne("SELECT count(*) FROM t WHERE a IS ?", nil)?[0] == .integer(1))
            #expect(try db.fetchOne("SELECT count(*) FROM t WHERE a = ?", nil)?[0] == .integer(0))
            #expect(try db.fetchOne("SELECT a FROM t")?["a", as: String?.self] == .some(nil))
        }
    }

    @Test("conversions refuse the wrong storage class")
    func conversions() {
        #expect(Int(sqlValue: .text("1")) == nil)
        #expect(String(sqlValue: .integer(1)) == nil)
        #expect(Double(sqlValue: .integer(2)) == 2)
        #expect(Bool(sqlValue: .integer(0)) == false)
        #expect(Bool(sqlValue: .integer(5)) == true)
        #expect(Int?(sqlValue: .null) == .some(nil))
        #expect(Int?(sqlValue: .integer(3)) == .some(3))
        #expect(Int?(sqlValue: .real(3)) == nil)
        #expect([UInt8](sqlValue: .blob([1])) == [1])
        #expect(Optional<String>.none.sqlValue == .null)
        #expect(true.sqlValue == .integer(1))
    }

    @Test("a wrong number of arguments is refused with SQLITE_RANGE")
    func argumentCount() throws {
        try withSQLiteScratchDatabase { db, _ in
            let error = try #require(throws: DatabaseError.self) {
                try db.execute("SELECT ?, ?", 1)
            }
            #expect(error.resultCode == 25)
            #expect(error.sql == "SELECT ?, ?")
            // The cached statement stays usable.
            #expect(try db.fetchOne("SELECT ?, ?", 1, 2)?.values == [.integer(1), .integer(2)])
        }
    }
}
