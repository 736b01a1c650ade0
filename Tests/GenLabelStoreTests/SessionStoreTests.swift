import Foundation
import Testing
import GenLabelCore
@testable import GenLabelStore

private func validated(_ kind: ImportKind, _ text: String) throws -> ValidatedImport {
    guard case .success(let table) = CSVReader().read(Array(text.utf8)) else { throw CSVReadError(kind: .emptyFile, line: 1, column: 1, field: 1) }
    return ImportValidator(kind).validate(table, file: "sessions.csv")
}

@Suite("Sessions' modality, referencing and form write in the store (issue 4)")
struct SessionStoreTests {
    let officer = Actor(login: "mdupont", role: .suivi)
    let admin = Actor(login: "chef", role: .admin)
    let member = Actor(login: "comite1", role: .comite)
    let instructor = Actor(login: "c.martin", role: .instruction)
    let today = day("03/12/2026")

    /// Every editable value of the small world's session changed, the new ones set.
    func edited(_ session: TrainingSession) -> TrainingSession {
        var session = session
        session.plannedStart = day("06/01/2026")
        session.actualStart = day("13/01/2026")
        session.end = day("30/04/2026")
        session.capacity = 16
        session.modality = .hybrid
        session.startAttestationReceivedOn = day("21/01/2026")
        session.endOfSessionListReceivedOn = day("29/05/2026")
        session.referencing = SessionReferencing(carifOref: day("01/12/2025"), monCompteFormation: day("02/12/2025"),
                                                 kairos: day("14/01/2026"))
        return session
    }

