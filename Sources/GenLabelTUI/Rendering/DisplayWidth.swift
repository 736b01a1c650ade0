/// The number of terminal columns a text occupies, computed without curses.
///
/// The rules follow the C library's `wcwidth` (glibc 2.36, Unicode 14), which is what ncurses uses to place
/// characters, so the pure buffer and the real screen agree:
/// - 0 for control characters (C0, DEL, C1), line/paragraph separators, non-spacing and enclosing
///   combining marks, format characters (zero-width joiner and spaces, directional marks, BOM; not the
///   soft hyphen nor the Arabic number signs), variation selectors, and Hangul medial/final jamo;
/// - 2 for East Asian Wide and Fullwidth characters (CJK, kana, Hangul syllables, fullwidth forms, most
///   emoji) listed in a compact table of ranges;
/// - 1 otherwise (Latin with accents, box drawing, "…", "é" precomposed or not).
///
/// A `Character` (grapheme cluster) is as wide as its first scalar that is not zero-width: "e\u{301}" is 1
/// column, "👍🏽" is 2, a grapheme made only of zero-width scalars is 0.
public enum DisplayWidth {
    /// The number of columns `text` occupies on a terminal.
    public static func of(_ text: String) -> Int {
        var total = 0
        for character in text { total += of(character) }
        return total
    }

    /// The number of columns one grapheme occupies: 0, 1 or 2.
    public static func of(_ character: Character) -> Int {
        // Fast path: ASCII printable.
        if let ascii = character.asciiValue {
            return (ascii >= 0x20 && ascii < 0x7F) ? 1 : 0
        }
        for scalar in character.unicodeScalars {
            let width = of(scalar)
            if width > 0 { return width }
        }
        return 0
    }

    /// The number of columns one Unicode scalar occupies on its own: 0, 1 or 2.
    public static func of(_ scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value < 0x20 || (value >= 0x7F && value < 0xA0) { return 0 }
        if value < 0x300 { return 1 } // Latin-1 and Latin Extended, soft hyphen included
        if isWide(value) { return 2 }
        if (0x1160...0x11FF).contains(value) || (0xD7B0...0xD7FF).contains(value) { return 0 }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .lineSeparator, .paragraphSeparator:
            return 0
        case .format:
            return prependedConcatenationMarks.contains(value) ? 1 : 0
        default:
            return 1
        }
    }

    /// Format characters that are visible and 1 column wide (Arabic number signs and the like).
    static let prependedConcatenationMarks: Set<UInt32> = [
        0x600, 0x601, 0x602, 0x603, 0x604, 0x605, 0x6DD, 0x70F, 0x890, 0x891, 0x8E2, 0x110BD, 0x110CD,
    ]

    /// Whether `value` is East Asian Wide or Fullwidth, by binary search in `wideRanges`.
    static func isWide(_ value: UInt32) -> Bool {
        if value < wideRanges[0].lowerBound { return false }
        var low = 0
        var high = wideRanges.count - 1
        while low <= high {
            let middle = (low + high) / 2
            let range = wideRanges[middle]
            if value < range.lowerBound {
                high = middle - 1
            } else if value > range.upperBound {
                low = middle + 1
            } else {
                return true
            }
        }
        return false
    }

    /// East Asian Wide (W) and Fullwidth (F) code points, sorted; gaps of unassigned code points inside a
    /// block are merged into the block. Extracted from glibc's `wcwidth` and checked against it.
    static let wideRanges: [ClosedRange<UInt32>] = [
        0x1100...0x115F, // Hangul Jamo initial consonants
        0x231A...0x231B, 0x2329...0x232A, 0x23E9...0x23EC, 0x23F0...0x23F0, 0x23F3...0x23F3,
        0x25FD...0x25FE, 0x2614...0x2615, 0x2648...0x2653, 0x267F...0x267F, 0x2693...0x2693,
        0x26A1...0x26A1, 0x26AA...0x26AB, 0x26BD...0x26BE, 0x26C4...0x26C5, 0x26CE...0x26CE,
        0x26D4...0x26D4, 0x26EA...0x26EA, 0x26F2...0x26F3, 0x26F5...0x26F5, 0x26FA...0x26FA,
        0x26FD...0x26FD, 0x2705...0x2705, 0x270A...0x270B, 0x2728...0x2728, 0x274C...0x274C,
        0x274E...0x274E, 0x2753...0x2755, 0x2757...0x2757, 0x2795...0x2797, 0x27B0...0x27B0,
        0x27BF...0x27BF, 0x2B1B...0x2B1C, 0x2B50...0x2B50, 0x2B55...0x2B55, // emoji-presentation symbols
        0x2E80...0x3029, 0x302E...0x303E, // CJK radicals, ideographic description, CJK punctuation
        0x3041...0x3096, 0x309B...0xA4C6, // kana, bopomofo, compatibility jamo, CJK ideographs, Yi
        0xA960...0xA97C, // Hangul Jamo extended A
        0xAC00...0xD7A3, // Hangul syllables
        0xF900...0xFAFF, // CJK compatibility ideographs
        0xFE10...0xFE19, 0xFE30...0xFE6B, // vertical forms, CJK compatibility and small forms
        0xFF01...0xFF60, 0xFFE0...0xFFE6, // fullwidth forms
        0x16FE0...0x16FE3, 0x16FF0...0x1B2FB, // ideographic symbols, Tangut, Khitan, kana supplement, Nüshu
        0x1F004...0x1F004, 0x1F0CF...0x1F0CF, 0x1F18E...0x1F18E, 0x1F191...0x1F19A,
        0x1F200...0x1F320, 0x1F32D...0x1F335, 0x1F337...0x1F37C, 0x1F37E...0x1F393, 0x1F3A0...0x1F3CA,
        0x1F3CF...0x1F3D3, 0x1F3E0...0x1F3F0, 0x1F3F4...0x1F3F4, 0x1F3F8...0x1F43E, 0x1F440...0x1F440,
        0x1F442...0x1F4FC, 0x1F4FF...0x1F53D, 0x1F54B...0x1F54E, 0x1F550...0x1F567, 0x1F57A...0x1F57A,
        0x1F595...0x1F596, 0x1F5A4...0x1F5A4, 0x1F5FB...0x1F64F, 0x1F680...0x1F6C5, 0x1F6CC...0x1F6CC,
        0x1F6D0...0x1F6D2, 0x1F6D5...0x1F6DF, 0x1F6EB...0x1F6EC, 0x1F6F4...0x1F6FC, 0x1F7E0...0x1F7F0,
        0x1F90C...0x1F93A, 0x1F93C...0x1F945, 0x1F947...0x1F9FF, 0x1FA70...0x1FAFF, // emoji
        0x20000...0x2FFFD, 0x30000...0x3FFFD, // CJK extensions B and later
    ]
}
