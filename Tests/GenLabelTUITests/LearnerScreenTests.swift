import Testing
import GenLabelCore
@testable import GenLabelTUI

/// An in-memory learner store over the fixture: versions, the writes made, the reads of personal data,
/// a way to simulate another person's change, and the figures' anonymous counts.
final class FixtureLearnerStore: LearnerStoring, FiguresReading {
    struct Conflict: Error, ConflictSignalling { var isConflict: Bool { true } }
    var learners: [VersionedLearner]
    var writes: [String] = []
    var personalReads = 0
    var figureReads = 0
    var records: [SessionFigureRecord]

    init() {
        func learner(_ id: Int64, _ first: String, _ last: String, _ gender: Gender, qpv: Bool) -> VersionedLearner {
            VersionedLearner(learner: Learner(id: .init(id), sessionID: .init(1), firstName: first, lastName: last, gender: gender,
                                              birthDate: date("03/04/2001"), address: "3 rue de l'Église", inseeCode: "42218",
                                              commune: "Saint-Étienne", residesInQPV: qpv, residesInZRR: false,
                                              isTargetPublic: true, isJobSeeker: true), version: 1)
        }
        learners = [learner(1, "Maëlle", "N'Diaye", .female, qpv: true), learner(2, "Jérôme", "Lefèvre", .male, qpv: false)]
        func record(_ session: Int64, _ code: String, training: Int64, title: String, commune: String, region: String,
                    _ tally: LearnerTally) -> SessionFigureRecord {
            var tally = tally
            tally.closeSession()
            return SessionFigureRecord(sessionID: .init(session), sessionCode: code, trainingID: .init(training),
                                       trainingTitle: title, trainingCommune: commune, regionCode: region, tally: tally)
        }
        let web = "Développeuse / Développeur web et web mobile"
        records = [
            record(1, "S2026-09", training: 1, title: web, commune: "Saint-Étienne", region: "84",
                   LearnerTally(learners: 13, targetPublic: 11, women: 5, qpvOrZRR: 4, crousAid: 2, left: 1)),
            record(2, "S2025-10", training: 1, title: web, commune: "Saint-Étienne", region: "84",
                   LearnerTally(learners: 12, targetPublic: 8, women: 3, qpvOrZRR: 2, crousAid: 1, finished: 10, left: 2,
                                certificationKnown: 10, certified: 8, situation3Known: 11, positive3: 7, situation6Known: 0)),
            record(3, "S2026-03", training: 2, title: "Technicien·ne systèmes et réseaux", commune: "Montpellier", region: "76",
                   LearnerTally(learners: 16, targetPublic: 15, women: 6, qpvOrZRR: 7, finished: 14, left: 2,
                                certificationKnown: 14, certified: 13, situation3Known: 16, positive3: 13, situation6Known: 16, positive6: 12)),
        ]
    }

    func learner(_ id: Learner.ID) throws -> VersionedLearner? {
        personalReads += 1
        return learners.first { $0.learner.id == id }
    }
    func learners(ofSession id: TrainingSession.ID) throws -> [VersionedLearner] {
        personalReads += 1
        return learners.filter { $0.learner.sessionID == id }.sorted { $0.learner.lastName < $1.learner.lastName }
    }
    func addLearner(_ learner: Learner, by actor: Actor, at timestamp: String) throws -> Learner.ID {
        guard actor.may(.editMonitoring) else { throw FixtureFailure.forbidden }
        var added = learner
        added.id = .init(Int64(learners.count + 10))
        learners.append(VersionedLearner(learner: added, version: 1))
        writes.append("add \(learner.lastName)")
        return added.id
    }
    func updateLearner(_ learner: Learner, expectedVersion: Int64, by actor: Actor, at timestamp: String) throws {
        guard actor.may(.editMonitoring) else { throw FixtureFailure.forbidden }
        guard let index = learners.firstIndex(where: { $0.learner.id == learner.id }) else { throw FixtureFailure.forbidden }
        guard learners[index].version == expectedVersion else { throw Conflict() }
        learners[index] = VersionedLearner(learner: learner, version: expectedVersion + 1)
        writes.append("update \(learner.lastName)")
    }
    func removeLearner(_ id: Learner.ID, expectedVersion: Int64, by actor: Actor, at timestamp: String) throws {
        guard actor.may(.editMonitoring) else { throw FixtureFailure.forbidden }
        guard let index = learners.firstIndex(where: { $0.learner.id == id }) else { throw FixtureFailure.forbidden }
        guard learners[index].version == expectedVersion else { throw Conflict() }
        learners.remove(at: index)
        writes.append("remove \(id.rawValue)")
    }
    /// Someone else changes a learner meanwhile.
    func change(_ id: Learner.ID, _ body: (inout Learner) -> Void) {
        guard let index = learners.firstIndex(where: { $0.learner.id == id }) else { return }
        body(&learners[index].learner)
        learners[index].version += 1
    }
    func figureRecords(rules: RuleParameters) throws -> [SessionFigureRecord] {
        figureReads += 1
        return records
    }
}

