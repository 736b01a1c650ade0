import Foundation
import GenLabelCore
import GenLabelStore
import Testing
@testable import GenLabelTUI

/// A fresh database and a directory for the files to import, removed afterwards.
final class ImportFixture {
    let directory: String
    let repository: SQLiteRepository

    init() throws {
        directory = NSTemporaryDirectory() + "genlabel-tui-import-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        repository = try SQLiteRepository(path: directory + "/genlabel.sqlite")
    }

    deinit {
        repository.database.close()
        try? FileManager.default.removeItem(atPath: directory)
    }

    /// Writes `text` to `name` in the directory; its path.
    @discardableResult
    func write(_ text: String, _ name: String) throws -> String {
        let path = directory + "/" + name
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    func driver(role: Role?, readOnly: Bool = false) -> AppDriver {
        var state = AppState(today: date("03/12/2026"), todayIsPinned: true, databasePath: directory + "/genlabel.sqlite",
                             size: TerminalSize(width: 100, height: 30))
        state.actor = Actor(login: "c.martin", role: role)
        state.isReadOnly = readOnly
        return AppDriver(state: state, repository: repository, writer: repository, importer: repository,
                         timestamp: { "2026-12-03T10:00:00Z" })
    }

    func communes() throws -> [String] {
        try repository.database.fetchAll("SELECT insee_code || ' ' || name || ' ' || is_zrr FROM communes ORDER BY insee_code", [SQLValue]()) {
            $0.string(0) ?? ""
        }
    }
}

@Suite("Import from the TUI: kind, path, preview, then the import (issue 5)")
struct ImportScreenTests {
    static let communesFile = "Code INSEE;Commune;ZRR\r\n42218;Saint-Étienne;non\r\n2A004;Ajaccio;oui\r\n"

    func importScreen(_ driver: AppDriver) -> ImportScreen? {
        if case .importFile(let screen) = driver.state.screen { return screen }
        return nil
    }

    func type(_ text: String, _ driver: AppDriver) {
        for character in text { driver.send(.key(.character(character))) }
    }

    /// `i`, the communes chosen, the path typed and read: the dry run's preview.
    func preview(_ path: String, _ driver: AppDriver) {
        driver.send(.key(.character("i")))
        let communes = ImportScreen.kinds.firstIndex(of: .communes)!
        for _ in 0..<communes { driver.send(.key(.down)) }
        driver.send(.key(.enter))
        type(path, driver)
        driver.send(.key(.enter))
    }

    @Test func previewWritesNothingThenEnterImportsAndTheSameFileAgainChangesNothing() throws {
        let fixture = try ImportFixture()
        let path = try fixture.write(Self.communesFile, "communes.csv")
        let driver = fixture.driver(role: .suivi)
        preview(path, driver)
        let text = screenText(driver)
        #expect(text.contains("Ce que l'import changerait"))
        #expect(text.contains("À créer") && text.contains("2"))
        #expect(try fixture.communes().isEmpty, "a preview writes nothing")
        driver.send(.key(.enter))
        guard case .panes = driver.state.screen else { Issue.record("not back to the lists"); return }
        #expect(driver.state.notice?.hasPrefix("Import de communes.csv") == true, "\(driver.state.notice ?? "")")
        #expect(driver.state.notice?.hasSuffix(": 2 ligne(s) créée(s), 0 modifiée(s), 0 inchangée(s).") == true)
        #expect(try fixture.communes() == ["2A004 Ajaccio 1", "42218 Saint-Étienne 0"])
        let audited = try fixture.repository.database.fetchAll(
            "SELECT login FROM audit_log WHERE login = ?", [SQLValue.text("c.martin")]) { $0.string(0) ?? "" }
        #expect(!audited.isEmpty, "the import is audited under the person's login")
        preview(path, driver)
        #expect(screenText(driver).contains("Rien ne changerait : la base contient déjà ce fichier."))
    }

    @Test func aFileWithErrorsListsThemWithLineAndColumnAndEscapeWritesNothing() throws {
        let fixture = try ImportFixture()
        let path = try fixture.write("Code INSEE;Commune;ZRR\n42218;Saint-Étienne;non\n4221;Trop court;peut-être\n", "bad.csv")
        let driver = fixture.driver(role: .instruction)
        preview(path, driver)
        let text = screenText(driver)
        #expect(text.contains("erreur(s) : rien ne sera écrit"))
        #expect(text.contains("bad.csv") && text.contains("ligne 3"), "errors carry the file and the line:\n\(text)")
        // Entrée reads the file again rather than writing it.
        driver.send(.key(.enter))
        #expect(importScreen(driver) != nil)
        driver.send(.key(.escape))
        guard case .panes = driver.state.screen else { Issue.record("not back to the lists"); return }
        #expect(driver.state.notice == "Import annulé : rien n'a été écrit.")
        #expect(try fixture.communes().isEmpty)
    }

