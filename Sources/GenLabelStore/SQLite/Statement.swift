import CSQLite

/// A prepared SQL statement: prepared in `init`, finalized in `deinit`.
///
/// Arguments are bound by position, 1-based (`?1`, `?2`… or plain `?`); result columns are read
/// by 0-based index. A statement belongs to the connection (and thread) that prepared it.
public final class Statement {
    /// The `sqlite3_stmt` handle.
    let handle: OpaquePointer
    /// The connection handle, for error messages.
    private let connection: OpaquePointer

    /// The SQL text the statement was prepared from.
    public let sql: String

    /// Prepares exactly one SQL statement; throws if `sql` is empty, invalid or holds several.
    init(connection: OpaquePointer, sql: String, persistent: Bool = false) throws {
        self.connection = connection
        self.sql = sql
        let flags = UInt32(persistent ? SQLITE_PREPARE_PERSISTENT : 0)
        var statement: OpaquePointer?
        let code: Int32 = sql.withCString { text in
            var tail: UnsafePointer<CChar>?
            let code = sqlite3_prepare_v3(connection, text, -1, flags, &statement, &tail)
            guard code == SQLITE_OK, let tail, tail.pointee != 0 else { return code }
            // Trailing text must be nothing but whitespace or comments.
            var extra: OpaquePointer?
            let extraCode = sqlite3_prepare_v3(connection, tail, -1, 0, &extra, nil)
            if extra != nil || extraCode != SQLITE_OK {
                sqlite3_finalize(extra)
                return SQLITE_MISUSE
            }
            return code
        }
        guard code == SQLITE_OK, let statement else {
            let error: DatabaseError
            if code == SQLITE_MISUSE {
                error = DatabaseError(extendedResultCode: SQLITE_MISUSE,
                                      message: "multiple statements in one prepare; use execute(sql:) for scripts",
                                      sql: sql)
            } else if code == SQLITE_OK {
                error = DatabaseError(extendedResultCode: SQLITE_MISUSE, message: "empty statement", sql: sql)
            } else {
                error = DatabaseError(code: code, connection: connection, sql: sql)
            }
            sqlite3_finalize(statement)
            throw error
        }
        self.handle = statement
    }

    deinit {
        sqlite3_finalize(handle)
        textBuffer?.deallocate()
    }

    /// The bytes `bindKeepingText` binds texts from (owned by the statement, kept until the next bind).
    private var textBuffer: UnsafeMutableRawPointer?
    private var textCapacity = 0

    // MARK: Arguments

    /// The number of parameters (the largest `?NNN` index).
    public var parameterCount: Int { Int(sqlite3_bind_parameter_count(handle)) }

    /// Binds `values` to parameters 1…n; throws unless exactly `parameterCount` values are given.
    ///
    /// Resets the statement first (SQLite refuses to bind a statement that was stepped), so the next
    /// `step()` runs it from the start with the new values.
    public func bind(_ values: [SQLValue]) throws {
        sqlite3_reset(handle)
        guard values.count == parameterCount else {
            throw DatabaseError(extendedResultCode: SQLITE_RANGE,
                                message: "expected \(parameterCount) arguments, got \(values.count)", sql: sql)
        }
        for (offset, value) in values.enumerated() {
            let code = value.bind(to: handle, at: Int32(offset + 1))
            guard code == SQLITE_OK else { throw DatabaseError(code: code, connection: connection, sql: sql) }
        }
    }

    /// Binds plain Swift values; see `bind(_:)`.
    public func bind(_ values: (any SQLValueConvertible)?...) throws {
        try bind(values.map { $0?.sqlValue ?? .null })
    }

    /// `bind(_:)`, with texts copied once into a buffer the statement owns and bound without SQLite
    /// copying them (`SQLITE_STATIC`): neither the bind nor the statement (a multi-row `INSERT` copies each
    /// row's values before writing it) allocates per text. For large batches of rows (imports).
    public func bindKeepingText(_ values: [SQLValue]) throws {
        sqlite3_reset(handle)
        guard values.count == parameterCount else {
            throw DatabaseError(extendedResultCode: SQLITE_RANGE,
                                message: "expected \(parameterCount) arguments, got \(values.count)", sql: sql)
        }
        var needed = 0
        for value in values { if case .text(let text) = value { needed += text.utf8.count } }
        if needed > textCapacity || textBuffer == nil {
            textBuffer?.deallocate()
            textCapacity = max(needed, textCapacity * 2, 4096)
            textBuffer = UnsafeMutableRawPointer.allocate(byteCount: textCapacity, alignment: 8)
        }
        var offset = 0
        for (position, value) in values.enumerated() {
            let index = Int32(position + 1)
            let code: Int32
            if case .text(var text) = value {
                let start = offset
                let count = text.withUTF8 { bytes -> Int in
                    if let base = bytes.baseAddress, bytes.count > 0 {
                        (textBuffer! + start).copyMemory(from: base, byteCount: bytes.count)
                    }
                    return bytes.count
                }
                offset += count
                code = sqlite3_bind_text64(handle, index, (textBuffer! + start).assumingMemoryBound(to: CChar.self),
                                           sqlite3_uint64(count), nil, UInt8(SQLITE_UTF8))
            } else {
                code = value.bind(to: handle, at: index)
            }
            guard code == SQLITE_OK else { throw DatabaseError(code: code, connection: connection, sql: sql) }
        }
    }