func makeLearnerDriver(role: Role?, width: Int = 100, height: Int = 30, ascii: Bool = false)
    -> (AppDriver, FixtureLearnerStore, FixtureWriter) {
    let repository = FixtureRepository()
    let writer = FixtureWriter(repository)
    let store = FixtureLearnerStore()
    var state = AppState(today: date("03/12/2026"), todayIsPinned: true, databasePath: "/tmp/base.sqlite",
                         size: TerminalSize(width: width, height: height))
    state.actor = Actor(login: "mdupont", role: role)
    if ascii { state.boxChars = .ascii }
    let driver = AppDriver(state: state, repository: repository, writer: writer, learners: store, figures: store,
                           timestamp: { "2026-12-03T10:00:00Z" })
    return (driver, store, writer)
}

func screenText(_ driver: AppDriver) -> String { MainView.render(driver.state).textLines().joined(separator: "\n") }

@Suite("Learners of a session edited in the TUI (issue 4)")
struct LearnerScreenTests {
    /// The session S2026-09's detail, then `e`.
    func openLearners(role: Role? = .suivi) -> (AppDriver, FixtureLearnerStore) {
        let (driver, store, _) = makeLearnerDriver(role: role)
        driver.send(.key(.character("2")))
        driver.send(.key(.enter))
        driver.send(.key(.character("e")))
        return (driver, store)
    }

    func type(_ text: String, _ driver: AppDriver) { for character in text { driver.send(.key(.character(character))) } }

    func form(_ driver: AppDriver) -> LearnerForm? {
        if case .learnerForm(let form) = driver.state.screen { return form }
        return nil
    }

    @Test func anOfficerAddsALearnerCheckedFieldByField() throws {
        let (driver, store) = openLearners()
        guard case .learners(let list) = driver.state.screen else { Issue.record("no learners screen"); return }
        #expect(list.learners.count == 2)
        #expect(screenText(driver).contains("LEFÈVRE Jérôme"))
        driver.send(.key(.character("a")))
        #expect(form(driver)?.focus == .lastName)
        // Leaving a required field empty: the error shows next to it, nothing is written.
        driver.send(.key(.tab))
        #expect(form(driver)?.errors[.lastName] == "obligatoire")
        #expect(screenText(driver).contains("! obligatoire"))
        driver.send(.key(.backTab))
        type("Benali", driver)
        driver.send(.key(.tab))
        #expect(form(driver)?.errors[.lastName] == nil)
        type("Inès", driver)
        driver.send(.key(.tab))
        driver.send(.key(.character("F")))
        driver.send(.key(.tab))
        type("31/02/2003", driver)
        driver.send(.key(.tab))
        #expect(form(driver)?.errors[.birthDate] == "« 31/02/2003 » n'est pas une date jj/mm/aaaa qui existe")
        #expect(screenText(driver).contains("n'est pas une date jj/mm/aaaa qui existe"))
        // Saving with an error writes nothing and goes to the first field to correct.
        driver.send(.key(.function(2)))
        #expect(store.writes.isEmpty)
        #expect(form(driver)?.focus == .birthDate)
        #expect(screenText(driver).contains("1 champ(s) à corriger : rien n'est enregistré"))
        driver.send(.key(.control("u")))
        type("28/02/2003", driver)
        driver.send(.key(.tab))           // address
        type("8 allée des Tilleuls", driver)
        driver.send(.key(.tab))           // INSEE code
        type("2b03", driver)
        driver.send(.key(.tab))
        #expect(form(driver)?.errors[.inseeCode]?.contains("5 caractères") == true)
        driver.send(.key(.backTab))
        type("3", driver)
        driver.send(.key(.tab))
        #expect(form(driver)?.errors[.inseeCode] == nil)
        #expect(form(driver)?.draft[.inseeCode] == "2B033")
        type("Bastia", driver)
        driver.send(.key(.tab))           // QPV
        driver.send(.key(.tab))           // ZRR
        driver.send(.key(.character("o")))
        driver.send(.key(.function(2)))
        #expect(store.writes == ["add Benali"])
        guard case .learners(let reread) = driver.state.screen else { Issue.record("not back to the list"); return }
        #expect(reread.learners.count == 3)
        let added = try #require(store.learners.last?.learner)
        #expect(added.firstName == "Inès" && added.gender == .female && added.inseeCode == "2B033" && added.residesInZRR)
        #expect(driver.state.notice == "Enregistré : apprenant ajouté à S2026-09")
    }

