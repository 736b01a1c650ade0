/// Case- and accent-insensitive matching for French text: "développeuse" and "DEVELOPPEUSE" both fold
/// to "developpeuse"; "Œuvre" to "oeuvre". SQLite's LIKE and lower() do not fold accents
/// (ARCHITECTURE.md), so searching is done on folded text in Swift.
///
/// Folding works scalar by scalar (the lowercase mapping of each scalar, then diacritics dropped and
/// ligatures spelled out), on UTF-8 bytes: ASCII and the Latin and punctuation blocks French text uses
/// come from a table built once; any other scalar takes the general path (docs/performance.md).
public enum TextFolding {
    /// Lowercase, without diacritics; ligatures spelled out (œ → oe, æ → ae, ß → ss).
    public static func fold(_ text: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        appendFolded(text, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends the UTF-8 of `fold(text)` to `bytes`.
    public static func appendFolded(_ text: String, to bytes: inout [UInt8]) {
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value < 0x80 {
                let byte = UInt8(truncatingIfNeeded: value)
                bytes.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
            } else if let range = FastTable.shared.range(of: value) {
                FastTable.shared.append(range, to: &bytes)
            } else {
                appendFoldedSlowly(scalar, to: &bytes)
            }
        }
    }

    /// The general rule for one scalar: its lowercase mapping, each resulting scalar kept, replaced
    /// (table) or dropped (combining mark).
    static func appendFoldedSlowly(_ scalar: Unicode.Scalar, to bytes: inout [UInt8]) {
        for lower in scalar.properties.lowercaseMapping.unicodeScalars {
            if lower.isASCII {
                bytes.append(UInt8(truncatingIfNeeded: lower.value))
            } else if let replacement = table[lower] {
                bytes.append(contentsOf: replacement.utf8)
            } else if !isCombiningMark(lower) {
                bytes.append(contentsOf: String(lower).utf8)
            }
        }
    }

    /// The folding as it was first written (lowercase the whole text, then scalar by scalar), kept as
    /// the reference the fast path is tested against.
    static func referenceFold(_ text: String) -> String {
        var result = ""
        for scalar in text.lowercased().unicodeScalars {
            if scalar.isASCII {
                result.unicodeScalars.append(scalar)
            } else if let replacement = table[scalar] {
                result += replacement
            } else if !isCombiningMark(scalar) {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// `fold(text)` with every run of characters other than ASCII letters and digits turned into one
    /// space, trimmed: "Île-de-France", "ile de france" and " ILE  DE-FRANCE " give "ile de france";
    /// "Provence-Alpes-Côte d’Azur" gives "provence alpes cote d azur". For comparing names a person
    /// types with names as written (`genlabel alerts --region`).
    public static func foldedWords(_ text: String) -> String {
        var result: [UInt8] = []
        var pendingSpace = false
        for byte in fold(text).utf8 {
            let isWordByte = (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39) || byte >= 0x80
            if isWordByte {
                if pendingSpace && !result.isEmpty { result.append(0x20) }
                pendingSpace = false
                result.append(byte)
            } else {
                pendingSpace = true
            }
        }
        return String(decoding: result, as: UTF8.self)
    }

    /// Whether every word of `query` appears in `folded` (already folded text).
    public static func matches(_ folded: String, query: String) -> Bool {
        Query(query).matches(folded)
    }

    /// A query folded once, to test many rows. Words are searched as UTF-8 bytes in the folded text.
    public struct Query: Sendable {
        let words: [[UInt8]]

        public init(_ text: String) {
            words = fold(text).split(separator: " ").map { Array($0.utf8) }
        }

        public var isEmpty: Bool { words.isEmpty }

        public func matches(_ folded: String) -> Bool {
            if words.isEmpty { return true }
            if let found = folded.utf8.withContiguousStorageIfAvailable({ matches(bytes: $0) }) { return found }
            return Array(folded.utf8).withUnsafeBufferPointer { matches(bytes: $0) }
        }

        public func matches(bytes: UnsafeBufferPointer<UInt8>) -> Bool {
            for word in words where !TextFolding.contains(bytes, word) { return false }
            return true
        }

        /// Whether every row this query matches is also matched by `other`: each of `other`'s words lies
        /// inside one of this query's words (a letter typed at the end of a filter, for instance). Then
        /// this query needs to test only the rows `other` matched.
        public func narrows(_ other: Query) -> Bool {
            other.words.allSatisfy { word in
                words.contains { mine in mine.withUnsafeBufferPointer { TextFolding.contains($0, word) } }
            }
        }
    }

    /// Whether `needle` occurs in `haystack` (bytes).
    static func contains(_ haystack: UnsafeBufferPointer<UInt8>, _ needle: [UInt8]) -> Bool {
        let count = needle.count
        if count == 0 { return true }
        if haystack.count < count { return false }
        return needle.withUnsafeBufferPointer { needle in
            let first = needle[0]
            let last = haystack.count - count
            var start = 0
            while start <= last {
                if haystack[start] == first {
                    var offset = 1
                    while offset < count && haystack[start + offset] == needle[offset] { offset += 1 }
                    if offset == count { return true }
                }
                start += 1
            }
            return false
        }
    }

    private static func isCombiningMark(_ scalar: Unicode.Scalar) -> Bool {
        (0x0300...0x036F).contains(scalar.value) || (0x1AB0...0x1AFF).contains(scalar.value)
            || (0x1DC0...0x1DFF).contains(scalar.value) || (0x20D0...0x20FF).contains(scalar.value)
    }

    private static let table: [Unicode.Scalar: String] = {
        var table: [Unicode.Scalar: String] = [:]
        let groups: [(String, String)] = [
            ("àáâãäåāăą", "a"), ("çćĉċč", "c"), ("ďđ", "d"), ("èéêëēĕėęě", "e"), ("ĝğġģ", "g"), ("ĥħ", "h"),
            ("ìíîïĩīĭįı", "i"), ("ĵ", "j"), ("ķ", "k"), ("ĺļľŀł", "l"), ("ñńņňŉ", "n"), ("òóôõöøōŏő", "o"),
            ("ŕŗř", "r"), ("śŝşšș", "s"), ("ţťŧț", "t"), ("ùúûüũūŭůűų", "u"), ("ŵ", "w"), ("ýÿŷ", "y"),
            ("źżž", "z"), ("·", "."), ("’‘", "'"), ("«»“”", "\""), ("–—", "-"),
        ]
        for (letters, base) in groups {
            for scalar in letters.unicodeScalars { table[scalar] = base }
        }
        table["œ"] = "oe"
        table["æ"] = "ae"
        table["ß"] = "ss"
        return table
    }()

    /// The folded bytes of every scalar of the blocks French text uses (Latin-1, Latin Extended-A and
    /// B, combining diacritics, general punctuation), computed once by the general rule.
    struct FastTable: Sendable {
        static let shared = FastTable()
        static let blocks: [ClosedRange<UInt32>] = [0x80...0x24F, 0x300...0x36F, 0x2000...0x206F]
        /// Per block, for each scalar, where its bytes lie in `bytes`.
        let starts: [[Int32]]
        let bytes: [UInt8]

        init() {
            var bytes: [UInt8] = []
            var starts: [[Int32]] = []
            for block in Self.blocks {
                var blockStarts: [Int32] = []
                for value in block {
                    blockStarts.append(Int32(bytes.count))
                    if let scalar = Unicode.Scalar(value) { TextFolding.appendFoldedSlowly(scalar, to: &bytes) }
                }
                blockStarts.append(Int32(bytes.count))
                starts.append(blockStarts)
            }
            self.starts = starts
            self.bytes = bytes
        }

        @inline(__always)
        func range(of value: UInt32) -> Range<Int>? {
            for (index, block) in Self.blocks.enumerated() where block.contains(value) {
                let offset = Int(value - block.lowerBound)
                return Int(starts[index][offset])..<Int(starts[index][offset + 1])
            }
            return nil
        }

        @inline(__always)
        func append(_ range: Range<Int>, to output: inout [UInt8]) {
            output.append(contentsOf: bytes[range])
        }
    }
}

extension String {
    /// Without leading and trailing white space (the core does not use Foundation).
    public var trimmingWhitespace: String {
        guard let first = firstIndex(where: { !$0.isWhitespace }),
              let last = lastIndex(where: { !$0.isWhitespace }) else { return "" }
        return String(self[first...last])
    }
}
