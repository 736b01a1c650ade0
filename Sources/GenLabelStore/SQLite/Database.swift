import CSQLite
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `close(2)`, out of reach of `Database.close()` inside the class.
private func closeFileDescriptor(_ descriptor: Int32) {
    #if canImport(Glibc)
    _ = Glibc.close(descriptor)
    #else
    _ = Darwin.close(descriptor)
    #endif
}

/// A connection to an SQLite database file.
///
/// Not `Sendable`: use one connection per thread. Opening turns on foreign keys and a busy timeout
/// and, unless read-only, WAL journaling with `synchronous = NORMAL`. A file this type creates is
/// private to its owner (mode 0600, whatever the umask; SQLite gives the `-wal` and `-shm` files
/// the same mode).
public final class Database {
    /// The path given at open.
    public let path: String

    /// True when opened read-only.
    public let isReadOnly: Bool

    /// The `sqlite3` handle; `nil` once closed.
    private var connection: OpaquePointer?

    /// Prepared statements keyed by SQL text.
    private var statementCache: [String: Statement] = [:]

    /// How many savepoints `inTransaction` has opened inside the current transaction.
    private var savepointDepth = 0

    /// Past this many cached statements the cache is emptied (guards against interpolated SQL).
    private static let statementCacheLimit = 256

    /// Opens (and by default creates) the database at `path`.
    ///
    /// - Parameters:
    ///   - path: a file path, or `":memory:"`.
    ///   - readOnly: open with `SQLITE_OPEN_READONLY`; no journal mode change.
    ///   - create: create the file when missing (ignored when read-only).
    ///   - busyTimeout: how long a statement waits for another connection's lock before failing
    ///     with `SQLITE_BUSY`.
    /// - Throws: `DatabaseError` when the file cannot be opened or configured.
    public init(path: String, readOnly: Bool = false, create: Bool = true,
                busyTimeout: Duration = .seconds(5)) throws {
        self.path = path
        self.isReadOnly = readOnly

        var createdFile = false
        if !readOnly, create, Self.isPlainFilePath(path) {
            createdFile = Self.createPrivateFile(atPath: path)
        }

        var flags = SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE
        if readOnly {
            flags |= SQLITE_OPEN_READONLY
        } else {
            flags |= SQLITE_OPEN_READWRITE
            if create { flags |= SQLITE_OPEN_CREATE }
        }
        var handle: OpaquePointer?
        let code = sqlite3_open_v2(path, &handle, flags, nil)
        guard code == SQLITE_OK, let handle else {
            let error = DatabaseError(code: code, connection: handle, sql: nil)
            sqlite3_close_v2(handle)
            if createdFile { unlink(path) }
            throw error
        }
        connection = handle

        do {
            sqlite3_extended_result_codes(handle, 1)
            let (seconds, attoseconds) = busyTimeout.components
            let milliseconds = seconds * 1000 + attoseconds / 1_000_000_000_000_000
            sqlite3_busy_timeout(handle, Int32(clamping: milliseconds))
            try execute(sql: "PRAGMA foreign_keys = ON")
            if !readOnly {
                // journal_mode answers with the mode now in force ("memory" for in-memory databases).
                _ = try fetchOne("PRAGMA journal_mode = WAL", [SQLValue]())
                try execute(sql: "PRAGMA synchronous = NORMAL")
            }
        } catch {
            close()
            throw error
        }
    }

    deinit {
        close()
    }

    /// Closes the connection (`sqlite3_close_v2`); later calls throw. Closing twice is harmless.
    ///
    /// Statements still held elsewhere keep the underlying connection alive until they are released.
    public func close() {
        statementCache.removeAll()
        guard let connection else { return }
        sqlite3_close_v2(connection)
        self.connection = nil
    }

    /// True until `close()`.
    public var isOpen: Bool { connection != nil }

    /// The open handle, or a misuse error once closed.
    func checkedConnection() throws -> OpaquePointer {
        guard let connection else {
            throw DatabaseError(extendedResultCode: SQLITE_MISUSE, message: "database connection is closed")
        }
        return connection
    }

    // MARK: Executing

