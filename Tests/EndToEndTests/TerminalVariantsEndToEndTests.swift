import Foundation
import Testing

/// The real binary under the terminals an office has, without colour, and at sizes too small for it.
@Suite("genlabel in tmux: terminals and sizes", .serialized)
struct TerminalVariantsEndToEndTests {
    @Test("draws and quits cleanly", arguments: ["xterm", "screen", "tmux-256color", "linux"])
    func terminalTypes(term: String) throws {
        let tmux = try TmuxSession()
        try tmux.start(["--demo", "--today", "03/12/2026"], term: term)
        let screen = try tmux.waitForScreen("the panes under TERM=\(term)") { $0.contains("Alertes") }
        #expect(screen.contains("Échéance"), "accents under TERM=\(term)")
        try tmux.send("q")
        #expect(try tmux.exitStatus() == 0)
    }

    @Test func noColorMeansNoColourButSeveritiesStayMarked() throws {
        let tmux = try TmuxSession()
        try tmux.start(["--demo", "--today", "03/12/2026"], environment: ["NO_COLOR": "1"])
        try tmux.waitForScreen("the panes") { $0.contains("Alertes") }
        let styled = try TmuxSession.run(["tmux", "-L", tmux.socket, "capture-pane", "-e", "-p", "-t", "0"])
        let colour = styled.range(of: "\u{1B}\\[[0-9;]*(3[0-7]|38;5;[0-9]+|4[0-7]|48;5;[0-9]+)[;m]", options: .regularExpression)
        #expect(colour == nil, "no colour escape under NO_COLOR")
        #expect(styled.contains("!!"), "overdue items keep their marker")
        try tmux.send("q")
        #expect(try tmux.exitStatus() == 0)
    }

    @Test func aTinyWindowShowsAMessageAndRecovers() throws {
        let tmux = try TmuxSession()
        try tmux.start(["--demo", "--today", "03/12/2026"])
        try tmux.waitForScreen("the panes") { $0.contains("Alertes") }
        try tmux.resize(width: 20, height: 5)
        try tmux.waitForScreen(timeout: 10, "the size message") { $0.contains("Fenêtre trop petite") }
        try tmux.resize(width: 1, height: 1)
        usleep(300_000)
        try tmux.resize(width: 100, height: 30)
        try tmux.waitForScreen(timeout: 10, "the panes again") { $0.contains("Alertes") && $0.contains("Dossiers") }
        try tmux.send("q")
        #expect(try tmux.exitStatus() == 0)
    }

    @Test func aPipedGenlabelCreatesNothing() throws {
        let directory = NSTemporaryDirectory() + "genlabel-pipe-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let path = directory + "/nouvelle.sqlite"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        #expect(throws: E2EError.self) { try TmuxSession.run([TmuxSession.binary, "--db", path]) }
        #expect(!FileManager.default.fileExists(atPath: path))
    }
}