    /// Sets every parameter back to `NULL`.
    public func clearBindings() {
        sqlite3_clear_bindings(handle)
    }

    // MARK: Running

    /// Advances to the next row: `true` when a row is available, `false` when done.
    ///
    /// After `false` the statement may be stepped again, which runs it anew.
    @discardableResult
    public func step() throws -> Bool {
        switch sqlite3_step(handle) {
        case SQLITE_ROW: return true
        case SQLITE_DONE: return false
        case let code: throw DatabaseError(code: code, connection: connection, sql: sql)
        }
    }

    /// Rewinds the statement so it can run again; bindings are kept.
    ///
    /// The code `sqlite3_reset` returns only repeats the error of the last `step()`, already thrown.
    public func reset() {
        sqlite3_reset(handle)
    }

    /// Steps until done, discarding rows.
    public func run() throws {
        while try step() {}
    }

    /// True between the first `step()` and the end of the rows or a `reset()`.
    public var isBusy: Bool { sqlite3_stmt_busy(handle) != 0 }

    // MARK: Columns

    /// The number of result columns.
    public var columnCount: Int { Int(sqlite3_column_count(handle)) }

    /// The name of result column `index` (its `AS` alias when given).
    public func columnName(_ index: Int) -> String {
        guard let name = sqlite3_column_name(handle, Int32(index)) else { return "" }
        return String(cString: name)
    }

    /// The names of all result columns.
    public var columnNames: [String] { (0..<columnCount).map(columnName) }

    /// True when column `index` of the current row is `NULL`.
    public func isNull(_ index: Int) -> Bool {
        sqlite3_column_type(handle, Int32(index)) == SQLITE_NULL
    }

    /// Column `index` as an integer (`NULL` reads 0, text is converted by SQLite).
    public func int64(_ index: Int) -> Int64 {
        sqlite3_column_int64(handle, Int32(index))
    }

    /// Column `index` as an `Int` (`NULL` reads 0).
    public func int(_ index: Int) -> Int {
        Int(truncatingIfNeeded: sqlite3_column_int64(handle, Int32(index)))
    }

    /// Column `index` as an `Int`, or `nil` when `NULL`.
    public func optionalInt(_ index: Int) -> Int? {
        isNull(index) ? nil : int(index)
    }

    /// Column `index` as an `Int64`, or `nil` when `NULL`.
    public func optionalInt64(_ index: Int) -> Int64? {
        isNull(index) ? nil : int64(index)
    }

    /// Column `index` as a double (`NULL` reads 0).
    public func double(_ index: Int) -> Double {
        sqlite3_column_double(handle, Int32(index))
    }

    /// Column `index` as a double, or `nil` when `NULL`.
    public func optionalDouble(_ index: Int) -> Double? {
        isNull(index) ? nil : double(index)
    }

    /// Column `index` as text (`NULL` reads as the empty string).
    public func string(_ index: Int) -> String {
        let column = Int32(index)
        // sqlite3_column_text before sqlite3_column_bytes, as SQLite documents.
        guard let bytes = sqlite3_column_text(handle, column) else { return "" }
        let count = Int(sqlite3_column_bytes(handle, column))
        return String(decoding: UnsafeBufferPointer(start: bytes, count: count), as: UTF8.self)
    }

    /// Column `index` as text, or `nil` when `NULL`.
    public func optionalString(_ index: Int) -> String? {
        isNull(index) ? nil : string(index)
    }

    /// Column `index` as bytes (`NULL` reads as empty).
    public func blob(_ index: Int) -> [UInt8] {
        let column = Int32(index)
        guard let bytes = sqlite3_column_blob(handle, column) else { return [] }
        let count = Int(sqlite3_column_bytes(handle, column))
        return Array(UnsafeRawBufferPointer(start: bytes, count: count))
    }

    /// Column `index` with its storage class.
    public func value(_ index: Int) -> SQLValue {
        switch sqlite3_column_type(handle, Int32(index)) {
        case SQLITE_INTEGER: return .integer(int64(index))
        case SQLITE_FLOAT: return .real(double(index))
        case SQLITE_TEXT: return .text(string(index))
        case SQLITE_BLOB: return .blob(blob(index))
        default: return .null
        }
    }

    /// The current row as a `Row` value.
    public func row() -> Row {
        let count = columnCount
        return Row(columnNames: (0..<count).map(columnName), values: (0..<count).map(value))
    }
}
