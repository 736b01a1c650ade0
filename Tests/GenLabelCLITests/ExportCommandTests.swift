import Foundation
import Testing
import GenLabelCore
import GenLabelStore
@testable import GenLabelCLI

@Suite("genlabel export", .serialized)
struct ExportCommandTests {
    /// One demo database for the whole suite (creating it is the slow part).
    static let shared = CapturedRun()
    var run: CapturedRun { Self.shared }

    private func outputFile(_ name: String) throws -> String {
        let directory = run.directory + "/exports"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        return directory + "/" + name
    }

    @Test func dossiersCSVIsForFrenchSpreadsheets() throws {
        #expect(run.run(["export", "dossiers", "--demo"]) == 0)
        #expect(run.output.hasPrefix("\u{FEFF}N° dossier;SIRET;Structure;Formation;Lieu de formation;Code région;Région;État;Déposé le;Comité;Note;Renouvellement\r\n"))
        let lines = run.output.components(separatedBy: "\r\n").dropFirst().filter { !$0.isEmpty }
        #expect(lines.count >= 100)
        // French decimals and dates: a score such as "14,5", dates as dd/mm/yyyy.
        #expect(lines.contains { $0.range(of: #";\d{1,2},\d{1,2};(oui|non)$"#, options: .regularExpression) != nil })
        #expect(lines.contains { $0.range(of: #";\d{2}/\d{2}/\d{4};"#, options: .regularExpression) != nil })
        let scalars = Array(run.output.unicodeScalars)
        #expect(scalars.indices.allSatisfy { scalars[$0] != "\n" || ($0 > 0 && scalars[$0 - 1] == "\r") }, "CRLF only")
    }

    @Test func everyKindReadsBackWithTheCSVReader() throws {
        let expected: [String: [String]] = [
            "dossiers": ["N° dossier", "SIRET", "Structure", "Formation", "Lieu de formation", "Code région", "Région", "État",
                         "Déposé le", "Comité", "Note", "Renouvellement"],
            "sessions": ["SIRET", "Structure", "Formation", "Lieu de formation", "Code région", "Région", "Convention signée le",
                         "Session", "Début prévu", "Début réel", "Fin", "Capacité", "Apprenants",
                         "Attestation de démarrage reçue le", "Liste de fin de session reçue le", "Modalité",
                         "Référencement CARIF-OREF le", "Référencement Mon Compte Formation le", "Référencement KAIROS le"],
            "learners": ["SIRET", "Formation", "Lieu de formation", "Session", "Nom", "Prénom", "Genre", "Date de naissance",
                         "Adresse", "Code INSEE", "Commune", "QPV", "ZRR", "Public cible", "Demandeur d'emploi",
                         "Aide CROUS", "Sortie", "Date de sortie", "Motif de sortie", "Certification obtenue",
                         "Situation en fin de formation", "Situation à 3 mois", "Situation à 6 mois"],
            "reports": ["SIRET", "Structure", "Formation", "Lieu de formation", "Convention signée le", "Année", "Reçu le"],
            "labels": ["N° label", "Formation", "Structure", "Code région", "Région", "Convention signée le",
                       "Fin de validité", "État", "Sessions"],
            "alerts": ["Gravité", "Échéance", "Jours de retard", "Obligation", "Formation", "Lieu", "Région", "Concerne", "Calcul"],
        ]
        for (kind, header) in expected {
            #expect(run.run(["export", kind, "--demo", "--today", "03/12/2026"]) == 0, "\(kind): \(run.errors)")
            guard case .success(let table) = CSVReader().read(Array(run.output.utf8)) else {
                Issue.record("\(kind) does not read back")
                continue
            }
            #expect(table.encoding == .utf8WithBOM)
            #expect(table.header == header, "\(kind)")
            #expect(!table.rows.isEmpty, "\(kind)")
            #expect(table.rows.allSatisfy { $0.fields.count == header.count }, "\(kind)")
        }
    }

