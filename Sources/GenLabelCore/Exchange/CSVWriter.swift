/// Writes CSV the way French spreadsheets expect it by default: UTF-8 with a byte-order mark, `;`
/// between fields, CRLF line ends; a field is quoted when it holds the separator, a quote, a line
/// break, or leading/trailing spaces (quotes are doubled).
public struct CSVWriter: Sendable {
    public var separator: Character = ";"
    public var lineEnding = "\r\n"
    public var byteOrderMark = true

    public init() {}

    /// The whole file: header then rows.
    public func document(header: [String], rows: [[String]]) -> String {
        var text = byteOrderMark ? "\u{FEFF}" : ""
        text += line(header)
        for row in rows { text += line(row) }
        return text
    }

    public func line(_ fields: [String]) -> String {
        fields.map(quoted).joined(separator: String(separator)) + lineEnding
    }

    func quoted(_ field: String) -> String {
        let needsQuotes = field.contains(separator) || field.contains("\"") || field.contains("\n") || field.contains("\r")
            || field.first == " " || field.last == " "
        guard needsQuotes else { return field }
        return "\"" + field.replacingAll("\"", with: "\"\"") + "\""
    }
}
