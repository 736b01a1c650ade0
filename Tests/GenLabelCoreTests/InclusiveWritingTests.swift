import Testing
@testable import GenLabelCore

@Suite("Inclusive titles found by their feminine word (filter, issue 3)")
struct InclusiveWritingTests {
    @Test(arguments: [
        ("Développeur·se web et web mobile", ["developpeuse"]),
        ("Technicien·ne d'assistance", ["technicienne"]),
        ("Administrateur·rice systèmes", ["administratrice"]),
        ("Conseiller·ère numérique", ["conseillere"]),
        ("Chargé·e·s de projet", ["chargees"]),
        ("Développeur web", []),
    ])
    func feminineWords(title: String, expected: [String]) {
        #expect(InclusiveWriting.feminineWords(TextFolding.fold(title)) == expected)
    }

    @Test func dotBetweenLettersDetectedInFoldedBytes() {
        #expect(InclusiveWriting.hasInnerDot(Array(TextFolding.fold("Développeur·se").utf8)[...]))
        #expect(InclusiveWriting.hasInnerDot(Array(TextFolding.fold("Développeur.se").utf8)[...]))
        #expect(!InclusiveWriting.hasInnerDot(Array(TextFolding.fold("Développeuse").utf8)[...]))
        #expect(!InclusiveWriting.hasInnerDot(Array(TextFolding.fold("Niveau 3.5 .").utf8)[...]))
    }
}