    @Test func twoExportsOfTheSameDataAreByteIdentical() throws {
        for kind in ["dossiers", "sessions", "labels", "alerts"] {
            let first = try outputFile("\(kind)-1.csv"), second = try outputFile("\(kind)-2.csv")
            #expect(run.run(["export", kind, "--demo", "--today", "03/12/2026", "--output", first]) == 0)
            #expect(run.run(["export", kind, "--demo", "--today", "03/12/2026", "--output", second]) == 0)
            let a = try Data(contentsOf: URL(fileURLWithPath: first)), b = try Data(contentsOf: URL(fileURLWithPath: second))
            #expect(!a.isEmpty)
            #expect(a == b, "\(kind)")
        }
    }

    @Test func filesArePrivateWhateverTheUmaskAndNoTemporaryFileIsLeft() throws {
        let path = try outputFile("prive.csv")
        let previous = umask(0o000)
        defer { umask(previous) }
        #expect(run.run(["export", "labels", "--demo", "--output", path]) == 0)
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
        // Replacing an existing file keeps it private too.
        #expect(run.run(["export", "labels", "--demo", "--output", path]) == 0)
        let again = try FileManager.default.attributesOfItem(atPath: path)
        #expect((again[.posixPermissions] as? NSNumber)?.intValue == 0o600)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: run.directory + "/exports").filter { $0.hasSuffix(".tmp") }
        #expect(leftovers.isEmpty)
        #expect(run.output.isEmpty, "nothing on standard output when writing a file")
    }

    @Test func dashMeansStandardOutput() {
        #expect(run.run(["export", "labels", "--demo", "--output", "-"]) == 0)
        #expect(run.output.hasPrefix("\u{FEFF}N° label;"))
    }

    @Test func jsonHasISODatesAndCodes() throws {
        #expect(run.run(["export", "sessions", "--demo", "--format", "json"]) == 0)
        let object = try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any]
        let sessions = try #require(object?["sessions"] as? [[String: Any]])
        #expect(!sessions.isEmpty)
        let start = try #require(sessions.first?["debut_prevu"] as? String)
        #expect(start.range(of: #"^\d{4}-\d{2}-\d{2}$"#, options: .regularExpression) != nil)
        #expect(sessions.first?["apprenants"] is NSNumber)