    @Test func editingTheOutcomeChecksItsLinks() {
        let (driver, store) = openLearners()
        driver.send(.key(.down))          // N'Diaye, after Lefèvre
        driver.send(.key(.enter))
        guard let opened = form(driver) else { Issue.record("no form"); return }
        #expect(opened.draft[.lastName] == "N'Diaye")
        while form(driver)?.focus != .exitKind { driver.send(.key(.tab)) }
        driver.send(.key(.character(" ")))     // Terminée
        driver.send(.key(.character(" ")))     // Abandon
        #expect(form(driver)?.draft[.exitKind] == "left")
        driver.send(.key(.tab))
        type("01/09/2026", driver)
        driver.send(.key(.tab))
        #expect(form(driver)?.errors[.exitDate] == "pas avant le début de la session (14/09/2026)")
        driver.send(.key(.tab))           // reason left empty
        #expect(form(driver)?.errors[.exitReason] == "indiquez le motif de l'abandon")
        driver.send(.key(.function(2)))
        #expect(store.writes.isEmpty)
        #expect(form(driver)?.focus == .exitDate)
        driver.send(.key(.control("u")))
        type("02/10/2026", driver)
        driver.send(.key(.tab))
        type("déménagement", driver)
        driver.send(.key(.function(2)))
        #expect(store.writes == ["update N'Diaye"])
        #expect(store.learners.first { $0.learner.lastName == "N'Diaye" }?.learner.exitReason == "déménagement")
        #expect(driver.state.notice == "Enregistré : apprenant modifié")
    }

    @Test func escapeAsksBeforeDiscardingAndAResizeKeepsWhatWasTyped() {
        let (driver, store) = openLearners()
        driver.send(.key(.character("a")))
        type("Durand", driver)
        driver.send(.resized(TerminalSize(width: 30, height: 8)))
        driver.send(.key(.character("q")))
        #expect(!driver.state.wantsToQuit, "q does not quit while a form is being typed")
        driver.send(.resized(TerminalSize(width: 100, height: 30)))
        #expect(form(driver)?.draft[.lastName] == "Durand")
        driver.send(.resized(TerminalSize(width: 70, height: 20)))
        #expect(form(driver)?.draft[.lastName] == "Durand")
        driver.send(.key(.escape))
        #expect(form(driver)?.isAskingToDiscard == true)
        #expect(screenText(driver).contains("Abandonner la saisie ? o oui"))
        driver.send(.key(.character("n")))
        #expect(form(driver)?.draft[.lastName] == "Durand")
        driver.send(.key(.escape))
        driver.send(.key(.character("o")))
        guard case .learners = driver.state.screen else { Issue.record("not back to the list"); return }
        #expect(store.writes.isEmpty)
        // Nothing typed: Échap leaves at once.
        driver.send(.key(.enter))
        driver.send(.key(.escape))
        guard case .learners = driver.state.screen else { Issue.record("asked for nothing"); return }
    }

