import Foundation
import Testing

/// The real binary on the demo database, driven like an officer (issue 4): a label's modification
/// request through its form (`m`), then an alert acknowledged with a reason (`a`), shown marked, and
/// the acknowledgement undone (`u`); the audit trail read back by a second process.
@Suite("genlabel in tmux: label form and alert handling", .serialized)
struct MonitoringKeysEndToEndTests {
    func cli(_ tmux: TmuxSession, login: String, _ arguments: [String]) throws -> String {
        try TmuxSession.run(["env", "XDG_DATA_HOME=\(tmux.directory)/data", "HOME=\(tmux.directory)",
                             "GENLABEL_LOGIN=\(login)", TmuxSession.binary] + arguments)
    }

    /// N in the Alertes pane's title "4 Alertes (N)".
    func alertTotal(_ screen: String) -> Int? {
        guard let range = screen.range(of: "4 Alertes \\([0-9]+\\)", options: .regularExpression) else { return nil }
        return Int(screen[range].dropFirst("4 Alertes (".count).dropLast())
    }

    func type(_ tmux: TmuxSession, _ text: String) throws {
        try tmux.send("-l", text)
    }

    @Test func anOfficerFilesAModificationRequestThenAcknowledgesAnAlertAndUndoesIt() throws {
        let tmux = try TmuxSession()
        try cli(tmux, login: "chef", ["users", "add", "chef", "admin", "--demo", "--today", "03/12/2026"])
        try cli(tmux, login: "chef", ["users", "add", "agent", "suivi", "--demo", "--today", "03/12/2026"])
        try tmux.start(["--demo", "--today", "03/12/2026"], width: 120, height: 40, environment: ["GENLABEL_LOGIN": "agent"])
        let first = try tmux.waitForScreen("the panes with the user") { $0.contains("agent (suivi)") && alertTotal($0) != nil }
        let before = try #require(alertTotal(first))

        // The label form: a modification request, its note typed, saved.
        try tmux.send("3")
        try tmux.send("Enter")
        try tmux.waitForScreen(timeout: 10, "the label's detail") { $0.contains("Demandes de modification") && $0.contains("m demande") }
        try tmux.send("m")
        try tmux.waitForScreen(timeout: 10, "the request form") { $0.contains("Nouvelle demande de modification") && $0.contains("‹ contenu ›") }
        try tmux.send("Right")
        try tmux.waitForScreen(timeout: 10, "the next kind") { $0.contains("‹ certification ›") }
        try tmux.send("Tab")
        try tmux.send("Tab")
        try type(tmux, "nouveau certificateur partenaire")
        try tmux.send("Enter")
        let saved = try tmux.waitForScreen(timeout: 10, "the notice") { $0.contains("Enregistré : demande de modification « certification »") }
        #expect(saved.contains("certification · demandée le 03/12/2026 · en attente : « nouveau certificateur partenaire »"))
        #expect(!saved.contains("Nouvelle demande de modification"), "the form is closed")
        try tmux.send("Escape")
        // A pending request is an alert (due a month later): one more in the list.
        try tmux.waitForScreen(timeout: 10, "the request's alert") { alertTotal($0) == before + 1 }

        // The Alertes pane: acknowledge the first (overdue) alert with a reason.
        try tmux.send("4")
        try tmux.send("a")
        try tmux.waitForScreen(timeout: 10, "the acknowledgement form") { $0.contains("Acquitter l'alerte") && $0.contains("Motif") }
        try tmux.send("Enter")
        try tmux.waitForScreen(timeout: 10, "a reason is required") { $0.contains("un motif est obligatoire") }
        try type(tmux, "relance envoyée au porteur")
        try tmux.send("Enter")
        let acknowledged = try tmux.waitForScreen(timeout: 10, "the alert marked") {
            $0.contains("Enregistré : alerte acquittée") && $0.contains("!!✓")
        }
        #expect(!acknowledged.contains("Acquitter l'alerte"))
        #expect(alertTotal(acknowledged) == before + 1, "an acknowledged alert stays listed")
        try tmux.send("Enter")
        try tmux.waitForScreen(timeout: 10, "the handling in the alert's detail") {
            $0.contains("Acquittée par agent le 03/12/2026 : « relance envoyée au porteur »")
        }
        try tmux.send("Escape")

        // Undo: the mark goes, the alert is followed as before.
        try tmux.send("u")
        let undone = try tmux.waitForScreen(timeout: 10, "the mark gone") {
            $0.contains("de nouveau suivie normalement") && !$0.contains("✓")
        }
        #expect(alertTotal(undone) == before + 1)
        try tmux.send("Enter")
        let detail = try tmux.waitForScreen(timeout: 10, "the alert's detail") { $0.contains("Suivi de l'alerte") || $0.contains("Calcul") }
        #expect(!detail.contains("Acquittée par"))
        try tmux.send("Escape")

        // Snooze it for a week: hidden and counted; `v` shows it marked `z`.
        try tmux.send("z")
        try tmux.waitForScreen(timeout: 10, "the snooze form") { $0.contains("Reporter l'alerte") && $0.contains("Jusqu'au : 10/12/2026") }
        try tmux.send("Tab")
        try type(tmux, "en attente du porteur")
        try tmux.send("Enter")
        let snoozed = try tmux.waitForScreen(timeout: 10, "the alert hidden") {
            $0.contains("Enregistré : alerte reportée jusqu'au 10/12/2026") && $0.contains("1 reportée(s)")
        }
        #expect(snoozed.contains("(\(before) sur \(before + 1))"), "one hidden of \(before + 1)")
        #expect(!snoozed.contains("!!z"))
        try tmux.send("v")
        try tmux.waitForScreen(timeout: 10, "the snoozed alert shown") { $0.contains("!!z") }
        try tmux.send("q")
        #expect(try tmux.exitStatus() == 0)

        // On the snooze's date it is back by itself, unmarked.
        let later = try TmuxSession()
        try TmuxSession.run(["cp", "-R", tmux.directory + "/data", later.directory + "/data"])
        try later.start(["--demo", "--today", "10/12/2026"], width: 120, height: 40, environment: ["GENLABEL_LOGIN": "agent"])
        let back = try later.waitForScreen("the list on 10/12/2026") { $0.contains("agent (suivi)") && alertTotal($0) != nil }
        #expect(!back.contains("reportée(s)") && !back.contains("!!z"), "\(back)")
        try later.send("q")
        #expect(try later.exitStatus() == 0)

        let audit = try cli(tmux, login: "chef", ["audit", "--demo"])
        #expect(audit.contains("agent : label"), "\(audit)")
        #expect(audit.contains("demande de modification « certification » du 03/12/2026 : « nouveau certificateur partenaire »"))
        #expect(audit.contains("alerte acquittée : « relance envoyée au porteur »"))
        #expect(audit.contains("acquittement ou report annulé"))
        #expect(audit.contains("« en attente du porteur »"))
        #expect(try cli(tmux, login: "chef", ["check", "--demo"]).contains("La base est saine."))
    }
}
