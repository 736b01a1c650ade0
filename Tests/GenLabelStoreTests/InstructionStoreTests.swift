import Testing
import GenLabelCore
@testable import GenLabelStore

@Suite("Instruction in the store: content, admissibility, grades, life cycle, committees (issue 3)")
struct InstructionStoreTests {
    let instructor = Actor(login: "c.martin", role: .instruction)
    let second = Actor(login: "a.benali", role: .instruction)
    let member = Actor(login: "membre", role: .comite)
    let today = day("03/12/2026")
    let dossierID = Dossier.ID(1)

    /// One organization, its training and a draft dossier; two committees after today.
    func world(_ db: Database) throws {
        try db.inTransaction {
            try db.execute(sql: """
                INSERT INTO organizations (id, name, siret, nda, qualiopi_status, qualiopi_date, obligations_up_to_date)
                VALUES (1, 'Association Élan Numérique', '73282932000074', '84420123456', 'certified', '2028-12-31', 1);
                INSERT INTO trainings (id, organization_id, title, commune, insee_code, region_code, family, job,
                                       certification_code, certification_title, hours, months)
                VALUES (1, 1, 'Développeuse web', 'Saint-Étienne', '42218', '84', 'development',
                        'Technicien télécom', 'RNCP31114', 'Développeur web et web mobile', 700, 8);
                INSERT INTO dossiers (id, number, training_id, state) VALUES (1, 'GEN-2026-0001', 1, 'draft');
                INSERT INTO committees (id, date) VALUES (10, '2027-02-18'), (11, '2027-04-15');
                """)
        }
    }

    var content: DossierContent {
        DossierContent(ownsCertification: true, remoteSharePercent: 20, receptionPlaces: 0, immersionKind: .internship,
                       immersionWeeks: 8, supportHours: 80, sessionsPerYear: 2, learnersPerSession: 14,
                       targetLearnersPerSession: 12, fundedPlaces: 14, plannedWomenPercent: 40, locatedInQPVOrZRR: true,
                       partners: [Partner(name: "France Travail Loire", kind: .sourcing),
                                  Partner(name: "Région", kind: .funding)])
    }

    func version(_ repository: SQLiteRepository) throws -> Int64 {
        try #require(try repository.instructionFile(dossierID)).version
    }

    func stamp(_ n: Int) -> String { "2026-12-03T10:00:\(n < 10 ? "0" : "")\(n)Z" }

