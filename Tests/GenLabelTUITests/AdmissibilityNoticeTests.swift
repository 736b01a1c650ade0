import Foundation
import Testing
import GenLabelCore
@testable import GenLabelStore
@testable import GenLabelTUI

/// Issue 3: "any failed ⇒ irrecevable with the list of reasons, ready to send to the applicant".
@Suite("Inadmissibility notice, ready to send (issue 3)")
struct AdmissibilityNoticeTests {
    func keys(_ text: String, _ driver: AppDriver) {
        for character in text { driver.send(.key(.character(character))) }
    }

    func screen(_ driver: AppDriver) -> String { MainView.render(driver.state).textLines().joined(separator: "\n") }

    @Test func theNoticeNamesTheDossierTheTrainingAndEveryFailedCriterion() throws {
        let world = try InstructionWorld()
        try world.repository.database.execute(sql: "UPDATE dossiers SET funded_places = 6, immersion_weeks = 0 WHERE id = 1")
        let notice = try #require(AdmissibilityNotice.text(try world.file(1), today: date("03/12/2026")))
        #expect(notice.hasPrefix("Objet : dossier GEN-2026-0001 — candidature au label Grande École du Numérique irrecevable"))
        #expect(notice.contains("Le dossier GEN-2026-0001 déposé par Association Élan Numérique pour la formation « Développeuse web — Saint-Étienne » (dépôt du 20/11/2026)"))
        let reasons = notice.split(separator: "\n").filter { $0.hasPrefix("- ") }
        #expect(reasons.count == 2)
        #expect(reasons[0].hasPrefix("- Critère 5"))
        #expect(reasons[1].hasPrefix("- Critère 7"))
        #expect(notice.contains("Le 03/12/2026,"))
        // Not inadmissible: no notice.
        #expect(AdmissibilityNotice.text(try world.file(2), today: date("03/12/2026")) == nil)
    }

    @Test func mInTheChecklistOpensTheNoticeInTheEditorAndWritesNothing() throws {
        let world = try InstructionWorld()
        try world.repository.database.execute(sql: "UPDATE dossiers SET funded_places = 6 WHERE id = 1")
        let driver = world.driver(role: .instruction)
        var shown: [String] = []
        driver.editor = { text in shown.append(text); return .edited(text + "\nmodifié") }
        driver.send(.key(.down))
        driver.send(.key(.enter))
        keys("r", driver)
        #expect(screen(driver).contains("m notification"))
        let version = try world.file(1).version
        keys("m", driver)
        #expect(shown.count == 1)
        #expect(shown.first?.contains("- Critère 7") == true)
        #expect(try world.file(1).version == version)
        // An editor that cannot run is said.
        driver.editor = { _ in .failed("éditeur introuvable : nano") }
        keys("m", driver)
        #expect(driver.state.statusMessage == "éditeur introuvable : nano")
    }

    @Test func noNoticeForADossierThatIsNotInadmissible() throws {
        let world = try InstructionWorld()
        let driver = world.driver(role: .instruction)
        var opened = false
        driver.editor = { text in opened = true; return .edited(text) }
        driver.send(.key(.enter))
        keys("r", driver)
        #expect(!screen(driver).contains("m notification"))
        keys("m", driver)
        #expect(!opened)
        #expect(screen(driver).contains("pas de notification d'irrecevabilité à envoyer"))
    }
}

@Suite("Instruction input boxes: Échap asks before losing what was typed (issue 3)")
struct InstructionInputDiscardTests {
    @Test func echapWithSomethingTypedAsksAndNKeepsOEmpties() throws {
        let world = try InstructionWorld()
        let driver = world.driver(role: .instruction)
        driver.send(.key(.down))
        driver.send(.key(.enter))
        for c in "rjjjo" { driver.send(.key(.character(c))) }
        func input() -> TextInput? { if case .instruction(let s) = driver.state.screen { return s.input }; return nil }
        func text() -> String { MainView.render(driver.state).textLines().joined(separator: "\n") }
        for c in "Entretien" { driver.send(.key(.character(c))) }
        driver.send(.key(.escape))
        #expect(input()?.confirmingDiscard == true)
        #expect(text().contains("Abandonner la saisie ? o : oui, n : non"))
        // n: back to typing, nothing lost.
        driver.send(.key(.character("n")))
        #expect(input()?.text == "Entretien")
        #expect(input()?.confirmingDiscard == false)
        // o: the box closes, nothing written.
        driver.send(.key(.escape))
        driver.send(.key(.character("o")))
        #expect(input() == nil)
        #expect(try world.file(1).decisions.isEmpty)
        // Nothing typed (or the date offered left as it was): Échap closes at once.
        driver.send(.key(.character("o")))
        driver.send(.key(.escape))
        #expect(input() == nil)
    }
}
