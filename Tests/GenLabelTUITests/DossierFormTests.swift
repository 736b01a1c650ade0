import Foundation
import Testing
import GenLabelCore
@testable import GenLabelStore
@testable import GenLabelTUI

@Suite("Dossier form, history, filters and decisions (issue 3)")
struct DossierFormTests {
    func screen(_ driver: AppDriver) -> String { MainView.render(driver.state).textLines().joined(separator: "\n") }

    func type(_ text: String, _ driver: AppDriver) {
        for character in text { driver.send(.key(.character(character))) }
    }

    /// The form of the dossier at `row` of the Dossiers list (newest first).
    func openForm(row: Int, _ driver: AppDriver) {
        for _ in 0..<row { driver.send(.key(.down)) }
        driver.send(.key(.enter))
        driver.send(.key(.character("e")))
    }

    var form: (AppDriver) -> FormScreen? {
        { driver in if case .form(let s) = driver.state.screen { return s }; return nil }
    }

    /// Selects `field` with the arrow keys, as a person would.
    func select(_ field: FormField, _ driver: AppDriver) {
        guard let current = form(driver)?.selected, let target = FormField.allCases.firstIndex(of: field) else { return }
        for _ in 0..<abs(target - current) { driver.send(.key(target > current ? .down : .up)) }
    }

    func clearAndType(_ field: FormField, _ text: String, _ driver: AppDriver) {
        select(field, driver)
        driver.send(.key(.control("u")))
        type(text, driver)
    }

    @Test func aFieldIsCheckedWhenLeftAndNothingIsSavedWhileAFieldIsWrong() throws {
        let world = try InstructionWorld()
        let driver = world.driver(role: .instruction)
        openForm(row: 1, driver)
        #expect(form(driver)?.editable.application.dossier.number == "GEN-2026-0001")
        #expect(screen(driver).contains("Modifier le dossier GEN-2026-0001"))
        clearAndType(.siret, "73282932000075", driver)
        #expect(form(driver)?.form.errors[.siret] == nil, "not checked while typing")
        driver.send(.key(.down))
        #expect(form(driver)?.form.errors[.siret] != nil)
        #expect(screen(driver).contains("⚠"))
        clearAndType(.fundedPlaces, "douze", driver)
        driver.send(.key(.tab))
        #expect(form(driver)?.form.errors[.fundedPlaces] != nil)
        let before = try world.file(1).version
        driver.send(.key(.control("s")))
        #expect(form(driver)?.error == "2 champ(s) à corriger avant d'enregistrer")
        #expect(form(driver)?.field == .siret, "the first field in error is selected")
        #expect(try world.file(1).version == before, "nothing written")
        // Fixed: saved, audited per field in French, back to the detail.
        clearAndType(.siret, "73282932000074", driver)
        clearAndType(.fundedPlaces, "16", driver)
        clearAndType(.partnershipEndsOn, "31/02/2027", driver)
        driver.send(.key(.up))
        #expect(form(driver)?.form.errors[.partnershipEndsOn] != nil, "strict dates")
        clearAndType(.partnershipEndsOn, "", driver)
        driver.send(.key(.control("s")))
        guard case .detail(let content, _) = driver.state.screen else { Issue.record("back to the detail"); return }
        #expect(content.dossierNumber == "GEN-2026-0001")
        #expect(driver.state.notice == "Enregistré : 1 champ(s) modifié(s)")
        #expect(try world.file(1).application.content.fundedPlaces == 16)
        let history = try world.repository.dossierHistory("GEN-2026-0001")
        #expect(history.last?.detail == "Places financées : 14 → 16")
        #expect(history.last?.login == "c.martin")
    }

