import Testing
import GenLabelCore
@testable import GenLabelTUI

/// A notice or an error in the footer is shown whole when the width allows: hints make room for it
/// (help and quit stay in the lists; the first hint stays on the other screens).
@Suite("Footer messages shown whole")
struct FooterMessageTests {
    static let notice = "Import de sessions.csv (Sessions) : 2 ligne(s) créée(s), 0 modifiée(s), 0 inchangée(s)."

    @Test func inTheListsEveryHintButHelpAndQuitMakesRoom() {
        let (driver, _) = makeDriver(width: 120, height: 30)
        var state = driver.state
        state.notice = Self.notice
        let footer = MainView.render(state).textLines().last ?? ""
        #expect(footer.contains(Self.notice), "\(footer)")
        #expect(footer.contains("? aide") && footer.contains("q quitter"), "\(footer)")
    }

    @Test func onADetailTooTheHintsMakeRoom() {
        let (driver, _) = makeDriver(width: 120, height: 30)
        driver.send(.key(.enter))
        var state = driver.state
        guard case .detail = state.screen else { Issue.record("no detail"); return }
        state.notice = Self.notice
        let footer = MainView.render(state).textLines().last ?? ""
        #expect(footer.contains(Self.notice), "\(footer)")
    }

    @Test func onAFramedScreenTheLastHintsMakeRoomAndTheFirstStays() {
        let (driver, _) = makeDriver(width: 106, height: 30)
        var state = driver.state
        state.screen = .importFile(ImportScreen())
        state.statusMessage = Self.notice
        let footer = MainView.render(state).textLines().last ?? ""
        #expect(footer.contains(Self.notice), "\(footer)")
        #expect(footer.contains("↑↓ déplacer") && !footer.contains("Échap retour"), "\(footer)")
    }

    @Test func aMessageWiderThanTheScreenEndsWithAnEllipsis() {
        let (driver, _) = makeDriver(width: 60, height: 20)
        var state = driver.state
        state.notice = Self.notice
        let footer = MainView.render(state).textLines().last ?? ""
        #expect(footer.contains("Import de sessions.csv") && footer.contains("…"), "\(footer)")
    }
}
