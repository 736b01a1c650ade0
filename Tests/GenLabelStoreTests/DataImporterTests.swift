import Testing
import GenLabelCore
@testable import GenLabelStore

private func file(_ kind: ImportKind, _ text: String) throws -> ValidatedImport {
    guard case .success(let table) = CSVReader().read(Array(text.utf8)) else { throw CSVReadError(kind: .emptyFile, line: 1, column: 1, field: 1) }
    return ImportValidator(kind).validate(table, file: "f.csv")
}

private func count(_ db: Database, _ table: String) throws -> Int {
    try db.fetchOne("SELECT count(*) FROM \(table)", [])!.values[0] == .integer(0) ? 0
        : Int(sqlValue: db.fetchOne("SELECT count(*) FROM \(table)", [])!.values[0])!
}

private let learnersHeader = "SIRET;Formation;Lieu de formation;Session;Nom;Prénom;Genre;Date de naissance;Adresse;Code INSEE;Commune;QPV;ZRR\r\n"
private func learner(_ last: String, _ birth: String = "03/04/2001", session: String = "S2026-01", address: String = "1 rue Haute") -> String {
    "73282932000074;Développeuse / Développeur web et web mobile;Saint-Étienne;\(session);\(last);Léa;F;\(birth);\(address);42218;Saint-Étienne;non;non\r\n"
}

@Suite("Data importer", .serialized)
struct DataImporterTests {
    @Test func validLearnersAreCreatedThenUnchangedThenUpdatedWithAVersionBump() throws {
        try withFreshRepository { repository, _ in
            let db = repository.database
            try insertSmallWorld(db)
            let importer = DataImporter(database: db)
            let text = learnersHeader + learner("Martin") + learner("Bernard") + learner("Petit")
            guard case .imported(let first, _) = try importer.run(try file(.learners, text)) else { Issue.record("refused"); return }
            #expect(first == ImportSummary(created: 3))
            #expect(try count(db, "learners") == 5)

            guard case .imported(let again, _) = try importer.run(try file(.learners, text)) else { Issue.record("refused"); return }
            #expect(again == ImportSummary(unchanged: 3))

            let changed = learnersHeader + learner("Martin") + learner("BERNARD", address: "2 rue Basse") + learner("Petit")
            guard case .imported(let third, _) = try importer.run(try file(.learners, changed)) else { Issue.record("refused"); return }
            #expect(third == ImportSummary(updated: 1, unchanged: 2))
            let row = try #require(try db.fetchOne("SELECT last_name, address, version FROM learners WHERE last_name = 'BERNARD'", []))
            #expect(row.values == [.text("BERNARD"), .text("2 rue Basse"), .integer(2)])
            #expect(try count(db, "learners") == 5)
        }
    }

    @Test func anErrorAtTheStartMiddleOrEndWritesNothing() throws {
        try withFreshRepository { repository, _ in
            let db = repository.database
            try insertSmallWorld(db)
            let good = (0..<20).map { learner("Nom\($0)") }
            let bad = learner("Inconnu", session: "S1999-99")
            for position in [0, 10, 20] {
                var lines = good
                lines.insert(bad, at: position)
                let before = try count(db, "learners")
                let outcome = try DataImporter(database: db).run(try file(.learners, learnersHeader + lines.joined()))
                guard case .refused(let errors, let total, _) = outcome else { Issue.record("accepted"); continue }
                #expect(total == 1)
                #expect(errors.first?.line == position + 2)
                #expect(errors.first?.userMessage.contains("session « S1999-99 » inconnue") == true)
                #expect(try count(db, "learners") == before, "nothing written (error at row \(position))")
            }
        }
    }

    /// Rows are created 64 at a time (issue 5's import speed): a row the database refuses, wherever it is in
    /// a batch, is reported on its own line, in file order with the other errors, and nothing is written;
    /// without it, every row of full and partial batches is written, in file order.
    @Test func batchedInsertsReportEachRefusedRowAndWriteAllOrNothing() throws {
        try withFreshRepository { repository, _ in
            let db = repository.database
            try insertSmallWorld(db)
            try db.execute(sql: """
                CREATE TRIGGER test_refuse BEFORE INSERT ON learners WHEN NEW.last_name LIKE 'Refus%'
                BEGIN SELECT RAISE(ABORT, 'refusé par le test'); END
                """)
            let before = try count(db, "learners")
            var lines = (0..<200).map { learner("Nom\($0)") }
            lines[70] = learner("Refusé70")
            lines[71] = learner("Inconnu", session: "S1999-99")
            lines[127] = learner("Refusé127")
            lines[199] = learner("Refusé199")
            let outcome = try DataImporter(database: db).run(try file(.learners, learnersHeader + lines.joined()))
            guard case .refused(let errors, let total, _) = outcome else { Issue.record("accepted"); return }
            #expect(total == 4)
            #expect(errors.map(\.line) == [72, 73, 129, 201])
            #expect(errors[0].userMessage.contains("refusé par le test"))
            #expect(try count(db, "learners") == before)

            let good = (0..<200).map { learner("Nom\($0)") }
            guard case .imported(let summary, _) = try DataImporter(database: db).run(try file(.learners, learnersHeader + good.joined())) else {
                Issue.record("refused"); return
            }
            #expect(summary == ImportSummary(created: 200))
            let names = try db.fetchAll("SELECT last_name FROM learners WHERE last_name LIKE 'Nom%' ORDER BY id", []) { $0.string(0) }
            #expect(names == (0..<200).map { "Nom\($0)" })
        }
    }