    /// The kinds line up (the unselected ones keep their indentation), and Ctrl-U empties the path typed.
    @Test func theKindsLineUpAndCtrlUEmptiesThePath() throws {
        let fixture = try ImportFixture()
        let driver = fixture.driver(role: .admin)
        driver.send(.key(.character("i")))
        let lines = screenText(driver).split(separator: "\n").map(String.init)
        let selected = try #require(lines.first { $0.contains("▶ Dossiers") })
        let other = try #require(lines.first { $0.contains("Sessions") })
        func column(_ word: String, in line: String) -> Int { line.distance(from: line.startIndex, to: line.range(of: word)!.lowerBound) }
        #expect(column("Dossiers", in: selected) == column("Sessions", in: other), "\(selected)\n\(other)")
        driver.send(.key(.enter))
        type("a?b", driver)
        driver.send(.key(.control("u")))
        type("/tmp", driver)
        #expect(importScreen(driver)?.path == "/tmp")
    }

    @Test func anEmptyPathAndAMissingFileAreSaidInFrenchOnThePathStep() throws {
        let fixture = try ImportFixture()
        let driver = fixture.driver(role: .admin)
        driver.send(.key(.character("i")))
        driver.send(.key(.enter))
        driver.send(.key(.enter))
        #expect(importScreen(driver)?.error == "Indiquez le chemin du fichier à importer.")
        type(fixture.directory + "/absent.csv", driver)
        driver.send(.key(.enter))
        #expect(importScreen(driver)?.step == .path)
        let error = try #require(importScreen(driver)?.error)
        #expect(error.hasPrefix("impossible de lire « \(fixture.directory)/absent.csv » : "), "\(error)")
        // Échap on the path goes back to the kinds, then to the lists.
        driver.send(.key(.escape))
        #expect(importScreen(driver)?.step == .kind)
        driver.send(.key(.escape))
        guard case .panes = driver.state.screen else { Issue.record("not back to the lists"); return }
    }

    @Test(arguments: [Role.comite, nil])
    func rolesThatMayNotImportAreRefusedAtTheKey(role: Role?) throws {
        let fixture = try ImportFixture()
        let driver = fixture.driver(role: role)
        driver.send(.key(.character("i")))
        guard case .panes = driver.state.screen else { Issue.record("the import screen opened"); return }
        #expect(driver.state.statusMessage?.contains("importer") == true, "\(driver.state.statusMessage ?? "")")
    }

    /// README "Rôles": a monitoring officer imports sessions, learners and reports, not dossiers.
    @Test func aKindTheRoleMayNotChangeIsRefusedWhenChosen() throws {
        let fixture = try ImportFixture()
        let driver = fixture.driver(role: .suivi)
        driver.send(.key(.character("i")))
        #expect(importScreen(driver)?.kind == .dossiers)
        driver.send(.key(.enter))
        #expect(importScreen(driver)?.step == .kind)
        #expect(importScreen(driver)?.error == "votre rôle ne le permet pas (modifier les dossiers).")
    }

    @Test func aReadOnlyDatabaseRefusesTheImport() throws {
        let fixture = try ImportFixture()
        let driver = fixture.driver(role: .admin, readOnly: true)
        driver.send(.key(.character("i")))
        guard case .panes = driver.state.screen else { Issue.record("the import screen opened"); return }
        #expect(driver.state.statusMessage == T(.storeReadOnly))
    }

    @Test func tabCompletesThePathAsFarAsTheFilesAgreeAndListsThem() throws {
        let fixture = try ImportFixture()
        try fixture.write(Self.communesFile, "communes-2026.csv")
        try fixture.write(Self.communesFile, "communes-2027.csv")
        try FileManager.default.createDirectory(atPath: fixture.directory + "/archives", withIntermediateDirectories: false)
        let driver = fixture.driver(role: .admin)
        driver.send(.key(.character("i")))
        driver.send(.key(.enter))
        type(fixture.directory + "/co", driver)
        driver.send(.key(.tab))
        #expect(importScreen(driver)?.path == fixture.directory + "/communes-202")
        #expect(importScreen(driver)?.completions == ["communes-2026.csv", "communes-2027.csv"])
        #expect(screenText(driver).contains("communes-2027.csv"))
        type("7", driver)
        driver.send(.key(.tab))
        #expect(importScreen(driver)?.path == fixture.directory + "/communes-2027.csv")
        #expect(importScreen(driver)?.completions == [])
        driver.send(.key(.backspace))
        for _ in 0..<"communes-2027.cs".count { driver.send(.key(.backspace)) }
        type("ar", driver)
        driver.send(.key(.tab))
        #expect(importScreen(driver)?.path == fixture.directory + "/archives/", "a directory ends with /")
        type("zz", driver)
        driver.send(.key(.tab))
        #expect(importScreen(driver)?.error == "Aucun fichier ne commence ainsi.")
    }

    @Test func previewSnapshot() throws {
        let fixture = try ImportFixture()
        let path = try fixture.write("Code INSEE;Commune;ZRR;Département\n42218;Saint-Étienne;non;Loire\n", "communes.csv")
        let driver = fixture.driver(role: .suivi)
        preview(path, driver)
        var state = driver.state
        // The temporary directory differs on each run: the snapshot shows fixed paths.
        state.databasePath = "/home/c.martin/.local/share/genlabel/genlabel.sqlite"
        if case .importFile(var screen) = state.screen {
            screen.path = "~/communes.csv"
            state.screen = .importFile(screen)
        }
        assertSnapshot(MainView.render(state), named: "import-preview-100x30")
    }
}
