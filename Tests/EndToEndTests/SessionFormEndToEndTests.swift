import Foundation
import Testing

/// The real binary: an officer edits a session's modality and referencing in its form; an impossible
/// date is refused under its field; the change is in the detail, the export and the audit trail.
@Suite("genlabel in tmux: the session form (issue 4)", .serialized)
struct SessionFormEndToEndTests {
    func cli(_ tmux: TmuxSession, login: String, _ arguments: [String]) throws -> String {
        try TmuxSession.run(["env", "XDG_DATA_HOME=\(tmux.directory)/data", "HOME=\(tmux.directory)",
                             "GENLABEL_LOGIN=\(login)", TmuxSession.binary] + arguments)
    }

    func type(_ tmux: TmuxSession, _ text: String) throws {
        for character in text { try tmux.send("-l", String(character)) }
    }

    @Test func anOfficerRecordsTheModalityAndAReferencingDate() throws {
        let tmux = try TmuxSession()
        try cli(tmux, login: "chef", ["users", "add", "chef", "admin", "--demo", "--today", "03/12/2026"])
        try cli(tmux, login: "chef", ["users", "add", "agent", "suivi", "--demo", "--today", "03/12/2026"])
        try tmux.start(["--demo", "--today", "03/12/2026"], width: 110, height: 36, environment: ["GENLABEL_LOGIN": "agent"])
        try tmux.waitForScreen("the panes with the user") { $0.contains("agent (suivi)") && $0.contains("Sessions") }
        try tmux.send("2")
        try tmux.send("Enter")
        let detail = try tmux.waitForScreen(timeout: 10, "the session's detail") { $0.contains("m modifier") }
        #expect(detail.contains("Référencement de la session (§4b)"))
        let title = try #require(detail.split(separator: "\n").first { $0.contains("Session S") })
        let code = try #require(title.range(of: "S[0-9]{4}-[0-9]{2}", options: .regularExpression).map { String(title[$0]) })
        try tmux.send("m")
        try tmux.waitForScreen(timeout: 10, "the form") { $0.contains("Modifier la session \(code)") }
        for _ in 0..<3 { try tmux.send("Down") }               // Modalité
        try tmux.send("C-u")                                     // non renseignée
        try tmux.send("Right")                                   // Présentiel
        for _ in 0..<6 { try tmux.send("Down") }               // Référencement KAIROS le
        try tmux.send("C-u")
        try type(tmux, "31/11/2026")
        try tmux.send("Tab")
        try tmux.waitForScreen(timeout: 10, "the refusal under the field") { $0.contains("! « 31/11/2026 » n'est pas une date") }
        try tmux.send("F2")
        try tmux.waitForScreen(timeout: 10, "nothing saved") { $0.contains("1 champ(s) à corriger : rien n'est enregistré") }
        try tmux.send("C-u")
        try type(tmux, "30/11/2026")
        try tmux.send("F2")
        let saved = try tmux.waitForScreen(timeout: 10, "the notice") { $0.contains("Enregistré : session \(code) modifiée") }
        #expect(saved.contains("Présentiel"))
        #expect(saved.contains("fait le 30/11/2026"))
        try tmux.send("q")
        #expect(try tmux.exitStatus() == 0)
        let audit = try cli(tmux, login: "chef", ["audit", "--demo", "--subject", "session"])
        #expect(audit.contains("agent : session"))
        #expect(audit.contains("Référencement KAIROS le : "))
        #expect(audit.contains("→ 30/11/2026"))
        let export = try cli(tmux, login: "chef", ["export", "sessions", "--demo"])
        #expect(export.contains(";\(code);") && export.contains(";Présentiel;"))
    }
}
