import Foundation
import Testing

/// Faults a real office produces, on the real binary: two processes writing at once, `kill -9` in the
/// middle of a write (issue 6).
@Suite("genlabel under concurrent writes and kill -9", .serialized)
struct RobustnessEndToEndTests {
    let directory = NSTemporaryDirectory() + "genlabel-robust-\(UUID().uuidString)"

    init() throws {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    }

    func genlabel(_ arguments: [String], login: String = "chef") throws -> String {
        try TmuxSession.run(["env", "XDG_DATA_HOME=\(directory)/data", "HOME=\(directory)", "GENLABEL_LOGIN=\(login)",
                             TmuxSession.binary] + arguments)
    }

    func sqlite(_ path: String, _ sql: String) throws -> String {
        try TmuxSession.run(["sqlite3", path, sql]).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    @Test func twoProcessesWritingAtOnceLoseNoWrite() throws {
        let db = directory + "/base.sqlite"
        try genlabel(["users", "add", "chef", "admin", "--db", db])
        // Two shells, each running 25 genlabel processes one after the other, at the same time.
        let loop = { (name: String) in
            "for i in $(seq 1 25); do GENLABEL_LOGIN=chef \(TmuxSession.quote(TmuxSession.binary)) users add \(name)$i suivi "
                + "--db \(TmuxSession.quote(db)) 2>>\(TmuxSession.quote(self.directory + "/errors")) || echo \(name)$i >> "
                + "\(TmuxSession.quote(self.directory + "/failed")); done"
        }
        try TmuxSession.run(["sh", "-c", "(\(loop("a"))) & (\(loop("b"))) & wait"])
        let failed = (try? String(contentsOfFile: directory + "/failed", encoding: .utf8)) ?? ""
        let errors = (try? String(contentsOfFile: directory + "/errors", encoding: .utf8)) ?? ""
        #expect(failed.isEmpty, "failed writes: \(failed) \(errors)")
        #expect(try sqlite(db, "SELECT count(*) FROM users") == "51")
        #expect(try sqlite(db, "SELECT count(*) FROM audit_log") == "51")
        let check = try genlabel(["check", "--db", db])
        #expect(check.contains("journal d'audit intact (51 entrée(s)"))
    }

    @Test func killMinus9DuringAPurgeLeavesAllOrNothingAndASoundDatabase() throws {
        let base = directory + "/base.sqlite"
        try genlabel(["users", "add", "chef", "admin", "--demo", "--demo-scale", "20", "--today", "03/12/2026"])
        try TmuxSession.run(["cp", directory + "/data/genlabel/demo-x20.sqlite", base])
        let total = try sqlite(base, "SELECT count(*) FROM learners l JOIN sessions s ON s.id = l.session_id WHERE s.end_date < '2027-01-01'")
        var outcomes: Set<String> = []
        for delay in [20, 60, 100, 140, 180, 260] {
            let db = directory + "/kill-\(delay).sqlite"
            try TmuxSession.run(["cp", base, db])
            let pid = try spawn(["env", "GENLABEL_LOGIN=chef", TmuxSession.binary, "purge-personal-data", "--before", "01/01/2027",
                                 "--yes", "--db", db])
            usleep(useconds_t(delay * 1000))
            kill(pid, SIGKILL)
            var status: Int32 = 0
            while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
            let check = try genlabel(["check", "--db", db])
            #expect(check.contains("La base est saine."), "after kill -9 at \(delay) ms: \(check)")
            let purged = try sqlite(db, "SELECT count(*) FROM learners WHERE personal_data_purged_on IS NOT NULL")
            let audited = try sqlite(db, "SELECT count(*) FROM audit_log WHERE action = 'personal_data_purged'")
            #expect(purged == "0" || purged == total, "all or nothing at \(delay) ms: \(purged) of \(total)")
            #expect(audited == (purged == "0" ? "0" : "1"), "the audit entry comes with the change")
            outcomes.insert(purged == "0" ? "rien" : "tout")
        }
        // Which outcomes happened depends on timing; both are correct. Say which were seen.
        print("kill -9 pendant la purge : \(outcomes.sorted())")
    }

    @Test func killMinus9DuringAnImportLeavesAllOrNothingAndASoundDatabase() throws {
        try genlabel(["users", "add", "chef", "admin", "--demo", "--demo-scale", "20", "--today", "03/12/2026"])
        let base = directory + "/base.sqlite"
        let learners = directory + "/learners.csv"
        try genlabel(["export", "learners", "--demo", "--demo-scale", "20", "--output", learners])
        try TmuxSession.run(["cp", directory + "/data/genlabel/demo-x20.sqlite", base])
        _ = try sqlite(base, "PRAGMA foreign_keys = OFF; DELETE FROM learners; VACUUM;")
        let expected = try sqlite(directory + "/data/genlabel/demo-x20.sqlite", "SELECT count(*) FROM learners")
        var outcomes: Set<String> = []
        for delay in [500, 1500, 2500, 3000, 3400, 8000] {
            let db = directory + "/import-\(delay).sqlite"
            try TmuxSession.run(["cp", base, db])
            let pid = try spawn(["env", "GENLABEL_LOGIN=chef", TmuxSession.binary, "import", "learners", learners, "--db", db])
            usleep(useconds_t(delay * 1000))
            kill(pid, SIGKILL)
            var status: Int32 = 0
            while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
            let check = try genlabel(["check", "--db", db])
            #expect(check.contains("La base est saine."), "after kill -9 at \(delay) ms: \(check)")
            let count = try sqlite(db, "SELECT count(*) FROM learners")
            let audited = try sqlite(db, "SELECT count(*) FROM audit_log WHERE action = 'imported'")
            #expect(count == "0" || count == expected, "all or nothing at \(delay) ms: \(count) of \(expected)")
            #expect(audited == (count == "0" ? "0" : "1"))
            outcomes.insert(count == "0" ? "rien" : "tout")
        }
        print("kill -9 pendant l'import : \(outcomes.sorted())")
    }

    /// Starts a process without waiting for it.
    func spawn(_ arguments: [String]) throws -> pid_t {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var attributes = TmuxSession.cleanSignalAttributes()
        defer { posix_spawnattr_destroy(&attributes) }
        var pid: pid_t = 0
        guard posix_spawnp(&pid, arguments[0], &actions, &attributes, argv, environ) == 0 else {
            throw E2EError.command(arguments.joined(separator: " "), "spawn failed")
        }
        return pid
    }
}
