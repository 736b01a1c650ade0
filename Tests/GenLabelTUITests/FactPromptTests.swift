import Testing
import GenLabelCore
@testable import GenLabelTUI

/// An in-memory writer over the fixture: versions per session, learners with personal data, and a
/// way to simulate another person's change.
final class FixtureWriter: MonitoringWriting {
    struct Conflict: Error, ConflictSignalling { var isConflict: Bool { true } }
    let repository: FixtureRepository
    var versions: [TrainingSession.ID: Int64] = [:]
    var writes: [(SessionFact, TrainingSession.ID, String)] = []
    var learnerReads = 0

    init(_ repository: FixtureRepository) { self.repository = repository }

    func sessionVersion(_ id: TrainingSession.ID) throws -> Int64? { versions[id, default: 1] }

    func sessionLearners(_ id: TrainingSession.ID) throws -> [Learner] {
        learnerReads += 1
        return [Learner(id: .init(1), sessionID: id, firstName: "Maëlle", lastName: "N'Diaye", gender: .female,
                        birthDate: date("03/04/2001"), address: "3 rue de l'Église", inseeCode: "42218",
                        commune: "Saint-Étienne", residesInQPV: true, residesInZRR: false, isTargetPublic: true,
                        isJobSeeker: true)]
    }

    func record(_ fact: SessionFact, onSession id: TrainingSession.ID, expectedVersion: Int64, by actor: Actor,
                at timestamp: String, today: CalendarDate) throws {
        guard actor.may(.editMonitoring) else { throw FixtureFailure.forbidden }
        guard versions[id, default: 1] == expectedVersion else { throw Conflict() }
        apply(fact, to: id)
        writes.append((fact, id, actor.login))
    }

    /// Changes the session as someone else would: new value, new version, new change token.
    func apply(_ fact: SessionFact, to id: TrainingSession.ID) {
        guard let index = repository.snapshot.sessions.firstIndex(where: { $0.id == id }) else { return }
        var session = repository.snapshot.sessions[index]
        switch fact {
        case .startAttestationReceived(let date): session.startAttestationReceivedOn = date
        case .endListReceived(let date): session.endOfSessionListReceivedOn = date
        case .actualStart(let date): session.actualStart = date
        }
        repository.snapshot.sessions[index] = session
        versions[id, default: 1] += 1
        repository.token += 1
    }
}

enum FixtureFailure: Error { case forbidden }

@Suite("Recording a session's facts from its detail (issue 4) with roles and versions (issue 6)")
struct FactPromptTests {
    func openSessionDetail(role: Role?) -> (AppDriver, FixtureRepository, FixtureWriter) {
        let repository = FixtureRepository()
        let writer = FixtureWriter(repository)
        var state = AppState(today: date("03/12/2026"), todayIsPinned: true, databasePath: "/tmp/base.sqlite",
                             size: TerminalSize(width: 100, height: 30))
        state.actor = Actor(login: "mdupont", role: role)
        let driver = AppDriver(state: state, repository: repository, writer: writer, timestamp: { "2026-12-03T10:00:00Z" })
        driver.send(.key(.character("2")))
        driver.send(.key(.enter))
        return (driver, repository, writer)
    }

    func screen(_ driver: AppDriver) -> String { MainView.render(driver.state).textLines().joined(separator: "\n") }

    func type(_ text: String, _ driver: AppDriver) {
        for character in text { driver.send(.key(.character(character))) }
    }

    @Test func anOfficerRecordsTheEndListFromTheSessionDetail() throws {
        let (driver, _, writer) = openSessionDetail(role: .suivi)
        guard case .detail(let content, _) = driver.state.screen else { Issue.record("no detail"); return }
        #expect(content.editableSession?.session.code == "S2026-09")
        #expect(screen(driver).contains("l liste de fin"))
        driver.send(.key(.character("l")))
        guard case .prompt(let prompt) = driver.state.screen else { Issue.record("no prompt"); return }
        #expect(prompt.text == "03/12/2026", "an empty field starts at today")
        driver.send(.key(.control("u")))
        type("15/10/2026", driver)
        #expect(screen(driver).contains("15/10/2026▏"))
        driver.send(.key(.enter))
        #expect(writer.writes.count == 1)
        #expect(writer.writes.first?.0 == .endListReceived(date("15/10/2026")))
        #expect(driver.state.notice == "Enregistré : Liste de fin de session reçue le 15/10/2026")
        guard case .detail(let reread, _) = driver.state.screen else { Issue.record("not back to the detail"); return }
        #expect(reread.editableSession?.version == 2)
        #expect(reread.editableSession?.session.endOfSessionListReceivedOn == date("15/10/2026"))
        #expect(screen(driver).contains("Enregistré : Liste de fin de session reçue le 15/10/2026"))
    }

    @Test func recordingTheOverdueEndListRemovesItsAlert() throws {
        // S2025-10 ended 31/10/2026: its end list was due 30/11/2026 and is overdue on 03/12/2026.
        let (driver, _, _) = openSessionDetail(role: .suivi)
        driver.send(.key(.escape))
        driver.send(.key(.down))
        driver.send(.key(.enter))
        guard case .detail(let content, _) = driver.state.screen, content.editableSession?.session.code == "S2025-10" else {
            Issue.record("S2025-10 is not the second session"); return
        }
        let overdue = { driver.state.alerts.filter { $0.kind == .endOfSessionList && $0.severity == .overdue }.count }
        #expect(overdue() == 1)
        driver.send(.key(.character("l")))
        driver.send(.key(.enter))
        #expect(overdue() == 0)
    }

