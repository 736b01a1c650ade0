import Foundation
import Testing

/// Issue 3's end-to-end test: with keys only, a new dossier is entered in the form, submitted, checked,
/// scored and labelled; then the ranking export finds it.
@Suite("genlabel in tmux: a dossier from the form to the ranking export", .serialized)
struct InstructionEndToEndTests {
    /// Moves the selection of an instruction screen down until the line `▶ name` is shown.
    func select(_ name: String, _ tmux: TmuxSession) throws {
        try tmux.send("Up", "Up", "Up", "Up", "Up", "Up", "Up", "Up", "Up", "Up")
        usleep(200_000)
        for _ in 0..<10 {
            if try tmux.screen().contains("▶ " + name) { return }
            try tmux.send("Down")
            usleep(150_000)
        }
        try tmux.waitForScreen(timeout: 5, "the line \(name)") { $0.contains("▶ " + name) }
    }

    func type(_ tmux: TmuxSession, _ fields: [String]) throws {
        for field in fields {
            if !field.isEmpty { try tmux.send("-l", field) }
            try tmux.send("Tab")
        }
    }

    @Test func submitCheckScoreAndDecideWithKeysThenFindItInTheRankingExport() throws {
        let tmux = try TmuxSession()
        let database = tmux.directory + "/gen.sqlite"
        try tmux.start(["--db", database, "--today", "01/03/2022"], width: 120, height: 40)
        try tmux.waitForScreen("the empty panes") { $0.contains("Dossiers (0)") }
        // The form of a new dossier, every group filled in with keys.
        try tmux.send("n")
        try tmux.waitForScreen(timeout: 10, "the new dossier's form") { $0.contains("Nouveau dossier (brouillon)") }
        try type(tmux, ["Les Codeuses du Forez", "73282932000074", "84420123456"])
        try tmux.send("Right")                               // Qualiopi: certifié
        try type(tmux, ["", "31/12/2027", "", "", "", ""])    // its date; certified on, obligations, subcontractor, NDA
        try type(tmux, ["Data analyste", "Roanne", "42187"])
        try tmux.send("Right", "Tab", "Right")               // a region, then a family
        try type(tmux, ["", "Développeur web", ""])           // job; kind stays "première demande"
        try type(tmux, ["RNCP31114", "Développeur web et web mobile"])
        try tmux.send("Right")                               // certification owned
        try type(tmux, ["", "", "700", "8", "0", "0"])        // partnership end, hours, months, remote, reception
        try tmux.send("Right")                               // immersion: stage
        try type(tmux, ["", "8", "80", "2", "14", "12", "14", "40"])
        try tmux.send("Right", "Right")                      // QPV/ZRR: non
        try type(tmux, ["", "France Travail (sourcing)"])
        try tmux.send("C-s")
        try tmux.waitForScreen(timeout: 10, "the new dossier's detail") { $0.contains("Dossier GEN-2022-0001") }
        // Submit.
        try tmux.send("t")
        try tmux.waitForScreen(timeout: 10, "the steps") { $0.contains("Étapes possibles") }
        try select("Déposé", tmux)
        let steps = try tmux.screen()
        let committee = try #require(steps.range(of: "comité du [0-9/]{10}", options: .regularExpression)
            .map { String(steps[$0].suffix(10)) })
        try tmux.send("Enter")
        try tmux.waitForScreen(timeout: 10, "the reason box") { $0.contains("Motif ou commentaire") }
        try tmux.send("Enter")
        try tmux.waitForScreen(timeout: 10, "submitted") { $0.contains("→ Déposé") }
        // Admissibility: criterion 4 is checked by hand, the others are automatic.
        try tmux.send("Escape")
        try tmux.waitForScreen(timeout: 10, "the detail") { $0.contains("Dossier GEN-2022-0001") }
        try tmux.send("r")
        try tmux.waitForScreen(timeout: 10, "the checklist") { $0.contains("Recevabilité — GEN-2022-0001") }
        try select("4.", tmux)
        try tmux.send("o")
        try tmux.send("-l", "Entretien de motivation")
        try tmux.send("Enter")
        try tmux.waitForScreen(timeout: 10, "recevable") { $0.contains("Verdict") && $0.contains("Recevable") && !$0.contains("En attente") }
        try tmux.send("Escape")
        try tmux.waitForScreen(timeout: 10, "the detail") { $0.contains("Dossier GEN-2022-0001") }
        try tmux.send("t")
        try select("Recevable", tmux)
        try tmux.send("Enter", "Enter")
        try tmux.waitForScreen(timeout: 10, "admissible") { $0.contains("→ Recevable") }
        // Score: one key per grade.
        try tmux.send("Escape")
        try tmux.waitForScreen(timeout: 10, "the detail") { $0.contains("Dossier GEN-2022-0001") }
        try tmux.send("n")
        try tmux.waitForScreen(timeout: 10, "the grid") { $0.contains("Grille") || $0.contains("Notation") }
        for grade in ["3", "4", "3", "3", "2", "3"] {
            try tmux.send(grade)
            usleep(150_000)
        }
        try tmux.waitForScreen(timeout: 10, "the score") { $0.contains("7,5") }
        // Reviewed, then labelled with today's convention date.
        try tmux.send("Escape")
        try tmux.waitForScreen(timeout: 10, "the detail") { $0.contains("Dossier GEN-2022-0001") }
        try tmux.send("t")
        try select("Instruit", tmux)
        try tmux.send("Enter", "Enter")
        try tmux.waitForScreen(timeout: 10, "reviewed") { $0.contains("→ Instruit") }
        try select("Labellisé", tmux)
        try tmux.send("Enter")
        try tmux.waitForScreen(timeout: 10, "the convention date") { $0.contains("01/03/2022▏") }
        try tmux.send("Enter")
        try tmux.waitForScreen(timeout: 10, "labelled") { $0.contains("convention du 01/03/2022") }
        try tmux.send("Escape")
        try tmux.send("q")
        #expect(try tmux.exitStatus() == 0)
        let export = try TmuxSession.run(["env", "XDG_DATA_HOME=\(tmux.directory)/data", "HOME=\(tmux.directory)",
                                          TmuxSession.binary, "export", "ranking", "--committee", committee,
                                          "--db", database, "--today", "01/03/2022"])
        #expect(export.contains("GEN-2022-0001"))
        #expect(export.contains("Data analyste"))
        #expect(export.contains("7,5"))
    }
}
