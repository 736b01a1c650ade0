import Foundation
import Testing

/// The terminal stays sane whatever ends genlabel, job control works, and a change made by another
/// process shows within about a second without a key pressed (issue 6).
@Suite("genlabel in tmux: signals, Ctrl-Z, live changes", .serialized)
struct SignalsAndLiveEndToEndTests {
    @Test("a signal or a crash leaves the terminal sane", arguments: [SIGINT, SIGHUP, SIGQUIT, SIGSEGV])
    func signalsRestoreTheTerminal(signal: Int32) throws {
        let status = 128 + signal
        let tmux = try TmuxSession()
        try tmux.start(["--demo", "--today", "03/12/2026"])
        try tmux.waitForScreen("the panes") { $0.contains("Alertes") }
        #expect(kill(try tmux.pid(), signal) == 0)
        #expect(try tmux.exitStatus() == status)
        let stty = try tmux.sttyAfterExit()
        #expect(stty.contains(" echo ") && stty.contains(" icanon"), "terminal sane after signal \(signal): \(stty)")
        if signal == SIGSEGV {
            // A crash says so in French and does not wait in an interactive crash reporter.
            let screen = try tmux.screen()
            #expect(screen.contains("erreur interne"), "\(screen)")
            #expect(!screen.contains("Press space"))
        }
    }

    /// Ctrl-C is the terminal's interrupt (curses runs in cbreak mode): genlabel ends like on SIGINT,
    /// from any screen, nothing half-written (writes are transactions), the terminal restored.
    @Test func ctrlCInterruptsFromAnyScreenAndLeavesTheTerminalSane() throws {
        let tmux = try TmuxSession()
        try tmux.start(["--demo", "--today", "03/12/2026"])
        try tmux.waitForScreen("the panes") { $0.contains("Alertes") }
        try tmux.send("2")
        try tmux.send("Enter")
        try tmux.send("l")
        try tmux.waitForScreen(timeout: 10, "the prompt") { $0.contains("Date (jj/mm/aaaa") }
        try tmux.send("C-c")
        #expect(try tmux.exitStatus() == 130)
        let stty = try tmux.sttyAfterExit()
        #expect(stty.contains(" echo ") && stty.contains(" icanon"), "\(stty)")
    }

    @Test func ctrlZSuspendsAndFgRedrawsWithKeysWorking() throws {
        let tmux = try TmuxSession()
        try tmux.startShell()
        try tmux.waitForScreen(timeout: 10, "the shell prompt") { $0.contains("prompt$") }
        try tmux.send("-l", "\(TmuxSession.quote(TmuxSession.binary)) --demo --today 03/12/2026")
        try tmux.send("Enter")
        try tmux.waitForScreen("the panes") { $0.contains("Alertes") && $0.contains("Dossiers") }
        try tmux.send("C-z")
        let suspended = try tmux.waitForScreen(timeout: 10, "the shell after Ctrl-Z") {
            $0.contains("Stopped") || $0.contains("Arrêté") || $0.contains("stopped")
        }
        #expect(!suspended.contains("Dossiers") || suspended.contains("prompt$"))
        try tmux.send("-l", "stty -a | grep -o ' icanon\\| echo ' | tr -d '\\n'; echo ' <-stty'")
        try tmux.send("Enter")
        try tmux.waitForScreen(timeout: 10, "a sane terminal while suspended") { $0.contains("icanon echo  <-stty") || $0.contains(" echo  icanon <-stty") || ($0.contains("icanon") && $0.contains(" echo ") && $0.contains("<-stty")) }
        try tmux.send("-l", "fg")
        try tmux.send("Enter")
        try tmux.waitForScreen(timeout: 10, "the panes again after fg") { $0.contains("Alertes") && $0.contains("Dossiers") && !$0.contains("<-stty") }
        try tmux.send("j")
        try tmux.waitForScreen(timeout: 10, "keys working after fg") { $0.contains(" 2/") }
        try tmux.send("q")
        try tmux.waitForScreen(timeout: 10, "the shell again") { $0.contains("prompt$") && !$0.contains("Dossiers") }
    }

    @Test func anotherProcessesChangeShowsWithinASecondWithoutAKey() throws {
        let tmux = try TmuxSession()
        try tmux.start(["--demo", "--today", "03/12/2026"], width: 120, height: 36)
        try tmux.waitForScreen("the panes") { $0.contains("Alertes") }
        try tmux.send("4")
        try tmux.send("/")
        for character in "liste de fin" { try tmux.send("-l", String(character)) }
        try tmux.send("Enter")
        let count = { (screen: String) -> Int? in
            guard let range = screen.range(of: "[0-9]+ sur ([0-9]+)", options: .regularExpression) else { return nil }
            return Int(screen[range].split(separator: " ").last ?? "")
        }
        let before = try #require(count(try tmux.waitForScreen(timeout: 10, "the end-list alerts") { count($0) != nil }))
        // Another process (the sqlite3 tool) records an overdue end-of-session list.
        let database = tmux.directory + "/data/genlabel/demo.sqlite"
        let overdue = try TmuxSession.run(["sqlite3", database, """
            SELECT s.id FROM sessions s JOIN labels l ON l.id = s.label_id
            WHERE s.end_list_received_on IS NULL AND s.end_date < '2026-11-01' AND l.state IN ('active', 'pending_audit')
            ORDER BY s.end_date DESC LIMIT 1
            """]).trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(!overdue.isEmpty)
        let start = Date()
        try TmuxSession.run(["sqlite3", database,
                             "UPDATE sessions SET end_list_received_on = '2026-12-01', version = version + 1 WHERE id = \(overdue)"])
        try tmux.waitForScreen(timeout: 10, "one alert fewer") { count($0) == before - 1 }
        let elapsed = Date().timeIntervalSince(start)
        // Not a timing assertion on speed: the tick is 500 ms; anything near 10 s would mean no live update.
        #expect(elapsed < 5, "seen after \(elapsed) s")
        print("changement d'un autre processus visible après \(String(format: "%.2f", elapsed)) s")
        try tmux.send("q")
        #expect(try tmux.exitStatus() == 0)
    }

    @Test func resizingWhileADateIsTypedKeepsIt() throws {
        let tmux = try TmuxSession()
        try tmux.start(["--demo", "--today", "03/12/2026"])
        try tmux.waitForScreen("the panes") { $0.contains("Alertes") }
        try tmux.send("2")
        try tmux.send("Enter")
        try tmux.waitForScreen(timeout: 10, "a session's detail") { $0.contains("Liste de fin de session") }
        try tmux.send("l")
        try tmux.waitForScreen(timeout: 10, "the prompt") { $0.contains("Date (jj/mm/aaaa") }
        try tmux.send("C-u")
        for character in "15/10" { try tmux.send("-l", String(character)) }
        // The resize must not overtake the typing (the window change is signalled, keys are queued).
        try tmux.waitForScreen(timeout: 10, "what was typed") { $0.contains("15/10▏") }
        try tmux.resize(width: 20, height: 5)
        try tmux.waitForScreen(timeout: 10, "the size message") { $0.contains("Fenêtre trop petite") || $0.contains("trop petite") }
        try tmux.send("q")
        try tmux.resize(width: 100, height: 30)
        try tmux.waitForScreen(timeout: 10, "the prompt with what was typed") { $0.contains("15/10▏") }
        try tmux.send("Escape")
        try tmux.send("o")
        try tmux.send("q")
        #expect(try tmux.exitStatus() == 0)
    }
}