    @Test func choicesCycleAndEveryGroupOfTheApplicationIsThere() throws {
        let world = try InstructionWorld()
        let driver = world.driver(role: .instruction, height: 60)
        openForm(row: 0, driver)
        let text = screen(driver)
        for group in FormGroup.allCases { #expect(text.contains(group.title), "group \(group.title)") }
        select(.immersionKind, driver)
        #expect(form(driver)?.form.value(.immersionKind) == "work_study")
        driver.send(.key(.right))
        #expect(form(driver)?.form.value(.immersionKind) == "client_project")
        select(.renewal, driver)
        driver.send(.key(.character(" ")))
        driver.send(.key(.control("s")))
        let file = try world.file(2)
        #expect(file.application.content.immersionKind == .clientProject)
        #expect(file.dossier.isRenewal)
    }

    @Test func escapeAsksBeforeDiscardingAndResizingKeepsWhatWasTyped() throws {
        let world = try InstructionWorld()
        let driver = world.driver(role: .instruction)
        openForm(row: 1, driver)
        clearAndType(.job, "Développeuse", driver)
        driver.send(.resized(TerminalSize(width: 40, height: 10)))
        #expect(screen(driver).contains("trop petit") || screen(driver).contains("petite"))
        driver.send(.key(.character("q")))
        #expect(!driver.state.wantsToQuit, "q types into the form, even too small")
        driver.send(.resized(TerminalSize(width: 100, height: 30)))
        #expect(form(driver)?.form.value(.job) == "Développeuse")
        driver.send(.key(.escape))
        #expect(form(driver)?.isAskingToDiscard == true)
        #expect(screen(driver).contains("Abandonner les modifications ?"))
        driver.send(.key(.character("n")))
        #expect(form(driver)?.form.value(.job) == "Développeuse")
        driver.send(.key(.escape))
        driver.send(.key(.character("o")))
        guard case .detail = driver.state.screen else { Issue.record("back to the detail"); return }
        #expect(try world.file(1).application.training.job == "Technicien télécom")
    }

    @Test func aConflictShowsBothValuesAndEntreeKeepsMineEscapeTheirs() throws {
        let world = try InstructionWorld()
        let driver = world.driver(role: .instruction)
        openForm(row: 1, driver)
        clearAndType(.fundedPlaces, "20", driver)
        clearAndType(.job, "Développeuse", driver)
        // Someone else changes the funded places and the support hours meanwhile.
        var other = try world.file(1).application.content
        other.fundedPlaces = 18
        other.supportHours = 90
        try world.repository.updateContent(other, dossier: .init(1), expectedVersion: try world.file(1).version,
                                           by: Actor(login: "a.benali", role: .instruction), at: "2026-12-03T09:00:00Z")
        driver.send(.key(.control("s")))
        let conflict = try #require(form(driver)?.conflict)
        #expect(conflict.fields.map(\.field) == [.supportHours, .fundedPlaces])
        let text = screen(driver)
        #expect(text.contains("Places financées : 18 → 20"))
        #expect(text.contains("Heures d'accompagnement : 90 → 80"))
        assertSnapshot(MainView.render(driver.state), named: "form-conflict-100x30")
        driver.send(.key(.enter))
        let saved = try world.file(1).application
        #expect(saved.content.fundedPlaces == 20, "mine kept")
        #expect(saved.content.supportHours == 90, "theirs kept where I changed nothing")
        #expect(saved.training.job == "Développeuse")
    }

    @Test func escapeOnAConflictTakesTheirValuesAndKeepsTheFormOpen() throws {
        let world = try InstructionWorld()
        let driver = world.driver(role: .instruction)
        openForm(row: 1, driver)
        clearAndType(.fundedPlaces, "20", driver)
        var other = try world.file(1).application.content
        other.fundedPlaces = 18
        try world.repository.updateContent(other, dossier: .init(1), expectedVersion: try world.file(1).version,
                                           by: Actor(login: "a.benali", role: .instruction), at: "2026-12-03T09:00:00Z")
        driver.send(.key(.control("s")))
        #expect(form(driver)?.conflict != nil)
        driver.send(.key(.escape))
        #expect(form(driver)?.conflict == nil)
        #expect(form(driver)?.form.value(.fundedPlaces) == "18")
        #expect(try world.file(1).application.content.fundedPlaces == 18)
    }

    @Test func theFormSnapshot() throws {
        let world = try InstructionWorld()
        let driver = world.driver(role: .instruction, width: 100, height: 30)
        openForm(row: 1, driver)
        clearAndType(.nda, "1234", driver)
        driver.send(.key(.down))
        assertSnapshot(MainView.render(driver.state), named: "form-100x30")
    }

    @Test func notesOpenInTheEditorAndAFailureIsSaidInFrench() throws {
        let world = try InstructionWorld()
        let driver = world.driver(role: .instruction)
        var edited: String?
        driver.editor = { text in edited = text; return .edited("Première ligne\nSeconde ligne\n") }
        openForm(row: 1, driver)
        select(.notes, driver)
        driver.send(.key(.enter))
        #expect(edited == "")
        #expect(form(driver)?.form.value(.notes) == "Première ligne\nSeconde ligne")
        #expect(screen(driver).contains("Première ligne (2 lignes)"))
        driver.editor = { _ in .failed("l'éditeur « nano » n'a pas pu être lancé") }
        driver.send(.key(.control("e")))
        #expect(form(driver)?.error == "l'éditeur « nano » n'a pas pu être lancé")
        #expect(form(driver)?.form.value(.notes) == "Première ligne\nSeconde ligne", "unchanged")
        driver.send(.key(.control("s")))
        #expect(try world.file(1).application.content.notes == "Première ligne\nSeconde ligne")
    }

    @Test func aNewDossierIsCreatedAsADraftFromTheList() throws {
        let world = try InstructionWorld()
        let driver = world.driver(role: .instruction)
        driver.send(.key(.character("n")))
        #expect(form(driver)?.isNew == true)
        #expect(screen(driver).contains("Nouveau dossier (brouillon)"))
        driver.send(.key(.control("s")))
        #expect(form(driver)?.error == "6 champ(s) à corriger avant d'enregistrer")
        clearAndType(.organizationName, "Les Codeuses du Forez", driver)
        clearAndType(.siret, "73282932000074", driver)   // an organization already known: reused
        clearAndType(.nda, "84420123456", driver)
        clearAndType(.trainingTitle, "Data analyste", driver)
        clearAndType(.commune, "Roanne", driver)
        select(.region, driver)
        driver.send(.key(.right))   // first region of the catalogue
        driver.send(.key(.control("s")))
        guard case .detail(let content, _) = driver.state.screen else { Issue.record("the new dossier's detail"); return }
        #expect(content.dossierNumber == "GEN-2026-0003")
        #expect(driver.state.notice == "Enregistré : dossier GEN-2026-0003 créé (brouillon)")
        #expect(driver.state.data.dossiers.contains { $0.number == "GEN-2026-0003" && $0.state == .draft })
        let id = try #require(content.dossierID)
        let file = try #require(try world.repository.instructionFile(id))
        #expect(file.application.organization.id.rawValue == 1)
        #expect(file.application.organization.name == "Les Codeuses du Forez")
    }

    @Test func aCommitteeMemberCannotOpenTheForm() throws {
        let world = try InstructionWorld()
        let driver = world.driver(role: .comite)
        openForm(row: 1, driver)
        #expect(form(driver) == nil)
        #expect(driver.state.statusMessage?.contains("votre rôle ne le permet pas") == true)
        driver.send(.key(.escape))
        driver.send(.key(.character("n")))
        #expect(form(driver) == nil)
    }

    @Test func theHistoryShowsWhoWhenAndEachFieldInFrench() throws {
        let world = try InstructionWorld()
        let driver = world.driver(role: .instruction)
        openForm(row: 1, driver)
        clearAndType(.fundedPlaces, "15", driver)
        driver.send(.key(.control("s")))
        driver.send(.key(.character("h")))
        let text = screen(driver)
        #expect(text.contains("Historique — GEN-2026-0001"))
        #expect(text.contains("03/12/2026 10:00:00 UTC"))
        #expect(text.contains("c.martin — Places financées : 14 → 15"))
        #expect(!text.contains("funded_places"))
        assertSnapshot(MainView.render(driver.state), named: "history-100x30")
        driver.send(.key(.escape))
        guard case .detail(let content, _) = driver.state.screen else { Issue.record("back to the detail"); return }
        #expect(content.dossierNumber == "GEN-2026-0001")
    }

    @Test func theDossiersListFiltersByStateCommitteeRegionAndInstructor() throws {
        let world = try InstructionWorld()
        try world.repository.database.execute(sql: """
            INSERT INTO grades VALUES (2, 'a.benali', 1, 3, '');
            """)
        let driver = world.driver(role: .instruction)
        #expect(driver.state.rowCount(.dossiers) == 2)
        driver.send(.key(.character("f")))
        guard case .facets = driver.state.screen else { Issue.record("the filters"); return }
        driver.send(.key(.right))   // state: Brouillon
        driver.send(.key(.right))   // state: Déposé
        #expect(screen(driver).contains("◀ Déposé ▶"))
        assertSnapshot(MainView.render(driver.state), named: "facets-100x30")
        driver.send(.key(.enter))
        #expect(driver.state.rowCount(.dossiers) == 1)
        #expect(screen(driver).contains("[Déposé]"))
        driver.send(.key(.character("f")))
        driver.send(.key(.character("x")))
        for _ in 0..<3 { driver.send(.key(.down)) }
        driver.send(.key(.right))   // instructor: a.benali
        driver.send(.key(.enter))
        #expect(driver.state.rowCount(.dossiers) == 1)
        let index = driver.state.order(.dossiers).first ?? -1
        #expect(driver.state.data.dossiers[index].number == "GEN-2026-0002")
        driver.send(.key(.character("f")))
        driver.send(.key(.character("x")))
        driver.send(.key(.down))
        driver.send(.key(.right))   // committee: 18/02/2027
        driver.send(.key(.down))
        driver.send(.key(.right))   // region: Auvergne-Rhône-Alpes
        driver.send(.key(.enter))
        #expect(driver.state.rowCount(.dossiers) == 2)
        #expect(screen(driver).contains("[comité du 18/02/2027 · Auvergne-Rhône"))
        #expect(driver.state.query(.dossiers).facets.summary == "comité du 18/02/2027 · Auvergne-Rhône-Alpes")
    }

    @Test func labelledAsksForTheConventionDateDefaultToday() throws {
        let world = try InstructionWorld()
        try world.repository.database.execute(sql: """
            UPDATE dossiers SET state = 'reviewed', score = 7.5 WHERE id = 2;
            INSERT INTO grades SELECT 2, 'c.martin', n, 3, '' FROM (SELECT 1 AS n UNION SELECT 2 UNION SELECT 3
                UNION SELECT 4 UNION SELECT 5 UNION SELECT 6);
            """)
        let driver = world.driver(role: .instruction)
        driver.send(.key(.enter))
        driver.send(.key(.character("t")))
        guard case .instruction(let screen0) = driver.state.screen else { Issue.record("transitions"); return }
        let index = try #require(screen0.targets.firstIndex(of: .labelled))
        for _ in 0..<index { driver.send(.key(.down)) }
        driver.send(.key(.enter))
        #expect(screen(driver).contains("Date de signature de la convention"))
        #expect(screen(driver).contains("03/12/2026"))
        driver.send(.key(.control("u")))
        type("31/12/2026", driver)
        driver.send(.key(.enter))
        #expect(screen(driver).contains("la date de convention 31/12/2026 est après aujourd'hui"))
        driver.send(.key(.control("u")))
        type("01/12/2026", driver)
        driver.send(.key(.enter))
        #expect(driver.state.notice == "Enregistré : Labellisé, convention du 01/12/2026")
        let label = try #require(try world.repository.labels(where: "dossier_id = 2").first)
        #expect(label.conventionSignedOn == date("01/12/2026"))
    }

    @Test func severalDossiersOfARankedListAreDecidedAtOnceEachAudited() throws {
        let world = try InstructionWorld()
        try world.repository.database.execute(sql: """
            UPDATE dossiers SET state = 'reviewed', score = 7.5 WHERE id = 2;
            UPDATE dossiers SET state = 'reviewed', score = 6.0 WHERE id = 1;
            INSERT INTO grades SELECT d, 'c.martin', n, 3, '' FROM (SELECT 1 AS n UNION SELECT 2 UNION SELECT 3
                UNION SELECT 4 UNION SELECT 5 UNION SELECT 6), (SELECT 1 AS d UNION SELECT 2);
            """)
        let driver = world.driver(role: .instruction)
        driver.send(.key(.character("c")))
        driver.send(.key(.enter))
        guard case .instruction(let ranking) = driver.state.screen, case .ranking = ranking.mode else {
            Issue.record("the ranked list"); return
        }
        #expect(ranking.ranking.count == 2)
        driver.send(.key(.character(" ")))
        driver.send(.key(.character(" ")))
        #expect(screen(driver).contains("2 dossier(s) marqué(s)"))
        assertSnapshot(MainView.render(driver.state), named: "ranking-marked-100x30")
        driver.send(.key(.character("R")))
        type("Places insuffisantes", driver)
        driver.send(.key(.enter))
        #expect(driver.state.notice == "décidé pour 2 dossier(s) : GEN-2026-0002, GEN-2026-0001")
        for id in [Int64(1), 2] { #expect(try world.file(id).dossier.state == .rejected) }
        for number in ["GEN-2026-0001", "GEN-2026-0002"] {
            #expect(try world.repository.dossierHistory(number).contains { $0.detail.contains("Places insuffisantes") })
        }
    }

    @Test func aConflictInTheGridShowsBothValuesAndEntreeWritesMine() throws {
        let world = try InstructionWorld()
        let driver = world.driver(role: .instruction)
        driver.send(.key(.enter))
        driver.send(.key(.character("n")))
        // Someone else grades the same dossier first.
        try world.repository.grade(1, value: 2, comment: nil, dossier: .init(2), expectedVersion: try world.file(2).version,
                                   by: Actor(login: "c.martin", role: .instruction), at: "2026-12-03T09:00:00Z",
                                   today: date("03/12/2026"))
        driver.send(.key(.character("4")))
        guard case .instruction(let screen1) = driver.state.screen else { Issue.record("grid"); return }
        #expect(screen1.conflict != nil)
        let text = screen(driver)
        #expect(text.contains("Votre note du critère 1 — sa valeur : 2"))
        #expect(text.contains("Votre note du critère 1 — la vôtre : 4"))
        driver.send(.key(.enter))
        #expect(try world.file(2).sheets.first { $0.grader == "c.martin" }?.grade(1)?.value == 4)
    }
}
