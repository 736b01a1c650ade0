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

@Suite("Text folding fast path (issue 7)")
struct TextFoldingFastPathTests {
    static let samples = [
        "Développeuse / Développeur web et web mobile — Saint-Étienne", "ÎLE-DE-FRANCE", "Œuvre Æsir straße",
        "Technicien·ne « réseau » – N’Diaye", "e\u{301}cole", "İstanbul ΟΔΟΣ Σίσυφος", "Ærø ǅemal ǈ ǋ", "日本 🇫🇷 👍🏽",
        "ÀÁÂÃÄÅĀĂĄÇĆĈĊČĎĐÈÉÊËĒĔĖĘĚŸŹŻŽ", "\u{1E9E}\u{2126}\u{212A}\u{FB01}", "a\u{1AB0}b\u{1DC0}c\u{20D0}d",
        "Ǆ ǅ ǆ Ǉ", "ﬀ ﬁ ﬂ", "\r\n\t ", "", "   ",
    ]

    @Test func sameAsTheReferenceFolding() {
        for text in Self.samples {
            #expect(TextFolding.fold(text) == TextFolding.referenceFold(text), "\(text)")
        }
        // Every scalar of the tabulated blocks, and around them.
        for value in UInt32(0)...0x2FFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let text = "A" + String(scalar) + "É"
            #expect(TextFolding.fold(text) == TextFolding.referenceFold(text), "U+\(String(value, radix: 16))")
        }
    }

    @Test func matchesLikeStringContainsOnFrenchText() {
        let keys = Self.samples.map(TextFolding.fold)
        for query in ["de", "web", "é", "ETIENNE  web", "oe", "x", "", "日", "'", "\"reseau\""] {
            let folded = TextFolding.Query(query)
            let words = TextFolding.fold(query).split(separator: " ").map(String.init)
            for key in keys {
                #expect(folded.matches(key) == words.allSatisfy { key.contains($0) }, "\(query) in \(key)")
            }
        }
    }

    @Test func narrowing() {
        #expect(TextFolding.Query("devel").narrows(TextFolding.Query("deve")))
        #expect(TextFolding.Query("deve lo").narrows(TextFolding.Query("deve l")))
        #expect(TextFolding.Query("Dév").narrows(TextFolding.Query("de")))
        #expect(!TextFolding.Query("dev").narrows(TextFolding.Query("deve")))
        #expect(!TextFolding.Query("web").narrows(TextFolding.Query("dev")))
        #expect(TextFolding.Query("x").narrows(TextFolding.Query("")))
    }
}
