import Foundation
import Testing
import GenLabelCore
import GenLabelStore
@testable import GenLabelCLI

/// What a tester broke with commands that write files or replace data: an export over the database,
/// a restore or backup by a role without the right, the last administrator stepping down, an import of
/// a device, an import of a kind the role may not change.
@Suite("Guards of the commands that write files or replace data", .serialized)
struct DestructiveCommandGuardsTests {
    let run = CapturedRun()

    var demo: String { run.directory + "/genlabel/demo.sqlite" }

    func prepare() {
        #expect(run.run(["users", "add", "chef", "admin", "--demo"]) == 0)
        #expect(run.run(["users", "add", "membre", "comite", "--demo"], login: "chef") == 0)
        #expect(run.run(["users", "add", "agent", "suivi", "--demo"], login: "chef") == 0)
        #expect(run.run(["users", "add", "instructrice", "instruction", "--demo"], login: "chef") == 0)
    }

    @Test func anExportNeverWritesOverTheDatabaseOrItsFiles() throws {
        prepare()
        for output in [demo, demo + "-wal", run.directory + "/genlabel/../genlabel/demo.sqlite"] {
            #expect(run.run(["export", "dossiers", "--demo", "--output", output], login: "membre") == 64, "\(output)")
            #expect(run.errors.contains("est la base (ou l'un de ses fichiers)"), "\(run.errors)")
        }
        #expect(run.run(["check", "--demo"]) == 0, "the database is intact: \(run.output)\(run.errors)")
        #expect(run.run(["backup", demo + "-wal", "--demo", "--force"], login: "chef") == 64)
    }

    @Test func backupNeedsTheRightToReadPersonalDataAndRestoreTheAdministrator() throws {
        prepare()
        let copy = run.directory + "/copie.sqlite"
        #expect(run.run(["backup", copy, "--demo"], login: "membre") == 77)
        #expect(run.errors.contains("votre rôle ne le permet pas"), "\(run.errors)")
        #expect(!FileManager.default.fileExists(atPath: copy))
        #expect(run.run(["backup", copy, "--demo"], login: "personne") == 77)
        #expect(run.run(["backup", copy, "--demo"], login: "agent") == 0, "\(run.errors)")
        // A backup that names its maker administrator does not make them one by restoring it.
        let database = try Database(path: copy)
        try database.execute(sql: "INSERT INTO users (login, role) VALUES ('membre2', 'admin')")
        database.close()
        for login in ["membre", "agent", "membre2"] {
            #expect(run.run(["restore", copy, "--demo"], login: login) == 77, "\(login): \(run.errors)")
        }
        #expect(run.run(["users", "--demo"], login: "chef") == 0)
        #expect(!run.output.contains("membre2"), "nothing was restored")
        #expect(run.run(["restore", copy, "--demo"], login: "chef") == 0, "\(run.errors)")
        #expect(run.run(["audit", "--demo"], login: "chef") == 0)
        #expect(run.output.contains("base remplacée par la sauvegarde « \(copy) »"), "\(run.output)")
    }

    @Test func theLastAdministratorCannotStepDown() {
        prepare()
        #expect(run.run(["users", "add", "chef", "comite", "--demo"], login: "chef") != 0)
        #expect(run.errors.contains("c'est le dernier administrateur"), "\(run.errors)")
        #expect(run.run(["users", "add", "adjointe", "admin", "--demo"], login: "chef") == 0)
        #expect(run.run(["users", "add", "chef", "suivi", "--demo"], login: "chef") == 0, "another administrator exists")
        #expect(run.run(["users", "add", String(repeating: "x", count: 65), "suivi", "--demo"], login: "adjointe") != 0)
    }

    @Test func devicesAndPipesAreNotImported() throws {
        prepare()
        for path in ["/dev/zero", "/dev/null"] {
            #expect(run.run(["import", "learners", path, "--demo", "--dry-run"], login: "chef") == 74, "\(path)")
            #expect(run.errors.contains("n'est pas un fichier ordinaire"), "\(run.errors)")
        }
        let pipe = run.directory + "/tube"
        #expect(mkfifo(pipe, 0o600) == 0)
        #expect(run.run(["import", "communes", pipe, "--demo", "--dry-run"], login: "chef") == 74, "a pipe is refused, not waited on")
    }

    @Test func eachRoleImportsOnlyTheKindsItMayChange() throws {
        prepare()
        #expect(run.run(["export", "dossiers", "--demo", "--output", run.directory + "/d.csv"], login: "chef") == 0)
        #expect(run.run(["export", "sessions", "--demo", "--output", run.directory + "/s.csv"], login: "chef") == 0)
        #expect(run.run(["import", "dossiers", run.directory + "/d.csv", "--demo"], login: "agent") == 77)
        #expect(run.errors.contains("modifier les dossiers") || run.errors.contains("votre rôle ne le permet pas"), "\(run.errors)")
        #expect(run.run(["import", "sessions", run.directory + "/s.csv", "--demo"], login: "instructrice") == 77)
        #expect(run.run(["import", "dossiers", run.directory + "/d.csv", "--demo"], login: "instructrice") == 0, "\(run.errors)")
        #expect(run.run(["import", "sessions", run.directory + "/s.csv", "--demo"], login: "agent") == 0, "\(run.errors)")
    }
}
