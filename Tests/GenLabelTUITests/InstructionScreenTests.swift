import Foundation
import Testing
import GenLabelCore
@testable import GenLabelStore
@testable import GenLabelTUI

/// A real store with two dossiers on the committee of 18/02/2027: GEN-2026-0002 admissible,
/// GEN-2026-0001 submitted with criterion 4 still to check.
final class InstructionWorld {
    let directory = NSTemporaryDirectory() + "genlabel-tui-\(UUID().uuidString)"
    let repository: SQLiteRepository

    init() throws {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        repository = try SQLiteRepository(path: directory + "/genlabel.sqlite")
        try repository.database.execute(sql: """
            INSERT INTO organizations (id, name, siret, nda, qualiopi_status, qualiopi_date, obligations_up_to_date)
            VALUES (1, 'Association Élan Numérique', '73282932000074', '84420123456', 'certified', '2028-12-31', 1);
            INSERT INTO trainings (id, organization_id, title, commune, insee_code, region_code, family, job,
                                   certification_code, certification_title, hours, months)
            VALUES (1, 1, 'Développeuse web', 'Saint-Étienne', '42218', '84', 'development',
                    'Technicien télécom', 'RNCP31114', 'Développeur web et web mobile', 700, 8),
                   (2, 1, 'Technicienne réseaux', 'Lyon', '69123', '84', 'infrastructure',
                    'Technicien systèmes et réseau', 'RS5487', 'Technicien réseaux', 420, 5);
            INSERT INTO committees (id, date) VALUES (10, '2027-02-18'), (11, '2027-04-15');
            INSERT INTO dossiers (id, number, training_id, state, committee_id, submitted_on, owns_certification,
                                  remote_share_percent, reception_places, immersion_kind, immersion_weeks, support_hours,
                                  sessions_per_year, learners_per_session, target_learners_per_session, funded_places,
                                  planned_women_percent, located_qpv_zrr)
            VALUES (1, 'GEN-2026-0001', 1, 'submitted', 10, '2026-11-20', 1, 20, 0, 'internship', 8, 80, 2, 14, 12, 14, 40, 1),
                   (2, 'GEN-2026-0002', 2, 'admissible', 10, '2026-11-21', 1, 0, 0, 'work_study', 12, 40, 2, 12, 10, 12, 35, 0);
            INSERT INTO dossier_partners VALUES (1, 0, 'France Travail', 'sourcing'), (2, 0, 'Région', 'funding');
            INSERT INTO admissibility_decisions VALUES (2, 4, 1, 'Entretien de motivation', 'a.benali', '2026-11-25');
            """)
    }

    deinit {
        repository.database.close()
        try? FileManager.default.removeItem(atPath: directory)
    }

    func driver(role: Role?, login: String = "c.martin", width: Int = 100, height: Int = 30) -> AppDriver {
        var state = AppState(today: date("03/12/2026"), todayIsPinned: true, databasePath: "/tmp/base.sqlite",
                             size: TerminalSize(width: width, height: height))
        state.actor = Actor(login: login, role: role)
        return AppDriver(state: state, repository: repository, writer: repository, instruction: repository,
                         timestamp: { "2026-12-03T10:00:00Z" })
    }

    func file(_ id: Int64) throws -> InstructionFile { try #require(try repository.instructionFile(.init(id))) }
}

@Suite("Instruction screens: checklist, grid, transitions, committees, ranking (issue 3)")
struct InstructionScreenTests {
    func screen(_ driver: AppDriver) -> String { MainView.render(driver.state).textLines().joined(separator: "\n") }

    func keys(_ text: String, _ driver: AppDriver) {
        for character in text { driver.send(.key(.character(character))) }
    }

    /// Opens the detail of the dossier at `row` of the Dossiers list (newest first), then `key`.
    func open(row: Int, _ key: Character, _ driver: AppDriver) {
        for _ in 0..<row { driver.send(.key(.down)) }
        driver.send(.key(.enter))
        driver.send(.key(.character(key)))
    }

    var mode: (AppDriver) -> InstructionScreen.Mode? {
        { driver in if case .instruction(let s) = driver.state.screen { return s.mode }; return nil }
    }

    @Test func theChecklistShowsEachCriterionWithWhyAndAPersonChecksCriterion4WithAReason() throws {
        let world = try InstructionWorld()
        let driver = world.driver(role: .instruction)
        open(row: 1, "r", driver)
        #expect(mode(driver) == .checklist)
        var text = screen(driver)
        #expect(text.contains("Recevabilité — GEN-2026-0001"))
        #expect(text.contains("En attente : critère(s) 4 à vérifier."))
        #expect(text.contains("7. Gratuité"))
        assertSnapshot(MainView.render(driver.state), named: "instruction-checklist-100x30")
        keys("jjj", driver)
        keys("o", driver)
        text = screen(driver)
        #expect(text.contains("Critère 4 : conforme"))
        keys("Entretien collectif", driver)
        driver.send(.key(.enter))
        #expect(try world.file(1).decisions.map(\.reason) == ["Entretien collectif"])
        text = screen(driver)
        #expect(text.contains("Recevable : les 10 critères sont remplis."))
        #expect(driver.state.notice == "Enregistré : critère 4 de recevabilité")
        // Overriding an automatic result without a reason is refused, and said.
        keys("jjjx", driver)
        driver.send(.key(.enter))
        #expect(screen(driver).contains("indiquez un motif"))
        #expect(try world.file(1).decisions.count == 1)
    }