    /// Runs a script of one or more `;`-separated statements without arguments (`sqlite3_exec`).
    public func execute(sql: String) throws {
        let connection = try checkedConnection()
        var message: UnsafeMutablePointer<CChar>?
        let code = sqlite3_exec(connection, sql, nil, nil, &message)
        defer { sqlite3_free(message) }
        guard code == SQLITE_OK else {
            var error = DatabaseError(code: code, connection: connection, sql: sql)
            if let message {
                error = DatabaseError(extendedResultCode: error.extendedResultCode,
                                      message: String(cString: message), sql: sql)
            }
            throw error
        }
    }

    /// Runs one statement with positional arguments (`?` or `?NNN`, 1-based).
    public func execute(_ sql: String, _ arguments: [SQLValue]) throws {
        let statement = try reusableStatement(sql)
        defer { statement.reset() }
        try statement.bind(arguments)
        try statement.run()
    }

    /// Runs one statement with plain Swift arguments: `execute("… ?, ?", 1, "a")`.
    public func execute(_ sql: String, _ arguments: (any SQLValueConvertible)?...) throws {
        try execute(sql, Self.values(arguments))
    }

    /// Prepares a new statement, owned by the caller.
    public func prepare(_ sql: String) throws -> Statement {
        try Statement(connection: checkedConnection(), sql: sql)
    }

    /// The cached statement for `sql` (prepared on first use), reset and with bindings cleared.
    ///
    /// The same object comes back for the same text, so do not use it from two places at once;
    /// `reset()` it when done so it releases its read lock.
    public func cachedStatement(_ sql: String) throws -> Statement {
        if let statement = statementCache[sql] {
            statement.reset()
            statement.clearBindings()
            return statement
        }
        let statement = try Statement(connection: checkedConnection(), sql: sql, persistent: true)
        if statementCache.count >= Self.statementCacheLimit { statementCache.removeAll() }
        statementCache[sql] = statement
        return statement
    }

    /// The cached statement unless it is being stepped (nested use of the same SQL), else a fresh one.
    private func reusableStatement(_ sql: String) throws -> Statement {
        if let statement = statementCache[sql], statement.isBusy {
            return try prepare(sql)
        }
        return try cachedStatement(sql)
    }

    /// The rowid of the last successful `INSERT` on this connection.
    public var lastInsertRowID: Int64 {
        connection.map(sqlite3_last_insert_rowid) ?? 0
    }

    /// Rows changed by the last `INSERT`, `UPDATE` or `DELETE` on this connection.
    public var changes: Int {
        connection.map { Int(sqlite3_changes64($0)) } ?? 0
    }

    /// True while a transaction is open on this connection.
    public var isInsideTransaction: Bool {
        connection.map { sqlite3_get_autocommit($0) == 0 } ?? false
    }

    // MARK: Fetching

    /// Every row of a query, as `Row` values.
    public func fetchAll(_ sql: String, _ arguments: [SQLValue]) throws -> [Row] {
        try fetchAll(sql, arguments) { $0.row() }
    }

    /// Every row of a query with plain Swift arguments.
    public func fetchAll(_ sql: String, _ arguments: (any SQLValueConvertible)?...) throws -> [Row] {
        try fetchAll(sql, Self.values(arguments))
    }

    /// Every row of a query, each converted by `map` while the statement sits on it.
    public func fetchAll<T>(_ sql: String, _ arguments: [SQLValue],
                            map: (Statement) throws -> T) throws -> [T] {
        var results: [T] = []
        try forEachRow(sql, arguments) { results.append(try map($0)) }
        return results
    }

    /// Every row of a query with plain Swift arguments, each converted by `map`.
    public func fetchAll<T>(_ sql: String, _ arguments: (any SQLValueConvertible)?...,
                            map: (Statement) throws -> T) throws -> [T] {
        try fetchAll(sql, Self.values(arguments), map: map)
    }

    /// The first row of a query, or `nil`.
    public func fetchOne(_ sql: String, _ arguments: [SQLValue]) throws -> Row? {
        let statement = try reusableStatement(sql)
        defer { statement.reset() }
        try statement.bind(arguments)
        return try statement.step() ? statement.row() : nil
    }