        #expect(run.run(["export", "dossiers", "--demo", "--format", "json"]) == 0)
        let dossiers = try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any]
        let states = (dossiers?["dossiers"] as? [[String: Any]])?.compactMap { $0["etat"] as? String } ?? []
        #expect(!states.isEmpty)
        #expect(states.allSatisfy { DossierState(rawValue: $0) != nil })
    }

    @Test func pseudonymizedLearnersHideNamesAndAddressesWithStablePseudonyms() throws {
        #expect(run.run(["export", "learners", "--demo"]) == 0)
        let clear = run.output
        #expect(run.run(["export", "learners", "--demo", "--pseudonymize"]) == 0)
        let first = run.output
        #expect(run.run(["export", "learners", "--demo", "--pseudonymize"]) == 0)
        #expect(run.output == first, "same pseudonyms on every run")
        guard case .success(let plain) = CSVReader().read(Array(clear.utf8)),
              case .success(let hidden) = CSVReader().read(Array(first.utf8)) else { Issue.record("unreadable"); return }
        #expect(plain.rows.count == hidden.rows.count && plain.rows.count > 1000)
        let names = Set(plain.rows.map { $0.fields[4] }), addresses = Set(plain.rows.map { $0.fields[8] })
        for (clearRow, row) in zip(plain.rows, hidden.rows).prefix(200) {
            #expect(row.fields[4].hasPrefix("Apprenant-") && row.fields[4].count == 18)
            #expect(row.fields[5].isEmpty && row.fields[8].isEmpty)
            #expect(!names.contains(row.fields[4]) && !addresses.contains(row.fields[8]) || row.fields[8].isEmpty)
            #expect(row.fields[7].hasPrefix("01/01/") && row.fields[7].suffix(4) == clearRow.fields[7].suffix(4))
            #expect(row.fields[9] == clearRow.fields[9] && row.fields[10] == clearRow.fields[10], "commune and INSEE kept")
        }
        // Different people, different pseudonyms (8 hex digits: collisions are rare at this size).
        #expect(Set(hidden.rows.map { $0.fields[4] }).count >= hidden.rows.count - 2)
        #expect(run.run(["export", "dossiers", "--demo", "--pseudonymize"]) == 64)
    }

    @Test func rankingFollowsTheCommitteesRankedList() throws {
        #expect(run.run(["export", "ranking", "--demo", "--today", "03/12/2026"]) == 0, "\(run.errors)")
        guard case .success(let table) = CSVReader().read(Array(run.output.utf8)) else { Issue.record("unreadable"); return }
        #expect(table.header.prefix(3) == ["Rang", "N° dossier", "SIRET"])
        #expect(!table.rows.isEmpty)
        let committees = Set(table.rows.map { $0.fields[10] })
        #expect(committees.count == 1, "one committee")
        let scored = table.rows.filter { !$0.fields[0].isEmpty }
        #expect(scored.map { $0.fields[0] } == (1...scored.count).map(String.init))
        let scores = scored.map { FrenchValues.decimal($0.fields[11]) ?? -1 }
        #expect(zip(scores, scores.dropFirst()).allSatisfy { $0 >= $1 }, "best score first")
        let unranked = table.rows.drop { !$0.fields[0].isEmpty }
        #expect(unranked.allSatisfy { $0.fields[0].isEmpty }, "rows without a rank come last")
        #expect(zip(unranked, unranked.dropFirst()).allSatisfy { $0.fields[1] < $1.fields[1] }, "by number")
        // The same order as the committee's ranked list of the store (the TUI's list).
        let committee = try #require(CalendarDate(french: table.rows[0].fields[10]))
        let repository = try SQLiteRepository(path: DataPaths(environment: ["XDG_DATA_HOME": run.directory]).demoDatabase(scale: 1), readOnly: true)
        defer { repository.database.close() }
        let id = try #require(try repository.committee(on: committee)?.id)
        #expect(scored.map { $0.fields[1] } == (try repository.committeeRanking(id)).map(\.candidate.number))
        #expect(run.run(["export", "ranking", "--demo", "--committee", "31/02/2027"]) == 64)
    }

    @Test func filtersNarrowTheRows() throws {
        #expect(run.run(["export", "dossiers", "--demo", "--region", "53", "--state", "labelled,rejected"]) == 0)
        guard case .success(let table) = CSVReader().read(Array(run.output.utf8)) else { Issue.record("unreadable"); return }
        #expect(!table.rows.isEmpty)
        #expect(table.rows.allSatisfy { $0.fields[5] == "53" && ["Labellisé", "Refusé"].contains($0.fields[7]) })
        let byCode = run.output
        #expect(run.run(["export", "dossiers", "--demo", "--region", "BRETAGNE", "--state", "labelled,rejected"]) == 0)
        #expect(run.output == byCode, "a region by its name, as genlabel alerts --region")
        #expect(run.run(["export", "dossiers", "--demo", "--region", "99"]) == 64)
        #expect(run.run(["export", "dossiers", "--demo", "--state", "perdu"]) == 64)
        #expect(run.run(["export", "sessions", "--demo", "--state", "draft"]) == 64)
        #expect(run.errors.contains("ne s'applique pas"))
    }

    @Test func mistypedCommandsAreRefused() {
        #expect(run.run(["export", "--demo"]) == 64)
        #expect(run.errors.contains("dossiers, ranking, sessions, learners, reports, labels, alerts, communes, qpv"))
        #expect(run.run(["export", "dossier", "--demo"]) == 64)
        #expect(run.run(["export", "dossiers", "--demo", "--format", "xlsx"]) == 64)
        #expect(run.run(["export", "dossiers", "labels", "--demo"]) == 64)
    }

    @Test func anUnwritableDestinationIsReportedAndLeavesNothing() {
        let path = run.directory + "/absent/export.csv"
        #expect(run.run(["export", "dossiers", "--demo", "--output", path]) == 74)
        #expect(run.errors.contains("impossible d'écrire"))
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    @Test func helpMentionsLearners() {
        #expect(run.run(["export", "--help"]) == 0)
        #expect(run.output.contains("--pseudonymize"))
        #expect(run.output.contains("données personnelles"))
    }

    @Test func frenchDecimals() {
        #expect(ExportTable.frenchDecimal(12.5) == "12,5")
        #expect(ExportTable.frenchDecimal(14) == "14")
        #expect(ExportTable.frenchDecimal(13.25) == "13,25")
        #expect(ExportTable.frenchDecimal(9.05) == "9,05")
        #expect(ExportTable.plainDecimal(-0.5) == "-0.5")
    }
}
