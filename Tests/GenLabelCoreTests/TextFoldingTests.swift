import Testing
@testable import GenLabelCore

@Suite("Accent- and case-insensitive search")
struct TextFoldingTests {
    @Test("folding", arguments: [
        ("Développeuse", "developpeuse"), ("ÎLE-DE-FRANCE", "ile-de-france"), ("Œuvre", "oeuvre"),
        ("Technicien·ne", "technicien.ne"), ("e\u{301}cole", "ecole"), ("N’Diaye", "n'diaye"), ("Ærø", "aero"),
        ("日本", "日本"),
    ])
    func folds(text: String, expected: String) {
        #expect(TextFolding.fold(text) == expected)
    }

    @Test func everyWordMustMatch() {
        let folded = TextFolding.fold("Développeuse / Développeur web et web mobile — Saint-Étienne")
        #expect(TextFolding.matches(folded, query: "developpeuse"))
        #expect(TextFolding.matches(folded, query: "WEB étienne"))
        #expect(!TextFolding.matches(folded, query: "web lyon"))
        #expect(TextFolding.matches(folded, query: ""))
    }
}
