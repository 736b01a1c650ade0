import Testing
@testable import GenLabelTUI

/// Buffer writes, clipping, wide glyphs, boxes, text/role lines and diffs.
struct RenderingBufferTests {
    @Test func newBufferIsBlankAndNormal() {
        let buffer = Buffer(width: 4, height: 2)
        #expect(buffer.textLines() == ["    ", "    "])
        #expect(buffer.roleLines() == ["....", "...."])
        #expect(buffer.cells.count == 8)
    }

    @Test func accentedLettersTakeOneColumnEach() {
        var buffer = Buffer(width: 16, height: 2)
        #expect(buffer.write("Échéance", x: 0, y: 0, role: .label) == 8)
        #expect(buffer.write("Île-de-France", x: 2, y: 1) == 13)
        #expect(buffer.textLines() == ["Échéance        ", "  Île-de-France "])
        #expect(buffer.roleLines()[0] == "LLLLLLLL........")
        #expect(buffer[0, 0].character == "É")
        #expect(buffer[15, 1].character == " ")
    }

    @Test func wideGlyphsTakeTwoColumnsWithContinuationCells() {
        var buffer = Buffer(width: 6, height: 1)
        #expect(buffer.write("日本", x: 1, y: 0, role: .value) == 4)
        #expect(buffer[1, 0] == Cell("日", role: .value))
        #expect(buffer[2, 0] == Cell.continuation(.value))
        #expect(buffer[3, 0].character == "本")
        #expect(buffer[4, 0].isContinuation)
        #expect(!buffer[5, 0].isContinuation)
        // Continuation cells are omitted: the line is still 6 columns wide on screen.
        #expect(buffer.textLines() == [" 日本 "])
        #expect(DisplayWidth.of(buffer.textLines()[0]) == 6)
        #expect(buffer.roleLines() == [".VVVV."])
    }

    @Test func wideGlyphCutByTheRightEdgeBecomesASpace() {
        var buffer = Buffer(width: 5, height: 1)
        buffer.fill(buffer.area, with: "x")
        #expect(buffer.write("ab日本", x: 0, y: 0, role: .dueSoon) == 5)
        #expect(buffer.textLines() == ["ab日 "])
        #expect(buffer[4, 0] == Cell(" ", role: .dueSoon))
        #expect(buffer.roleLines() == ["DDDDD"])
    }

    @Test func wideGlyphCutByMaxWidthBecomesASpace() {
        var buffer = Buffer(width: 6, height: 1)
        buffer.fill(buffer.area, with: "-")
        #expect(buffer.write("日本", x: 0, y: 0, maxWidth: 3) == 3)
        #expect(buffer.textLines() == ["日 ---"])
    }

    @Test func combiningAccentIsOneColumn() {
        var buffer = Buffer(width: 3, height: 1)
        #expect(buffer.write("e\u{301}t", x: 0, y: 0) == 2)
        #expect(buffer[0, 0].character.unicodeScalars.count == 2)
        #expect(buffer[0, 0].character == "é") // canonically equivalent to the precomposed letter
        #expect(buffer[1, 0].character == "t")
        #expect(buffer.textLines() == ["e\u{301}t "])
    }

    @Test func controlCharactersBecomeSpacesAndZeroWidthFormatCharactersAreSkipped() {
        var buffer = Buffer(width: 4, height: 1)
        #expect(buffer.write("a\tb\u{200B}c", x: 0, y: 0) == 4)
        #expect(buffer.textLines() == ["a bc"])
    }

    @Test func writesClipAtTheEdgesAndOutsideRows() {
        var buffer = Buffer(width: 4, height: 1)
        #expect(buffer.write("abcdef", x: 2, y: 0) == 2)
        #expect(buffer.write("zzz", x: 0, y: 1) == 0)
        #expect(buffer.write("zzz", x: 0, y: -1) == 0)
        #expect(buffer.write("zzz", x: 9, y: 0) == 0)
        #expect(buffer.write("zzz", x: 0, y: 0, maxWidth: 0) == 0)
        #expect(buffer.textLines() == ["  ab"])
    }

    @Test func negativeXSkipsTheHiddenColumns() {
        var buffer = Buffer(width: 4, height: 1)
        buffer.write("abc", x: -1, y: 0)
        #expect(buffer.textLines() == ["bc  "])
        var wide = Buffer(width: 4, height: 1)
        wide.write("日本", x: -1, y: 0)
        #expect(wide.textLines() == [" 本 "]) // the visible half of 日 becomes a space
    }

    @Test func overwritingHalfAWideGlyphBlanksTheOtherHalf() {
        var buffer = Buffer(width: 6, height: 1)
        buffer.write("日本", x: 0, y: 0)
        buffer.write("x", x: 1, y: 0) // over the continuation of 日
        #expect(buffer.textLines() == [" x本  "])
        buffer.write("y", x: 2, y: 0) // over the first half of 本
        #expect(buffer.textLines() == [" xy   "])
        #expect(!buffer.cells.contains { $0.isContinuation })
        var other = Buffer(width: 6, height: 1)
        other.write("日本", x: 0, y: 0)
        other.write("語", x: 1, y: 0) // straddles both glyphs
        #expect(other.textLines() == [" 語   "])
        #expect(other[2, 0].isContinuation && !other[3, 0].isContinuation)
    }

