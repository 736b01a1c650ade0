import Testing
import GenLabelCore
@testable import GenLabelTUI

/// An in-memory label store over the fixture: applies the writes to the fixture's data (new change
/// token, so the application reads them back), with a version per label, as the SQLite store does.
final class FixtureLabelStore: LabelStoring {
    let repository: FixtureRepository
    var monitoring = LabelMonitoring(officer: "", version: 1)
    var writes: [LabelWrite] = []
    var handled: [AlertHandlingWrite] = []

    init(_ repository: FixtureRepository) { self.repository = repository }

    func labelMonitoring(_ id: Label.ID) throws -> LabelMonitoring { monitoring }

    func apply(_ write: LabelWrite, label id: Label.ID, expectedVersion: Int64, by actor: Actor, at timestamp: String,
               today: CalendarDate) throws -> String {
        guard actor.may(.editMonitoring) else { throw FixtureFailure.forbidden }
        guard expectedVersion == monitoring.version else { throw FixtureWriter.Conflict() }
        let label = repository.snapshot.labels[0].label
        if let refusal = write.refusal(label: label, monitoring: monitoring, today: today) { throw LabelWriteRefused(refusal) }
        switch write {
        case .action(let action, let on, let reason):
            let target = action.resultingState(from: label.state)
            repository.snapshot.labels[0].label.state = target
            repository.labels[0].state = target
            monitoring.events.append(LabelEvent(kind: .state, fromState: label.state, toState: target, on: on,
                                                login: actor.login, reason: reason))
        case .addRequest(let kind, let on, let note):
            monitoring.requests.append(ModificationRequest(id: Int64(monitoring.requests.count + 1), labelID: id, kind: kind,
                                                           requestedOn: on, note: note))
        case .decideRequest(let request, let decision, let on, _):
            if let index = monitoring.requests.firstIndex(where: { $0.id == request }) {
                monitoring.requests[index].decision = decision
                monitoring.requests[index].decidedOn = on
            }
        case .annualReport(let year, let on):
            repository.snapshot.annualReports.removeAll { $0.year == year }
            repository.snapshot.annualReports.append(AnnualReport(labelID: id, year: year, receivedOn: on))
        case .officer(let login):
            monitoring.officer = login
            repository.labels[0].officer = login
            repository.snapshot.labels[0].officer = login
        case .openRenewal:
            monitoring.renewals.append("GEN-2026-0004 (Brouillon)")
        }
        repository.snapshot.modificationRequests = monitoring.requests.filter(\.isPending)
        monitoring.version += 1
        repository.token += 1
        writes.append(write)
        return "Enregistré"
    }

    func handleAlert(_ write: AlertHandlingWrite, by actor: Actor, at timestamp: String, today: CalendarDate) throws {
        guard actor.may(.handleAlerts) else { throw FixtureFailure.forbidden }
        switch write {
        case .handle(let alertID, let labelID, let action, let until, let reason):
            if let refusal = AlertHandling.refusal(action: action, until: until, reason: reason, today: today) {
                throw LabelWriteRefused(refusal)
            }
            repository.snapshot.handlings.removeAll { $0.alertID == alertID }
            repository.snapshot.handlings.append(AlertHandling(alertID: alertID, labelID: labelID, action: action, until: until,
                                                               reason: reason, login: actor.login, on: today))
        case .clear(let alertID, _):
            repository.snapshot.handlings.removeAll { $0.alertID == alertID }
        }
        repository.token += 1
        handled.append(write)
    }
}

@Suite("Labels and alerts in the terminal (issue 4): forms, filters, acknowledgement and snooze")
struct LabelScreenTests {
    func driver(role: Role?, width: Int = 120, height: Int = 40, today: String = "03/12/2026",
                prepare: (FixtureRepository) -> Void = { _ in }) -> (AppDriver, FixtureRepository, FixtureLabelStore) {
        let repository = FixtureRepository()
        prepare(repository)
        let store = FixtureLabelStore(repository)
        var state = AppState(today: date(today), todayIsPinned: true, databasePath: "/tmp/base.sqlite",
                             size: TerminalSize(width: width, height: height))
        state.actor = Actor(login: "j.leroy", role: role)
        let driver = AppDriver(state: state, repository: repository, labels: store, timestamp: { "2026-12-03T10:00:00Z" })
        return (driver, repository, store)
    }

    func screen(_ driver: AppDriver) -> String { MainView.render(driver.state).textLines().joined(separator: "\n") }

