import Foundation
import Testing
import GenLabelCore
import GenLabelStore
@testable import GenLabelTUI

/// A migrated SQLite database with one labelled training and one running session, so the session form
/// is tested through the real write path (roles, transaction, version, audit).
final class SessionWorld {
    let directory = NSTemporaryDirectory() + "genlabel-session-\(UUID().uuidString)"
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
                    'Technicien télécom', 'RNCP31114', 'Développeur web et web mobile', 700, 8);
            INSERT INTO labels (id, training_id, dossier_id, convention_signed_on, state) VALUES (1, 1, NULL, '2025-06-15', 'active');
            INSERT INTO sessions (id, label_id, code, planned_start, actual_start, end_date, capacity,
                                  start_attestation_received_on, end_list_received_on)
            VALUES (1, 1, 'S2026-09', '2026-09-07', '2026-09-14', '2027-03-31', 14, '2026-09-30', NULL);
            """)
    }

    deinit {
        repository.database.close()
        try? FileManager.default.removeItem(atPath: directory)
    }

    func driver(role: Role?, login: String = "mdupont") -> AppDriver {
        var state = AppState(today: date("03/12/2026"), todayIsPinned: true, databasePath: "/tmp/base.sqlite",
                             size: TerminalSize(width: 100, height: 30))
        state.actor = Actor(login: login, role: role)
        return AppDriver(state: state, repository: repository, writer: repository, labels: repository,
                         timestamp: { "2026-12-03T10:00:00Z" })
    }

    var session: TrainingSession { get throws { try #require(try repository.sessionDetail(.init(1))?.session) } }
    var version: Int64? { try? repository.sessionVersion(.init(1)) }
    var auditDetails: [String] {
        (try? AuditTrail(database: repository.database).entries(subjectKind: AuditSubject.session).map(\.detail)) ?? []
    }
}

@Suite("The session form (issue 4): modality, referencing and every session date", .serialized)
struct SessionFormTests {
    func openDetail(_ driver: AppDriver) {
        driver.send(.key(.character("2")))
        driver.send(.key(.enter))
    }

    func form(_ driver: AppDriver) -> SessionForm? {
        if case .sessionForm(let form) = driver.state.screen { return form }
        return nil
    }

    func screen(_ driver: AppDriver) -> String { MainView.render(driver.state).textLines().joined(separator: "\n") }

    func select(_ field: SessionField, _ driver: AppDriver) {
        for _ in SessionField.allCases where form(driver)?.focus != field { driver.send(.key(.down)) }
    }

    func retype(_ field: SessionField, _ text: String, _ driver: AppDriver) {
        select(field, driver)
        driver.send(.key(.control("u")))
        for character in text { driver.send(.key(.character(character))) }
    }

    @Test func mInASessionsDetailOpensItsFormAndInALabelsDetailStillAsksForAModification() throws {
        let world = try SessionWorld()
        let driver = world.driver(role: .suivi)
        openDetail(driver)
        guard case .detail(let content, _) = driver.state.screen, content.editableSession != nil else {
            Issue.record("no session detail"); return
        }
        #expect(KeyBindings.action(for: .character("m"), in: .detail, state: driver.state) == .editSession)
        #expect(screen(driver).contains("m modifier"))
        driver.send(.key(.character("m")))
        let opened = try #require(form(driver))
        #expect(opened.focus == .plannedStart)
        #expect(opened.draft[.plannedStart] == "07/09/2026" && opened.draft[.capacity] == "14" && opened.draft[.modality] == "")
        #expect(screen(driver).contains("Modifier la session S2026-09"))
        driver.send(.key(.escape))
        guard case .detail = driver.state.screen else { Issue.record("Échap without changes goes back"); return }
        // A label's detail: the same key asks for a modification request (the scoped binding comes first).
        driver.send(.key(.escape))
        driver.send(.key(.character("3")))
        driver.send(.key(.enter))
        #expect(KeyBindings.action(for: .character("m"), in: .detail, state: driver.state) == .labelForm(.request))
        driver.send(.key(.character("m")))
        guard case .smallForm = driver.state.screen else { Issue.record("the label's request form"); return }
    }

    @Test func anOfficerSavesModalityAndReferencingInOneAuditedTransaction() throws {
        let world = try SessionWorld()
        let driver = world.driver(role: .suivi)
        openDetail(driver)
        driver.send(.key(.character("m")))
        select(.modality, driver)
        driver.send(.key(.right))        // Présentiel
        driver.send(.key(.right))        // Hybride
        #expect(screen(driver).contains("◀ Hybride ▶"))
        retype(.capacity, "16", driver)
        retype(.carifOref, "02/07/2026", driver)
        retype(.kairos, "15/09/2026", driver)
        driver.send(.key(.function(2)))
        guard case .detail(let content, _) = driver.state.screen else { Issue.record("back to the detail: \(driver.state.screen)"); return }
        #expect(driver.state.notice == "Enregistré : session S2026-09 modifiée (4 champ(s))")
        let saved = try world.session
        #expect(saved.modality == .hybrid && saved.capacity == 16)
        #expect(saved.referencing == SessionReferencing(carifOref: date("02/07/2026"), monCompteFormation: nil, kairos: date("15/09/2026")))
        #expect(saved.plannedStart == date("07/09/2026") && saved.startAttestationReceivedOn == date("30/09/2026"), "untouched")
        #expect(world.version == 2)
        #expect(world.auditDetails == ["session modifiée : Modalité : — → Hybride ; Capacité : 14 → 16 ; "
                                       + "Référencement CARIF-OREF le : — → 02/07/2026 ; Référencement KAIROS le : — → 15/09/2026"])
        // The detail read again shows them.
        #expect(content.editableSession?.version == 2)
        let text = screen(driver)
        #expect(text.contains("Modalité                 : Hybride"))
        #expect(text.contains("CARIF-OREF               : fait le 02/07/2026"))
        #expect(text.contains("Mon Compte Formation     : non fait"))
    }

    @Test func anImpossibleDateIsRefusedInFrenchUnderItsFieldAndNothingIsWritten() throws {
        let world = try SessionWorld()
        let driver = world.driver(role: .suivi)
        openDetail(driver)
        driver.send(.key(.character("m")))
        retype(.end, "31/02/2027", driver)
        driver.send(.key(.tab))          // leaving the field checks it
        #expect(form(driver)?.errors[.end] == "« 31/02/2027 » n'est pas une date jj/mm/aaaa qui existe")
        #expect(screen(driver).contains("! « 31/02/2027 » n'est pas une date jj/mm/aaaa qui"), "under the field")
        retype(.monCompteFormation, "1/9/2026", driver)   // not strict jj/mm/aaaa
        retype(.startAttestation, "01/09/2026", driver)   // before the actual start
        driver.send(.key(.function(2)))
        let refused = try #require(form(driver), "the form stays open")
        #expect(refused.message == "3 champ(s) à corriger : rien n'est enregistré")
        #expect(refused.focus == .end, "the first wrong field is selected")
        #expect(refused.errors[.monCompteFormation] == "« 1/9/2026 » n'est pas une date jj/mm/aaaa qui existe")
        #expect(refused.errors[.startAttestation] == "une pièce ne peut pas être reçue avant le début de la session (14/09/2026)")
        #expect(screen(driver).contains("3 champ(s) à corriger : rien n'est enregistré"))
        assertSnapshot(MainView.render(driver.state), named: "session-form-100x30")
        #expect(world.version == 1)
        #expect(try world.session.end == date("31/03/2027"))
        #expect(world.auditDetails.isEmpty)
        // Échap with changes asks first; "o" leaves without writing.
        driver.send(.key(.escape))
        #expect(form(driver)?.isAskingToDiscard == true)
        driver.send(.key(.character("o")))
        guard case .detail = driver.state.screen else { Issue.record("back to the detail"); return }
        #expect(world.version == 1)
    }

    @Test func aFutureReferencingDateAndAnEndBeforeTheStartAreRefused() throws {
        let world = try SessionWorld()
        let driver = world.driver(role: .admin)
        openDetail(driver)
        driver.send(.key(.character("m")))
        retype(.kairos, "04/12/2026", driver)
        retype(.end, "01/09/2026", driver)
        driver.send(.key(.control("s")))
        let refused = try #require(form(driver))
        #expect(refused.errors[.kairos] == "pas après aujourd'hui (03/12/2026)")
        #expect(refused.errors[.end] == "la fin ne peut pas précéder le début (07/09/2026)")
        #expect(world.version == 1)
    }

    @Test func rolesThatDoNotRecordMonitoringCannotOpenTheForm() throws {
        let world = try SessionWorld()
        for role in [Role.comite, .instruction, nil] {
            let driver = world.driver(role: role)
            openDetail(driver)
            #expect(!screen(driver).contains("m modifier"), "\(String(describing: role))")
            driver.send(.key(.character("m")))
            guard case .detail = driver.state.screen else { Issue.record("a form opened for \(String(describing: role))"); continue }
            #expect(driver.state.statusMessage == "votre rôle ne le permet pas (enregistrer le suivi des sessions et des labels).")
        }
        #expect(world.version == 1)
    }

    @Test func someoneElsesChangeMeanwhileIsShownAndEntreeKeepsMineOverTheirs() throws {
        let world = try SessionWorld()
        let driver = world.driver(role: .suivi)
        openDetail(driver)
        driver.send(.key(.character("m")))
        select(.modality, driver)
        driver.send(.key(.left))         // À distance
        // Another officer changes the capacity meanwhile.
        var theirs = try world.session
        theirs.capacity = 18
        _ = try world.repository.updateSession(theirs, expectedVersion: 1, by: Actor(login: "jleroy", role: .suivi),
                                               at: "2026-12-03T09:59:00Z", today: date("03/12/2026"))
        driver.send(.key(.function(2)))
        let conflicted = try #require(form(driver))
        #expect(conflicted.conflict?.version == 2)
        let text = screen(driver)
        #expect(text.contains("Quelqu'un a modifié cette session entre-temps : rien n'a été enregistré."))
        #expect(text.contains("Capacité : les siennes « 18 » · les vôtres « 14 »"))
        #expect(text.contains("Modalité : les siennes « — » · les vôtres « À distance »"))
        driver.send(.key(.enter))
        guard case .detail = driver.state.screen else { Issue.record("saved: \(driver.state.screen)"); return }
        let saved = try world.session
        #expect(saved.modality == .remote, "mine kept")
        #expect(saved.capacity == 18, "theirs kept where I changed nothing")
        #expect(world.version == 3)
    }
}

/// The session detail shows the modality and the three referencing statuses (snapshot on the fixture).
@Suite("The session detail (issue 4)")
struct SessionDetailSnapshotTests {
    @Test func theDetailShowsModalityAndReferencing() {
        let repository = FixtureRepository()
        repository.snapshot.sessions[0].modality = .hybrid
        repository.snapshot.sessions[0].referencing = SessionReferencing(carifOref: date("02/07/2026"),
                                                                         monCompteFormation: date("03/07/2026"), kairos: nil)
        let writer = FixtureWriter(repository)
        var state = AppState(today: date("03/12/2026"), todayIsPinned: true, databasePath: "/tmp/base.sqlite",
                             size: TerminalSize(width: 100, height: 30))
        state.actor = Actor(login: "mdupont", role: .suivi)
        let driver = AppDriver(state: state, repository: repository, writer: writer, timestamp: { "2026-12-03T10:00:00Z" })
        driver.send(.key(.character("2")))
        driver.send(.key(.enter))
        let text = MainView.render(driver.state).textLines().joined(separator: "\n")
        #expect(text.contains("Modalité                 : Hybride"))
        #expect(text.contains("Référencement de la session (§4b)"))
        #expect(text.contains("KAIROS                   : non fait"))
        assertSnapshot(MainView.render(driver.state), named: "session-detail-100x30")
    }

    @Test func aRemoteSessionOfATrainingLongerThanSixMonthsIsWarnedNotRefused() {
        let fixture = FixtureRepository()
        var session = fixture.snapshot.sessions[0]
        session.modality = .remote
        func detail(_ months: Int) -> DetailContent {
            var training = fixture.training
            training.months = months
            return DetailBuilder.session(SessionDetail(session: session, label: fixture.snapshot.labels[0].label,
                                                       training: training, organization: fixture.organization, figures: .zero))
        }
        let warning = DetailLine.text("! À distance, mais la formation dure 8 mois : une formation à distance dure au plus 6 mois "
                                      + "(§2b-3) ; le passage au distanciel demande l'accord de la GEN (§4).", emphasis: .warning)
        #expect(detail(8).lines.contains(warning))
        #expect(!detail(6).lines.contains { if case .text(let text, _) = $0 { return text.hasPrefix("! À distance") } else { return false } })
    }

    @Test func aSessionWithoutModalitySaysItIsNotRecorded() {
        let content = DetailBuilder.session(SessionDetail(session: FixtureRepository().snapshot.sessions[0],
                                                          label: FixtureRepository().snapshot.labels[0].label,
                                                          training: FixtureRepository().training,
                                                          organization: FixtureRepository().organization, figures: .zero))
        #expect(content.lines.contains(.field("Modalité", "non renseignée", emphasis: .dim)))
        for platform in ["CARIF-OREF", "Mon Compte Formation", "KAIROS"] {
            #expect(content.lines.contains(.field(platform, "non fait", emphasis: .warning)))
        }
    }
}