    @Test func writeTruncatedEndsWithAnEllipsisOnlyWhenCut() {
        var buffer = Buffer(width: 20, height: 2)
        #expect(buffer.writeTruncated("Échéance dépassée", x: 0, y: 0, width: 8, role: .overdue) == 8)
        #expect(buffer.writeTruncated("Court", x: 0, y: 1, width: 8) == 5)
        #expect(buffer.textLines()[0].hasPrefix("Échéanc… "))
        #expect(buffer.textLines()[1].hasPrefix("Court "))
        #expect(buffer.roleLines()[0].hasPrefix("OOOOOOOO."))
        var narrow = Buffer(width: 6, height: 1)
        narrow.writeTruncated("Île-de-France", x: 2, y: 0, width: 10) // limited by the buffer edge
        #expect(narrow.textLines() == ["  Île…"])
    }

    @Test func fillAndSetRole() {
        var buffer = Buffer(width: 5, height: 3)
        buffer.write("abcde", x: 0, y: 1)
        buffer.setRole(Rect(x: 0, y: 1, width: 5, height: 1), role: .selection)
        #expect(buffer.textLines()[1] == "abcde")
        #expect(buffer.roleLines() == [".....", "SSSSS", "....."])
        buffer.fill(Rect(x: 3, y: 0, width: 10, height: 2), role: .header)
        #expect(buffer.textLines() == ["     ", "abc  ", "     "])
        #expect(buffer.roleLines() == ["...HH", "SSSHH", "....."])
        buffer.fill(Rect(x: 0, y: 2, width: 5, height: 1), with: "─", role: .border)
        #expect(buffer.textLines()[2] == "─────")
        buffer.clear()
        #expect(buffer == Buffer(width: 5, height: 3))
    }