    func type(_ text: String, _ driver: AppDriver) {
        for character in text { driver.send(.key(.character(character))) }
    }

    func openLabel(_ driver: AppDriver) {
        driver.send(.key(.character("3")))
        driver.send(.key(.enter))
    }

    func form(_ driver: AppDriver) -> FormPrompt? {
        if case .smallForm(let form) = driver.state.screen { return form }
        return nil
    }

    @Test func theLabelDetailShowsItsMonitoringAndItsKeys() {
        let (driver, _, _) = driver(role: .suivi)
        openLabel(driver)
        let text = screen(driver)
        #expect(text.contains("Suivi par"))
        #expect(text.contains("Rapports annuels"))
        #expect(text.contains("2025") && text.contains("reçu le 20/01/2026"))
        #expect(text.contains("non reçu — dû le 31/01/2027"))
        #expect(text.contains("Demandes de modification"))
        #expect(text.contains("e état"))
    }

    @Test func aTerminationNeedsAReasonAndIsRecorded() throws {
        let (driver, repository, store) = driver(role: .suivi)
        openLabel(driver)
        driver.send(.key(.character("e")))
        var prompt = try #require(form(driver))
        #expect(prompt.fields.first?.shown == "Retrait — mise en demeure envoyée")
        // → to "Résiliation à l'amiable" (4th action of an active label).
        for _ in 0..<3 { driver.send(.key(.right)) }
        prompt = try #require(form(driver))
        #expect(prompt.fields[0].shown == "Résiliation à l'amiable")
        #expect(screen(driver).contains("‹ Résiliation à l'amiable ›"))
        driver.send(.key(.enter))
        prompt = try #require(form(driver))
        #expect(prompt.error == "un motif est obligatoire")
        #expect(store.writes.isEmpty, "nothing written before the form is valid")
        driver.send(.key(.tab))
        driver.send(.key(.tab))
        type("à la demande du porteur", driver)
        driver.send(.key(.enter))
        #expect(store.writes == [.action(.state(.terminated), on: date("03/12/2026"), reason: "à la demande du porteur")])
        guard case .detail(let content, _) = driver.state.screen else { Issue.record("back to the detail"); return }
        #expect(content.editableLabel?.detail.label.state == .terminated)
        #expect(driver.state.notice == "Enregistré")
        #expect(screen(driver).contains("Résilié"))
        // A terminated label owes nothing: its alerts left the list, read again at once.
        #expect(driver.state.alerts.allSatisfy { $0.labelID == nil })
        #expect(repository.labels[0].state == .terminated)
    }

    @Test func aModificationRequestBecomesAnAlertAndIsDecided() throws {
        let (driver, _, store) = driver(role: .suivi)
        openLabel(driver)
        driver.send(.key(.character("x")))
        #expect(driver.state.statusMessage == "aucune demande en attente à décider")
        driver.send(.key(.character("m")))
        driver.send(.key(.right))   // certification
        driver.send(.key(.tab))
        driver.send(.key(.control("u")))
        type("02/11/2026", driver)
        driver.send(.key(.tab))
        type("nouveau certificateur", driver)
        driver.send(.key(.enter))
        #expect(store.writes == [.addRequest(.certification, requestedOn: date("02/11/2026"), note: "nouveau certificateur")])
        let alert = try #require(driver.state.alerts.first { $0.kind == .modificationRequest })
        #expect(alert.dueDate == date("02/12/2026") && alert.severity == .overdue)
        #expect(screen(driver).contains("certification · demandée le 02/11/2026 · en attente"))
        driver.send(.key(.character("x")))
        driver.send(.key(.tab))
        driver.send(.key(.right))   // refusée
        driver.send(.key(.enter))
        #expect(store.writes.last == .decideRequest(id: 1, .refused, on: date("03/12/2026"), note: ""))
        #expect(!driver.state.alerts.contains { $0.kind == .modificationRequest })
    }

    @Test func anAnnualReportReceivedRemovesItsAlert() {
        let (driver, _, store) = driver(role: .suivi)
        #expect(driver.state.alerts.contains { $0.subject == .annualReport(.init(1), year: 2026) })
        openLabel(driver)
        driver.send(.key(.character("p")))
        // The first year not received is offered: 2026 (2025 was received). A report on 2026 can't be
        // received in 2025 … and not after today either.
        driver.send(.key(.tab))
        driver.send(.key(.control("u")))
        type("04/12/2026", driver)
        driver.send(.key(.enter))
        #expect(form(driver)?.error == "la date ne peut pas être après aujourd'hui (03/12/2026)")
        driver.send(.key(.control("u")))
        type("02/12/2026", driver)
        driver.send(.key(.enter))
        #expect(store.writes == [.annualReport(year: 2026, receivedOn: date("02/12/2026"))])
        #expect(!driver.state.alerts.contains { $0.subject == .annualReport(.init(1), year: 2026) })
    }