    @Test func aChangeMadeMeanwhileIsShownWithAChoice() {
        let (driver, store) = openLearners()
        driver.send(.key(.enter))         // Lefèvre
        driver.send(.key(.tab))
        driver.send(.key(.control("u")))
        type("Jérémie", driver)
        store.change(.init(2)) { $0.firstName = "Jérôme-Marie"; $0.receivesCROUSAid = true }
        driver.send(.key(.function(2)))
        #expect(store.writes.isEmpty)
        let text = screenText(driver)
        #expect(text.contains("Quelqu'un a modifié cet apprenant entre-temps : rien n'a été enregistré."))
        #expect(text.contains("Prénom : les siennes « Jérôme-Marie » · les vôtres « Jérémie »"))
        #expect(text.contains("Aide CROUS : les siennes « oui » · les vôtres « non »"))
        driver.send(.key(.enter))         // keep mine, over their version
        #expect(store.writes == ["update Lefèvre"])
        #expect(store.learners.first { $0.learner.id == .init(2) }?.learner.firstName == "Jérémie")
        #expect(store.learners.first { $0.learner.id == .init(2) }?.version == 3)
    }

    @Test func keepingTheirsWritesNothing() {
        let (driver, store) = openLearners()
        driver.send(.key(.enter))
        driver.send(.key(.character("X")))
        store.change(.init(2)) { $0.lastName = "Lefebvre" }
        driver.send(.key(.function(2)))
        driver.send(.key(.escape))
        guard case .learners(let list) = driver.state.screen else { Issue.record("not back to the list"); return }
        #expect(store.writes.isEmpty)
        #expect(list.learners.contains { $0.learner.lastName == "Lefebvre" }, "the list is read again")
    }

    @Test func removingALearnerAsksFirst() {
        let (driver, store) = openLearners()
        driver.send(.key(.character("x")))
        #expect(screenText(driver).contains("Retirer LEFÈVRE Jérôme de la session ? o oui · n non"))
        driver.send(.key(.character("n")))
        #expect(store.writes.isEmpty)
        driver.send(.key(.character("x")))
        driver.send(.key(.character("o")))
        #expect(store.writes == ["remove 2"])
        guard case .learners(let list) = driver.state.screen else { Issue.record("not back to the list"); return }
        #expect(list.learners.map(\.learner.lastName) == ["N'Diaye"])
        #expect(driver.state.notice == "Enregistré : apprenant retiré de S2026-09")
        driver.send(.key(.escape))
        guard case .detail = driver.state.screen else { Issue.record("not back to the detail"); return }
    }

    @Test(arguments: [Role.comite, nil])
    func aCommitteeMemberOrNoRoleCannotOpenTheLearnersNorSeeNames(role: Role?) {
        let (driver, store) = openLearners(role: role)
        guard case .detail = driver.state.screen else { Issue.record("the learners screen opened"); return }
        #expect(store.personalReads == 0, "personal data are not even read")
        #expect(driver.state.statusMessage?.hasPrefix("votre rôle ne le permet pas") == true)
        let text = screenText(driver)
        #expect(!text.contains("Maëlle") && !text.contains("DIAYE") && !text.contains("LEFÈVRE"))
        #expect(!text.contains("apprenants  "), "no footer hint for a key that does not work")
    }

    @Test func anInstructorReadsTheLearnersInTheDetailButCannotEditThem() {
        let (driver, store) = openLearners(role: .instruction)
        guard case .detail = driver.state.screen else { Issue.record("the learners screen opened"); return }
        #expect(store.personalReads == 0)
        #expect(driver.state.statusMessage == "votre rôle ne le permet pas (enregistrer le suivi des sessions et des labels).")
    }

    @Test func theFormScreen() {
        let (driver, _) = openLearners()
        driver.send(.key(.down))
        driver.send(.key(.enter))
        driver.send(.key(.tab))
        driver.send(.key(.tab))
        assertSnapshot(MainView.render(driver.state), named: "learner-form-100x30")
    }
}
