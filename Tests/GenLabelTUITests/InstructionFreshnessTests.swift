import Foundation
import Testing
import GenLabelCore
@testable import GenLabelStore
@testable import GenLabelTUI

/// Issue 3: after an instruction write the lists, the ranking and the alerts show it at once (only what
/// changed is read again, through the change log); a decision on several dossiers never writes over a
/// change someone else made after the ranked list was read.
@Suite("Instruction writes: fresh data, stale decisions refused (issue 3)")
struct InstructionFreshnessTests {
    func keys(_ text: String, _ driver: AppDriver) {
        for character in text { driver.send(.key(.character(character))) }
    }

    func screen(_ driver: AppDriver) -> String { MainView.render(driver.state).textLines().joined(separator: "\n") }

    /// The driver's lists and alerts against a driver that read everything afresh from the same file.
    func expectSameAsFullReload(_ driver: AppDriver, _ world: InstructionWorld, _ note: String) throws {
        let fresh = world.driver(role: .instruction)
        #expect(driver.state.data.dossiers == fresh.state.data.dossiers, "dossiers after \(note)")
        #expect(driver.state.data.labels == fresh.state.data.labels, "labels after \(note)")
        #expect(driver.state.alerts == fresh.state.alerts, "alerts after \(note)")
        for pane in PaneKind.allCases {
            #expect(driver.state.order(pane) == fresh.state.order(pane), "order of \(pane) after \(note)")
        }
    }

    func row(_ id: Int64, _ driver: AppDriver) -> DossierRow? { driver.state.data.dossiers.first { $0.id == .init(id) } }

    @Test func gradesOverridesAndStepsShowInTheListsAtOnceReadingOnlyWhatChanged() throws {
        let world = try InstructionWorld()
        let driver = world.driver(role: .instruction)
        // Dossier 2 (first row): grade the six criteria; the list's row has the state and the score at once.
        driver.send(.key(.enter))
        keys("n", driver)
        keys("332432", driver)
        #expect(row(2, driver)?.state == .underReview)
        #expect(row(2, driver)?.score == 7.1)
        #expect(driver.lastReload == .changes)
        try expectSameAsFullReload(driver, world, "grades")
        // Dossier 1: an admissibility override, then the step to "Recevable".
        driver.send(.key(.escape))
        driver.send(.key(.escape))
        driver.send(.key(.down))
        driver.send(.key(.enter))
        keys("r", driver)
        keys("jjjo", driver)
        keys("Entretien", driver)
        driver.send(.key(.enter))
        #expect(driver.lastReload == .changes)
        driver.send(.key(.escape))
        keys("t", driver)
        driver.send(.key(.enter))
        keys("RAS", driver)
        driver.send(.key(.enter))
        #expect(try world.file(1).dossier.state == .admissible)
        #expect(row(1, driver)?.state == .admissible)
        #expect(driver.lastReload == .changes)
        try expectSameAsFullReload(driver, world, "step")
    }

    @Test func aDecisionFromTheRankingShowsInTheRankingTheListsAndTheAlerts() throws {
        let world = try InstructionWorld()
        try world.repository.database.execute(sql: """
            UPDATE dossiers SET state = 'reviewed', score = 6.3 WHERE id IN (1, 2);
            """)
        let driver = world.driver(role: .instruction)
        #expect(driver.state.data.labels.isEmpty)
        keys("c", driver)
        driver.send(.key(.enter))
        guard case .instruction(let ranking) = driver.state.screen, case .ranking = ranking.mode else {
            Issue.record("no ranking"); return
        }
        // Labelled, the selected one (first rank: GEN-2026-0001), convention today.
        keys("L", driver)
        driver.send(.key(.enter))
        #expect(try world.file(1).dossier.state == .labelled)
        #expect(screen(driver).contains("Labellisé"))
        #expect(row(1, driver)?.state == .labelled)
        // The label created, and its first-session alert, are there without a full reload.
        #expect(driver.state.data.labels.count == 1)
        #expect(driver.state.alerts.contains { $0.kind == .firstSession })
        #expect(driver.lastReload == .changes)
        try expectSameAsFullReload(driver, world, "labelled")
    }

