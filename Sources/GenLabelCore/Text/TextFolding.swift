/// Case- and accent-insensitive matching for French text: "développeuse" and "DEVELOPPEUSE" both fold
/// to "developpeuse"; "Œuvre" to "oeuvre". SQLite's LIKE and lower() do not fold accents
/// (ARCHITECTURE.md), so searching is done on folded text in Swift.
public enum TextFolding {
    /// Lowercase, without diacritics; ligatures spelled out (œ → oe, æ → ae, ß → ss).
    public static func fold(_ text: String) -> String {
        // ASCII text (most names, codes, numbers) only needs lowercasing.
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return text.lowercased() }
        var result = ""
        result.reserveCapacity(text.utf8.count)
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

    /// Whether every word of `query` appears in `folded` (already folded text).
    public static func matches(_ folded: String, query: String) -> Bool {
        Query(query).matches(folded)
    }

    /// A query folded once, to test many rows.
    public struct Query: Sendable {
        let words: [String]
        public init(_ text: String) { words = fold(text).split(separator: " ").map(String.init) }
        public func matches(_ folded: String) -> Bool { words.allSatisfy { folded.contains($0) } }
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
}

extension String {
    /// Without leading and trailing white space (the core does not use Foundation).
    public var trimmingWhitespace: String {
        guard let first = firstIndex(where: { !$0.isWhitespace }),
              let last = lastIndex(where: { !$0.isWhitespace }) else { return "" }
        return String(self[first...last])
    }
}
