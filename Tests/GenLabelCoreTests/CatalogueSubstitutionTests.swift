import Testing
@testable import GenLabelCore

@Suite("Catalogue: single-pass substitution")
struct CatalogueSubstitutionTests {
    static let argumentSets: [[String]] = [
        ["a"], ["a", "b"], ["1", "2", "3"], ["fin", "31/03/2026", "+", "1 mois", "30/04/2026"],
        ["é\u{301}", "Ω", "👩‍👩‍👧", "", "\r\n", ";\"", " x "],
        ["%1", "%2x", "100 %", "%"], ["\u{301}début", "fin\u{301}"],
        Array(repeating: "z", count: 9), (1...12).map { "arg\($0)" },
    ]

    @Test func sameTextAsOnePassPerArgumentForEveryKey() {
        for key in TextKey.allCases {
            let template = T(key)
            for arguments in Self.argumentSets {
                for count in 1...arguments.count {
                    let used = Array(arguments.prefix(count))
                    #expect(Array(Catalogue.substitute(template, used).utf8)
                            == Array(Catalogue.substitutePerArgument(template, used).utf8), "\(key) \(used)")
                }
            }
        }
    }

    @Test func trickyTemplates() {
        let templates = ["", "%", "%%1", "%1%", "%0 %1 %9 %10 %12", "x%2y%1z", "%3 only", "é%1é", "100 % de %1"]
        for template in templates {
            for arguments in Self.argumentSets {
                #expect(Array(Catalogue.substitute(template, arguments).utf8)
                        == Array(Catalogue.substitutePerArgument(template, arguments).utf8), "\(template) \(arguments)")
            }
        }
    }
}
