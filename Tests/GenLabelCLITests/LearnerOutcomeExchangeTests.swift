import Foundation
import Testing
import GenLabelCore
@testable import GenLabelCLI

@Suite("Learners' outcomes in exports and imports (issue 4)", .serialized)
struct LearnerOutcomeExchangeTests {
    let run = CapturedRun()

    func table(_ arguments: [String]) -> CSVTable? {
        guard run.run(arguments) == 0, case .success(let table) = CSVReader().read(Array(run.output.utf8)) else { return nil }
        return table
    }

    func column(_ table: CSVTable, _ header: String) -> [String] {
        guard let index = table.header.firstIndex(of: header) else { return [] }
        return table.rows.map { $0.fields[index] }
    }

    @Test func theOutcomeColumnsCarryTheDemosValuesInFrench() throws {
        let table = try #require(self.table(["export", "learners", "--demo"]))
        #expect(Set(column(table, "Sortie")) == ["", "Terminée", "Abandon"])
        #expect(Set(column(table, "Situation à 3 mois")).isSuperset(of: ["", "Emploi", "Formation", "Recherche d'emploi", "Inconnue"]))
        #expect(Set(column(table, "Aide CROUS")) == ["oui", "non"])
        #expect(Set(column(table, "Certification obtenue")) == ["", "oui", "non"])
        #expect(column(table, "Motif de sortie").contains("déménagement"))
        // Pseudonymized: the free-text reason goes with the names; the codes stay for statistics.
        let pseudonymized = try #require(self.table(["export", "learners", "--demo", "--pseudonymize"]))
        let reasons = column(pseudonymized, "Motif de sortie")
        #expect(!reasons.isEmpty && reasons.allSatisfy { $0.isEmpty })
        #expect(column(pseudonymized, "Sortie") == column(table, "Sortie"))
    }

    @Test func anOutcomeImportedIsExportedAndTheOriginalFileRestoresIt() throws {
        let directory = run.directory + "/outcomes"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let original = directory + "/learners.csv"
        #expect(run.run(["export", "learners", "--demo", "--output", original]) == 0, "\(run.errors)")
        let bytes = try Data(contentsOf: URL(fileURLWithPath: original))
        var lines = String(decoding: bytes, as: UTF8.self).components(separatedBy: "\r\n")
        // The first learner who finished: situation at 6 months typed by hand, with a synonym.
        let index = try #require(lines.firstIndex { $0.contains(";Terminée;") })
        var fields = lines[index].components(separatedBy: ";")
        fields[fields.count - 1] = "En formation"
        lines[index] = fields.joined(separator: ";")
        let changed = directory + "/changed.csv"
        try Data(lines.joined(separator: "\r\n").utf8).write(to: URL(fileURLWithPath: changed))
        #expect(run.run(["import", "learners", changed, "--demo"]) == 0, "\(run.errors)")
        #expect(run.output.contains("1"), "\(run.output)")
        let after = try #require(self.table(["export", "learners", "--demo"]))
        #expect(column(after, "Situation à 6 mois")[index - 1] == "Formation")
        #expect(run.run(["import", "learners", original, "--demo"]) == 0, "\(run.errors)")
        let restored = directory + "/restored.csv"
        #expect(run.run(["export", "learners", "--demo", "--output", restored]) == 0)
        #expect(try Data(contentsOf: URL(fileURLWithPath: restored)) == bytes)
    }

    @Test func unknownSituationsAreRefusedWithTheAcceptedWords() throws {
        let file = run.directory + "/bad.csv"
        try FileManager.default.createDirectory(atPath: run.directory, withIntermediateDirectories: true)
        #expect(run.run(["export", "learners", "--demo", "--output", file]) == 0)
        var lines = String(decoding: try Data(contentsOf: URL(fileURLWithPath: file)), as: UTF8.self).components(separatedBy: "\r\n")
        var fields = lines[1].components(separatedBy: ";")
        fields[fields.count - 2] = "intérim"
        lines[1] = fields.joined(separator: ";")
        try Data(lines.joined(separator: "\r\n").utf8).write(to: URL(fileURLWithPath: file))
        #expect(run.run(["import", "learners", file, "--demo"]) != 0)
        #expect(run.errors.contains("intérim") || run.output.contains("intérim"), "\(run.errors)")
        #expect((run.errors + run.output).contains("Situation à 3 mois"))
    }
}
