import Foundation
import Testing

/// The real binary in a real terminal (tmux, 100×30) on a demo database.
@Suite("genlabel in tmux", .serialized)
struct TerminalAppEndToEndTests {
    @Test func demoDatabaseOpensShowsThePanesMovesAndQuitsCleanly() throws {
        let tmux = try TmuxSession()
        try tmux.start(["--demo", "--today", "03/12/2026"])
        let screen = try tmux.waitForScreen("the four panes") { $0.contains("Alertes") && $0.contains("Dossiers") }
        for title in ["Dossiers", "Sessions", "Labels", "Alertes"] { #expect(screen.contains(title)) }
        #expect(screen.contains("03/12/2026"))
        #expect(screen.contains("Développeu") || screen.contains("Techn") || screen.contains("é"),
                "an accented training name is shown")
        #expect(screen.range(of: "[A-Za-zé]+ [A-Za-z]*[éèêàçô]", options: .regularExpression) != nil)
        #expect(screen.contains(" 1/"), "the position of the selection is shown")
        try tmux.send("j")
        try tmux.waitForScreen(timeout: 10, "the selection to move") { $0.contains(" 2/") }
        try tmux.send("q")
        #expect(try tmux.exitStatus() == 0)
        let stty = try tmux.sttyAfterExit()
        #expect(stty.contains(" echo "), "echo restored: \(stty)")
        #expect(stty.contains(" icanon"), "canonical mode restored")
        #expect(!stty.contains("-echo "))
    }

    @Test func helpDetailAndEscapeWork() throws {
        let tmux = try TmuxSession()
        try tmux.start(["--demo", "--today", "03/12/2026"])
        try tmux.waitForScreen("the panes") { $0.contains("Alertes") }
        try tmux.send("?")
        try tmux.waitForScreen(timeout: 10, "the help screen") { $0.contains("Aide — raccourcis clavier") }
        try tmux.send("Escape")
        try tmux.waitForScreen(timeout: 10, "back to the panes") { $0.contains("Alertes") && !$0.contains("raccourcis") }
        try tmux.send("Enter")
        try tmux.waitForScreen(timeout: 10, "a dossier detail") { $0.contains("Structure porteuse") }
        try tmux.send("Escape")
        try tmux.send("q")
        #expect(try tmux.exitStatus() == 0)
    }

    @Test func sigtermRestoresTheTerminal() throws {
        let tmux = try TmuxSession()
        try tmux.start(["--demo", "--today", "03/12/2026"])
        try tmux.waitForScreen("the panes") { $0.contains("Alertes") }
        #expect(kill(try tmux.pid(), SIGTERM) == 0)
        let status = try tmux.exitStatus()
        #expect(status == 143, "killed by SIGTERM")
        let stty = try tmux.sttyAfterExit()
        #expect(stty.contains(" echo ") && stty.contains(" icanon"), "terminal sane after SIGTERM: \(stty)")
    }

    @Test func badOptionsAreRefusedInFrenchWithStatus64() throws {
        let tmux = try TmuxSession()
        try tmux.start(["--today", "04/15/2026"])
        #expect(try tmux.exitStatus() == 64)
    }
}
