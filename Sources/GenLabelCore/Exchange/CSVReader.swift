/// Reads CSV the way spreadsheets (Excel, LibreOffice) really write it, per RFC 4180 and its common
/// variations: `;` or `,` between fields (detected on the header line, outside quotes); quoted fields
/// holding separators, doubled quotes and line breaks; CRLF, LF or CR line ends; UTF-8 with or without
/// a byte-order mark, or Windows-1252 when the bytes are not valid UTF-8 (decoded with its 0x80–0x9F
/// table: €, ’, Œ, œ…, not as Latin-1).
///
/// Pure: bytes in, a `CSVTable` or a `CSVReadError` (line, column, reason in French) out. Never traps,
/// whatever the bytes.
public struct CSVReader: Sendable {
    public init() {}

    /// Parses a whole file.
    public func read(_ bytes: [UInt8]) -> Result<CSVTable, CSVReadError> {
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            return .failure(CSVReadError(kind: .unsupportedEncoding, line: 1, column: 1, field: 1))
        }
        let (scalars, encoding) = CSVReader.decode(bytes)
        if scalars.allSatisfy({ $0 == "\r" || $0 == "\n" }) {
            return .failure(CSVReadError(kind: .emptyFile, line: 1, column: 1, field: 1))
        }
        let separator = CSVReader.detectSeparator(scalars)
        var parser = Parser(scalars: scalars, separator: separator)
        switch parser.parse() {
        case .failure(let error): return .failure(error)
        case .success(let records):
            guard let first = records.first else {
                return .failure(CSVReadError(kind: .emptyFile, line: 1, column: 1, field: 1))
            }
            return .success(CSVTable(header: first.fields, headerLine: first.line, rows: Array(records.dropFirst()),
                                     separator: Character(separator), encoding: encoding))
        }
    }

    // MARK: Encoding

    /// The text of `bytes` as Unicode scalars (BOM removed) and the encoding found.
    static func decode(_ bytes: [UInt8]) -> ([Unicode.Scalar], CSVEncoding) {
        let hasBOM = bytes.starts(with: [0xEF, 0xBB, 0xBF])
        let body = hasBOM ? Array(bytes.dropFirst(3)) : bytes
        if let scalars = strictUTF8(body) {
            return (scalars, hasBOM ? .utf8WithBOM : .utf8)
        }
        return (body.map(windows1252), .windows1252)
    }

    /// The scalars of `bytes` if they are valid UTF-8, else nil.
    static func strictUTF8(_ bytes: [UInt8]) -> [Unicode.Scalar]? {
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(bytes.count)
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): scalars.append(scalar)
            case .emptyInput: return scalars
            case .error: return nil
            }
        }
    }

    /// Windows-1252: Latin-1 except 0x80–0x9F. The five bytes Windows leaves undefined (0x81, 0x8D,
    /// 0x8F, 0x90, 0x9D) map to the C1 control of the same value, as Windows itself does.
    static func windows1252(_ byte: UInt8) -> Unicode.Scalar {
        guard byte >= 0x80 && byte <= 0x9F else { return Unicode.Scalar(byte) }
        let value = windows1252High[Int(byte - 0x80)]
        return Unicode.Scalar(value) ?? Unicode.Scalar(byte)
    }

    static let windows1252High: [UInt32] = [
        0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, // 80–87: € ‚ ƒ „ … † ‡
        0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F, // 88–8F: ˆ ‰ Š ‹ Œ Ž
        0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, // 90–97: ‘ ’ “ ” • – —
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178, // 98–9F: ˜ ™ š › œ ž Ÿ
    ]

    // MARK: Separator

    /// `;` or `,`, whichever appears more on the first line (outside quotes); `;` on a tie or when
    /// neither appears (a one-column file).
    static func detectSeparator(_ scalars: [Unicode.Scalar]) -> Unicode.Scalar {
        var semicolons = 0, commas = 0, inQuotes = false
        for scalar in scalars {
            if scalar == "\"" { inQuotes.toggle(); continue }
            if inQuotes { continue }
            if scalar == "\n" || scalar == "\r" { break }
            if scalar == ";" { semicolons += 1 } else if scalar == "," { commas += 1 }
        }
        return commas > semicolons ? "," : ";"
    }

    // MARK: Parser

    struct Parser {
        let scalars: [Unicode.Scalar]
        let separator: Unicode.Scalar
        var index = 0
        var line = 1
        var column = 1

        init(scalars: [Unicode.Scalar], separator: Unicode.Scalar) {
            self.scalars = scalars
            self.separator = separator
        }

        var atEnd: Bool { index >= scalars.count }
        var current: Unicode.Scalar { scalars[index] }

        /// True (and consumed) when a line break (CRLF, LF or CR) starts here.
        mutating func consumeLineBreak() -> Bool {
            guard !atEnd else { return false }
            if current == "\r" {
                index += 1
                if !atEnd && current == "\n" { index += 1 }
            } else if current == "\n" {
                index += 1
            } else {
                return false
            }
            line += 1
            column = 1
            return true
        }

        mutating func parse() -> Result<[CSVRecord], CSVReadError> {
            var records: [CSVRecord] = []
            while !atEnd {
                if consumeLineBreak() { continue } // blank line: skipped
                let recordLine = line
                var fields: [String] = []
                while true {
                    switch readField(number: fields.count + 1) {
                    case .failure(let error): return .failure(error)
                    case .success(let field): fields.append(field)
                    }
                    if atEnd { break }
                    if current == separator {
                        index += 1
                        column += 1
                        continue
                    }
                    _ = consumeLineBreak()
                    break
                }
                records.append(CSVRecord(line: recordLine, fields: fields))
            }
            return .success(records)
        }

        /// One field; stops before the separator, the line break or the end.
        mutating func readField(number: Int) -> Result<String, CSVReadError> {
            var text = String.UnicodeScalarView()
            guard !atEnd, current == "\"" else {
                while !atEnd, current != separator, current != "\r", current != "\n" {
                    if current == "\"" {
                        return .failure(CSVReadError(kind: .quoteInUnquotedField, line: line, column: column, field: number))
                    }
                    text.append(current)
                    index += 1
                    column += 1
                }
                return .success(String(text))
            }
            let (openLine, openColumn) = (line, column)
            index += 1
            column += 1
            while true {
                guard !atEnd else {
                    return .failure(CSVReadError(kind: .unterminatedQuote, line: openLine, column: openColumn, field: number))
                }
                let scalar = current
                if scalar == "\"" {
                    if index + 1 < scalars.count && scalars[index + 1] == "\"" {
                        text.append("\"")
                        index += 2
                        column += 2
                        continue
                    }
                    index += 1
                    column += 1
                    break
                }
                if scalar == "\r" || scalar == "\n" {
                    let isCRLF = scalar == "\r" && index + 1 < scalars.count && scalars[index + 1] == "\n"
                    // A line break inside a field is kept as written (CRLF, LF or CR).
                    text.append(scalar)
                    if isCRLF { text.append("\n") }
                    _ = consumeLineBreak()
                    continue
                }
                text.append(scalar)
                index += 1
                column += 1
            }
            if !atEnd, current != separator, current != "\r", current != "\n" {
                return .failure(CSVReadError(kind: .textAfterClosingQuote, line: line, column: column, field: number))
            }
            return .success(String(text))
        }
    }
}

