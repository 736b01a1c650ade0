import Foundation
import Testing
import GenLabelCore
@testable import GenLabelStore
@testable import GenLabelTUI

/// Issue 3, "`/` filters any list as you type, ignoring case and accents": a committee's ranked list too.
@Suite("Ranked list: / filters as you type (issue 3)")
struct RankingFilterTests {
    func keys(_ text: String, _ driver: AppDriver) {
        for character in text { driver.send(.key(.character(character))) }
    }

    func screen(_ driver: AppDriver) -> String { MainView.render(driver.state).textLines().joined(separator: "\n") }

    var rankingScreen: (AppDriver) -> InstructionScreen? {
        { driver in
            if case .instruction(let s) = driver.state.screen, case .ranking = s.mode { return s }
            return nil
        }
    }

    @Test func slashFiltersTheRankingIgnoringAccentsAndKeysActOnTheFilteredRows() throws {
        let world = try InstructionWorld()
        try world.repository.database.execute(sql: "UPDATE dossiers SET state = 'reviewed', score = 6.3 WHERE id IN (1, 2)")
        let driver = world.driver(role: .instruction)
        keys("c", driver)
        driver.send(.key(.enter))
        #expect(rankingScreen(driver)?.itemCount == 2)
        #expect(screen(driver).contains("/ filtrer"))
        // "developpeuse" finds "Développeuse web" (GEN-2026-0001), not "Technicienne réseaux".
        keys("/developpeuse", driver)
        var text = screen(driver)
        #expect(text.contains("Filtre"))
        #expect(text.contains("developpeuse▏ (1 sur 2)"))
        #expect(text.contains("GEN-2026-0001"))
        #expect(!text.contains("GEN-2026-0002"))
        driver.send(.key(.enter))
        #expect(rankingScreen(driver)?.isTypingFilter == false)
        // Keys act on the filtered rows: R refuses the one shown.
        keys("R", driver)
        keys("Hors priorités", driver)
        driver.send(.key(.enter))
        #expect(try world.file(1).dossier.state == .rejected)
        #expect(try world.file(2).dossier.state == .reviewed)
        // The filter is kept when the list is read again after the decision.
        #expect(rankingScreen(driver)?.rankingFilter == "developpeuse")
        text = screen(driver)
        #expect(!text.contains("GEN-2026-0002"))
        // Échap clears the filter first, then goes back to the committees.
        driver.send(.key(.escape))
        #expect(rankingScreen(driver)?.rankingFilter == "")
        #expect(screen(driver).contains("GEN-2026-0002"))
        driver.send(.key(.escape))
        guard case .instruction(let committees) = driver.state.screen else { Issue.record("left"); return }
        #expect(committees.mode == .committees)
    }

    @Test func typingQOrDigitsInTheFilterDoesNotQuitNorDecide() throws {
        let world = try InstructionWorld()
        try world.repository.database.execute(sql: "UPDATE dossiers SET state = 'reviewed', score = 6.3 WHERE id IN (1, 2)")
        let driver = world.driver(role: .instruction)
        keys("c", driver)
        driver.send(.key(.enter))
        keys("/qRLA ", driver)
        #expect(!driver.state.wantsToQuit)
        #expect(rankingScreen(driver)?.input == nil)
        #expect(rankingScreen(driver)?.itemCount == 0)
        #expect(screen(driver).contains("qRLA ▏ (0 sur 2)"))
        driver.send(.key(.escape))
        #expect(rankingScreen(driver)?.itemCount == 2)
        #expect(try world.file(1).dossier.state == .reviewed)
    }
}

@Suite("Ranked list: a dossier's detail and back (issue 3)")
struct RankingDetailTests {
    @Test func echapInADetailOpenedFromTheRankingComesBackToIt() throws {
        let world = try InstructionWorld()
        try world.repository.database.execute(sql: "UPDATE dossiers SET state = 'reviewed', score = 6.3 WHERE id IN (1, 2)")
        let driver = world.driver(role: .comite, login: "membre")
        driver.send(.key(.character("c")))
        driver.send(.key(.enter))
        for c in "/web" { driver.send(.key(.character(c))) }
        driver.send(.key(.enter))
        driver.send(.key(.enter))
        guard case .detail(let content, _) = driver.state.screen else { Issue.record("no detail"); return }
        #expect(content.dossierNumber == "GEN-2026-0001")
        driver.send(.key(.escape))
        guard case .instruction(let back) = driver.state.screen else { Issue.record("not back to the ranking"); return }
        #expect(back.mode == .ranking(.init(10), date: date("18/02/2027")))
        #expect(back.rankingFilter == "web")
        #expect(back.returnCommittees != nil)
        // From the lists, a detail goes back to the lists as before.
        driver.send(.key(.escape))
        driver.send(.key(.escape))
        driver.send(.key(.escape))
        #expect(driver.state.screen == .panes)
        driver.send(.key(.enter))
        driver.send(.key(.escape))
        #expect(driver.state.screen == .panes)
    }
}