    @Test func migration0010UpgradesAnOlderDatabaseWithoutRebuildingTheTable() throws {
        try withFreshRepository { _, path in
            // A database of the previous version (migrations up to 0009), with a session.
            let older = path + ".0009.sqlite"
            let database = try Database(path: older)
            try DatabaseMigrator(Array(Migrations.all.prefix(9))).migrate(database)
            try insertSmallWorld(database)
            let before = try database.fetchAll("SELECT name FROM pragma_table_info('sessions')", []) { $0.string(0) }
            #expect(!before.contains("modality"))
            database.close()

            let upgraded = try SQLiteRepository(path: older)
            defer { upgraded.database.close() }
            let db = upgraded.database
            #expect(try Migrations.migrator.appliedIdentifiers(db).contains("0010-session-modality-referencing"))
            let columns = try db.fetchAll("SELECT name FROM pragma_table_info('sessions')", []) { $0.string(0) }
            for column in ["modality"] + SessionReferencingMigration.dateColumns { #expect(columns.contains(column), "\(column)") }
            // The session is kept, with nothing recorded yet: no guessed modality.
            let session = try #require(try upgraded.sessionDetail(.init(1))?.session)
            #expect(session.code == "S2026-01" && session.capacity == 14)
            #expect(session.modality == nil && session.referencing == .none)
            // Altered, not rebuilt: the change-log triggers of 0006 are still there and log the new columns.
            let triggers = try db.fetchAll("SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'sessions'", []) { $0.string(0) }
            #expect(Set(triggers).isSuperset(of: ["sessions_log_insert", "sessions_log_update", "sessions_log_delete",
                                                  "sessions_valid_dates_insert", "sessions_valid_dates_update",
                                                  "sessions_referencing_valid_dates_insert", "sessions_referencing_valid_dates_update"]))
            let cursor = try #require(try upgraded.changeCursor())
            try db.execute("UPDATE sessions SET modality = 'distance' WHERE id = 1", [])
            let (changes, _) = try #require(try upgraded.changes(since: cursor))
            #expect(changes.sessions == [.init(1)])
            // The database itself refuses unknown modalities and dates that do not exist.
            #expect(throws: DatabaseError.self) { try db.execute("UPDATE sessions SET modality = 'teletravail' WHERE id = 1", []) }
            #expect(throws: DatabaseError.self) { try db.execute("UPDATE sessions SET referenced_kairos_on = '2026-02-30' WHERE id = 1", []) }
            #expect(throws: DatabaseError.self) { try db.execute("UPDATE sessions SET referenced_mcf_on = '01/12/2025' WHERE id = 1", []) }
            #expect(try upgraded.sessionDetail(.init(1))?.session.modality == .remote)
        }
    }

    @Test func everyFieldRoundTripsThroughTheWritePathAndIsAudited() throws {
        try withFreshRepository { repository, _ in
            try insertSmallWorld(repository.database)
            let stored = try #require(try repository.sessionDetail(.init(1))?.session)
            let mine = edited(stored)
            let changed = try repository.updateSession(mine, expectedVersion: 1, by: officer, at: "2026-12-03T10:00:00Z", today: today)
            #expect(changed == SessionField.allCases)
            #expect(try repository.sessionDetail(.init(1))?.session == mine)
            #expect(try repository.sessionVersion(.init(1)) == 2)
            // The label's detail and the alert engine read the same values.
            #expect(try repository.labelDetail(.init(1))?.sessions.first == mine)
            let entries = try AuditTrail(database: repository.database).entries(subjectKind: AuditSubject.session)
            #expect(entries.count == 1)
            #expect(entries.first?.login == "mdupont")
            #expect(entries.first?.subjectKey == "73282932000074 · Développeuse / Développeur web et web mobile · Saint-Étienne · S2026-01")
            let detail = try #require(entries.first?.detail)
            #expect(detail.hasPrefix("session modifiée : Début prévu : 05/01/2026 → 06/01/2026 ; "))
            #expect(detail.contains("Modalité : — → Hybride"))
            #expect(detail.contains("Référencement CARIF-OREF le : — → 01/12/2025"))
            #expect(detail.contains("Référencement KAIROS le : — → 14/01/2026"))

            // Back to "not done": the optional values cleared; an admin may too.
            var cleared = mine
            cleared.modality = nil
            cleared.referencing = .none
            cleared.endOfSessionListReceivedOn = nil
            let again = try repository.updateSession(cleared, expectedVersion: 2, by: admin, at: "2026-12-03T10:01:00Z", today: today)
            #expect(again == [.modality, .endList, .carifOref, .monCompteFormation, .kairos])
            #expect(try repository.sessionDetail(.init(1))?.session == cleared)
            // Saving the same values writes nothing (no version, no audit entry).
            #expect(try repository.updateSession(cleared, expectedVersion: 3, by: officer, at: "t", today: today).isEmpty)
            #expect(try repository.sessionVersion(.init(1)) == 3)
            #expect(try AuditTrail(database: repository.database).verify() == .intact(entries: 2))
        }
    }

    @Test func invalidValuesStaleVersionsAndRolesWriteNothing() throws {
        try withFreshRepository { repository, _ in
            try insertSmallWorld(repository.database)
            let stored = try #require(try repository.sessionDetail(.init(1))?.session)
            var wrong = edited(stored)
            wrong.end = day("01/01/2026")
            #expect(throws: SessionFactRefused(reason: "Fin (immersion comprise) : la fin ne peut pas précéder le début (06/01/2026)")) {
                try repository.updateSession(wrong, expectedVersion: 1, by: officer, at: "t1", today: today)
            }
            var future = edited(stored)
            future.referencing.kairos = day("04/12/2026")
            #expect(throws: SessionFactRefused(reason: "Référencement KAIROS le : pas après aujourd'hui (03/12/2026)")) {
                try repository.updateSession(future, expectedVersion: 1, by: officer, at: "t2", today: today)
            }
            for actor in [member, instructor] {
                #expect(throws: StoreError.forbidden(.editMonitoring)) {
                    try repository.updateSession(edited(stored), expectedVersion: 1, by: actor, at: "t3", today: today)
                }
            }
            #expect(throws: StoreError.conflict(currentVersion: 1)) {
                try repository.updateSession(edited(stored), expectedVersion: 0, by: officer, at: "t4", today: today)
            }
            var missing = edited(stored)
            missing.id = .init(99)
            #expect(throws: StoreError.recordMissing) {
                try repository.updateSession(missing, expectedVersion: 1, by: officer, at: "t5", today: today)
            }
            #expect(try repository.sessionDetail(.init(1))?.session == stored)
            #expect(try repository.sessionVersion(.init(1)) == 1)
            #expect(try AuditTrail(database: repository.database).entries(subjectKind: AuditSubject.session).isEmpty)
        }
    }

    @Test func theSessionsExportCarriesTheNewColumnsAndTheImportWritesThem() throws {
        try withFreshRepository { repository, _ in
            try insertSmallWorld(repository.database)
            let headers = ImportSpecification.sessions.columns.map(\.header)
            #expect(Array(headers.suffix(4)) == ["Modalité", "Référencement CARIF-OREF le", "Référencement Mon Compte Formation le",
                                                 "Référencement KAIROS le"])
            // Not recorded: empty cells.
            #expect(try repository.exchangeRows(.sessions).first.map { Array($0.suffix(4)) } == [nil, nil, nil, nil])
            let stored = try #require(try repository.sessionDetail(.init(1))?.session)
            _ = try repository.updateSession(edited(stored), expectedVersion: 1, by: officer, at: "t", today: today)
            let row = try #require(try repository.exchangeRows(.sessions).first)
            #expect(Array(row.suffix(4)) == [.text("hybride"), .date(day("01/12/2025")), .date(day("02/12/2025")), .date(day("14/01/2026"))])

            // An import in French words and synonyms sets them; a file without the columns leaves them alone.
            let training = "73282932000074;Développeuse / Développeur web et web mobile;Saint-Étienne"
            let importer = DataImporter(database: repository.database)
            let text = "SIRET;Formation;Lieu de formation;Session;Début prévu;Fin;Capacité;Modalité de formation;CARIF-OREF;"
                + "Référencée Mon Compte Formation le;Référencement KAIROS le\r\n"
                + "\(training);S2026-01;06/01/2026;30/04/2026;16;Distanciel;03/12/2025;;15/01/2026\r\n"
            guard case .imported(let summary, _) = try importer.run(try validated(.sessions, text)) else { Issue.record("refused"); return }
            #expect(summary == ImportSummary(updated: 1))
            let imported = try #require(try repository.sessionDetail(.init(1))?.session)
            #expect(imported.modality == .remote)
            #expect(imported.referencing == SessionReferencing(carifOref: day("03/12/2025"), monCompteFormation: nil, kairos: day("15/01/2026")))
            let without = "SIRET;Formation;Lieu de formation;Session;Début prévu;Fin;Capacité\r\n\(training);S2026-01;06/01/2026;30/04/2026;17\r\n"
            guard case .imported = try importer.run(try validated(.sessions, without)) else { Issue.record("refused"); return }
            let kept = try #require(try repository.sessionDetail(.init(1))?.session)
            #expect(kept.capacity == 17 && kept.modality == .remote && kept.referencing == imported.referencing)
            // An unknown modality is refused with the accepted words, and nothing is written.
            let bad = "SIRET;Formation;Lieu de formation;Session;Début prévu;Fin;Capacité;Modalité\r\n\(training);S2026-01;06/01/2026;30/04/2026;18;télétravail\r\n"
            let file = try validated(.sessions, bad)
            #expect(!file.isValid)
            #expect(file.errors.first?.userMessage.contains("Présentiel, Hybride, À distance") == true, "\(file.errors)")
            #expect(try repository.sessionDetail(.init(1))?.session.capacity == 17)
        }
    }
}
