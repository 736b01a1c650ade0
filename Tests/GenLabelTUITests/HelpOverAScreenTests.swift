import Testing
import GenLabelCore
@testable import GenLabelTUI

@Suite("The help opened over a screen starts with that screen's keys")
struct HelpOverAScreenTests {
    @Test func overTheImportScreenItsKeysComeFirstThenTheTable() throws {
        let fixture = try ImportFixture()
        let driver = fixture.driver(role: .suivi)
        driver.send(.key(.character("?")))
        #expect(!screenText(driver).contains("Sur l'écran ouvert"), "over the lists: the table alone")
        driver.send(.key(.escape))
        driver.send(.key(.character("i")))
        driver.send(.key(.character("?")))
        let lines = screenText(driver).split(separator: "\n").map(String.init)
        let section = try #require(lines.firstIndex { $0.contains("Sur l'écran ouvert") })
        #expect(lines[section + 1].contains("↑↓") && lines[section + 1].contains("déplacer"), "\(lines[section + 1])")
        #expect(lines[section + 2].contains("Entrée") && lines[section + 2].contains("choisir"))
        #expect(lines.contains { $0.contains("Partout") || $0.contains("q") }, "the table follows")
        driver.send(.key(.escape))
        #expect(driver.state.screen == .importFile(ImportScreen()))
    }
}
