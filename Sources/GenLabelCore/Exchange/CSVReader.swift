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

    /// Parses a whole file. The bytes are parsed as bytes (`;` `,` `"` CR LF are ASCII, so UTF-8 is cut
    /// between fields without decoding it; Windows-1252 is first transcoded to UTF-8), and the fields are
    /// kept as ranges of one byte buffer (`CSVRecords`), not one `String` each (issue 5's import speed).
    /// Gives exactly what `referenceRead` (the former scalar-by-scalar parser, kept for the tests) gives.
    public func read(_ bytes: [UInt8]) -> Result<CSVTable, CSVReadError> {
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            return .failure(CSVReadError(kind: .unsupportedEncoding, line: 1, column: 1, field: 1))
        }
        // Offsets are kept on 32 bits; a larger file takes the scalar path.
        guard bytes.count < Int(UInt32.max) / 2 else { return referenceRead(bytes) }
        let hasBOM = bytes.starts(with: [0xEF, 0xBB, 0xBF])
        // The text is the file's own bytes (no copy) after the BOM, or their transcoding from Windows-1252.
        var text: [UInt8]
        var base = 0
        let encoding: CSVEncoding
        let isUTF8 = bytes.withUnsafeBufferPointer { Self.isValidUTF8(UnsafeBufferPointer(rebasing: $0[(hasBOM ? 3 : 0)...])) }
        if isUTF8 {
            text = bytes
            base = hasBOM ? 3 : 0
            encoding = hasBOM ? .utf8WithBOM : .utf8
        } else {
            if let mixed = Self.mixedEncodingError(hasBOM ? bytes[3...] : bytes[...], hasBOM: hasBOM) { return .failure(mixed) }
            text = Self.transcodeWindows1252(hasBOM ? bytes[3...] : bytes[...])
            encoding = .windows1252
        }
        if text[base...].allSatisfy({ $0 == 0x0D || $0 == 0x0A }) {
            return .failure(CSVReadError(kind: .emptyFile, line: 1, column: 1, field: 1))
        }
        let separator = CSVReader.detectSeparator(bytes: text[base...])
        var parser = ByteParser(separator: separator)
        if let error = text.withUnsafeBufferPointer({ parser.parse(UnsafeBufferPointer(rebasing: $0[base...])) }) {
            return .failure(error)
        }
        var records = parser.records
        guard records.count > 0 else { return .failure(CSVReadError(kind: .emptyFile, line: 1, column: 1, field: 1)) }
        records.unescapedBase = UInt32(text.count - base)
        if !parser.unescaped.isEmpty { text.append(contentsOf: parser.unescaped) }
        records.text = text
        records.base = base
        records.rebaseUnescaped()
        let header = (0..<records.fieldCount(0)).map { records.field(0, $0) }
        let headerLine = records.line(0)
        records.dropFirstRecord()
        return .success(CSVTable(header: header, headerLine: headerLine, records: records,
                                 separator: Character(Unicode.Scalar(separator)), encoding: encoding))
    }

    /// The former parser, scalar by scalar with one `String` per field: the reference the byte parser
    /// is tested against, and the path for files beyond 2 GB.
    func referenceRead(_ bytes: [UInt8]) -> Result<CSVTable, CSVReadError> {
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            return .failure(CSVReadError(kind: .unsupportedEncoding, line: 1, column: 1, field: 1))
        }
        let (scalars, encoding) = CSVReader.decode(bytes)
        if encoding == .windows1252 {
            let hasBOM = bytes.starts(with: [0xEF, 0xBB, 0xBF])
            if let mixed = CSVReader.mixedEncodingError(hasBOM ? bytes[3...] : bytes[...], hasBOM: hasBOM) { return .failure(mixed) }
        }
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

    // MARK: Bytes

    /// Whether `bytes` are well-formed UTF-8 (the sequences of the Unicode standard's table 3-7: no
    /// overlong form, no surrogate, nothing above U+10FFFF), as Swift's `UTF8` decoder accepts them.
    static func isValidUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        let count = bytes.count
        while index < count {
            // Eight ASCII bytes at a time.
            while index + 8 <= count {
                let word = UnsafeRawPointer(bytes.baseAddress! + index).loadUnaligned(as: UInt64.self)
                if word & 0x8080_8080_8080_8080 != 0 { break }
                index += 8
            }
            guard index < count else { return true }
            // One sequence (table 3-7), as `wellFormedLength` reads it.
            let length = wellFormedLength(bytes, at: index)
            guard length > 0 else { return false }
            index += length
        }
        return true
    }

    /// Bytes that are not valid UTF-8 are read as Windows-1252 only when nothing says they are UTF-8:
    /// a byte-order mark, or a single well-formed UTF-8 sequence of two bytes or more (a file saved in
    /// UTF-8 with one stray byte would otherwise come out as "Saint-Ã‰tienne", silently). Then the
    /// first byte that breaks UTF-8 is reported with its line. Nil when Windows-1252 is the reading.
    static func mixedEncodingError(_ bytes: ArraySlice<UInt8>, hasBOM: Bool) -> CSVReadError? {
        var index = bytes.startIndex
        var sawMultibyte = false
        var firstInvalid: Int?
        while index < bytes.endIndex {
            let length = wellFormedLength(bytes, at: index)
            if length == 0 {
                if firstInvalid == nil { firstInvalid = index }
                index += 1
            } else {
                if length > 1 { sawMultibyte = true }
                index += length
            }
            if sawMultibyte && firstInvalid != nil { break }
        }
        guard let offset = firstInvalid, hasBOM || sawMultibyte else { return nil }
        var line = 1
        var lineStart = bytes.startIndex
        for position in bytes.startIndex..<offset where bytes[position] == 0x0A {
            line += 1
            lineStart = position + 1
        }
        // The column counts characters, as the other errors do (the valid UTF-8 before the byte).
        let column = String(decoding: bytes[lineStart..<offset], as: UTF8.self).count + 1
        return CSVReadError(kind: hasBOM ? .invalidUTF8 : .mixedEncoding, line: line, column: column, field: 1)
    }

    /// The length of the well-formed UTF-8 sequence at `index` (table 3-7), 0 when there is none.
    static func wellFormedLength<Bytes: RandomAccessCollection<UInt8>>(_ bytes: Bytes, at index: Int) -> Int
        where Bytes.Index == Int {
        let lead = bytes[index]
        if lead < 0x80 { return 1 }
        func continuation(_ offset: Int, _ low: UInt8 = 0x80, _ high: UInt8 = 0xBF) -> Bool {
            index + offset < bytes.endIndex && bytes[index + offset] >= low && bytes[index + offset] <= high
        }
        switch lead {
        case 0xC2...0xDF: return continuation(1) ? 2 : 0
        case 0xE0: return continuation(1, 0xA0) && continuation(2) ? 3 : 0
        case 0xE1...0xEC, 0xEE...0xEF: return continuation(1) && continuation(2) ? 3 : 0
        case 0xED: return continuation(1, 0x80, 0x9F) && continuation(2) ? 3 : 0
        case 0xF0: return continuation(1, 0x90) && continuation(2) && continuation(3) ? 4 : 0
        case 0xF1...0xF3: return continuation(1) && continuation(2) && continuation(3) ? 4 : 0
        case 0xF4: return continuation(1, 0x80, 0x8F) && continuation(2) && continuation(3) ? 4 : 0
        default: return 0
        }
    }

    /// Windows-1252 bytes as UTF-8.
    static func transcodeWindows1252(_ bytes: ArraySlice<UInt8>) -> [UInt8] {
        var text: [UInt8] = []
        text.reserveCapacity(bytes.count + bytes.count / 8)
        for byte in bytes {
            if byte < 0x80 {
                text.append(byte)
            } else {
                UTF8.encode(windows1252(byte)) { text.append($0) }
            }
        }
        return text
    }

    /// `;` or `,` as `detectSeparator(_:)` finds it, on UTF-8 bytes.
    static func detectSeparator(bytes: ArraySlice<UInt8>) -> UInt8 {
        var semicolons = 0, commas = 0, inQuotes = false
        for byte in bytes {
            if byte == 0x22 { inQuotes.toggle(); continue }
            if inQuotes { continue }
            if byte == 0x0A || byte == 0x0D { break }
            if byte == 0x3B { semicolons += 1 } else if byte == 0x2C { commas += 1 }
        }
        return commas > semicolons ? 0x2C : 0x3B
    }

    /// The parser on UTF-8 bytes. Fields are ranges of the text; a quoted field holding doubled quotes
    /// is copied, unescaped, to `unescaped` (its range then starts at the text's end). Columns in errors
    /// count scalars from the start of the line, as the scalar parser does.
    struct ByteParser {
        let separator: UInt8
        var records = CSVRecords()
        var unescaped: [UInt8] = []

        init(separator: UInt8) { self.separator = separator }

        /// Nil when the whole text parsed; the first error otherwise.
        mutating func parse(_ text: UnsafeBufferPointer<UInt8>) -> CSVReadError? {
            let count = text.count
            let separator = self.separator
            var index = 0
            var line = 1
            var lineStart = 0
            func column(_ position: Int, _ start: Int) -> Int {
                var scalars = 1
                var offset = start
                while offset < position { if text[offset] & 0xC0 != 0x80 { scalars += 1 }; offset += 1 }
                return scalars
            }
            /// Consumes a line break at `index` when there is one.
            func lineBreak() -> Bool {
                guard index < count else { return false }
                let byte = text[index]
                if byte == 0x0D {
                    index += 1
                    if index < count && text[index] == 0x0A { index += 1 }
                } else if byte == 0x0A {
                    index += 1
                } else {
                    return false
                }
                line += 1
                lineStart = index
                return true
            }
            while index < count {
                if lineBreak() { continue }   // blank line: skipped
                records.beginRecord(line: line)
                var number = 1
                while true {
                    // One field.
                    if index < count && text[index] == 0x22 {
                        let openLine = line, openColumn = column(index, lineStart)
                        index += 1
                        let start = index
                        var escapedFrom: Int?   // where in `unescaped` this field's copy starts
                        var copiedUpTo = start
                        while true {
                            guard index < count else {
                                return CSVReadError(kind: .unterminatedQuote, line: openLine, column: openColumn, field: number)
                            }
                            let byte = text[index]
                            if byte == 0x22 {
                                if index + 1 < count && text[index + 1] == 0x22 {
                                    if escapedFrom == nil { escapedFrom = unescaped.count }
                                    unescaped.append(contentsOf: UnsafeBufferPointer(rebasing: text[copiedUpTo...index]))
                                    index += 2
                                    copiedUpTo = index
                                    continue
                                }
                                break
                            }
                            if byte == 0x0D || byte == 0x0A {
                                _ = lineBreak()
                                continue
                            }
                            index += 1
                        }
                        if let escapedFrom {
                            unescaped.append(contentsOf: UnsafeBufferPointer(rebasing: text[copiedUpTo..<index]))
                            records.appendUnescaped(UInt32(escapedFrom), UInt32(unescaped.count))
                        } else {
                            records.appendField(UInt32(start), UInt32(index))
                        }
                        index += 1   // the closing quote
                        if index < count, text[index] != separator, text[index] != 0x0D, text[index] != 0x0A {
                            return CSVReadError(kind: .textAfterClosingQuote, line: line, column: column(index, lineStart),
                                                field: number)
                        }
                    } else {
                        let start = index
                        while index < count {
                            let byte = text[index]
                            if byte == separator || byte == 0x0D || byte == 0x0A { break }
                            if byte == 0x22 {
                                return CSVReadError(kind: .quoteInUnquotedField, line: line, column: column(index, lineStart),
                                                    field: number)
                            }
                            index += 1
                        }
                        records.appendField(UInt32(start), UInt32(index))
                    }
                    if index >= count { break }
                    if text[index] == separator {
                        index += 1
                        number += 1
                        continue
                    }
                    _ = lineBreak()
                    break
                }
            }
            records.endRecords()
            return nil
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
    /// The records after the header, as ranges of one buffer.
    public var records: CSVRecords
    public var separator: Character
    public var encoding: CSVEncoding

    public init(header: [String], headerLine: Int, records: CSVRecords, separator: Character, encoding: CSVEncoding) {
        self.header = header; self.headerLine = headerLine; self.records = records
        self.separator = separator; self.encoding = encoding
    }

    public init(header: [String], headerLine: Int, rows: [CSVRecord], separator: Character, encoding: CSVEncoding) {
        self.init(header: header, headerLine: headerLine, records: CSVRecords(rows), separator: separator,
                  encoding: encoding)
    }

    /// The records, one `String` per field (for tests and small files; the import reads `records`).
    public var rows: [CSVRecord] { (0..<records.count).map { records.record($0) } }

    public static func == (a: CSVTable, b: CSVTable) -> Bool {
        a.header == b.header && a.headerLine == b.headerLine && a.separator == b.separator && a.encoding == b.encoding
            && a.rows == b.rows
    }
}

/// Records of a CSV file kept compact: the file's text (UTF-8) once, and for each field its range in it
/// (fields that held doubled quotes are stored unescaped after the text).
public struct CSVRecords: Sendable {
    /// The file's text, then the unescaped copies; ranges start at `base` (after a BOM).
    var text: [UInt8] = []
    var base = 0
    /// Where the unescaped copies start in `text` (their ranges are relative to it while parsing).
    var unescapedBase: UInt32 = 0
    var starts: [UInt32] = []
    var ends: [UInt32] = []
    /// Whether a field's range is in the unescaped part (only while parsing).
    private var isUnescaped: [Int] = []
    /// Index of each record's first field, then the field count (so record r has fields
    /// firstField[r]..<firstField[r + 1]).
    var firstField: [UInt32] = []
    var lines: [UInt32] = []
    /// Records dropped from the front (the header).
    private var dropped = 0

    public init() {}

    init(_ rows: [CSVRecord]) {
        for row in rows {
            beginRecord(line: row.line)
            for field in row.fields {
                let start = UInt32(text.count)
                text.append(contentsOf: Array(field.utf8))
                appendField(start, UInt32(text.count))
            }
        }
        endRecords()
    }

    mutating func beginRecord(line: Int) {
        firstField.append(UInt32(starts.count))
        lines.append(UInt32(truncatingIfNeeded: line))
    }

    mutating func appendField(_ start: UInt32, _ end: UInt32) {
        starts.append(start)
        ends.append(end)
    }

    mutating func appendUnescaped(_ start: UInt32, _ end: UInt32) {
        isUnescaped.append(starts.count)
        appendField(start, end)
    }

    mutating func endRecords() {
        firstField.append(UInt32(starts.count))
    }

    /// Called once `text` holds the unescaped copies after `unescapedBase`.
    mutating func rebaseUnescaped() {
        for field in isUnescaped {
            starts[field] += unescapedBase
            ends[field] += unescapedBase
        }
        isUnescaped = []
    }

    mutating func dropFirstRecord() {
        dropped += 1
    }

    public var count: Int { max(firstField.count - 1 - dropped, 0) }

    /// The line where record `r` starts.
    public func line(_ r: Int) -> Int { Int(lines[r + dropped]) }

    public func fieldCount(_ r: Int) -> Int { Int(firstField[r + dropped + 1] - firstField[r + dropped]) }

    /// Field `f` of record `r`, as a `String`.
    public func field(_ r: Int, _ f: Int) -> String {
        withField(r, f) { String(decoding: $0, as: UTF8.self) }
    }

    /// Calls `body` with the UTF-8 bytes of field `f` of record `r` (valid UTF-8).
    @inline(__always)
    public func withField<T>(_ r: Int, _ f: Int, _ body: (UnsafeBufferPointer<UInt8>) throws -> T) rethrows -> T {
        let field = Int(firstField[r + dropped]) + f
        let start = base + Int(starts[field]), end = base + Int(ends[field])
        return try text.withUnsafeBufferPointer { try body(UnsafeBufferPointer(rebasing: $0[start..<end])) }
    }

    public func record(_ r: Int) -> CSVRecord {
        CSVRecord(line: line(r), fields: (0..<fieldCount(r)).map { field(r, $0) })
    }
}

/// Why a file could not be read, and where (line and column are 1-based; the column counts
/// characters on that line; `field` is the field's rank in its record).
public struct CSVReadError: Error, Sendable, Equatable, UserFacingError {
    public enum Kind: String, Sendable, Equatable {
        case emptyFile, unsupportedEncoding, unterminatedQuote, textAfterClosingQuote, quoteInUnquotedField
        case invalidUTF8, mixedEncoding
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
        case .invalidUTF8: return T(.csvInvalidUTF8, line, column)
        case .mixedEncoding: return T(.csvMixedEncoding, line, column)
        }
    }
}
