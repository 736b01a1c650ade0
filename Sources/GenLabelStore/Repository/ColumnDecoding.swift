import CSQLite
import GenLabelCore

/// Typed reads of domain values from a statement's current row.
extension Statement {
    func date(_ index: Int, _ table: String, _ column: String) throws -> CalendarDate {
        guard let date = isoDate(index) else {
            throw StoreError.corruptValue(table: table, column: column, value: string(index))
        }
        return date
    }

    func optionalDate(_ index: Int, _ table: String, _ column: String) throws -> CalendarDate? {
        guard !isNull(index) else { return nil }
        return try date(index, table, column)
    }

    /// Column `index` read as an ISO `yyyy-mm-dd` date straight from SQLite's bytes: the same dates
    /// `CalendarDate(iso:)` accepts, without building a `String` and splitting it (a reload decodes
    /// hundreds of thousands of dates at ×10 scale; see docs/performance.md).
    func isoDate(_ index: Int) -> CalendarDate? {
        let column = Int32(index)
        guard let bytes = sqlite3_column_text(handle, column), sqlite3_column_bytes(handle, column) == 10,
              bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else { return nil }
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for offset in range {
                let byte = bytes[offset]
                guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
                value = value * 10 + Int(byte - UInt8(ascii: "0"))
            }
            return value
        }
        guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10) else { return nil }
        return CalendarDate(year: year, month: month, day: day)
    }

    func decoded<T: RawRepresentable>(_ index: Int, _ table: String, _ column: String) throws -> T where T.RawValue == String {
        let text = string(index)
        guard let value = T(rawValue: text) else { throw StoreError.corruptValue(table: table, column: column, value: text) }
        return value
    }

    func bool(_ index: Int) -> Bool { int64(index) != 0 }
}
