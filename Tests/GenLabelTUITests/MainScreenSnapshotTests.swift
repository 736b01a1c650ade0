import Testing
import GenLabelCore
@testable import GenLabelTUI

@Suite("Screens as text (snapshots)")
struct MainScreenSnapshotTests {
    @Test func mainScreenAt80x24() {
        let (driver, _) = makeDriver(width: 80, height: 24)
        assertSnapshot(MainView.render(driver.state), named: "main-80x24")
    }

    @Test func mainScreenAt120x40() {
        let (driver, _) = makeDriver(width: 120, height: 40)
        assertSnapshot(MainView.render(driver.state), named: "main-120x40")
    }

    @Test func alertsPaneActiveAt120x40() {
        let (driver, _) = makeDriver(width: 120, height: 40)
        driver.send(.key(.character("4")))
        assertSnapshot(MainView.render(driver.state), named: "alerts-active-120x40")
    }

    @Test func helpScreen() {
        let (driver, _) = makeDriver(width: 80, height: 24)
        driver.send(.key(.character("?")))
        assertSnapshot(MainView.render(driver.state), named: "help-80x24")
    }

    @Test func dossierDetail() {
        let (driver, _) = makeDriver(width: 80, height: 24)
        driver.send(.key(.down))
        driver.send(.key(.enter))
        assertSnapshot(MainView.render(driver.state), named: "dossier-detail-80x24")
    }

    @Test func emptyDatabaseSaysHowToFillEachPane() {
        let (driver, _) = makeDriver(width: 100, height: 30, empty: true)
        let screen = MainView.render(driver.state)
        assertSnapshot(screen, named: "empty-100x30")
        let text = screen.textLines().joined(separator: "\n")
        #expect(text.contains("Aucun dossier"))
        #expect(text.contains("genlabel --demo"))
    }

    @Test("too small a terminal shows a message", arguments: [(20, 5), (1, 1), (59, 30), (100, 13)])
    func tooSmall(width: Int, height: Int) {
        let (driver, _) = makeDriver(width: width, height: height)
        let lines = MainView.render(driver.state).textLines()
        #expect(lines.count == height)
        if width >= 30 { #expect(lines.joined(separator: " ").contains("Fenêtre trop petite")) }
        #expect(!lines.joined().contains("Dossiers"))
    }

    @Test func zeroSizedTerminalRendersNothingAndDoesNotCrash() {
        let (driver, _) = makeDriver(width: 0, height: 0)
        #expect(MainView.render(driver.state).textLines().isEmpty)
    }
}
