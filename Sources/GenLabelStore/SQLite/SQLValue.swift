import CSQLite

/// A value as SQLite stores it: one of its five storage classes.
public enum SQLValue: Equatable, Hashable, Sendable {
    /// SQL `NULL`.
    case null
    /// A 64-bit signed integer.
    case integer(Int64)
    /// An IEEE 754 double.
    case real(Double)
    /// UTF-8 text.
    case text(String)
    /// Raw bytes.
    case blob([UInt8])

    /// True when the value is `NULL`.
    public var isNull: Bool { self == .null }

    /// Reads a protected or unprotected `sqlite3_value` (function arguments).
    init(sqliteValue value: OpaquePointer?) {
        switch sqlite3_value_type(value) {
        case SQLITE_INTEGER:
            self = .integer(sqlite3_value_int64(value))
        case SQLITE_FLOAT:
            self = .real(sqlite3_value_double(value))
        case SQLITE_TEXT:
            guard let bytes = sqlite3_value_text(value) else { self = .text(""); return }
            let count = Int(sqlite3_value_bytes(value))
            self = .text(String(decoding: UnsafeBufferPointer(start: bytes, count: count), as: UTF8.self))
        case SQLITE_BLOB:
            let count = Int(sqlite3_value_bytes(value))
            guard count > 0, let bytes = sqlite3_value_blob(value) else { self = .blob([]); return }
            self = .blob(Array(UnsafeRawBufferPointer(start: bytes, count: count)))
        default:
            self = .null
        }
    }

    /// Binds the value to the 1-based `index` of `statement`; returns the SQLite result code.
    func bind(to statement: OpaquePointer, at index: Int32) -> Int32 {
        switch self {
        case .null:
            return sqlite3_bind_null(statement, index)
        case .integer(let int):
            return sqlite3_bind_int64(statement, index, int)
        case .real(let double):
            return sqlite3_bind_double(statement, index, double)
        case .text(var string):
            // SQLITE_TRANSIENT: SQLite copies the bytes, which only live during the closure.
            return string.withUTF8 { buffer in
                guard let base = buffer.baseAddress, buffer.count > 0 else {
                    return sqlite3_bind_text(statement, index, "", 0, genlabel_sqlite_transient())
                }
                return base.withMemoryRebound(to: CChar.self, capacity: buffer.count) { chars in
                    sqlite3_bind_text64(statement, index, chars, sqlite3_uint64(buffer.count),
                                        genlabel_sqlite_transient(), UInt8(SQLITE_UTF8))
                }
            }
        case .blob(let bytes):
            guard !bytes.isEmpty else { return sqlite3_bind_zeroblob(statement, index, 0) }
            return bytes.withUnsafeBytes { buffer in
                sqlite3_bind_blob64(statement, index, buffer.baseAddress, sqlite3_uint64(buffer.count),
                                    genlabel_sqlite_transient())
            }
        }
    }

    /// Sets the value as the result of a custom SQL function call.
    func setResult(of context: OpaquePointer?) {
        switch self {
        case .null:
            sqlite3_result_null(context)
        case .integer(let int):
            sqlite3_result_int64(context, int)
        case .real(let double):
            sqlite3_result_double(context, double)
        case .text(var string):
            string.withUTF8 { buffer in
                guard let base = buffer.baseAddress, buffer.count > 0 else {
                    sqlite3_result_text(context, "", 0, genlabel_sqlite_transient())
                    return
                }
                base.withMemoryRebound(to: CChar.self, capacity: buffer.count) { chars in
                    sqlite3_result_text64(context, chars, sqlite3_uint64(buffer.count),
                                          genlabel_sqlite_transient(), UInt8(SQLITE_UTF8))
                }
            }
        case .blob(let bytes):
            guard !bytes.isEmpty else { sqlite3_result_zeroblob(context, 0); return }
            bytes.withUnsafeBytes { buffer in
                sqlite3_result_blob64(context, buffer.baseAddress, sqlite3_uint64(buffer.count),
                                      genlabel_sqlite_transient())
            }
        }
    }
}
