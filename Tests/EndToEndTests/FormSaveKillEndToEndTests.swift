import Foundation
import Testing

/// `kill -9` right after a form is saved in the TUI (issue 6, "Crashes": "during any write (a form
/// save…)"): a label's modification request, written with the label's new version and its audit entry
/// in one transaction. The kill comes at a range of delays after `Entrée`; whichever moment it hits, the
/// database is sound and holds the request, the version bump and the audit entry together, or none.
extension RobustnessEndToEndTests {
    @Test func killMinus9RightAfterAFormSaveLeavesAllOrNothing() throws {
        let db = directory + "/form-save.sqlite"
        try genlabel(["users", "add", "chef", "admin", "--demo", "--today", "03/12/2026"])
        try TmuxSession.run(["cp", directory + "/data/genlabel/demo.sqlite", db])
        try genlabel(["users", "add", "agent", "suivi", "--db", db])
        // The request goes to the Labels list's first label: one label's version moves by one.
        let versions = "SELECT sum(version) FROM labels"
        var saved = 0
        var outcomes: [String: [Int]] = [:]
        for delay in [0, 1, 3, 6, 10, 20, 40, 150] {
            let note = "note-\(delay)"
            let versionBefore = Int(try sqlite(db, versions)) ?? -1
            let tmux = try TmuxSession()
            try tmux.start(["--db", db, "--today", "03/12/2026"], width: 120, height: 40, environment: ["GENLABEL_LOGIN": "agent"])
            try tmux.waitForScreen("the panes") { $0.contains("agent (suivi)") && $0.contains("Labels") }
            try tmux.send("3")
            try tmux.send("Enter")
            try tmux.waitForScreen(timeout: 10, "the label's detail") { $0.contains("Demandes de modification") }
            try tmux.send("m")
            try tmux.waitForScreen(timeout: 10, "the request form") { $0.contains("Nouvelle demande de modification") }
            try tmux.send("Tab")
            try tmux.send("Tab")
            try tmux.send("-l", note)
            try tmux.waitForScreen(timeout: 10, "the note typed") { $0.contains(note) }
            try tmux.send("Enter")
            usleep(useconds_t(delay * 1000))
            kill(try tmux.pid(), SIGKILL)
            _ = try? tmux.exitStatus()

            let moment = "kill -9 \(delay) ms after Entrée"
            #expect(try sqlite(db, "PRAGMA integrity_check") == "ok", "\(moment)")
            let requests = Int(try sqlite(db, "SELECT count(*) FROM modification_requests WHERE note = '\(note)'")) ?? -1
            let audited = Int(try sqlite(db, "SELECT count(*) FROM audit_log WHERE detail LIKE '%« \(note) »%'")) ?? -1
            let version = Int(try sqlite(db, versions)) ?? -1
            #expect(requests == 0 || requests == 1, "\(moment): \(requests) requests")
            #expect(audited == requests, "\(moment): the audit entry comes with the request")
            #expect(version == versionBefore + requests, "\(moment): the version moves with the request")
            saved += requests
            outcomes[requests == 1 ? "tout" : "rien", default: []].append(delay)
        }
        let check = try genlabel(["check", "--db", db], login: "chef")
        #expect(check.contains("La base est saine."), "\(check)")
        #expect(try sqlite(db, "SELECT count(*) FROM modification_requests WHERE note LIKE 'note-%'") == String(saved))
        print("kill -9 après Entrée dans un formulaire : \(outcomes.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" })")
    }
}
