import CSQLite

/// An error reported by SQLite, or by this wrapper when the SQLite API is misused.
///
/// The description is technical (English) and meant for logs; user-facing wording belongs to the
/// presentation layers.
public struct DatabaseError: Error, CustomStringConvertible, Sendable, Equatable {
    /// The primary result code (`SQLITE_BUSY`, `SQLITE_CONSTRAINT`, …).
    public var resultCode: Int32 { extendedResultCode & 0xFF }

    /// The extended result code (`SQLITE_CONSTRAINT_FOREIGNKEY`, `SQLITE_BUSY_SNAPSHOT`, …).
    public let extendedResultCode: Int32

    /// The error message, as given by `sqlite3_errmsg` or by this wrapper.
    public let message: String

    /// The SQL that failed, when known.
    public let sql: String?

    /// Creates an error from its parts.
    ///
    /// - Parameters:
    ///   - extendedResultCode: an extended (or primary) SQLite result code.
    ///   - message: the message; defaults to SQLite's generic text for the code.
    ///   - sql: the SQL that failed, if any.
    public init(extendedResultCode: Int32, message: String? = nil, sql: String? = nil) {
        self.extendedResultCode = extendedResultCode
        self.message = message ?? String(cString: sqlite3_errstr(extendedResultCode))
        self.sql = sql
    }

    /// Reads the message and extended code of the last failure on `connection`.
    init(code: Int32, connection: OpaquePointer?, sql: String?) {
        var extended = code
        var message: String?
        if let connection {
            let last = sqlite3_extended_errcode(connection)
            // Keep the code returned by the call unless the connection knows a more precise one.
            if last & 0xFF == code & 0xFF { extended = last }
            message = String(cString: sqlite3_errmsg(connection))
        }
        self.init(extendedResultCode: extended, message: message, sql: sql)
    }

    /// True for `SQLITE_BUSY` and `SQLITE_LOCKED`: another connection holds a conflicting lock.
    public var isBusy: Bool { resultCode == SQLITE_BUSY || resultCode == SQLITE_LOCKED }

    /// True for `SQLITE_CONSTRAINT` and its extended codes (unique, foreign key, check, not null…).
    public var isConstraintViolation: Bool { resultCode == SQLITE_CONSTRAINT }

    /// A technical description: code names, message and SQL.
    public var description: String {
        var text = "SQLite error \(extendedResultCode)"
        text += " (\(String(cString: sqlite3_errstr(extendedResultCode))))"
        text += ": \(message)"
        if let sql { text += " — SQL: \(sql)" }
        return text
    }
}
