import GenLabelCore

/// Typed reads of domain values from a statement's current row.
extension Statement {
    func date(_ index: Int, _ table: String, _ column: String) throws -> CalendarDate {
        let text = string(index)
        guard let date = CalendarDate(iso: text) else { throw StoreError.corruptValue(table: table, column: column, value: text) }
        return date
    }

    func optionalDate(_ index: Int, _ table: String, _ column: String) throws -> CalendarDate? {
        guard !isNull(index) else { return nil }
        return try date(index, table, column)
    }

    func decoded<T: RawRepresentable>(_ index: Int, _ table: String, _ column: String) throws -> T where T.RawValue == String {
        let text = string(index)
        guard let value = T(rawValue: text) else { throw StoreError.corruptValue(table: table, column: column, value: text) }
        return value
    }

    func bool(_ index: Int) -> Bool { int64(index) != 0 }
}
