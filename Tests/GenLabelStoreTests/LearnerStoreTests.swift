import Testing
import GenLabelCore
@testable import GenLabelStore

@Suite("Learners' outcomes and figures in the store (issue 4)")
struct LearnerStoreTests {
    let officer = Actor(login: "mdupont", role: .suivi)
    let member = Actor(login: "comite1", role: .comite)
    let instructor = Actor(login: "c.martin", role: .instruction)

    func full(session: TrainingSession.ID = .init(1)) -> Learner {
        Learner(id: .init(0), sessionID: session, firstName: "Zoé", lastName: "Lê-Hoàng", gender: .female,
                birthDate: day("29/02/2004"), address: "12 bis rue de l'Église", inseeCode: "2A004", commune: "Ajaccio",
                residesInQPV: false, residesInZRR: true, isTargetPublic: true, isJobSeeker: true, receivesCROUSAid: true,
                exitKind: .left, exitDate: day("02/03/2026"), exitReason: "déménagement", certificationObtained: false,
                situationAtEnd: .jobSeeking, situationAt3Months: .training, situationAt6Months: .unknown)
    }

    @Test func migration0009AddsTheColumnsWithoutRebuildingTheTable() throws {
        try withFreshRepository { repository, _ in
            let db = repository.database
            let applied = try Migrations.migrator.appliedIdentifiers(db)
            #expect(applied.contains("0009-learner-outcomes"))
            let columns = try db.fetchAll("SELECT name FROM pragma_table_info('learners')", []) { $0.string(0) }
            for column in LearnerColumns.outcome { #expect(columns.contains(column), "\(column)") }
            // The change-log triggers of 0006 are still there (the table was altered, not rebuilt).
            let triggers = try db.fetchAll("SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'learners'", []) { $0.string(0) }
            #expect(triggers.filter { $0.hasPrefix("learners_log_") }.count == 4)
            // The database itself refuses codes it does not know.
            try insertSmallWorld(db)
            #expect(throws: DatabaseError.self) { try db.execute("UPDATE learners SET situation_3m = 'chomage' WHERE id = 1", []) }
            #expect(throws: DatabaseError.self) { try db.execute("UPDATE learners SET exit_kind = 'gone' WHERE id = 1", []) }
            #expect(throws: DatabaseError.self) { try db.execute("UPDATE learners SET exit_date = '31/03/2026' WHERE id = 1", []) }
        }
    }

    @Test func everyNewColumnRoundTripsThroughTheWritePath() throws {
        try withFreshRepository { repository, _ in
            try insertSmallWorld(repository.database)
            let id = try repository.addLearner(full(), by: officer, at: "2026-12-03T10:00:00Z")
            let stored = try #require(try repository.learner(id))
            var expected = full()
            expected.id = id
            #expect(stored.learner == expected)
            #expect(stored.version == 1)
            // Back to "not recorded": every optional outcome cleared.
            var cleared = expected
            cleared.exitKind = nil; cleared.exitDate = nil; cleared.exitReason = ""; cleared.certificationObtained = nil
            cleared.situationAtEnd = nil; cleared.situationAt3Months = nil; cleared.situationAt6Months = nil
            cleared.receivesCROUSAid = false
            try repository.updateLearner(cleared, expectedVersion: 1, by: officer, at: "2026-12-03T10:01:00Z")
            let again = try #require(try repository.learner(id))
            #expect(again.learner == cleared && again.version == 2)
            #expect(try repository.sessionLearners(.init(1)).contains(cleared), "the session's detail reads the same values")
            #expect(try repository.learners(ofSession: .init(1)).map(\.learner.lastName) == ["Lê-Hoàng", "N'Diaye", "N'Diaye"])
        }
    }

    @Test func writesAreAuditedWithoutPersonalValues() throws {
        try withFreshRepository { repository, _ in
            try insertSmallWorld(repository.database)
            let id = try repository.addLearner(full(), by: officer, at: "2026-12-03T10:00:00Z")
            var changed = full()
            changed.id = id
            changed.lastName = "Martin"
            changed.situationAt6Months = .employment
            try repository.updateLearner(changed, expectedVersion: 1, by: officer, at: "2026-12-03T10:01:00Z")
            try repository.removeLearner(id, expectedVersion: 2, by: officer, at: "2026-12-03T10:02:00Z")
            let entries = try AuditTrail(database: repository.database).entries(subjectKind: AuditSubject.learner)
            #expect(entries.map(\.action) == [.recordCreated, .recordChanged, .recordDeleted])
            #expect(entries[1].detail == "modifié : Nom ; Situation à 6 mois : Inconnue → Emploi")
            #expect(entries.allSatisfy { $0.login == "mdupont" && $0.subjectKey.hasPrefix("apprenant \(id.rawValue) · 73282932000074") })
            #expect(!entries.contains { $0.detail.contains("Martin") || $0.subjectKey.contains("Lê-Hoàng") || $0.detail.contains("Lê-Hoàng") })
            #expect(try repository.learner(id) == nil)
            #expect(try AuditTrail(database: repository.database).verify() == .intact(entries: 3))
        }
    }

    @Test func staleVersionsAndRolesWriteNothing() throws {
        try withFreshRepository { repository, _ in
            try insertSmallWorld(repository.database)
            let first = try #require(try repository.learner(.init(1)))
            var mine = first.learner
            mine.receivesCROUSAid = true
            var theirs = first.learner
            theirs.exitKind = .finished
            theirs.exitDate = day("31/03/2026")
            try repository.updateLearner(theirs, expectedVersion: first.version, by: officer, at: "t1")
            #expect(throws: StoreError.conflict(currentVersion: 2)) {
                try repository.updateLearner(mine, expectedVersion: first.version, by: officer, at: "t2")
            }
            #expect(throws: StoreError.conflict(currentVersion: 2)) {
                try repository.removeLearner(.init(1), expectedVersion: 1, by: officer, at: "t3")
            }
            for actor in [member, instructor] {
                #expect(throws: StoreError.forbidden(.editMonitoring)) { try repository.addLearner(full(), by: actor, at: "t4") }
                #expect(throws: StoreError.forbidden(.editMonitoring)) {
                    try repository.removeLearner(.init(1), expectedVersion: 2, by: actor, at: "t5")
                }
            }
            #expect(try repository.learner(.init(1))?.learner == theirs)
            #expect(throws: StoreError.recordMissing) { try repository.removeLearner(.init(99), expectedVersion: 1, by: officer, at: "t6") }
        }
    }

    @Test func sqlAggregatesEqualTheCoreComputationOnTheDemo() throws {
        try withFreshRepository { repository, _ in
            let data = DemoGenerator(today: day("03/12/2026")).generate()
            try DemoDataWriter.write(data, into: repository.database)
            let records = try repository.figureRecords(rules: .standard)
            #expect(records.count == data.sessions.count)
            let bySession = Dictionary(grouping: data.learners, by: \.sessionID)
            for record in records {
                #expect(record.tally == LearnerTally(sessionOf: bySession[record.sessionID] ?? []), "\(record.sessionCode)")
            }
            let overall = FiguresReport(records: records).tally(.overall)
            #expect(overall.learners == data.learners.count)
            // The demo has outcomes of every kind, so the figures have something to show.
            #expect(overall.finished > 0 && overall.left > 0 && overall.certified > 0 && overall.positive3 > 0 && overall.positive6 > 0)
            #expect(overall.crousAid > 0 && overall.sessionsMeetingTarget > 0 && overall.sessionsMeetingTarget < overall.sessions)
            // The named choice reaches the SQL.
            var rules = RuleParameters.standard
            rules.positiveExitSituations = []
            #expect(FiguresReport(records: try repository.figureRecords(rules: rules)).tally(.overall).positive3 == 0)
        }
    }

    @Test func aPurgeEmptiesTheReasonForLeavingAndKeepsEveryFigure() throws {
        try withFreshRepository { repository, _ in
            try insertSmallWorld(repository.database)
            let id = try repository.addLearner(full(), by: officer, at: "t1")
            let before = try repository.figureRecords(rules: .standard)
            let admin = Actor(login: "chef", role: .admin)
            #expect(try repository.purgePersonalData(endedBefore: day("01/12/2026"), by: admin, at: "t2", today: day("03/12/2026")) == 3)
            let purged = try #require(try repository.learner(id)?.learner)
            #expect(purged.exitReason == "" && purged.lastName == "" && purged.exitKind == .left && purged.situationAt6Months == .unknown)
            #expect(try repository.figureRecords(rules: .standard) == before)
        }
    }
}