    @Test func boxWithTitle() {
        var buffer = Buffer(width: 14, height: 4)
        buffer.drawBox(Rect(x: 1, y: 0, width: 12, height: 4), title: "Titre", role: .borderActive,
                       titleRole: .paneTitleActive)
        #expect(buffer.textLines() == [
            " ┌─ Titre ──┐ ",
            " │          │ ",
            " │          │ ",
            " └──────────┘ ",
        ])
        #expect(buffer.roleLines() == [
            ".BBPPPPPPPBBB.",
            ".B..........B.",
            ".B..........B.",
            ".BBBBBBBBBBBB.",
        ])
    }

    @Test func boxTitleIsTrimmedAndTruncated() {
        var buffer = Buffer(width: 10, height: 2)
        buffer.drawBox(buffer.area, title: "  Dossiers  ")
        #expect(buffer.textLines() == ["┌─ Dos… ─┐", "└────────┘"])
        #expect(buffer.roleLines()[0] == "bbbbbbbbbb") // titleRole defaults to role
        var tiny = Buffer(width: 6, height: 2)
        tiny.drawBox(tiny.area, title: "Dossiers") // no room for a title
        #expect(tiny.textLines() == ["┌────┐", "└────┘"])
        var none = Buffer(width: 1, height: 3)
        none.drawBox(none.area)
        #expect(none == Buffer(width: 1, height: 3))
    }

    @Test func asciiBoxChars() {
        var buffer = Buffer(width: 5, height: 3)
        buffer.boxChars = .ascii
        buffer.drawBox(buffer.area)
        #expect(buffer.textLines() == ["+---+", "|   |", "+---+"])
    }

    @Test func textLinesHaveTheSameDisplayWidth() {
        var buffer = Buffer(width: 8, height: 3)
        buffer.write("日本語", x: 0, y: 0)
        buffer.write("Année", x: 1, y: 1)
        buffer.write("a😀b", x: 3, y: 2)
        for line in buffer.textLines() { #expect(DisplayWidth.of(line) == 8) }
        #expect(buffer.textLines() == ["日本語  ", " Année  ", "   a😀b "])
    }

    @Test func roleLettersAreDistinctAndReversible() {
        let letters = StyleRole.allCases.map(\.letter)
        #expect(Set(letters).count == StyleRole.allCases.count)
        for role in StyleRole.allCases { #expect(StyleRole(letter: role.letter) == role) }
        #expect(StyleRole(letter: "?") == nil)
        #expect(StyleRole.overdue.letter == "O" && StyleRole.selection.letter == "S")
    }

    @Test func diffOfAnUnchangedBufferIsEmpty() {
        var buffer = Buffer(width: 10, height: 3)
        buffer.write("Échéance", x: 1, y: 1, role: .overdue)
        let copy = buffer
        #expect(buffer.diff(from: copy).isEmpty)
    }

    @Test func diffListsTheOneChangedCell() {
        var before = Buffer(width: 10, height: 3)
        before.write("Échéance", x: 1, y: 1)
        var after = before
        after.write("E", x: 1, y: 1)
        #expect(after.diff(from: before) == [CellChange(x: 1, y: 1, cell: Cell("E"))])
        var restyled = before
        restyled.setRole(Rect(x: 4, y: 1, width: 1, height: 1), role: .selection)
        #expect(restyled.diff(from: before) == [CellChange(x: 4, y: 1, cell: Cell("é", role: .selection))])
    }

    @Test func diffIncludesContinuationCells() {
        var before = Buffer(width: 4, height: 1)
        before.write("ab", x: 0, y: 0)
        var after = before
        after.write("日", x: 0, y: 0)
        #expect(after.diff(from: before) == [
            CellChange(x: 0, y: 0, cell: Cell("日")),
            CellChange(x: 1, y: 0, cell: Cell.continuation(.normal)),
        ])
    }

    @Test func diffAfterASizeChangeListsEveryCell() {
        let before = Buffer(width: 10, height: 3)
        let after = Buffer(width: 12, height: 3)
        let changes = after.diff(from: before)
        #expect(changes.count == 36)
        #expect(changes.first == CellChange(x: 0, y: 0, cell: Cell()))
        #expect(changes.last == CellChange(x: 11, y: 2, cell: Cell()))
    }

    @Test func rectSplitsAndInsets() {
        let area = Rect(x: 0, y: 0, width: 80, height: 24)
        #expect(area.splitVertically([.fixed(1), .fill, .fixed(1)]) == [
            Rect(x: 0, y: 0, width: 80, height: 1),
            Rect(x: 0, y: 1, width: 80, height: 22),
            Rect(x: 0, y: 23, width: 80, height: 1),
        ])
        #expect(area.splitHorizontally([.ratio(1, 3), .fill]).map(\.width) == [26, 54])
        #expect(area.splitHorizontally([.fill, .fill, .fill]).map(\.width) == [27, 27, 26])
        #expect(area.splitHorizontally([.fill, .fill]).map(\.x) == [0, 40])
        #expect(area.splitHorizontally([.fixed(50), .fixed(50)]).map(\.width) == [50, 30])
        #expect(Rect(x: 0, y: 0, width: 5, height: 1).splitHorizontally([.fixed(9), .fill]).map(\.width) == [5, 0])
        #expect(area.inset(by: 1) == Rect(x: 1, y: 1, width: 78, height: 22))
        #expect(area.inset(top: 1, left: 2, bottom: 3, right: 4) == Rect(x: 2, y: 1, width: 74, height: 20))
        #expect(Rect(x: 0, y: 0, width: 1, height: 1).inset(by: 2).isEmpty)
        #expect(Rect(x: 2, y: 5, width: 3, height: 4).rows(from: 2) == [
            Rect(x: 2, y: 7, width: 3, height: 1), Rect(x: 2, y: 8, width: 3, height: 1),
        ])
        #expect(Rect(x: 0, y: 0, width: 3, height: 2).rows().count == 2)
        #expect(Rect(x: 0, y: 0, width: 3, height: 2).rows(from: 5).isEmpty)
        #expect(area.centered(width: 40, height: 10) == Rect(x: 20, y: 7, width: 40, height: 10))
        #expect(Rect(x: 0, y: 0, width: 4, height: -3).height == 0)
        #expect(area.intersection(Rect(x: 70, y: 20, width: 20, height: 20)) == Rect(x: 70, y: 20, width: 10, height: 4))
        #expect(area.contains(x: 79, y: 23) && !area.contains(x: 80, y: 0))
    }
}

@Suite("Graphemes terminals measure differently")
struct DisplayableGraphemeTests {
    @Test("joined emoji, skin tones and controls keep columns aligned", arguments: [
        "Développeur 🚀🧑‍💻 web 👩🏽‍🔬 fin", "Tab\there\nnewline\r\nCR", "drapeau 🇫🇷 ok", "e\u{301}cole ️✔️",
    ])
    func aligned(text: String) {
        var buffer = Buffer(width: 40, height: 1)
        let used = buffer.write(text + "|", x: 0, y: 0)
        let line = buffer.textLines()[0]
        // The bar lands exactly where the buffer says the text ended.
        let barColumn = DisplayWidth.of(String(line.prefix { $0 != "|" }))
        #expect(barColumn == used - 1)
        // Every cell's grapheme is one the terminal measures like the buffer: no joiner, no selector.
        for cell in buffer.cells where !cell.isContinuation {
            #expect(!cell.character.unicodeScalars.contains { $0.value == 0x200D || (0xFE00...0xFE0F).contains($0.value) })
            #expect(!cell.character.unicodeScalars.contains { $0.properties.generalCategory == .control })
        }
    }

    @Test func combiningAccentsAreKept() {
        #expect(Buffer.displayable("e\u{301}") == "e\u{301}")
        #expect(Buffer.displayable("\t") == " ")
        #expect(Buffer.displayable("🧑‍💻") == "🧑")
    }
}
