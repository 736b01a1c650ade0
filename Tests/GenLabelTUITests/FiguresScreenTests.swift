import Testing
import GenLabelCore
@testable import GenLabelTUI

@Suite("Figures screen (issue 4): bars, goals, warnings, drill-down")
struct FiguresScreenTests {
    func figures(_ driver: AppDriver) -> FiguresScreen? {
        if case .figures(let screen) = driver.state.screen { return screen }
        return nil
    }

    @Test func fromTheListsOverallThenDownToASession() {
        let (driver, store, _) = makeLearnerDriver(role: .suivi, width: 110, height: 40)
        driver.send(.key(.character("%")))
        guard let screen = figures(driver) else { Issue.record("no figures screen"); return }
        #expect(screen.current == .overall)
        #expect(screen.children == [.region("84"), .region("76")], "Auvergne-Rhône-Alpes before Occitanie")
        let text = screenText(driver)
        #expect(text.contains("Chiffres — Ensemble"))
        #expect(text.contains(" 41 · aide CROUS : 3"))
        #expect(text.contains("1 session(s) sur 3 sous les 10 apprenants du public cible (§2b-6)"))
        driver.send(.key(.enter))
        #expect(figures(driver)?.current == .region("84"))
        driver.send(.key(.enter))
        #expect(figures(driver)?.current == .training(.init(1)))
        // Two sessions, 8 women of 25 (32 %): met; 6 QPV/ZRR of 25 (24 %): missed.
        let training = screenText(driver)
        #expect(training.contains("24 % de résidents QPV/ZRR : sous l'objectif de 30 %"))
        #expect(!training.contains("de femmes : sous"))
        driver.send(.key(.down))
        driver.send(.key(.enter))
        #expect(figures(driver)?.current == .session(.init(1)))
        driver.send(.key(.escape))
        driver.send(.key(.escape))
        driver.send(.key(.escape))
        #expect(figures(driver)?.current == .overall)
        driver.send(.key(.escape))
        guard case .panes = driver.state.screen else { Issue.record("not back to the lists"); return }
        #expect(store.personalReads == 0, "figures never read personal data")
    }

    @Test func fromASessionsDetailOnThatSessionAndBackToTheDetail() {
        let (driver, _, _) = makeLearnerDriver(role: .suivi, width: 110, height: 40)
        driver.send(.key(.character("2")))
        driver.send(.key(.enter))
        driver.send(.key(.character("f")))
        guard let screen = figures(driver) else { Issue.record("no figures screen"); return }
        #expect(screen.path == [.overall, .region("84"), .training(.init(1)), .session(.init(1))])
        #expect(screenText(driver).contains("Ensemble › Auvergne-Rhône-Alpes › Développeuse / Développeur web et web mobile — Saint-Étienne › S2026-09"))
        // ← goes up to the training; Échap from there goes back to the detail it came from.
        driver.send(.key(.left))
        #expect(figures(driver)?.current == .training(.init(1)))
        driver.send(.key(.escape))
        guard case .detail(let content, _) = driver.state.screen else { Issue.record("not back to the detail"); return }
        #expect(content.figures == .session(.init(1)))
    }

    @Test func fromALabelsDetailOnItsTraining() {
        let (driver, _, _) = makeLearnerDriver(role: .suivi, width: 110, height: 40)
        driver.send(.key(.character("3")))
        driver.send(.key(.enter))
        driver.send(.key(.character("f")))
        #expect(figures(driver)?.current == .training(.init(1)))
    }

    @Test(arguments: [Role.comite, nil])
    func aCommitteeMemberSeesTheFigures(role: Role?) {
        let (driver, store, writer) = makeLearnerDriver(role: role, width: 110, height: 40)
        driver.send(.key(.character("2")))
        driver.send(.key(.enter))
        #expect(screenText(driver).contains("f chiffres"))
        driver.send(.key(.character("f")))
        #expect(figures(driver)?.current == .session(.init(1)))
        #expect(store.personalReads == 0 && writer.learnerReads == 0)
        #expect(!screenText(driver).contains("Maëlle"))
    }

    @Test func aSessionUnderTenTargetLearnersIsAWarningNotAnError() {
        let (driver, _, _) = makeLearnerDriver(role: .suivi, width: 110, height: 40)
        driver.send(.key(.character("%")))
        for key in [Key.enter, .enter, .enter] { driver.send(.key(key)) }   // S2025-10: 8 target-public learners
        #expect(figures(driver)?.current == .session(.init(2)))
        let text = screenText(driver)
        #expect(text.contains("! 8 apprenant(s) du public cible : moins des 10 attendus par session (§2b-6)"))
        #expect(!text.contains("de femmes : sous"), "the 30 % goals are not warned per session")
    }

    @Test func barsInEighthsAndInASCII() {
        #expect(FigureBar.runs(fraction: 0.5, markPercent: nil, width: 4, ascii: false, missed: false).map(\.0).joined() == "██··")
        #expect(FigureBar.runs(fraction: 0.3, markPercent: 30, width: 10, ascii: false, missed: true).map(\.0).joined() == "███│·······")
        #expect(FigureBar.runs(fraction: 0.33, markPercent: 30, width: 10, ascii: false, missed: false).map(\.0).joined() == "███│▎······")
        #expect(FigureBar.runs(fraction: 0.33, markPercent: 30, width: 10, ascii: true, missed: false).map(\.0).joined() == "###|.......")
        #expect(FigureBar.runs(fraction: 0.36, markPercent: 30, width: 10, ascii: true, missed: false).map(\.0).joined() == "###|=......")
        #expect(FigureBar.runs(fraction: 1, markPercent: 100, width: 5, ascii: true, missed: false).map(\.0).joined() == "#####|")
        #expect(FigureBar.runs(fraction: nil, markPercent: 70, width: 10, ascii: false, missed: false).map(\.0).joined() == "·······│···")
        let missed = FigureBar.runs(fraction: 0.2, markPercent: 30, width: 10, ascii: false, missed: true)
        #expect(missed.first?.1 == .warning && missed.contains { $0.0 == "│" && $0.1 == .warning })
    }

    @Test func overallScreenUnicode() {
        let (driver, _, _) = makeLearnerDriver(role: .comite, width: 110, height: 36)
        driver.send(.key(.character("%")))
        assertSnapshot(MainView.render(driver.state), named: "figures-overall-110x36")
    }

    @Test func trainingScreenASCII() {
        let (driver, _, _) = makeLearnerDriver(role: .comite, width: 100, height: 36, ascii: true)
        driver.send(.key(.character("%")))
        driver.send(.key(.enter))
        driver.send(.key(.enter))
        assertSnapshot(MainView.render(driver.state), named: "figures-training-ascii-100x36")
    }

    @Test func narrowScreenKeepsTheMostUsefulColumns() {
        let (driver, _, _) = makeLearnerDriver(role: .comite, width: 80, height: 30)
        driver.send(.key(.character("%")))
        assertSnapshot(MainView.render(driver.state), named: "figures-overall-80x30")
    }
}
