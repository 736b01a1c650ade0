import Foundation
import Testing

/// The real binary writing through the TUI, with roles per login and the audit trail read back by a
/// second process.
@Suite("genlabel in tmux: recording a fact", .serialized)
struct RecordingEndToEndTests {
    /// Runs the CLI as `login` on the tmux session's data directory.
    func cli(_ tmux: TmuxSession, login: String, _ arguments: [String]) throws -> String {
        try TmuxSession.run(["env", "XDG_DATA_HOME=\(tmux.directory)/data", "HOME=\(tmux.directory)",
                             "GENLABEL_LOGIN=\(login)", TmuxSession.binary] + arguments)
    }

    /// The number N of "x/N" or "x sur N" in the Alertes pane's bottom border.
    func alertCount(_ screen: String) -> Int? {
        guard let range = screen.range(of: "[0-9]+ sur ([0-9]+)", options: .regularExpression) else { return nil }
        return Int(screen[range].split(separator: " ").last ?? "")
    }

    @Test func anOfficerRecordsAnOverdueEndListAndItsAlertLeavesTheList() throws {
        let tmux = try TmuxSession()
        try cli(tmux, login: "chef", ["users", "add", "chef", "admin", "--demo", "--today", "03/12/2026"])
        try cli(tmux, login: "chef", ["users", "add", "agent", "suivi", "--demo", "--today", "03/12/2026"])
        try tmux.start(["--demo", "--today", "03/12/2026"], width: 120, height: 36, environment: ["GENLABEL_LOGIN": "agent"])
        try tmux.waitForScreen("the panes with the user") { $0.contains("agent (suivi)") && $0.contains("Alertes") }
        try tmux.send("4")
        try tmux.send("/")
        for character in "liste de fin" { try tmux.send("-l", String(character)) }
        try tmux.send("Enter")
        let filtered = try tmux.waitForScreen(timeout: 10, "the end-list alerts") { alertCount($0) != nil }
        let before = try #require(alertCount(filtered))
        try tmux.send("Enter")
        try tmux.waitForScreen(timeout: 10, "the alert's detail") { $0.contains("Calcul") || $0.contains("calcul") }
        try tmux.send("Enter")
        try tmux.waitForScreen(timeout: 10, "the session's detail") { $0.contains("l liste de fin") }
        try tmux.send("l")
        try tmux.waitForScreen(timeout: 10, "the date prompt") { $0.contains("Date (jj/mm/aaaa") }
        try tmux.send("Enter")
        try tmux.waitForScreen(timeout: 10, "the notice") { $0.contains("Enregistré : Liste de fin de session reçue le 03/12/2026") }
        try tmux.send("Escape")
        let after = try tmux.waitForScreen(timeout: 10, "one alert fewer") { alertCount($0) == before - 1 }
        #expect(alertCount(after) == before - 1)
        try tmux.send("q")
        #expect(try tmux.exitStatus() == 0)
        let audit = try cli(tmux, login: "chef", ["audit", "--demo", "--subject", "session"])
        #expect(audit.contains("agent : session"))
        #expect(audit.contains("Liste de fin de session reçue le : — → 03/12/2026"))
        let check = try cli(tmux, login: "chef", ["check", "--demo"])
        #expect(check.contains("journal d'audit intact (3 entrée(s)"))
    }

    @Test func aCommitteeMemberSeesNeitherLearnersNorTheRecordingKeys() throws {
        let tmux = try TmuxSession()
        try cli(tmux, login: "chef", ["users", "add", "chef", "admin", "--demo", "--today", "03/12/2026"])
        try cli(tmux, login: "chef", ["users", "add", "membre", "comite", "--demo", "--today", "03/12/2026"])
        try tmux.start(["--demo", "--today", "03/12/2026"], width: 120, height: 60, environment: ["GENLABEL_LOGIN": "membre"])
        try tmux.waitForScreen("the panes with the user") { $0.contains("membre (comité)") }
        try tmux.send("2")
        try tmux.send("Enter")
        let detail = try tmux.waitForScreen(timeout: 10, "the session's detail") { $0.contains("Données personnelles masquées") }
        #expect(!detail.contains("né·e le") && !detail.contains("née le") && !detail.contains("né le"))
        #expect(!detail.contains("liste de fin"))
        try tmux.send("l")
        try tmux.waitForScreen(timeout: 10, "the refusal") { $0.contains("votre rôle ne le permet pas") }
        try tmux.send("q")
        #expect(try tmux.exitStatus() == 0)
    }
}
