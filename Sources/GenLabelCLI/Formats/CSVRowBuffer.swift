import GenLabelCore

/// Writes `CSVWriter`'s default format (BOM, `;`, CRLF) into one byte buffer, deciding on quoting with
/// a single pass over each field's UTF-8. `CSVWriter` decides by `Character` (canonical equivalence,
/// grapheme clusters: "\r\n" is one `Character`, U+037E equals ";", a space followed by a combining
/// mark is not " "), so a field is copied as is only when its bytes prove `CSVWriter` would not quote
/// it: none of `;` `"` LF CR, no U+037E, no space as first or last byte. Any other field (rare) is
/// quoted by `CSVWriter` itself, so the output is byte-identical in every case.
struct CSVRowBuffer {
    private(set) var bytes: [UInt8] = []
    private var fieldsInRow = 0

    init(capacity: Int) { bytes.reserveCapacity(capacity) }

    mutating func appendByteOrderMark() { bytes.append(contentsOf: [0xEF, 0xBB, 0xBF]) }

    mutating func appendRow(_ fields: [String]) {
        for field in fields { appendField(field) }
        endRow()
    }

    mutating func appendField(_ field: String) {
        if fieldsInRow > 0 { bytes.append(UInt8(ascii: ";")) }
        fieldsInRow += 1
        var field = field
        let plain = field.withUTF8 { utf8 -> Bool in
            guard Self.isPlain(utf8) else { return false }
            bytes.append(contentsOf: utf8)
            return true
        }
        if !plain {
            // CSVWriter's own quoting: line([field]) is quoted(field) followed by "\r\n".
            let line = Array(CSVWriter().line([field]).utf8)
            bytes.append(contentsOf: line[..<(line.count - 2)])
        }
    }

    mutating func endRow() {
        bytes.append(UInt8(ascii: "\r"))
        bytes.append(UInt8(ascii: "\n"))
        fieldsInRow = 0
    }

    var string: String { String(decoding: bytes, as: UTF8.self) }

    /// True when `CSVWriter` certainly leaves this field unquoted.
    static func isPlain(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = utf8.first, let last = utf8.last else { return true }
        if first == UInt8(ascii: " ") || last == UInt8(ascii: " ") { return false }
        var index = 0
        let count = utf8.count
        while index < count {
            let byte = utf8[index]
            switch byte {
            case UInt8(ascii: ";"), UInt8(ascii: "\""), UInt8(ascii: "\n"), UInt8(ascii: "\r"): return false
            case 0xCD where index + 1 < count && utf8[index + 1] == 0xBE: return false // U+037E GREEK QUESTION MARK ≡ ";"
            default: break
            }
            index += 1
        }
        return true
    }
}
