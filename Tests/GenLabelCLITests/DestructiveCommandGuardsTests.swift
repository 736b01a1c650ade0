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

/// A tester fixed a file three times: cell errors first, then an unknown session, then a committee.
/// Every error of a file is now reported at once.
@Suite("Import: every error at once", .serialized)
struct ImportAllErrorsAtOnceTests {
    let run = CapturedRun()

    @Test func cellErrorsAndUnknownReferencesComeTogether() throws {
        #expect(run.run(["users", "add", "chef", "admin", "--demo"]) == 0)
        let original = run.directory + "/apprenants.csv"
        #expect(run.run(["export", "learners", "--demo", "--output", original], login: "chef") == 0)
        var lines = try String(contentsOfFile: original, encoding: .utf8).components(separatedBy: "\r\n")
        let header = lines[0].components(separatedBy: ";")
        let birth = try #require(header.firstIndex(of: "Date de naissance"))
        let session = try #require(header.firstIndex(of: "Session"))
        var second = lines[2].components(separatedBy: ";")
        second[birth] = "31/02/2001"
        lines[2] = second.joined(separator: ";")
        var third = lines[3].components(separatedBy: ";")
        third[session] = "S2099-99"
        lines[3] = third.joined(separator: ";")
        let edited = run.directory + "/apprenants-faux.csv"
        try lines.joined(separator: "\r\n").write(toFile: edited, atomically: true, encoding: .utf8)
        #expect(run.run(["import", "learners", edited, "--demo", "--dry-run"], login: "chef") == 1)
        #expect(run.errors.contains("ligne 3") && run.errors.contains("31/02/2001"), "\(run.errors)")
        #expect(run.errors.contains("ligne 4") && run.errors.contains("S2099-99"), "\(run.errors)")
        #expect(run.errors.contains("2 erreur") || run.errors.components(separatedBy: "Erreur").count >= 3, "\(run.errors)")
    }
}

/// A tester imported "Labellisé" and a score of 9,9 over a draft dossier: the state, the score and the
/// committee of an existing dossier follow its life cycle, never an import. New dossiers (history brought
/// from spreadsheets) keep the state their file gives.
@Suite("Import: an existing dossier's life cycle is not rewritten", .serialized)
struct ImportLifeCycleTests {
    let run = CapturedRun()

    @Test func stateAndScoreOfAnExistingDossierAreRefusedOtherFieldsPass() throws {
        #expect(run.run(["users", "add", "chef", "admin", "--demo"]) == 0)
        let original = run.directory + "/dossiers.csv"
        #expect(run.run(["export", "dossiers", "--demo", "--output", original], login: "chef") == 0)
        let lines = try String(contentsOfFile: original, encoding: .utf8).components(separatedBy: "\r\n")
        let header = lines[0].components(separatedBy: ";")
        let state = try #require(header.firstIndex(of: "État"))
        var row = lines[1].components(separatedBy: ";")
        let before = row[state]
        row[state] = before == "Labellisé" ? "Refusé" : "Labellisé"
        let edited = run.directory + "/dossiers-etat.csv"
        try ([lines[0], row.joined(separator: ";")].joined(separator: "\r\n") + "\r\n")
            .write(toFile: edited, atomically: true, encoding: .utf8)
        #expect(run.run(["import", "dossiers", edited, "--demo"], login: "chef") == 1)
        #expect(run.errors.contains("« État » d'un dossier existant ne change pas par un import"), "\(run.errors)")
        // The same row as exported changes nothing and passes.
        let same = run.directory + "/dossiers-meme.csv"
        try ([lines[0], lines[1]].joined(separator: "\r\n") + "\r\n").write(toFile: same, atomically: true, encoding: .utf8)
        #expect(run.run(["import", "dossiers", same, "--demo"], login: "chef") == 0, "\(run.errors)")
        #expect(run.output.contains("1 inchangée(s)"), "\(run.output)")
    }
}
