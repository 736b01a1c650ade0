import Foundation
import Testing
import GenLabelCore
@testable import GenLabelCLI

@Suite("Sessions' modality and referencing in exports and imports (issue 4)", .serialized)
struct SessionExchangeTests {
    let run = CapturedRun()
    static let referencing = ["Référencement CARIF-OREF le", "Référencement Mon Compte Formation le", "Référencement KAIROS le"]

    func table(_ arguments: [String]) -> CSVTable? {
        guard run.run(arguments) == 0, case .success(let table) = CSVReader().read(Array(run.output.utf8)) else { return nil }
        return table
    }

    func column(_ table: CSVTable, _ header: String) -> [String] {
        guard let index = table.header.firstIndex(of: header) else { return [] }
        return table.rows.map { $0.fields[index] }
    }

    @Test func theNewColumnsCarryTheDemosValuesInFrenchAndJSONCodes() throws {
        let table = try #require(self.table(["export", "sessions", "--demo"]))
        #expect(Array(table.header.suffix(4)) == ["Modalité"] + Self.referencing)
        #expect(Set(column(table, "Modalité")) == ["", "Présentiel", "Hybride", "À distance"])
        for header in Self.referencing {
            let values = column(table, header)
            #expect(values.contains(""), "\(header)")
            #expect(values.contains { $0.range(of: #"^\d{2}/\d{2}/\d{4}$"#, options: .regularExpression) != nil }, "\(header)")
        }
        #expect(run.run(["export", "sessions", "--demo", "--format", "json"]) == 0)
        let object = try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any]
        let sessions = try #require(object?["sessions"] as? [[String: Any]])
        #expect(Set(sessions.compactMap { $0["modalite"] as? String }) == ["presentiel", "hybride", "distance"])
        #expect(sessions.contains { ($0["reference_kairos_le"] as? String)?.count == 10 })
        #expect(sessions.allSatisfy { $0.keys.contains("reference_carif_oref_le") && $0.keys.contains("reference_mon_compte_formation_le") })
    }

    @Test func aChangeImportedIsExportedAndTheOriginalFileRestoresItByteForByte() throws {
        let directory = run.directory + "/sessions"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let original = directory + "/sessions.csv"
        #expect(run.run(["export", "sessions", "--demo", "--output", original]) == 0, "\(run.errors)")
        let bytes = try Data(contentsOf: URL(fileURLWithPath: original))
        var lines = String(decoding: bytes, as: UTF8.self).components(separatedBy: "\r\n")
        // The first session taught on site: typed by hand as remote, with a synonym, and recorded on KAIROS.
        let index = try #require(lines.firstIndex { $0.contains(";Présentiel;") })
        var fields = lines[index].components(separatedBy: ";")
        let count = fields.count
        fields[count - 4] = "Distanciel"
        fields[count - 1] = "2026-11-30"
        lines[index] = fields.joined(separator: ";")
        let changed = directory + "/changed.csv"
        try Data(lines.joined(separator: "\r\n").utf8).write(to: URL(fileURLWithPath: changed))
        #expect(run.run(["import", "sessions", changed, "--demo"]) == 0, "\(run.errors)")
        #expect(run.output.contains("0 ligne(s) créée(s), 1 modifiée(s)"), "\(run.output)")
        let after = try #require(self.table(["export", "sessions", "--demo"]))
        #expect(column(after, "Modalité")[index - 1] == "À distance")
        #expect(column(after, "Référencement KAIROS le")[index - 1] == "30/11/2026")
        // The original file puts everything back, and a second export is the same, byte for byte.
        #expect(run.run(["import", "sessions", original, "--demo"]) == 0, "\(run.errors)")
        let restored = directory + "/restored.csv", again = directory + "/again.csv"
        #expect(run.run(["export", "sessions", "--demo", "--output", restored]) == 0)
        #expect(run.run(["export", "sessions", "--demo", "--output", again]) == 0)
        #expect(try Data(contentsOf: URL(fileURLWithPath: restored)) == bytes)
        #expect(try Data(contentsOf: URL(fileURLWithPath: again)) == bytes)
    }

    @Test func anUnknownModalityIsRefusedWithTheAcceptedWords() throws {
        let file = run.directory + "/bad.csv"
        try FileManager.default.createDirectory(atPath: run.directory, withIntermediateDirectories: true)
        #expect(run.run(["export", "sessions", "--demo", "--output", file]) == 0)
        var lines = String(decoding: try Data(contentsOf: URL(fileURLWithPath: file)), as: UTF8.self).components(separatedBy: "\r\n")
        var fields = lines[1].components(separatedBy: ";")
        fields[fields.count - 4] = "télétravail"
        lines[1] = fields.joined(separator: ";")
        try Data(lines.joined(separator: "\r\n").utf8).write(to: URL(fileURLWithPath: file))
        #expect(run.run(["import", "sessions", file, "--demo"]) != 0)
        let said = run.errors + run.output
        #expect(said.contains("« télétravail » n'est pas une valeur possible (Présentiel, Hybride, À distance)"), "\(said)")
        #expect(said.contains("Modalité"))
    }
}
