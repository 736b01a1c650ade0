import Foundation
import Testing

/// The real binary importing a file from the TUI (issue 5): `i`, the kind, the path completed with Tab,
/// the preview (nothing written), then Entrée; a second process reads the rows back.
@Suite("genlabel in tmux: import from the TUI", .serialized)
struct ImportEndToEndTests {
    func cli(_ tmux: TmuxSession, login: String, _ arguments: [String]) throws -> String {
        try TmuxSession.run(["env", "XDG_DATA_HOME=\(tmux.directory)/data", "HOME=\(tmux.directory)",
                             "GENLABEL_LOGIN=\(login)", TmuxSession.binary] + arguments)
    }

    @Test func anInstructorPreviewsThenImportsCommunesWithKeysOnly() throws {
        let tmux = try TmuxSession()
        try cli(tmux, login: "chef", ["users", "add", "chef", "admin", "--demo", "--today", "03/12/2026"])
        try cli(tmux, login: "chef", ["users", "add", "agent", "instruction", "--demo", "--today", "03/12/2026"])
        try "Code INSEE;Commune;ZRR\r\n99001;Bourg-Témoin;oui\r\n99002;Val-d’Essai;non\r\n"
            .write(toFile: tmux.directory + "/communes-test.csv", atomically: true, encoding: .utf8)
        try tmux.start(["--demo", "--today", "03/12/2026"], width: 110, height: 36, environment: ["GENLABEL_LOGIN": "agent"])
        try tmux.waitForScreen("the panes with the user") { $0.contains("agent (instruction)") && $0.contains("Dossiers") }
        try tmux.send("i")
        try tmux.waitForScreen(timeout: 10, "the kinds") { $0.contains("Que contient le fichier ?") }
        for _ in 0..<4 { try tmux.send("Down") }
        try tmux.send("Enter")
        try tmux.waitForScreen(timeout: 10, "the path prompt") { $0.contains("Contenu") && $0.contains("Communes") }
        for character in "~/communes-t" { try tmux.send("-l", String(character)) }
        try tmux.send("Tab")
        try tmux.waitForScreen(timeout: 10, "the completed path") { $0.contains("~/communes-test.csv") }
        try tmux.send("Enter")
        let preview = try tmux.waitForScreen(timeout: 20, "the preview") { $0.contains("Ce que l'import changerait") }
        #expect(preview.contains("À créer") && preview.contains(": 2"), "\(preview)")
        let before = try cli(tmux, login: "chef", ["export", "communes", "--demo"])
        #expect(!before.contains("Bourg-Témoin"), "the preview wrote nothing")
        try tmux.send("Enter")
        try tmux.waitForScreen(timeout: 20, "the notice") { $0.contains("2 ligne(s) créée(s)") }
        try tmux.send("q")
        #expect(try tmux.exitStatus() == 0)
        let after = try cli(tmux, login: "chef", ["export", "communes", "--demo"])
        #expect(after.contains("99001;Bourg-Témoin;oui") && after.contains("99002;Val-d’Essai;non"), "\(after)")
    }
}