/// The encoding a file was found in.
public enum CSVEncoding: String, Sendable, Equatable {
    case utf8, utf8WithBOM, windows1252
}

/// One record: its fields and the line of the file where it starts (1-based; a quoted field with
/// line breaks makes a record span several lines).
public struct CSVRecord: Sendable, Equatable {
    public var line: Int
    public var fields: [String]

    public init(line: Int, fields: [String]) {
        self.line = line
        self.fields = fields
    }
}

/// A parsed file: its header, its records, and what was detected.
public struct CSVTable: Sendable, Equatable {
    public var header: [String]
    public var headerLine: Int
    public var rows: [CSVRecord]
    public var separator: Character
    public var encoding: CSVEncoding
}

/// Why a file could not be read, and where (line and column are 1-based; the column counts
/// characters on that line; `field` is the field's rank in its record).
public struct CSVReadError: Error, Sendable, Equatable, UserFacingError {
    public enum Kind: String, Sendable, Equatable {
        case emptyFile, unsupportedEncoding, unterminatedQuote, textAfterClosingQuote, quoteInUnquotedField
    }

    public var kind: Kind
    public var line: Int
    public var column: Int
    public var field: Int

    public init(kind: Kind, line: Int, column: Int, field: Int) {
        self.kind = kind
        self.line = line
        self.column = column
        self.field = field
    }

    /// The reason in French, with its place.
    public var userMessage: String {
        switch kind {
        case .emptyFile: return T(.csvEmptyFile)
        case .unsupportedEncoding: return T(.csvUnsupportedEncoding)
        case .unterminatedQuote: return T(.csvUnterminatedQuote, line, column)
        case .textAfterClosingQuote: return T(.csvTextAfterClosingQuote, line, column)
        case .quoteInUnquotedField: return T(.csvQuoteInUnquotedField, line, column)
        }
    }
}
