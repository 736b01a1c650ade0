/// One fetched row: column names and their values, in select order.
public struct Row: Equatable, Sendable, CustomStringConvertible {
    /// The column names, in select order (duplicates possible).
    public let columnNames: [String]
    /// The values, parallel to `columnNames`.
    public let values: [SQLValue]

    /// Creates a row; `columnNames` and `values` must have the same count.
    public init(columnNames: [String], values: [SQLValue]) {
        precondition(columnNames.count == values.count, "a row needs one value per column")
        self.columnNames = columnNames
        self.values = values
    }

    /// The number of columns.
    public var count: Int { values.count }

    /// The value at 0-based column `index`.
    public subscript(index: Int) -> SQLValue { values[index] }

    /// The value of the first column named `name` (compared case-insensitively, as SQLite does),
    /// or `nil` when there is no such column.
    public subscript(name: String) -> SQLValue? {
        if let index = columnNames.firstIndex(of: name) { return values[index] }
        let lowered = name.lowercased()
        guard let index = columnNames.firstIndex(where: { $0.lowercased() == lowered }) else { return nil }
        return values[index]
    }

    /// The value of column `name` converted to `T`; `nil` when missing or of another storage class.
    public subscript<T: SQLValueConvertible>(name: String, as type: T.Type) -> T? {
        self[name].flatMap { T(sqlValue: $0) }
    }

    /// `name: value` pairs, for debugging.
    public var description: String {
        "[" + zip(columnNames, values).map { "\($0): \($1)" }.joined(separator: ", ") + "]"
    }
}