    @Test func aBulkDecisionSkipsADossierSomeoneElseChangedSinceTheRankingWasRead() throws {
        let world = try InstructionWorld()
        try world.repository.database.execute(sql: """
            UPDATE dossiers SET state = 'reviewed', score = 6.3 WHERE id IN (1, 2);
            """)
        let driver = world.driver(role: .instruction)
        keys("c", driver)
        driver.send(.key(.enter))
        keys("  ", driver) // both marked
        guard case .instruction(let marked) = driver.state.screen else { Issue.record("left the ranking"); return }
        #expect(marked.marked.count == 2)
        // Meanwhile another process changes GEN-2026-0001 (its funded places), through the real write path.
        let other = try SQLiteRepository(path: world.directory + "/genlabel.sqlite")
        defer { other.database.close() }
        let before = try #require(try other.instructionFile(.init(1)))
        var content = before.application.content
        content.fundedPlaces = 10
        try other.updateContent(content, dossier: .init(1), expectedVersion: before.version,
                                by: Actor(login: "a.benali", role: .instruction), at: "2026-12-03T09:59:00Z")
        // Refused for both: GEN-2026-0002 is decided, GEN-2026-0001 is not, and the screen says why.
        keys("R", driver)
        keys("Hors priorités", driver)
        driver.send(.key(.enter))
        #expect(try world.file(2).dossier.state == .rejected)
        let stale = try world.file(1)
        #expect(stale.dossier.state == .reviewed)
        #expect(stale.application.content.fundedPlaces == 10)
        #expect(stale.transitions.isEmpty)
        let text = screen(driver)
        #expect(text.contains("GEN-2026-0001 : modifié par quelqu'un d'autre"), "\(text)")
        #expect(driver.state.notice == T(.bulkDecided, 1, "GEN-2026-0002"))
        // The list was read again: deciding it now, over what is shown, works.
        guard case .instruction(let after) = driver.state.screen else { Issue.record("left the ranking"); return }
        #expect(after.marked.isEmpty)
        let position = try #require(after.ranking.firstIndex { $0.candidate.number == "GEN-2026-0001" })
        #expect(after.ranking[position].candidate.version == stale.version)
        for _ in 0..<after.ranking.count { driver.send(.key(.up)) }
        for _ in 0..<position { driver.send(.key(.down)) }
        keys("R", driver)
        keys("Hors priorités", driver)
        driver.send(.key(.enter))
        #expect(try world.file(1).dossier.state == .rejected)
    }

    @Test func aDecisionOnADossierChangedMeanwhileIsRefusedByTheStoreToo() throws {
        // The driver's check reads the version first; the store's version check stays the last word.
        let world = try InstructionWorld()
        try world.repository.database.execute(sql: "UPDATE dossiers SET state = 'reviewed', score = 6.3 WHERE id = 2")
        let file = try world.file(2)
        #expect(throws: (any Error).self) {
            try world.repository.transition(.init(2), to: .rejected, reason: "x", conventionOn: nil,
                                            expectedVersion: file.version - 1,
                                            by: Actor(login: "c.martin", role: .instruction),
                                            at: "2026-12-03T10:00:00Z", today: date("03/12/2026"))
        }
        #expect(try world.file(2).dossier.state == .reviewed)
    }

    func committeeAlert(_ id: Int64, _ driver: AppDriver) -> Bool {
        driver.state.alerts.contains { $0.kind == .committeeCollection && $0.subject == .committee(.init(id)) }
    }

    @Test func weightsAndTheListsCollectionAreRecordedFromTheCommitteesView() throws {
        let world = try InstructionWorld()
        try world.repository.database.execute(sql: """
            UPDATE dossiers SET state = 'reviewed', score = 1.7 WHERE id = 2;
            INSERT INTO grades (dossier_id, grader, criterion, grade) VALUES
                (2, 'c.martin', 1, 4), (2, 'c.martin', 2, 0), (2, 'c.martin', 3, 0),
                (2, 'c.martin', 4, 0), (2, 'c.martin', 5, 0), (2, 'c.martin', 6, 0);
            """)
        let driver = world.driver(role: .instruction)
        #expect(committeeAlert(10, driver))
        keys("c", driver)
        #expect(screen(driver).contains("w pondérations"))
        // Weights: six numbers; anything else is refused and said, nothing written.
        keys("w", driver)
        driver.send(.key(.control("u")))
        keys("2 1", driver)
        driver.send(.key(.enter))
        #expect(screen(driver).contains("six nombres entiers"))
        driver.send(.key(.control("u")))
        keys("2 1 1 1 1 1", driver)
        driver.send(.key(.enter))
        #expect(try world.file(2).weights == CriterionWeights([2, 1, 1, 1, 1, 1]))
        #expect(driver.state.notice == "Enregistré : pondérations 2 · 1 · 1 · 1 · 1 · 1, notes recalculées")
        #expect(screen(driver).contains("pondérations des critères 1 à 6 : 2 · 1 · 1 · 1 · 1 · 1"))
        // The score follows the weights (10 × 2 × 4/4 ÷ 7 = 2,9) in the Dossiers list at once.
        #expect(row(2, driver)?.score == 2.9)
        // The list collected today: weights frozen, the committee's collection alert is fulfilled.
        keys("l", driver)
        #expect(screen(driver).contains("Date de collecte (jj/mm/aaaa)"))
        driver.send(.key(.enter))
        #expect(try world.repository.committeeOverview(today: date("03/12/2026")).first { $0.committee.id == .init(10) }?.committee.listCollectedOn
                == date("03/12/2026"))
        #expect(screen(driver).contains("liste collectée, pondérations figées"))
        #expect(!committeeAlert(10, driver))
        try expectSameAsFullReload(driver, world, "list collected")
        keys("w", driver)
        #expect(screen(driver).contains("les pondérations sont figées"))
        keys("l", driver)
        #expect(screen(driver).contains("déjà été collectée le 03/12/2026"))
    }

    @Test func aCommitteeMemberChangesNoWeights() throws {
        let world = try InstructionWorld()
        let driver = world.driver(role: .comite, login: "membre")
        keys("c", driver)
        #expect(!screen(driver).contains("w pondérations"))
        keys("w", driver)
        #expect(screen(driver).contains("votre rôle ne le permet pas"))
        keys("l", driver)
        #expect(try world.repository.committeeOverview(today: date("03/12/2026"))
            .filter { [.init(10), .init(11)].contains($0.committee.id) }.allSatisfy { $0.committee.listCollectedOn == nil })
    }
}
