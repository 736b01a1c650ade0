/// A Swift type that converts to and from an `SQLValue`, so call sites can pass plain values as
/// statement arguments: `db.execute("INSERT INTO t VALUES (?, ?, ?)", 1, "a", nil)`.
public protocol SQLValueConvertible {
    /// The value to bind.
    var sqlValue: SQLValue { get }

    /// Converts a fetched value back; `nil` when the storage class does not fit.
    init?(sqlValue: SQLValue)
}

extension SQLValue: SQLValueConvertible {
    /// The value itself.
    public var sqlValue: SQLValue { self }

    /// The value itself; never fails.
    public init?(sqlValue: SQLValue) { self = sqlValue }
}

extension Int64: SQLValueConvertible {
    /// `.integer`.
    public var sqlValue: SQLValue { .integer(self) }

    /// Accepts `.integer` only.
    public init?(sqlValue: SQLValue) {
        guard case .integer(let int) = sqlValue else { return nil }
        self = int
    }
}

extension Int: SQLValueConvertible {
    /// `.integer`.
    public var sqlValue: SQLValue { .integer(Int64(self)) }

    /// Accepts `.integer` only.
    public init?(sqlValue: SQLValue) {
        guard case .integer(let int) = sqlValue, let value = Int(exactly: int) else { return nil }
        self = value
    }
}

extension Double: SQLValueConvertible {
    /// `.real`.
    public var sqlValue: SQLValue { .real(self) }

    /// Accepts `.real` and `.integer`.
    public init?(sqlValue: SQLValue) {
        switch sqlValue {
        case .real(let double): self = double
        case .integer(let int): self = Double(int)
        default: return nil
        }
    }
}

extension String: SQLValueConvertible {
    /// `.text`.
    public var sqlValue: SQLValue { .text(self) }

    /// Accepts `.text` only.
    public init?(sqlValue: SQLValue) {
        guard case .text(let string) = sqlValue else { return nil }
        self = string
    }
}

extension Bool: SQLValueConvertible {
    /// `.integer(1)` or `.integer(0)`.
    public var sqlValue: SQLValue { .integer(self ? 1 : 0) }

    /// Accepts `.integer`: zero is false, anything else true.
    public init?(sqlValue: SQLValue) {
        guard case .integer(let int) = sqlValue else { return nil }
        self = int != 0
    }
}

extension Array: SQLValueConvertible where Element == UInt8 {
    /// `.blob`.
    public var sqlValue: SQLValue { .blob(self) }

    /// Accepts `.blob` only.
    public init?(sqlValue: SQLValue) {
        guard case .blob(let bytes) = sqlValue else { return nil }
        self = bytes
    }
}

extension Optional: SQLValueConvertible where Wrapped: SQLValueConvertible {
    /// The wrapped value's, or `.null`.
    public var sqlValue: SQLValue { self?.sqlValue ?? .null }

    /// `.null` gives `.some(nil)`; other values convert as `Wrapped` does.
    public init?(sqlValue: SQLValue) {
        if sqlValue == .null { self = .none; return }
        guard let wrapped = Wrapped(sqlValue: sqlValue) else { return nil }
        self = .some(wrapped)
    }
}