    /// The first row of a query with plain Swift arguments, or `nil`.
    public func fetchOne(_ sql: String, _ arguments: (any SQLValueConvertible)?...) throws -> Row? {
        try fetchOne(sql, Self.values(arguments))
    }

    /// Streams the rows of a query: `body` reads the columns it needs from the statement, which
    /// sits on the current row. Allocates nothing per row; the statement must not escape `body`.
    public func forEachRow(_ sql: String, _ arguments: [SQLValue],
                           _ body: (Statement) throws -> Void) throws {
        let statement = try reusableStatement(sql)
        defer { statement.reset() }
        try statement.bind(arguments)
        while try statement.step() {
            try body(statement)
        }
    }

    /// Streams the rows of a query with plain Swift arguments; see `forEachRow(_:_:_:)`.
    public func forEachRow(_ sql: String, _ arguments: (any SQLValueConvertible)?...,
                           body: (Statement) throws -> Void) throws {
        try forEachRow(sql, Self.values(arguments), body)
    }

    private static func values(_ arguments: [(any SQLValueConvertible)?]) -> [SQLValue] {
        arguments.map { $0?.sqlValue ?? .null }
    }

    // MARK: Transactions

    /// Runs `body` in a transaction: `BEGIN <kind>` … `COMMIT`, or `ROLLBACK` when anything throws
    /// (the error is then rethrown).
    ///
    /// Nested calls (or a call inside a transaction begun otherwise) use a `SAVEPOINT`: an error
    /// rolls back only the nested part, and nothing is durable until the outermost commit.
    /// `kind` applies to the outermost transaction only.
    public func inTransaction<T>(_ kind: TransactionKind = .immediate, _ body: () throws -> T) throws -> T {
        if isInsideTransaction { return try inSavepoint(body) }
        try execute(sql: "BEGIN \(kind.rawValue) TRANSACTION")
        let result: T
        do {
            result = try body()
            try execute(sql: "COMMIT TRANSACTION")
        } catch {
            // SQLite may already have rolled back by itself (disk full, I/O error…).
            if isInsideTransaction { try? execute(sql: "ROLLBACK TRANSACTION") }
            throw error
        }
        return result
    }

    private func inSavepoint<T>(_ body: () throws -> T) throws -> T {
        savepointDepth += 1
        defer { savepointDepth -= 1 }
        let name = "genlabel_savepoint_\(savepointDepth)"
        try execute(sql: "SAVEPOINT \(name)")
        let result: T
        do {
            result = try body()
        } catch {
            if isInsideTransaction {
                try? execute(sql: "ROLLBACK TO SAVEPOINT \(name)")
                try? execute(sql: "RELEASE SAVEPOINT \(name)")
            }
            throw error
        }
        try execute(sql: "RELEASE SAVEPOINT \(name)")
        return result
    }

    // MARK: Pragmas and checks

    /// `PRAGMA user_version`: a free integer stored in the file header.
    public func userVersion() throws -> Int {
        try fetchOne("PRAGMA user_version", [SQLValue]()).map { Int(sqlValue: $0[0]) ?? 0 } ?? 0
    }

    /// Sets `PRAGMA user_version`.
    public func setUserVersion(_ version: Int) throws {
        try execute(sql: "PRAGMA user_version = \(version)")
    }

    /// `PRAGMA data_version`: changes when ANOTHER connection (or process) commits to the file since
    /// this connection last looked; this connection's own commits do not change it.
    public func dataVersion() throws -> Int64 {
        try fetchOne("PRAGMA data_version", [SQLValue]()).map { Int64(sqlValue: $0[0]) ?? 0 } ?? 0
    }

    /// `PRAGMA integrity_check`: the problems found; empty when the file is sound.
    public func integrityCheck() throws -> [String] {
        let lines = try fetchAll("PRAGMA integrity_check", [SQLValue]()) { $0.string(0) }
        return lines == ["ok"] ? [] : lines
    }