    @Test func aCommitteeMemberChangesNothing() {
        let (driver, _, store) = driver(role: .comite)
        openLabel(driver)
        #expect(!screen(driver).contains("e état"))
        driver.send(.key(.character("e")))
        #expect(driver.state.statusMessage == T(.storeForbidden, DomainText.permission(.editMonitoring)))
        #expect(form(driver) == nil)
        driver.send(.key(.escape))
        driver.send(.key(.character("4")))
        driver.send(.key(.character("a")))
        #expect(form(driver) == nil)
        #expect(driver.state.statusMessage == T(.storeForbidden, DomainText.permission(.handleAlerts)))
        #expect(store.writes.isEmpty && store.handled.isEmpty)
    }

    @Test func filtersNarrowTheAlertsPaneAndTheTitleSaysSo() throws {
        let (driver, _, _) = driver(role: .suivi)
        driver.send(.key(.character("4")))
        let all = driver.state.rowCount(.alerts)
        driver.send(.key(.character("f")))
        // Type: Tous → Collecte des dossiers → Rapport annuel.
        driver.send(.key(.right))
        driver.send(.key(.right))
        driver.send(.key(.enter))
        #expect(driver.state.alertFilter.kind == .annualReport)
        let shown = driver.state.order(.alerts).map { driver.state.alerts[$0] }
        #expect(!shown.isEmpty && shown.count < all)
        #expect(shown.allSatisfy { $0.kind == .annualReport })
        #expect(screen(driver).contains("filtres : Rapport annuel"))
        // Back to every kind with Ctrl-U on the field.
        driver.send(.key(.character("f")))
        driver.send(.key(.control("u")))
        driver.send(.key(.enter))
        #expect(driver.state.rowCount(.alerts) == all)
    }

    @Test func filterByOfficerAndRegion() {
        let (driver, _, _) = driver(role: .suivi) { repository in
            repository.snapshot.labels[0].officer = "j.leroy"
        }
        driver.send(.key(.character("4")))
        var filter = AlertFilter()
        filter.officer = "j.leroy"
        #expect(driver.state.alerts.filter(filter.includes).allSatisfy { $0.officer == "j.leroy" })
        driver.send(.key(.character("f")))
        driver.send(.key(.tab)); driver.send(.key(.tab)); driver.send(.key(.right))   // region: Auvergne-Rhône-Alpes
        driver.send(.key(.tab)); driver.send(.key(.right)); driver.send(.key(.right)) // officer: j.leroy
        driver.send(.key(.enter))
        #expect(driver.state.alertFilter.regionCode == "84" && driver.state.alertFilter.officer == "j.leroy")
        #expect(driver.state.rowCount(.alerts) > 0)
        #expect(driver.state.order(.alerts).allSatisfy { driver.state.alerts[$0].officer == "j.leroy" })
        #expect(screen(driver).contains("filtres : Auvergne-Rhône-Alpes · j.leroy"))
    }