    /// A large learners import runs with the insert triggers dropped inside its transaction and does
    /// their work once (`LearnerBulkInsert`): the same rows, the same change-log entries and the same
    /// schema afterwards as the row-by-row path, nothing changed by a dry run or a refused file, and the
    /// triggers working again for the next writer.
    @Test func bulkLearnerInsertMatchesTheTriggersAndRestoresThem() throws {
        func schema(_ db: Database) throws -> [String] {
            try db.fetchAll("SELECT type || ' ' || name || ' ' || coalesce(sql, '') FROM sqlite_master ORDER BY type, name", []) {
                $0.string(0)
            }
        }
        func logged(_ db: Database, after seq: Int64) throws -> Set<String> {
            Set(try db.fetchAll("SELECT tbl || ' ' || row_id FROM change_log WHERE seq > ?", [.integer(seq)]) { $0.string(0) })
        }
        let lines = (0..<30).map { learner("Premier\($0)") } + (0..<20).map { learner("Second\($0)", session: "S2026-02") }
            + (0..<10).map { learner("Retour\($0)") } + [learner("N'Diaye", address: "9 rue Neuve").replacingAll(";Léa;", with: ";Maëlle;")]
        var results: [(rows: [[SQLValue]], log: Set<String>)] = []
        for bulk in [false, true] {
            try withFreshRepository { repository, _ in
                let db = repository.database
                try insertSmallWorld(db)
                try db.execute("""
                    INSERT INTO sessions (id, label_id, code, planned_start, actual_start, end_date, capacity)
                    VALUES (2, 1, 'S2026-02', '2026-02-02', NULL, '2026-06-30', 12)
                    """, [])
                let before = try schema(db)
                let seq = try #require(try repository.changeCursor()).sequence
                let importer = DataImporter(database: db)
                importer.bulkLearnerRows = bulk ? 1 : Int.max
                let text = learnersHeader + lines.joined()

                guard case .imported(let dry, _) = try importer.run(try file(.learners, text), dryRun: true) else {
                    Issue.record("refused"); return
                }
                #expect(dry == ImportSummary(created: 60, updated: 1, isDryRun: true))
                #expect(try schema(db) == before)
                #expect(try count(db, "learners") == 2)

                guard case .imported(let summary, _) = try importer.run(try file(.learners, text)) else {
                    Issue.record("refused"); return
                }
                #expect(summary == ImportSummary(created: 60, updated: 1))
                #expect(try schema(db) == before, "triggers created again as they were (bulk: \(bulk))")
                let rows = try db.fetchAll("SELECT * FROM learners ORDER BY id", []) { $0.row().values }
                results.append((rows, try logged(db, after: seq)))

                // The triggers work again: an impossible date is refused, a new learner is logged.
                #expect(throws: DatabaseError.self) {
                    try db.execute("""
                        INSERT INTO learners (session_id, first_name, last_name, gender, birth_date, address, insee_code,
                                              commune, resides_qpv, resides_zrr, is_target_public, is_job_seeker)
                        VALUES (2, 'A', 'B', 'F', '2001-02-30', '', '', '', 0, 0, 0, 0)
                        """, [])
                }
                let last = try #require(try repository.changeCursor()).sequence
                try db.execute("INSERT INTO change_log(tbl, row_id) VALUES ('dossiers', 1)", [])
                try db.execute("""
                    INSERT INTO learners (session_id, first_name, last_name, gender, birth_date, address, insee_code,
                                          commune, resides_qpv, resides_zrr, is_target_public, is_job_seeker)
                    VALUES (2, 'A', 'B', 'F', '2001-02-28', '', '', '', 0, 0, 0, 0)
                    """, [])
                #expect(try logged(db, after: last) == ["dossiers 1", "sessions 2"])

                // A refused file (a row the database refuses, in the bulk path too) changes nothing.
                try db.execute(sql: """
                    CREATE TRIGGER test_refuse BEFORE INSERT ON learners WHEN NEW.last_name LIKE 'Refus%'
                    BEGIN SELECT RAISE(ABORT, 'refusé par le test'); END
                    """)
                let withTestTrigger = try schema(db)
                let learners = try count(db, "learners")
                let refused = learnersHeader + (0..<10).map { learner("Autre\($0)") }.joined() + learner("Refusé")
                guard case .refused(let errors, _, _) = try importer.run(try file(.learners, refused)) else {
                    Issue.record("accepted"); return
                }
                #expect(errors.map(\.line) == [12])
                #expect(try schema(db) == withTestTrigger)
                #expect(try count(db, "learners") == learners)
            }
        }
        #expect(results.count == 2)
        if results.count == 2 {
            #expect(results[0].rows == results[1].rows)
            #expect(results[0].log == results[1].log)
            #expect(results[1].log == ["sessions 1", "sessions 2"])
        }
    }

    @Test func dryRunSaysWhatWouldChangeAndWritesNothing() throws {
        try withFreshRepository { repository, _ in
            let db = repository.database
            try insertSmallWorld(db)
            let outcome = try DataImporter(database: db).run(try file(.learners, learnersHeader + learner("Martin")), dryRun: true)
            guard case .imported(let summary, _) = outcome else { Issue.record("refused"); return }
            #expect(summary == ImportSummary(created: 1, isDryRun: true))
            #expect(try count(db, "learners") == 2)
        }
    }

    @Test func unknownTrainingAndCommitteeAreErrorsWithTheirLine() throws {
        try withFreshRepository { repository, _ in
            let db = repository.database
            try insertSmallWorld(db)
            let text = "N° dossier;SIRET;Formation;Lieu de formation;État;Comité\r\n"
                + "GEN-2026-0002;73282932000074;Développeuse / Développeur web et web mobile;Saint-Étienne;Déposé;23/06/2022\r\n"
                + "GEN-2026-0003;73282932000074;Cuisine;Saint-Étienne;Déposé;\r\n"
                + "GEN-2026-0004;73282932000074;Développeuse / Développeur web et web mobile;Saint-Étienne;Déposé;01/01/2030\r\n"
            guard case .refused(let errors, _, _) = try DataImporter(database: db).run(try file(.dossiers, text)) else {
                Issue.record("accepted"); return
            }
            #expect(errors.map(\.userMessage) == [
                "f.csv, ligne 3, colonne « Formation » : formation inconnue : « Cuisine » à Saint-Étienne de la structure de SIRET 73282932000074",
                "f.csv, ligne 4, colonne « Comité » : aucun comité le 01/01/2030",
            ])
            #expect(try count(db, "dossiers") == 1)
        }
    }

    @Test func dossiersSessionsReportsCommunesAndQPVImport() throws {
        try withFreshRepository { repository, _ in
            let db = repository.database
            try insertSmallWorld(db)
            let importer = DataImporter(database: db)
            let training = "73282932000074;Développeuse / Développeur web et web mobile;saint-etienne"
            let cases: [(ImportKind, String, ImportSummary)] = [
                (.dossiers, "N° dossier;SIRET;Formation;Lieu de formation;État;Comité;Note\r\nGEN-2026-0001;\(training);Labellisé;23/06/2022;7,5\r\nGEN-2026-0009;\(training);Déposé;;\r\n",
                 ImportSummary(created: 1, unchanged: 1)),
                (.sessions, "SIRET;Formation;Lieu de formation;Session;Début prévu;Fin;Capacité\r\n\(training);S2026-01;05/01/2026;31/03/2026;15\r\n\(training);S2026-09;07/09/2026;31/03/2027;12\r\n",
                 ImportSummary(created: 1, updated: 1)),
                (.reports, "SIRET;Formation;Lieu de formation;Convention signée le;Année;Reçu le\r\n\(training);15/06/2025;2025;20/01/2026\r\n\(training);15/06/2025;2026;\r\n",
                 ImportSummary(created: 1, unchanged: 1)),
                (.communes, "Code INSEE;Commune;ZRR\r\n42218;Saint-Étienne;non\r\n2A004;Ajaccio;oui\r\n", ImportSummary(created: 2)),
                (.qpv, "Code QPV;Nom du quartier\r\nQN04201M;Montreynaud\r\n", ImportSummary(created: 1)),
            ]
            for (kind, text, expected) in cases {
                let outcome = try importer.run(try file(kind, text))
                guard case .imported(let summary, _) = outcome else { Issue.record("\(kind) refused: \(outcome)"); continue }
                #expect(summary == expected, "\(kind)")
            }
            #expect(try db.fetchOne("SELECT capacity, version FROM sessions WHERE code = 'S2026-01'", [])?.values == [.integer(15), .integer(2)])
            // The session kept its actual start: the file has no such column.
            #expect(try db.fetchOne("SELECT actual_start FROM sessions WHERE code = 'S2026-01'", [])?.values == [.text("2026-01-12")])
            #expect(try db.fetchOne("SELECT is_zrr FROM communes WHERE insee_code = '2A004'", [])?.values == [.integer(1)])
        }
    }

    @Test func learnersAreCheckedAgainstTheListOfCommunes() throws {
        try withFreshRepository { repository, _ in
            let db = repository.database
            try insertSmallWorld(db)
            let importer = DataImporter(database: db)
            _ = try importer.run(try file(.communes, "Code INSEE;Commune;ZRR\r\n42218;Saint-Étienne;non\r\n"))
            let text = learnersHeader + learner("Martin").replacingAll(";non;non\r\n", with: ";non;oui\r\n")
            guard case .imported(_, let warnings) = try importer.run(try file(.learners, text)) else { Issue.record("refused"); return }
            #expect(warnings.map(\.reason) == ["ZRR indiqué, mais la commune 42218 n'est pas classée ZRR dans la liste des communes"])
        }
    }
}