    /// `PRAGMA foreign_key_check`: one line per row whose parent is missing; empty when none.
    public func foreignKeyCheck() throws -> [String] {
        try fetchAll("PRAGMA foreign_key_check", [SQLValue]()) { row in
            let rowid = row.optionalInt64(1).map(String.init) ?? "?"
            return "\(row.string(0)) rowid \(rowid) references missing \(row.string(2)) (foreign key #\(row.int(3)))"
        }
    }

    // MARK: Backup

    /// Copies the whole database into the file at `path` (created 0600 if missing, replaced if
    /// present) with SQLite's online backup: other connections may keep reading and writing.
    public func backup(to path: String) throws {
        let destination = try Database(path: path)
        defer { destination.close() }
        try backup(to: destination)
    }

    /// Copies the whole database into `destination`'s main database, replacing its content.
    public func backup(to destination: Database) throws {
        let source = try checkedConnection()
        let target = try destination.checkedConnection()
        guard let backup = sqlite3_backup_init(target, "main", source, "main") else {
            throw DatabaseError(code: sqlite3_errcode(target), connection: target, sql: nil)
        }
        var code: Int32
        var retries = 0
        repeat {
            code = sqlite3_backup_step(backup, -1)
            if code == SQLITE_BUSY || code == SQLITE_LOCKED {
                retries += 1
                sqlite3_sleep(10)
            }
        } while (code == SQLITE_OK || code == SQLITE_BUSY || code == SQLITE_LOCKED) && retries < 500
        let finish = sqlite3_backup_finish(backup)
        if code != SQLITE_DONE {
            // sqlite3_backup_finish has left the step's error on the destination connection.
            throw DatabaseError(code: code, connection: target, sql: nil)
        }
        guard finish == SQLITE_OK else {
            throw DatabaseError(code: finish, connection: target, sql: nil)
        }
    }

    // MARK: Functions

    /// Registers (or replaces) a scalar SQL function implemented in Swift.
    ///
    /// - Parameters:
    ///   - name: the SQL name, e.g. `"fold"`.
    ///   - argumentCount: the number of arguments, or -1 for any.
    ///   - deterministic: same arguments give the same result (lets SQLite use it in indexes).
    ///   - function: receives the arguments; an error it throws becomes the statement's error.
    public func registerFunction(_ name: String, argumentCount: Int = -1, deterministic: Bool = true,
                                 _ function: @escaping ([SQLValue]) throws -> SQLValue) throws {
        let connection = try checkedConnection()
        var flags = SQLITE_UTF8
        if deterministic { flags |= SQLITE_DETERMINISTIC }
        let box = Unmanaged.passRetained(SQLFunctionBox(function)).toOpaque()
        // On failure SQLite itself calls the destroy callback, which releases the box.
        let code = sqlite3_create_function_v2(
            connection, name, Int32(argumentCount), flags, box,
            { context, count, values in
                let box = Unmanaged<SQLFunctionBox>.fromOpaque(sqlite3_user_data(context)).takeUnretainedValue()
                var arguments: [SQLValue] = []
                arguments.reserveCapacity(Int(count))
                for index in 0..<Int(count) {
                    arguments.append(SQLValue(sqliteValue: values?[index]))
                }
                do {
                    try box.function(arguments).setResult(of: context)
                } catch {
                    sqlite3_result_error(context, String(describing: error), -1)
                }
            },
            nil, nil,
            { pointer in
                guard let pointer else { return }
                Unmanaged<SQLFunctionBox>.fromOpaque(pointer).release()
            })
        guard code == SQLITE_OK else {
            throw DatabaseError(code: code, connection: connection, sql: nil)
        }
    }

    // MARK: Files

    /// False for in-memory, temporary ("") and URI names, which this type does not pre-create.
    private static func isPlainFilePath(_ path: String) -> Bool {
        !path.isEmpty && path != ":memory:" && !path.hasPrefix("file:")
    }

    /// Creates an empty file with mode 0600 (forced past the umask) unless it exists.
    /// Returns true when it created the file. SQLite treats an empty file as a new database.
    private static func createPrivateFile(atPath path: String) -> Bool {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { return false }   // exists already, or SQLite will report why
        _ = fchmod(descriptor, 0o600)
        closeFileDescriptor(descriptor)
        return true
    }
}