    @Test func contentIsSavedWithItsAuditAndVersionAndAStaleVersionIsRefused() throws {
        try withFreshRepository { repository, _ in
            try world(repository.database)
            let read = try version(repository)
            try repository.updateContent(content, dossier: dossierID, expectedVersion: read, by: instructor, at: stamp(1))
            let file = try #require(try repository.instructionFile(dossierID))
            #expect(file.application.content == content)
            #expect(file.version == read + 1)
            let entries = try AuditTrail(database: repository.database).entries(subjectKey: "GEN-2026-0001")
            let entry = try #require(entries.last)
            #expect(entry.login == "c.martin")
            // One entry per field, named in French (not the column's English name).
            #expect(entries.contains { $0.detail == "Places financées : — → 14" })
            #expect(entries.contains { $0.detail.hasPrefix("Partenaires : — → ") && $0.detail.contains("France Travail Loire (sourcing)") })
            #expect(!entries.contains { $0.detail.contains("funded_places") })
            var changed = content
            changed.fundedPlaces = 9
            #expect(throws: StoreError.conflict(currentVersion: read + 1)) {
                try repository.updateContent(changed, dossier: dossierID, expectedVersion: read, by: instructor, at: stamp(2))
            }
            #expect(throws: StoreError.forbidden(.editDossiers)) {
                try repository.updateContent(changed, dossier: dossierID, expectedVersion: read + 1, by: member, at: stamp(2))
            }
            #expect(try repository.instructionFile(dossierID)?.application.content.fundedPlaces == 14)
        }
    }

    @Test func anIncompleteDraftIsRefusedAndAcompleteOneGoesToTheFirstCommitteeWhoseCutoffIsAhead() throws {
        try withFreshRepository { repository, _ in
            try world(repository.database)
            #expect(throws: InstructionRefused.self) {
                try repository.transition(dossierID, to: .submitted, reason: "", expectedVersion: try version(repository),
                                          by: instructor, at: stamp(1), today: today)
            }
            try repository.updateContent(content, dossier: dossierID, expectedVersion: try version(repository),
                                         by: instructor, at: stamp(2))
            // Cutoff of 18/02/2027 is 07/01/2027: on the day it still collects, the day after the next one does.
            try repository.transition(dossierID, to: .submitted, reason: "", expectedVersion: try version(repository),
                                      by: instructor, at: stamp(3), today: day("07/01/2027"))
            let file = try #require(try repository.instructionFile(dossierID))
            #expect(file.dossier.state == .submitted)
            #expect(file.dossier.submittedOn == day("07/01/2027"))
            #expect(file.committee?.date == day("18/02/2027"))
            #expect(file.transitions == [DossierTransition(from: .draft, to: .submitted, on: day("07/01/2027"),
                                                           login: "c.martin", reason: "")])
            // Back to draft needs a reason, then the day after the cutoff goes to April.
            #expect(throws: InstructionRefused(T(.lcReasonNeeded, DossierState.draft.displayName))) {
                try repository.transition(dossierID, to: .draft, reason: "", expectedVersion: try version(repository),
                                          by: instructor, at: stamp(4), today: day("08/01/2027"))
            }
            try repository.transition(dossierID, to: .draft, reason: "Pièce manquante", expectedVersion: try version(repository),
                                      by: instructor, at: stamp(5), today: day("08/01/2027"))
            try repository.transition(dossierID, to: .submitted, reason: "", expectedVersion: try version(repository),
                                      by: instructor, at: stamp(6), today: day("08/01/2027"))
            #expect(try repository.instructionFile(dossierID)?.committee?.date == day("15/04/2027"))
        }
    }

    @Test func fromAdmissibilityToTheRankingAndTheLabel() throws {
        try withFreshRepository { repository, _ in
            try world(repository.database)
            try repository.updateContent(content, dossier: dossierID, expectedVersion: try version(repository),
                                         by: instructor, at: stamp(1))
            let file0 = try #require(try repository.instructionFile(dossierID)).application
            try repository.transition(dossierID, to: .submitted, reason: "", expectedVersion: try version(repository),
                                      by: instructor, at: stamp(2), today: today)
            // Criterion 4 is manual: admissible refused until it is checked.
            #expect(throws: InstructionRefused.self) {
                try repository.transition(dossierID, to: .admissible, reason: "", expectedVersion: try version(repository),
                                          by: instructor, at: stamp(3), today: today)
            }
            // Overriding an automatic result needs a reason.
            #expect(throws: InstructionRefused(T(.instrReasonNeeded))) {
                try repository.decideCriterion(7, met: false, reason: " ", dossier: dossierID,
                                               expectedVersion: try version(repository), by: instructor, at: stamp(4), today: today)
            }
            try repository.decideCriterion(4, met: true, reason: "", dossier: dossierID, expectedVersion: try version(repository),
                                           by: instructor, at: stamp(5), today: today)
            var file = try #require(try repository.instructionFile(dossierID))
            #expect(file.decisions.map(\.criterion) == [4])
            #expect(file.admissibility(today: today).verdict == .admissible)
            try repository.transition(dossierID, to: .admissible, reason: "", expectedVersion: file.version,
                                      by: instructor, at: stamp(6), today: today)
            // Grading: the first grade starts the review.
            for (criterion, value) in [3, 3, 2, 4, 3, 2].enumerated() {
                try repository.grade(criterion + 1, value: value, comment: nil, dossier: dossierID,
                                     expectedVersion: try version(repository), by: instructor, at: stamp(7), today: today)
            }
            try repository.grade(2, value: nil, comment: "Équipe expérimentée", dossier: dossierID,
                                 expectedVersion: try version(repository), by: instructor, at: stamp(8), today: today)
            file = try #require(try repository.instructionFile(dossierID))
            #expect(file.dossier.state == .underReview)
            #expect(file.sheets.first?.grade(2) == Grade(criterion: 2, value: 3, comment: "Équipe expérimentée"))
            // 10 × 17/24 = 7.083 → 7.1
            #expect(file.dossier.score == 7.1)
            #expect(file.transitions.last?.reason == T(.instrFirstGrade))
            // A second grader, far apart: flagged.
            for criterion in 1...6 {
                try repository.grade(criterion, value: 1, comment: nil, dossier: dossierID,
                                     expectedVersion: try version(repository), by: second, at: stamp(9), today: today)
            }
            file = try #require(try repository.instructionFile(dossierID))
            #expect(file.score().isFlagged)
            #expect(file.dossier.score == ScoreFormula.rounded((17.0 / 24 * 10 + 2.5) / 2))
            #expect(throws: StoreError.forbidden(.editDossiers)) {
                try repository.grade(1, value: 4, comment: nil, dossier: dossierID, expectedVersion: file.version,
                                     by: member, at: stamp(10), today: today)
            }
            try repository.transition(dossierID, to: .reviewed, reason: "", expectedVersion: file.version,
                                      by: instructor, at: stamp(11), today: today)
            let ranking = try repository.committeeRanking(.init(10))
            #expect(ranking.map(\.candidate.number) == ["GEN-2026-0001"])
            #expect(ranking.first?.candidate.isFlagged == true)
            // Grades are closed once reviewed.
            #expect(throws: InstructionRefused.self) {
                try repository.grade(1, value: 4, comment: nil, dossier: dossierID, expectedVersion: try version(repository),
                                     by: instructor, at: stamp(12), today: today)
            }
            try repository.transition(dossierID, to: .labelled, reason: "", expectedVersion: try version(repository),
                                      by: instructor, at: stamp(13), today: day("18/02/2027"))
            let label = try #require(try repository.labels(where: "dossier_id = 1").first)
            #expect(label.conventionSignedOn == day("18/02/2027"))
            #expect(label.state == .active)
            // 20 entries, the content counting one per field filled in (French names, issue 3).
            let contentFields = DossierForm.changes(from: DossierApplication(dossier: file0.dossier, training: file0.training,
                                                                             organization: file0.organization, content: .empty),
                                                    to: file0).count
            #expect(try AuditTrail(database: repository.database).verify() == .intact(entries: 20 + Int64(contentFields)))
        }
    }

    @Test func deferralMovesToTheNextCommitteeAndWeightsFreezeOnceTheListIsCollected() throws {
        try withFreshRepository { repository, _ in
            try world(repository.database)
            try repository.database.execute(sql: """
                UPDATE dossiers SET state = 'reviewed', committee_id = 10, submitted_on = '2026-12-01', score = 6.0 WHERE id = 1
                """)
            try repository.setWeights(CriterionWeights([2, 1, 1, 1, 1, 1]), committee: .init(10), by: instructor, at: stamp(1))
            #expect(try repository.instructionFile(dossierID)?.weights == CriterionWeights([2, 1, 1, 1, 1, 1]))
            try repository.database.execute(sql: "UPDATE committees SET list_collected_on = '2027-01-07' WHERE id = 10")
            #expect(throws: InstructionRefused(T(.instrWeightsFrozen, "07/01/2027"))) {
                try repository.setWeights(.equal, committee: .init(10), by: instructor, at: stamp(2))
            }
            try repository.transition(dossierID, to: .deferred, reason: "", expectedVersion: try version(repository),
                                      by: instructor, at: stamp(3), today: today)
            #expect(try repository.instructionFile(dossierID)?.committee?.date == day("15/04/2027"))
            let board = try repository.committeeOverview(today: today)
            let april = try #require(board.first { $0.committee.date == day("15/04/2027") })
            #expect(april.counts == [.deferred: 1])
            #expect(board.first { $0.committee.date == day("18/02/2027") }?.takesSubmissionsToday == true)
        }
    }

    @Test func collectingACommitteesListFreezesItsWeightsOnceAndIsAudited() throws {
        try withFreshRepository { repository, _ in
            try world(repository.database)
            #expect(throws: InstructionRefused(T(.instrCollectFuture, "04/12/2026"))) {
                try repository.collectList(.init(10), on: day("04/12/2026"), by: instructor, at: stamp(1), today: today)
            }
            #expect(throws: StoreError.forbidden(.editDossiers)) {
                try repository.collectList(.init(10), on: today, by: member, at: stamp(1), today: today)
            }
            try repository.collectList(.init(10), on: today, by: instructor, at: stamp(2), today: today)
            let board = try repository.committeeOverview(today: today)
            #expect(board.first { $0.committee.id == .init(10) }?.weightsFrozen == true)
            #expect(board.first { $0.committee.id == .init(11) }?.weightsFrozen == false)
            #expect(throws: InstructionRefused(T(.instrAlreadyCollected, "03/12/2026"))) {
                try repository.collectList(.init(10), on: today, by: instructor, at: stamp(3), today: today)
            }
            #expect(throws: InstructionRefused(T(.instrWeightsFrozen, "03/12/2026"))) {
                try repository.setWeights(CriterionWeights([2, 1, 1, 1, 1, 1]), committee: .init(10), by: instructor, at: stamp(4))
            }
            // The overview carries each committee's weights.
            try repository.setWeights(CriterionWeights([1, 1, 1, 1, 3, 1]), committee: .init(11), by: instructor, at: stamp(5))
            #expect(try repository.committeeOverview(today: today).first { $0.committee.id == .init(11) }?.weights
                    == CriterionWeights([1, 1, 1, 1, 3, 1]))
            // The collected committee's alert is no longer owed.
            #expect(try repository.monitoringSnapshot().committees.map(\.id) == [.init(11)])
            let entries = try repository.database.fetchAll(
                "SELECT subject_kind, subject_key, detail FROM audit_log ORDER BY sequence", [SQLValue]()) {
                [$0.string(0), $0.string(1), $0.string(2)]
            }
            #expect(entries.first == ["comité", "18/02/2027", "Liste collectée le 03/12/2026 : pondérations figées"])
        }
    }

    @Test func theDemoCarriesConsistentInstructionRecords() throws {
        try withFreshRepository { repository, _ in
            let data = DemoGenerator(today: today).generate()
            try DemoDataWriter.write(data, into: repository.database)
            #expect(data.instruction.contents.count == data.dossiers.count)
            // Nothing the demo records was decided after "today" (a submission two days ago was checked
            // on today at the latest).
            for decision in data.instruction.decisions.values.flatMap({ $0 }) { #expect(decision.decidedOn <= today) }
            for step in data.instruction.transitions.values.flatMap({ $0 }) { #expect(step.on <= today) }
            let reviewed = data.dossiers.filter { $0.state == .reviewed }
            #expect(!reviewed.isEmpty)
            for dossier in reviewed {
                let file = try #require(try repository.instructionFile(dossier.id))
                #expect(file.sheets.count == 2)
                #expect(file.score().mean.map(ScoreFormula.rounded) == dossier.score)
                #expect(Completeness.missingFields(file.application).isEmpty, "\(dossier.number)")
            }
            for dossier in data.dossiers where dossier.state == .inadmissible {
                let file = try #require(try repository.instructionFile(dossier.id))
                guard case .inadmissible = file.admissibility(today: today).verdict else {
                    Issue.record("\(dossier.number) should fail a criterion"); continue
                }
            }
            let upcoming = try #require(try repository.committeeOverview(today: today).first { $0.takesSubmissionsToday })
            #expect(try repository.committeeRanking(upcoming.committee.id).count == reviewed.filter { $0.committeeID != nil }.count)
        }
    }
}