    @Test func transitionsShowWhatIsPossibleAndWhyNotAndRecordTheStep() throws {
        let world = try InstructionWorld()
        let driver = world.driver(role: .instruction)
        open(row: 1, "t", driver)
        #expect(mode(driver) == .transitions)
        var text = screen(driver)
        #expect(text.contains("critère(s) de recevabilité 4 encore à vérifier"))
        driver.send(.key(.enter)) // Recevable, refused
        #expect(try world.file(1).dossier.state == .submitted)
        // Back to the checklist: check criterion 4, then the step is allowed.
        driver.send(.key(.escape))
        keys("r", driver)
        keys("jjjo", driver)
        driver.send(.key(.enter))
        driver.send(.key(.escape))
        keys("t", driver)
        driver.send(.key(.enter))
        keys("RAS", driver)
        driver.send(.key(.enter))
        let file = try world.file(1)
        #expect(file.dossier.state == .admissible)
        #expect(file.transitions.last == DossierTransition(from: .submitted, to: .admissible, on: date("03/12/2026"),
                                                           login: "c.martin", reason: "RAS"))
        text = screen(driver)
        #expect(text.contains("Déposé → Recevable par c.martin : « RAS »"))
    }

    @Test func gradingWithOneKeyPerGradeThenTheNextDossierOfTheQueue() throws {
        let world = try InstructionWorld()
        let driver = world.driver(role: .instruction)
        open(row: 0, "n", driver)
        #expect(mode(driver) == .grid)
        keys("332432", driver)
        let file = try world.file(2)
        #expect(file.sheets.first?.values == [3, 3, 2, 4, 3, 2])
        #expect(file.dossier.state == .underReview)
        #expect(file.dossier.score == 7.1)
        keys("k", driver)
        let text = screen(driver)
        #expect(text.contains("Note de c.martin             : 7,1"))
        // Criterion 5 shows the support hours' share: 40 h of 420 h.
        #expect(text.contains("40 h sur 420 h = 9,5 % (minimum 10 %)"))
        assertSnapshot(MainView.render(driver.state), named: "instruction-grid-100x30")
        keys("j", driver)
        keys("c", driver)
        keys("Peu d'accompagnement", driver)
        driver.send(.key(.enter))
        #expect(try world.file(2).sheets.first?.grade(6)?.comment == "Peu d'accompagnement")
        // n: the next dossier of the list, without going back to it; the list follows.
        keys("n", driver)
        guard case .instruction(let next) = driver.state.screen else { Issue.record("left the grid"); return }
        #expect(next.file?.dossier.number == "GEN-2026-0001")
        #expect(driver.state.cursor(.dossiers).selected == 1)
        // GEN-2026-0001 is only submitted: a grade is refused at once, said, and the selection stays.
        let before = next.selected
        keys("3", driver)
        guard case .instruction(let refused) = driver.state.screen else { Issue.record("left the grid"); return }
        #expect(refused.selected == before, "the selection stays on the criterion not graded")
        #expect(refused.error == "la notation se fait aux états « Recevable » et « En instruction » ; le dossier est « Déposé »")
        #expect(try world.file(1).sheets.isEmpty)
        keys("n", driver)
        #expect(screen(driver).contains("dernier dossier de la liste"))
        driver.send(.key(.escape))
        guard case .detail(let content, _) = driver.state.screen else { Issue.record("no detail"); return }
        #expect(content.dossierID == .init(1))
    }

    @Test func aCommitteeMemberReadsScoresButChangesNothing() throws {
        let world = try InstructionWorld()
        let driver = world.driver(role: .comite, login: "membre")
        open(row: 0, "n", driver)
        keys("4", driver)
        #expect(screen(driver).contains("votre rôle ne le permet pas (modifier les dossiers)"))
        #expect(try world.file(2).sheets.isEmpty)
        #expect(!screen(driver).contains("0-4 noter"))
    }

    @Test func committeesAndTheRankedList() throws {
        let world = try InstructionWorld()
        try world.repository.database.execute(sql: """
            UPDATE dossiers SET state = 'reviewed', score = 6.3 WHERE id = 2;
            UPDATE dossiers SET state = 'reviewed', score = 6.3 WHERE id = 1;
            INSERT INTO dossiers (id, number, training_id, state, submitted_on, committee_id)
            VALUES (3, 'GEN-2027-0001', 2, 'submitted', '2027-01-08', 11);
            """)
        let driver = world.driver(role: .comite, login: "membre")
        keys("c", driver)
        #expect(mode(driver) == .committees)
        var text = screen(driver)
        #expect(text.contains("18/02/2027"))
        #expect(text.contains("collecte 07/01/2027 (comité − 42 jours)"))
        #expect(text.contains("reçoit les dépôts du jour"))
        #expect(text.contains("Instruit 2"))
        #expect(text.contains("hors délai (1) : GEN-2027-0001"))
        driver.send(.key(.enter))
        #expect(mode(driver) == .ranking(.init(10), date: date("18/02/2027")))
        text = screen(driver)
        // Equal scores: the QPV/ZRR location comes first.
        let first = try #require(text.range(of: "1. GEN-2026-0001"))
        let second = try #require(text.range(of: "2. GEN-2026-0002"))
        #expect(first.lowerBound < second.lowerBound)
        assertSnapshot(MainView.render(driver.state), named: "instruction-ranking-100x30")
        driver.send(.key(.escape))
        #expect(mode(driver) == .committees)
    }
}