    @Test func acknowledgeDimsAndSnoozeHidesUntilItsDate() throws {
        let (driver, repository, store) = driver(role: .suivi)
        driver.send(.key(.character("4")))
        let first = driver.state.alerts[driver.state.order(.alerts)[0]]
        driver.send(.key(.character("a")))
        driver.send(.key(.enter))
        #expect(form(driver)?.error == "un motif est obligatoire")
        type("relancé par téléphone", driver)
        driver.send(.key(.enter))
        #expect(store.handled == [.handle(alertID: first.id, labelID: first.labelID, .acknowledged, until: nil,
                                          reason: "relancé par téléphone")])
        let acknowledged = try #require(driver.state.alerts.first { $0.id == first.id })
        #expect(acknowledged.handlingStatus == .acknowledged)
        #expect(driver.state.rowCount(.alerts) == driver.state.alerts.count, "acknowledged alerts stay listed")
        // Snooze the next one until 10/12/2026: hidden, counted in the title, back on that day.
        driver.send(.key(.down))
        let second = driver.state.alerts[driver.state.order(.alerts)[1]]
        driver.send(.key(.character("z")))
        #expect(form(driver)?.fields[0].text == "10/12/2026", "a week ahead is offered")
        driver.send(.key(.tab))
        type("attestation promise", driver)
        driver.send(.key(.enter))
        #expect(driver.state.rowCount(.alerts) == driver.state.alerts.count - 1)
        #expect(!driver.state.order(.alerts).contains { driver.state.alerts[$0].id == second.id })
        #expect(screen(driver).contains("— 1 reportée(s) —"))
        driver.send(.key(.character("v")))
        #expect(driver.state.rowCount(.alerts) == driver.state.alerts.count)
        driver.send(.key(.character("v")))
        // The snooze ends by itself on its date.
        driver.send(.key(.character("v")))
        driver.send(.key(.character("v")))
        var later = driver.state
        later.todayIsPinned = false
        _ = AppUpdate.update(&later, .tick(date("10/12/2026")))
        #expect(later.order(.alerts).contains { later.alerts[$0].id == second.id })
        // u undoes the acknowledgement.
        driver.send(.key(.home))
        driver.send(.key(.character("u")))
        #expect(store.handled.last == .clear(alertID: first.id, labelID: first.labelID))
        #expect(driver.state.alerts.first { $0.id == first.id }?.handling == nil)
        _ = repository
    }

    @Test func theAlertDetailShowsItsHandlingAndAcceptsTheKeys() throws {
        let (driver, _, store) = driver(role: .suivi)
        driver.send(.key(.character("4")))
        driver.send(.key(.enter))
        driver.send(.key(.character("a")))
        type("vu avec le porteur", driver)
        driver.send(.key(.enter))
        #expect(store.handled.count == 1)
        let text = screen(driver)
        #expect(text.contains("Suivi de l'alerte"))
        #expect(text.contains("Acquittée par j.leroy le 03/12/2026 : « vu avec le porteur »"))
    }

    @Test func alertsPaneWithFilterAndMarkersSnapshot() {
        let (driver, repository, _) = driver(role: .suivi) { repository in
            repository.snapshot.labels[0].officer = "j.leroy"
            repository.labels[0].officer = "j.leroy"
            repository.snapshot.modificationRequests = [
                ModificationRequest(id: 3, labelID: .init(1), kind: .modality, requestedOn: date("20/11/2026"), note: "distanciel"),
            ]
            repository.snapshot.handlings = [
                AlertHandling(alertID: "liste_fin_session:s2", labelID: .init(1), action: .acknowledged, until: nil,
                              reason: "relancé", login: "j.leroy", on: date("01/12/2026")),
                AlertHandling(alertID: "attestation_demarrage:s1", labelID: .init(1), action: .snoozed,
                              until: date("15/12/2026"), reason: "promise", login: "j.leroy", on: date("01/12/2026")),
            ]
        }
        _ = repository
        driver.send(.key(.character("4")))
        assertSnapshot(MainView.render(driver.state), named: "alerts-handled-120x40")
        driver.send(.key(.character("v")))
        driver.send(.key(.character("f")))
        driver.send(.key(.tab))
        driver.send(.key(.right))   // En retard
        driver.send(.key(.enter))
        assertSnapshot(MainView.render(driver.state), named: "alerts-filtered-120x40")
    }

    @Test func labelDetailAndFormSnapshot() {
        let (driver, _, store) = driver(role: .suivi, width: 100, height: 30)
        store.monitoring.officer = "j.leroy"
        store.monitoring.requests = [ModificationRequest(id: 1, labelID: .init(1), kind: .immersion,
                                                         requestedOn: date("02/11/2026"), note: "stage de 10 semaines")]
        store.monitoring.events = [LabelEvent(kind: .warning, fromState: .active, toState: .active, on: date("15/11/2026"),
                                              login: "j.leroy", reason: "rapport 2025 incomplet")]
        openLabel(driver)
        assertSnapshot(MainView.render(driver.state), named: "label-detail-100x30")
        driver.send(.key(.character("e")))
        assertSnapshot(MainView.render(driver.state), named: "label-form-100x30")
    }

    @Test func aLabelPastItsExpiryIsShownExpired() {
        let (driver, _, _) = driver(role: .suivi, today: "16/06/2028")
        #expect(driver.state.data.labels[0].isPastExpiry)
        #expect(screen(driver).contains("Expiré (auto)"))
        let (before, _, _) = self.driver(role: .suivi, today: "15/06/2028")
        #expect(!before.state.data.labels[0].isPastExpiry)
    }
}
