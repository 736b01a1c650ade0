import Foundation
import Testing
import GenLabelCore
@testable import GenLabelCLI

@Suite("Imports and exports under roles, with their audit entries", .serialized)
struct ImportExportRolesTests {
    let run = CapturedRun()

    func file(_ name: String) -> String { run.directory + "/" + name }

    @Test func committeeMembersExportPseudonymsAndCannotImport() throws {
        #expect(run.run(["users", "add", "chef", "admin", "--demo"]) == 0)
        #expect(run.run(["users", "add", "membre", "comite", "--demo"], login: "chef") == 0)
        #expect(run.run(["export", "learners", "--demo"], login: "chef") == 0)
        let full = run.output
        #expect(run.errors.isEmpty)
        #expect(run.run(["export", "learners", "--demo"], login: "membre") == 0)
        let masked = run.output
        #expect(run.errors.contains("remplacés par des pseudonymes"))
        // Same rows, no name, address or full birth date of the full export appears.
        #expect(masked.components(separatedBy: "\r\n").count == full.components(separatedBy: "\r\n").count)
        let secondRow = full.components(separatedBy: "\r\n")[1].components(separatedBy: ";")
        let header = full.components(separatedBy: "\r\n")[0].components(separatedBy: ";")
        for column in ["Nom", "Prénom", "Adresse", "Date de naissance"] {
            let index = try #require(header.firstIndex(of: column), "\(column) in \(header)")
            let value = secondRow[index]
            #expect(!value.isEmpty && !masked.contains(value), "\(column) « \(value) » leaked")
        }
        #expect(masked.contains("Apprenant-"))
        try Data(full.utf8).write(to: URL(fileURLWithPath: file("learners.csv")))
        #expect(run.run(["import", "learners", file("learners.csv"), "--demo"], login: "membre") == 77)
        #expect(run.errors.contains("votre rôle ne le permet pas (importer des fichiers)"))
    }

    @Test func anImportIsAuditedRowByRowForUpdatesAndAsAWhole() throws {
        #expect(run.run(["users", "add", "chef", "admin", "--demo"]) == 0)
        #expect(run.run(["export", "learners", "--demo", "--output", file("original.csv")], login: "chef") == 0)
        var lines = try String(contentsOfFile: file("original.csv"), encoding: .utf8).components(separatedBy: "\r\n")
        var fields = lines[1].components(separatedBy: ";")
        let header = lines[0].components(separatedBy: ";")
        let address = try #require(header.firstIndex(of: "Adresse"))
        fields[address] = "12 avenue Nouvelle"
        lines[1] = fields.joined(separator: ";")
        try Data(lines.joined(separator: "\r\n").utf8).write(to: URL(fileURLWithPath: file("changed.csv")))
        #expect(run.run(["import", "learners", file("changed.csv"), "--demo", "--dry-run"], login: "chef") == 0)
        #expect(run.run(["audit", "--demo", "--subject", "apprenant"]) == 0)
        #expect(run.output.isEmpty, "a dry run is not audited")
        #expect(run.run(["import", "learners", file("changed.csv"), "--demo"], login: "chef") == 0)
        #expect(run.run(["audit", "--demo", "--subject", "apprenant"], login: "chef") == 0)
        let updates = run.output.split(separator: "\n")
        #expect(updates.count == 1)
        #expect(updates.first?.contains("chef : apprenant ") == true)
        #expect(updates.first?.hasSuffix("mis à jour par l'import de « \(file("changed.csv")) »") == true)
        #expect(run.run(["audit", "--demo", "--subject", "base"]) == 0)
        #expect(run.output.contains("import learners de « \(file("changed.csv")) » : 0 créés, 1 modifiés, "))
        #expect(run.run(["check", "--demo"]) == 0)
    }
}

@Suite("No personal data in any command's output for comite (issue 6)", .serialized)
struct CommandPersonalDataSweepTests {
    let run = CapturedRun()

    @Test func everyCommandACommitteeMemberCanRunShowsNoLearnerIdentity() throws {
        #expect(run.run(["users", "add", "chef", "admin", "--demo"]) == 0)
        #expect(run.run(["users", "add", "membre", "comite", "--demo"], login: "chef") == 0)
        // The learners as an administrator sees them, and one learner changed by an import (audited).
        #expect(run.run(["export", "learners", "--demo"], login: "chef") == 0)
        let export = run.output
        var lines = export.components(separatedBy: "\r\n")
        let header = lines[0].components(separatedBy: ";")
        let (last, first, address) = (try #require(header.firstIndex(of: "Nom")), try #require(header.firstIndex(of: "Prénom")),
                                      try #require(header.firstIndex(of: "Adresse")))
        var fields = lines[1].components(separatedBy: ";")
        fields[address] = "7 impasse Témoin"
        lines[1] = fields.joined(separator: ";")
        let changed = run.directory + "/changed.csv"
        try Data(lines.joined(separator: "\r\n").utf8).write(to: URL(fileURLWithPath: changed))
        #expect(run.run(["import", "learners", changed, "--demo"], login: "chef") == 0)
        #expect(run.run(["audit", "--demo", "--subject", "apprenant"], login: "chef") == 0)
        #expect(run.output.contains(fields[last]), "an officer's audit names the learner")
        var needles = ["7 impasse Témoin"]
        for line in lines.dropFirst().prefix(300) where !line.isEmpty {
            let cells = line.components(separatedBy: ";")
            needles += [cells[address], "\(cells[last]) \(cells[first])", "\(cells[first]) \(cells[last])"]
        }
        var shown = ""
        let commands: [[String]] = [
            ["export", "dossiers"], ["export", "ranking"], ["export", "sessions"], ["export", "learners"],
            ["export", "reports"], ["export", "labels"], ["export", "alerts"], ["export", "learners", "--format", "json"],
            ["alerts"], ["alerts", "--format", "json"], ["alerts", "--format", "ics"], ["audit"], ["users"], ["check"],
        ]
        for command in commands {
            _ = run.run(command + ["--demo"], login: "membre")
            shown += run.output + run.errors
        }
        #expect(shown.count > 50_000, "the commands printed their lists")
        let shownLines = Set(shown.split(separator: "\n").map(String.init))
        let leaked = needles.filter { needle in
            !needle.trimmingCharacters(in: .whitespaces).isEmpty && shownLines.contains { $0.contains(needle) }
        }
        #expect(leaked.isEmpty, "comite saw: \(leaked.prefix(5))")
        #expect(shown.contains("(identité masquée)"))
    }
}
