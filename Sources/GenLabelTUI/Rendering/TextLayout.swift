/// Width-aware text shaping for the terminal: truncation with "…", padding and word wrapping.
///
/// Every measure is in display columns (`DisplayWidth`), never in characters or bytes, and a grapheme is
/// never split (a wide glyph that does not fit is left out rather than cut in half).
public enum TextLayout {
    /// The ellipsis that ends a truncated text; it is 1 column wide.
    public static let ellipsis: Character = "…"

    /// How `pad(_:toWidth:alignment:)` places a text in its column.
    public enum Alignment: Sendable, Equatable {
        /// Text at the start, spaces after.
        case left
        /// Spaces before, text at the end.
        case right
        /// Text in the middle; an odd leftover space goes after.
        case center
    }

    /// `text` unchanged when it fits in `width` columns; otherwise the longest prefix that fits in
    /// `width - 1` columns followed by "…". Returns "" when `width` ≤ 0.
    public static func truncate(_ text: String, toWidth width: Int) -> String {
        guard width > 0 else { return "" }
        if DisplayWidth.of(text) <= width { return text }
        var result = ""
        var used = 0
        for character in text {
            let characterWidth = DisplayWidth.of(character)
            if used + characterWidth > width - 1 { break }
            result.append(character)
            used += characterWidth
        }
        result.append(ellipsis)
        return result
    }

    /// `text` made exactly `width` columns wide: truncated with "…" when too long, then padded with spaces
    /// according to `alignment`. Returns "" when `width` ≤ 0.
    public static func pad(_ text: String, toWidth width: Int, alignment: Alignment = .left) -> String {
        guard width > 0 else { return "" }
        let fitted = truncate(text, toWidth: width)
        let missing = width - DisplayWidth.of(fitted)
        guard missing > 0 else { return fitted }
        switch alignment {
        case .left:
            return fitted + String(repeating: " ", count: missing)
        case .right:
            return String(repeating: " ", count: missing) + fitted
        case .center:
            let before = missing / 2
            return String(repeating: " ", count: before) + fitted
                + String(repeating: " ", count: missing - before)
        }
    }

    /// `text` broken into lines of at most `width` columns, at spaces when possible.
    ///
    /// Line breaks ("\n", "\r\n") in `text` are kept (an empty line stays an empty line); runs of spaces
    /// between words collapse to one; a word longer than `width` is cut between graphemes. Lines carry no
    /// trailing spaces. Returns [] when `width` ≤ 0, [""] for an empty text.
    public static func wrap(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        var lines: [String] = []
        for paragraph in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
            var line = ""
            var lineWidth = 0
            for word in paragraph.split(separator: " ", omittingEmptySubsequences: true) {
                var word = String(word)
                var wordWidth = DisplayWidth.of(word)
                if lineWidth > 0 && lineWidth + 1 + wordWidth <= width {
                    line += " " + word
                    lineWidth += 1 + wordWidth
                    continue
                }
                if lineWidth > 0 {
                    lines.append(line)
                    line = ""
                    lineWidth = 0
                }
                // Cut words wider than a whole line.
                while wordWidth > width {
                    let (head, headWidth) = prefix(of: word, fittingIn: width)
                    if head.isEmpty { // a 2-column glyph in a 1-column line can never be shown: drop it
                        wordWidth -= DisplayWidth.of(word.removeFirst())
                        continue
                    }
                    lines.append(head)
                    word.removeFirst(head.count)
                    wordWidth -= headWidth
                }
                line = word
                lineWidth = wordWidth
            }
            lines.append(line)
        }
        return lines
    }

    /// The longest prefix of `text` that fits in `width` columns, and its width.
    static func prefix(of text: String, fittingIn width: Int) -> (String, Int) {
        var result = ""
        var used = 0
        for character in text {
            let characterWidth = DisplayWidth.of(character)
            if used + characterWidth > width { break }
            result.append(character)
            used += characterWidth
        }
        return (result, used)
    }
}
