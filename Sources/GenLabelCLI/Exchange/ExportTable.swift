import GenLabelCore

/// One export: named columns and typed cells, rendered as CSV for French spreadsheets (dd/mm/yyyy,
/// decimal comma) or JSON (ISO dates, numbers, null). Pure and deterministic: the same rows give the
/// same bytes.
struct ExportTable {
    enum Cell: Equatable {
        case text(String)
        case date(CalendarDate?)
        case integer(Int)
        case decimal(Double?)
        /// A coded value: French words in CSV, the stable code in JSON.
        case choice(String, code: String)
        /// oui/non in CSV, true/false in JSON.
        case boolean(Bool)
        /// Nothing: an empty field in CSV, null in JSON.
        case empty
    }

    struct Column {
        /// The CSV header (French, accented, as documented in docs/formats/).
        let header: String
        /// The JSON key (ASCII).
        let key: String
    }

    let columns: [Column]
    let rows: [[Cell]]

    func csv() -> String {
        CSVWriter().document(header: columns.map(\.header), rows: rows.map { $0.map(Self.csvText) })
    }

    func json(rootKey: String) -> String {
        var text = "{\n  \(AlertJSON.string(rootKey)): ["
        for (index, row) in rows.enumerated() {
            text += index == 0 ? "\n" : ",\n"
            text += "    {" + zip(columns, row).map { "\(AlertJSON.string($0.key)): \(Self.jsonText($1))" }
                .joined(separator: ", ") + "}"
        }
        text += rows.isEmpty ? "]\n}\n" : "\n  ]\n}\n"
        return text
    }

    static func csvText(_ cell: Cell) -> String {
        switch cell {
        case .text(let value): return value
        case .date(let date): return date?.french ?? ""
        case .integer(let value): return String(value)
        case .decimal(let value): return value.map { frenchDecimal($0) } ?? ""
        case .choice(let words, _): return words
        case .boolean(let flag): return FrenchValues.text(flag)
        case .empty: return ""
        }
    }

    static func jsonText(_ cell: Cell) -> String {
        switch cell {
        case .text(let value): return AlertJSON.string(value)
        case .date(let date): return date.map { AlertJSON.string($0.iso) } ?? "null"
        case .integer(let value): return String(value)
        case .decimal(let value): return value.map { plainDecimal($0) } ?? "null"
        case .choice(_, let code): return AlertJSON.string(code)
        case .boolean(let flag): return flag ? "true" : "false"
        case .empty: return "null"
        }
    }

    /// Two decimals at most, trailing zeros dropped, a comma: 12.5 → "12,5", 14 → "14".
    static func frenchDecimal(_ value: Double) -> String {
        plainDecimal(value).replacingAll(".", with: ",")
    }

    /// Two decimals at most, trailing zeros dropped, a point (JSON).
    static func plainDecimal(_ value: Double) -> String {
        guard value.isFinite else { return "null" }
        let hundredths = Int((value * 100).rounded())
        let sign = hundredths < 0 ? "-" : ""
        let magnitude = abs(hundredths)
        let whole = magnitude / 100, fraction = magnitude % 100
        if fraction == 0 { return sign + String(whole) }
        if fraction % 10 == 0 { return sign + "\(whole).\(fraction / 10)" }
        return sign + "\(whole).\(fraction < 10 ? "0" : "")\(fraction)"
    }
}