    @Test func aDateThatDoesNotExistIsRefusedInFrenchAndNothingIsWritten() {
        let (driver, _, writer) = openSessionDetail(role: .suivi)
        driver.send(.key(.character("a")))
        driver.send(.key(.control("u")))
        type("31/02/2026", driver)
        driver.send(.key(.enter))
        guard case .prompt(let prompt) = driver.state.screen else { Issue.record("prompt closed"); return }
        #expect(prompt.error == "« 31/02/2026 » n'est pas une date : jj/mm/aaaa, par exemple 03/12/2026.")
        #expect(screen(driver).contains("n'est pas une date"))
        driver.send(.key(.control("u")))
        type("01/09/2026", driver)
        driver.send(.key(.enter))
        guard case .prompt(let again) = driver.state.screen else { Issue.record("prompt closed"); return }
        #expect(again.error?.contains("avant le début de la session (14/09/2026)") == true)
        #expect(writer.writes.isEmpty)
    }

    @Test func escapeAsksBeforeLosingWhatWasTyped() {
        let (driver, _, writer) = openSessionDetail(role: .suivi)
        driver.send(.key(.character("d")))
        driver.send(.key(.backspace))
        driver.send(.key(.escape))
        #expect(screen(driver).contains("Abandonner la saisie ? o : oui, n : non"))
        driver.send(.key(.character("n")))
        guard case .prompt(let prompt) = driver.state.screen else { Issue.record("prompt closed"); return }
        #expect(prompt.text == "14/09/202")
        driver.send(.key(.escape))
        driver.send(.key(.character("o")))
        guard case .detail = driver.state.screen else { Issue.record("not back to the detail"); return }
        #expect(writer.writes.isEmpty)
    }

    @Test func whatWasTypedSurvivesATerminalTooSmallForTheLayout() {
        let (driver, _, _) = openSessionDetail(role: .suivi)
        driver.send(.key(.character("l")))
        driver.send(.key(.control("u")))
        type("15/10", driver)
        driver.send(.resized(TerminalSize(width: 20, height: 5)))
        driver.send(.key(.character("q")))
        #expect(!driver.state.wantsToQuit)
        driver.send(.resized(TerminalSize(width: 100, height: 30)))
        guard case .prompt(let prompt) = driver.state.screen else { Issue.record("prompt lost"); return }
        #expect(prompt.text == "15/10")
    }

    @Test func aChangeMadeMeanwhileIsShownAndThePersonChooses() {
        let (driver, _, writer) = openSessionDetail(role: .suivi)
        driver.send(.key(.character("l")))
        driver.send(.key(.control("u")))
        type("15/10/2026", driver)
        // Someone else records another date meanwhile.
        writer.apply(.endListReceived(date("10/10/2026")), to: .init(1))
        driver.send(.key(.enter))
        #expect(writer.writes.isEmpty)
        let text = screen(driver)
        #expect(text.contains("Quelqu'un d'autre a modifié cette session pendant votre saisie"))
        #expect(text.contains("Valeur enregistrée : 10/10/2026"))
        #expect(text.contains("Votre saisie : 15/10/2026"))
        driver.send(.key(.enter))
        #expect(writer.writes.count == 1, "keeping mine writes over the version just read")
        #expect(writer.writes.first?.0 == .endListReceived(date("15/10/2026")))
    }

    @Test func keepingTheirsWritesNothing() {
        let (driver, _, writer) = openSessionDetail(role: .suivi)
        driver.send(.key(.character("l")))
        driver.send(.key(.control("u")))
        type("15/10/2026", driver)
        writer.apply(.endListReceived(date("10/10/2026")), to: .init(1))
        driver.send(.key(.enter))
        driver.send(.key(.escape))
        guard case .detail(let content, _) = driver.state.screen else { Issue.record("not back to the detail"); return }
        #expect(content.editableSession?.session.endOfSessionListReceivedOn == date("10/10/2026"))
        #expect(writer.writes.isEmpty)
    }

    @Test func aCommitteeMemberSeesNoPersonalDataAndCannotRecord() {
        let (driver, _, writer) = openSessionDetail(role: .comite)
        let text = screen(driver)
        #expect(writer.learnerReads == 0, "personal data is not even read")
        #expect(!text.contains("Maëlle") && !text.contains("DIAYE") && !text.contains("2001"))
        #expect(text.contains("Données personnelles masquées"))
        #expect(!text.contains("liste de fin"))
        driver.send(.key(.character("l")))
        guard case .detail = driver.state.screen else { Issue.record("a prompt opened"); return }
        #expect(driver.state.statusMessage == "votre rôle ne le permet pas (enregistrer le suivi des sessions et des labels).")
        #expect(writer.writes.isEmpty)
    }

    @Test func anOfficerSeesTheLearners() {
        let (driver, _, writer) = openSessionDetail(role: .suivi)
        #expect(writer.learnerReads == 1)
        driver.send(.key(.end))
        let text = screen(driver)
        #expect(text.contains("N'DIAYE Maëlle"))
        #expect(text.contains("F · née le 03/04/2001"))
    }

    @Test func thePromptScreen() {
        let (driver, _, _) = openSessionDetail(role: .suivi)
        driver.send(.key(.character("l")))
        assertSnapshot(MainView.render(driver.state), named: "session-fact-prompt-100x30")
    }
}
