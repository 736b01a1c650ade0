import Foundation
import Testing

/// The real binary editing a learner through the TUI (issue 4), the figures screen as a committee member,
/// and the audit trail read back by a second process.
@Suite("genlabel in tmux: learners and figures", .serialized)
struct LearnersEndToEndTests {
    func cli(_ tmux: TmuxSession, login: String, _ arguments: [String]) throws -> String {
        try TmuxSession.run(["env", "XDG_DATA_HOME=\(tmux.directory)/data", "HOME=\(tmux.directory)",
                             "GENLABEL_LOGIN=\(login)", TmuxSession.binary] + arguments)
    }

    @Test func anOfficerRecordsALearnersExitAndTheFiguresFollow() throws {
        let tmux = try TmuxSession()
        try cli(tmux, login: "chef", ["users", "add", "chef", "admin", "--demo", "--today", "03/12/2026"])
        try cli(tmux, login: "chef", ["users", "add", "agent", "suivi", "--demo", "--today", "03/12/2026"])
        try tmux.start(["--demo", "--today", "03/12/2026"], width: 110, height: 36, environment: ["GENLABEL_LOGIN": "agent"])
        try tmux.waitForScreen("the panes with the user") { $0.contains("agent (suivi)") && $0.contains("Sessions") }
        try tmux.send("2")
        try tmux.send("Enter")
        try tmux.waitForScreen(timeout: 10, "the session's detail") { $0.contains("e apprenants") }
        try tmux.send("e")
        try tmux.waitForScreen(timeout: 10, "the learners") { $0.contains("apprenant(s)") && $0.contains("a ajouter") }
        try tmux.send("Enter")
        try tmux.waitForScreen(timeout: 10, "the form") { $0.contains("Sortie et devenir") }
        for _ in 0..<12 { try tmux.send("Tab") }
        try tmux.send("Space")
        try tmux.send("Space")
        try tmux.send("Tab")
        for character in "31/02/2026" { try tmux.send("-l", String(character)) }
        try tmux.send("Tab")
        try tmux.waitForScreen(timeout: 10, "the error next to the field") { $0.contains("« 31/02/2026 » n'est pas une date") }
        try tmux.send("F2")
        try tmux.waitForScreen(timeout: 10, "nothing saved") { $0.contains("champ(s) à corriger") }
        try tmux.send("C-u")
        for character in "01/12/2026" { try tmux.send("-l", String(character)) }
        try tmux.send("Tab")
        for character in "réorientation" { try tmux.send("-l", String(character)) }
        try tmux.send("F2")
        try tmux.waitForScreen(timeout: 10, "the notice") { $0.contains("Enregistré : apprenant modifié") }
        try tmux.send("Escape")
        try tmux.send("q")
        #expect(try tmux.exitStatus() == 0)
        let audit = try cli(tmux, login: "chef", ["audit", "--demo", "--subject", "apprenant"])
        #expect(audit.contains("Sortie : — → Abandon"), "\(audit)")
        #expect(audit.contains("Motif de sortie") && !audit.contains("réorientation"), "the reason is named, never written")
        let export = try cli(tmux, login: "chef", ["export", "learners", "--demo"])
        #expect(export.contains(";Abandon;01/12/2026;réorientation;"))
    }

    @Test func aCommitteeMemberReadsTheFiguresButNotTheLearners() throws {
        let tmux = try TmuxSession()
        try cli(tmux, login: "chef", ["users", "add", "chef", "admin", "--demo", "--today", "03/12/2026"])
        try cli(tmux, login: "chef", ["users", "add", "membre", "comite", "--demo", "--today", "03/12/2026"])
        try tmux.start(["--demo", "--today", "03/12/2026"], width: 110, height: 40, environment: ["GENLABEL_LOGIN": "membre"])
        try tmux.waitForScreen("the panes with the user") { $0.contains("membre (comité)") }
        try tmux.send("%")
        let figures = try tmux.waitForScreen(timeout: 10, "the figures") { $0.contains("Chiffres — Ensemble") && $0.contains("Régions") }
        #expect(figures.contains("Femmes") && figures.contains("objectif 30 %") && figures.contains("█"))
        try tmux.send("Escape")
        try tmux.send("2")
        try tmux.send("Enter")
        try tmux.waitForScreen(timeout: 10, "the session's detail") { $0.contains("Données personnelles masquées") }
        try tmux.send("e")
        try tmux.waitForScreen(timeout: 10, "the refusal") { $0.contains("votre rôle ne le permet pas") }
        try tmux.send("q")
        #expect(try tmux.exitStatus() == 0)
    }
}
