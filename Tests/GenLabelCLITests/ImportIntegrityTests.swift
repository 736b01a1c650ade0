import Foundation
import Testing
@testable import GenLabelCLI

/// The demo's export of one kind, to edit cells and import again.
struct ExportedFile {
    let header: [String]
    /// The data rows, each split into its cells (the export's line n + 1 is row n).
    var rows: [[String]]

    /// `genlabel export KIND --demo` as `login`, read back.
    init(_ kind: String, _ run: CapturedRun, login: String) throws {
        let path = run.directory + "/export-\(kind).csv"
        #expect(run.run(["export", kind, "--demo", "--output", path], login: login) == 0, "\(run.errors)")
        var lines = try String(contentsOfFile: path, encoding: .utf8).components(separatedBy: "\r\n")
        if lines.last == "" { lines.removeLast() }
        header = lines[0].components(separatedBy: ";")
        rows = lines.dropFirst().map { $0.components(separatedBy: ";") }
    }

    func column(_ name: String) throws -> Int { try #require(header.firstIndex(of: name), "\(name) in \(header)") }

    /// The header and `only` these rows (all by default), CRLF, to `path`.
    func write(to path: String, only: [Int]? = nil) throws {
        let chosen = only.map { $0.map { rows[$0] } } ?? rows
        try (([header] + chosen).map { $0.joined(separator: ";") }.joined(separator: "\r\n") + "\r\n")
            .write(toFile: path, atomically: true, encoding: .utf8)
    }
}

/// A tester fixed a file three times: cell errors first, then an unknown session, then a committee.
/// Every error of a file is now reported at once.
@Suite("Import: every error at once", .serialized)
struct ImportAllErrorsAtOnceTests {
    let run = CapturedRun()

    @Test func cellErrorsAndUnknownReferencesComeTogether() throws {
        #expect(run.run(["users", "add", "chef", "admin", "--demo"]) == 0)
        var file = try ExportedFile("learners", run, login: "chef")
        file.rows[1][try file.column("Date de naissance")] = "31/02/2001"
        file.rows[2][try file.column("Session")] = "S2099-99"
        let edited = run.directory + "/apprenants-faux.csv"
        try file.write(to: edited)
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
        let exported = try ExportedFile("dossiers", run, login: "chef")
        // The same row as exported changes nothing and passes.
        let same = run.directory + "/dossiers-meme.csv"
        try exported.write(to: same, only: [0])
        var file = exported
        let state = try file.column("État")
        file.rows[0][state] = file.rows[0][state] == "Labellisé" ? "Refusé" : "Labellisé"
        let edited = run.directory + "/dossiers-etat.csv"
        try file.write(to: edited, only: [0])
        #expect(run.run(["import", "dossiers", edited, "--demo"], login: "chef") == 1)
        #expect(run.errors.contains("« État » d'un dossier existant ne change pas par un import"), "\(run.errors)")
        #expect(run.run(["import", "dossiers", same, "--demo"], login: "chef") == 0, "\(run.errors)")
        #expect(run.output.contains("1 inchangée(s)"), "\(run.output)")
    }
}
