import Testing
@testable import GenLabelTUI

/// Display width without curses, truncation, padding and word wrapping.
struct RenderingTextTests {
    @Test(arguments: [
        ("", 0), ("abc", 3), ("Échéance", 8), ("Île-de-France", 13), ("Développeuse", 12),
        ("e\u{301}", 1), ("E\u{301}che\u{301}ance", 8), ("日本", 4), ("한국어", 6), ("ＡＢ", 4),
        ("😀", 2), ("👍🏽", 2), ("a\u{200D}b", 2), ("\u{2764}\u{FE0F}", 1), ("─│┌┐└┘", 6), ("…", 1),
        ("\t\n\u{7}", 0), ("\u{200B}", 0), ("\u{00AD}", 1), ("«\u{00A0}»", 3),
    ])
    func displayWidth(text: String, width: Int) {
        #expect(DisplayWidth.of(text) == width)
    }

    @Test func characterWidths() {
        #expect(DisplayWidth.of(Character("é")) == 1)
        #expect(DisplayWidth.of(Character("e\u{301}")) == 1)
        #expect(DisplayWidth.of(Character("日")) == 2)
        #expect(DisplayWidth.of(Character("\u{301}")) == 0)
        #expect(DisplayWidth.of(Character("\u{0}")) == 0)
        #expect(DisplayWidth.of(Character("\u{9F}")) == 0) // C1 control
        #expect(DisplayWidth.of(Unicode.Scalar(0x3000)!) == 2) // ideographic space
        #expect(DisplayWidth.of(Unicode.Scalar(0x1160)!) == 0) // Hangul medial vowel filler
        #expect(DisplayWidth.of(Unicode.Scalar(0x20000)!) == 2) // CJK extension B
        #expect(DisplayWidth.of(Unicode.Scalar(0x1F1EB)!) == 1) // regional indicator, as glibc
    }

    @Test func wideTableIsSortedAndDisjoint() {
        let ranges = DisplayWidth.wideRanges
        for index in 1..<ranges.count {
            #expect(ranges[index - 1].upperBound < ranges[index].lowerBound)
        }
    }

    @Test func truncateAddsAnEllipsisOnlyWhenCut() {
        #expect(TextLayout.truncate("Échéance", toWidth: 8) == "Échéance")
        #expect(TextLayout.truncate("Échéance", toWidth: 20) == "Échéance")
        #expect(TextLayout.truncate("Échéance", toWidth: 7) == "Échéan…")
        #expect(TextLayout.truncate("Échéance", toWidth: 1) == "…")
        #expect(TextLayout.truncate("Échéance", toWidth: 0) == "")
        #expect(TextLayout.truncate("Échéance", toWidth: -3) == "")
        #expect(TextLayout.truncate("日本語", toWidth: 5) == "日本…")
        #expect(TextLayout.truncate("日本語", toWidth: 4) == "日…") // 日本 + … would be 5 columns
        #expect(TextLayout.truncate("e\u{301}te\u{301}", toWidth: 3) == "e\u{301}te\u{301}")
        #expect(TextLayout.truncate("e\u{301}te\u{301}s", toWidth: 3) == "e\u{301}t…")
        #expect(DisplayWidth.of(TextLayout.truncate("Île-de-France, Provence", toWidth: 10)) == 10)
    }

    @Test func padAlignsAndFitsExactly() {
        #expect(TextLayout.pad("abc", toWidth: 6) == "abc   ")
        #expect(TextLayout.pad("abc", toWidth: 6, alignment: .right) == "   abc")
        #expect(TextLayout.pad("abc", toWidth: 6, alignment: .center) == " abc  ")
        #expect(TextLayout.pad("日本", toWidth: 6, alignment: .center) == " 日本 ")
        #expect(TextLayout.pad("Échéance", toWidth: 5) == "Éché…")
        #expect(TextLayout.pad("日本語", toWidth: 4) == "日… ") // never wider than asked
        #expect(TextLayout.pad("x", toWidth: 0) == "")
        for width in 1...8 {
            #expect(DisplayWidth.of(TextLayout.pad("Île日本", toWidth: width, alignment: .right)) == width)
        }
    }

    @Test func wrapBreaksAtSpaces() {
        #expect(TextLayout.wrap("Le dossier est irrecevable faute de NDA", width: 14) == [
            "Le dossier est", "irrecevable", "faute de NDA",
        ])
        #expect(TextLayout.wrap("un  deux   trois", width: 20) == ["un deux trois"])
        #expect(TextLayout.wrap("", width: 10) == [""])
        #expect(TextLayout.wrap("abc", width: 0) == [])
    }

    @Test func wrapKeepsLineBreaksAndCutsLongWords() {
        #expect(TextLayout.wrap("Échéance :\n\nrapport annuel", width: 10) == [
            "Échéance :", "", "rapport", "annuel",
        ])
        #expect(TextLayout.wrap("un\r\ndeux", width: 10) == ["un", "deux"])
        #expect(TextLayout.wrap("anticonstitutionnellement", width: 10) == [
            "anticonsti", "tutionnell", "ement",
        ])
        #expect(TextLayout.wrap("a 日本語です", width: 4) == ["a", "日本", "語で", "す"])
        #expect(TextLayout.wrap("日本", width: 1) == [""]) // a 2-column glyph never fits in 1 column
        for line in TextLayout.wrap("Île-de-France Développeuse e\u{301}té 日本語テスト", width: 7) {
            #expect(DisplayWidth.of(line) <= 7)
        }
    }
}
