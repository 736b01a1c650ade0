import Foundation
import Testing
import GenLabelCore
@testable import GenLabelStore
@testable import GenLabelTUI

/// `?` opens the help from every screen, `F1` too (and alone where `?` is typed into a field), and
/// `Échap` goes back to the very screen it was opened from: same selection, same text typed. Walks the
/// demo database as an administrator (who may open every screen) through every kind of `Screen`.
@Suite("Help from every screen", .serialized)
final class HelpEverywhereTests {
    let directory = NSTemporaryDirectory() + "genlabel-help-\(UUID().uuidString)"
    let repository: SQLiteRepository
    var visited = Set<String>()

    init() throws {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        repository = try SQLiteRepository(path: directory + "/demo.sqlite")
        try DemoDataWriter.write(DemoGenerator(today: date("03/12/2026")).generate(), into: repository.database)
    }

    deinit {
        repository.database.close()
        try? FileManager.default.removeItem(atPath: directory)
    }

    func makeDriver() -> AppDriver {
        var state = AppState(today: date("03/12/2026"), todayIsPinned: true, databasePath: "/tmp/demo.sqlite",
                             size: TerminalSize(width: 140, height: 44))
        state.actor = Actor(login: "admin.test", role: .admin)
        return AppDriver(state: state, repository: repository, writer: repository, instruction: repository,
                         labels: repository, learners: repository, figures: repository, importer: repository,
                         timestamp: { "2026-12-03T10:00:00Z" })
    }

    /// The kind of a screen. A new case of `Screen` does not compile here until it is named: then add
    /// it to `allKinds` and reach it in `everyScreenOpensTheHelpAndEscapeComesBack`.
    static func kind(_ screen: Screen) -> String {
        switch screen {
        case .panes: return "panes"
        case .detail: return "detail"
        case .help: return "help"
        case .prompt: return "prompt"
        case .instruction: return "instruction"
        case .form: return "form"
        case .history: return "history"
        case .facets: return "facets"
        case .smallForm: return "smallForm"
        case .learners: return "learners"
        case .learnerForm: return "learnerForm"
        case .sessionForm: return "sessionForm"
        case .figures: return "figures"
        case .importFile: return "importFile"
        }
    }

    static let allKinds: Set<String> = [
        "panes", "detail", "help", "prompt", "instruction", "form", "history", "facets", "smallForm", "learners",
        "learnerForm", "sessionForm", "figures", "importFile",
    ]

    func text(_ driver: AppDriver) -> String { MainView.render(driver.state).textLines().joined(separator: "\n") }

    /// `key` opens the help over the current screen (`kind`); the help scrolls; `Échap` comes back to the
    /// screen exactly as it was.
    func expectHelp(_ driver: AppDriver, _ kind: String, key: Key = .character("?"),
                    sourceLocation: SourceLocation = #_sourceLocation) {
        let before = driver.state.screen
        #expect(Self.kind(before) == kind, "expected to be on \(kind), on \(Self.kind(before))", sourceLocation: sourceLocation)
        visited.insert(Self.kind(before))
        driver.send(.key(key))
        guard case .help(_, let scroll) = driver.state.screen else {
            Issue.record("\(key.displayName) on \(kind) did not open the help: \(Self.kind(driver.state.screen))",
                         sourceLocation: sourceLocation)
            return
        }
        visited.insert("help")
        #expect(scroll == 0, sourceLocation: sourceLocation)
        #expect(text(driver).contains("Aide — raccourcis clavier"), sourceLocation: sourceLocation)
        driver.send(.key(.pageDown))
        guard case .help(_, let scrolled) = driver.state.screen else {
            Issue.record("PgDn closed the help over \(kind)", sourceLocation: sourceLocation)
            return
        }
        #expect(scrolled > 0, "the help scrolls over \(kind)", sourceLocation: sourceLocation)
        driver.send(.key(.escape))
        #expect(driver.state.screen == before, "Échap goes back to \(kind) as it was", sourceLocation: sourceLocation)
        #expect(!driver.state.wantsToQuit, sourceLocation: sourceLocation)
    }

    /// On a field where text is typed, `?` is a character (the screen stays, what is typed changes) and
    /// only F1 opens the help.
    func expectTypedThenHelp(_ driver: AppDriver, _ kind: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let before = driver.state.screen
        let footer = MainView.render(driver.state).textLines().last ?? ""
        #expect(footer.contains("F1 aide"), "\(kind)'s footer says F1: \(footer)", sourceLocation: sourceLocation)
        driver.send(.key(.character("?")))
        #expect(Self.kind(driver.state.screen) == kind, "? stays on \(kind)", sourceLocation: sourceLocation)
        #expect(driver.state.screen != before, "? is typed into \(kind)'s field", sourceLocation: sourceLocation)
        driver.send(.key(.backspace))
        #expect(driver.state.screen == before || Self.kind(driver.state.screen) == kind, sourceLocation: sourceLocation)
        expectHelp(driver, kind, key: .function(1), sourceLocation: sourceLocation)
    }

    @Test func everyScreenOpensTheHelpAndEscapeComesBack() throws {
        let driver = makeDriver()

        // The lists, and a filter being typed (there `?` is part of the filter).
        expectHelp(driver, "panes")
        expectHelp(driver, "panes", key: .function(1))
        driver.send(.key(.down))
        driver.send(.key(.character("/")))
        driver.send(.key(.character("?")))
        #expect(driver.state.query(.dossiers).filter == "?")
        driver.send(.key(.backspace))
        expectHelp(driver, "panes", key: .function(1))
        #expect(driver.state.isEditingFilter, "the filter is still being typed after the help")
        driver.send(.key(.escape))

        // Filters of the Dossiers list, the figures, the import screen (kind, then the path typed).
        driver.send(.key(.character("f")))
        expectHelp(driver, "facets")
        driver.send(.key(.escape))
        driver.send(.key(.character("%")))
        expectHelp(driver, "figures")
        driver.send(.key(.escape))
        driver.send(.key(.character("i")))
        expectHelp(driver, "importFile")
        driver.send(.key(.enter))
        guard case .importFile(let importScreen) = driver.state.screen, importScreen.step == .path else {
            Issue.record("no path to type: \(driver.state.screen)"); return
        }
        driver.send(.key(.character("/")))
        expectTypedThenHelp(driver, "importFile")
        driver.send(.key(.escape))
        driver.send(.key(.escape))
        #expect(driver.state.screen == .panes)

        // The committees and a ranked list.
        driver.send(.key(.character("c")))
        expectHelp(driver, "instruction")
        driver.send(.key(.enter))
        guard case .instruction(let ranking) = driver.state.screen, case .ranking = ranking.mode else {
            Issue.record("no ranked list: \(driver.state.screen)"); return
        }
        expectHelp(driver, "instruction")
        for _ in 0..<3 where driver.state.screen != .panes { driver.send(.key(.escape)) }
        #expect(driver.state.screen == .panes)

        // A dossier: detail, history, checklist (and a reason typed), grid, life cycle, form.
        driver.send(.key(.character("1")))
        driver.send(.key(.home))
        driver.send(.key(.enter))
        expectHelp(driver, "detail")
        driver.send(.key(.character("h")))
        expectHelp(driver, "history")
        driver.send(.key(.escape))
        driver.send(.key(.character("r")))
        expectHelp(driver, "instruction")
        driver.send(.key(.character("x")))
        guard case .instruction(let checklist) = driver.state.screen, checklist.input != nil else {
            Issue.record("no reason to type on the checklist: \(driver.state.screen)"); return
        }
        expectTypedThenHelp(driver, "instruction")
        driver.send(.key(.escape))
        driver.send(.key(.escape))
        driver.send(.key(.character("n")))
        expectHelp(driver, "instruction")
        driver.send(.key(.escape))
        driver.send(.key(.character("t")))
        expectHelp(driver, "instruction")
        driver.send(.key(.escape))
        driver.send(.key(.character("e")))
        guard case .form = driver.state.screen else { Issue.record("no dossier form: \(driver.state.screen)"); return }
        expectTypedThenHelp(driver, "form")
        driver.send(.key(.escape))
        if case .form = driver.state.screen { driver.send(.key(.character("o"))) }
        driver.send(.key(.escape))
        #expect(driver.state.screen == .panes)

        // A session: detail, the date prompt, its learners and a learner's form, its figures.
        driver.send(.key(.character("2")))
        driver.send(.key(.enter))
        expectHelp(driver, "detail")
        driver.send(.key(.character("a")))
        expectHelp(driver, "prompt")
        driver.send(.key(.backspace))
        expectHelp(driver, "prompt", key: .function(1))
        driver.send(.key(.escape))
        guard case .prompt(let asking) = driver.state.screen, asking.isAskingToDiscard else {
            Issue.record("Échap with a change does not ask: \(driver.state.screen)"); return
        }
        expectHelp(driver, "prompt")
        driver.send(.key(.character("o")))
        driver.send(.key(.character("e")))
        expectHelp(driver, "learners")
        driver.send(.key(.character("a")))
        guard case .learnerForm = driver.state.screen else { Issue.record("no learner form: \(driver.state.screen)"); return }
        expectTypedThenHelp(driver, "learnerForm")
        driver.send(.key(.tab))
        driver.send(.key(.tab))
        expectHelp(driver, "learnerForm")   // on the gender choice, `?` is not text
        driver.send(.key(.escape))
        if case .learnerForm = driver.state.screen { driver.send(.key(.character("o"))) }
        driver.send(.key(.escape))
        driver.send(.key(.character("f")))
        expectHelp(driver, "figures")
        driver.send(.key(.escape))
        // The session form: its fields take digits only, so `?` opens the help there too.
        driver.send(.key(.character("m")))
        guard case .sessionForm = driver.state.screen else { Issue.record("no session form: \(driver.state.screen)"); return }
        driver.send(.key(.character("1")))
        expectHelp(driver, "sessionForm")
        expectHelp(driver, "sessionForm", key: .function(1))
        driver.send(.key(.escape))
        if case .sessionForm = driver.state.screen { driver.send(.key(.character("o"))) }
        for _ in 0..<3 where driver.state.screen != .panes { driver.send(.key(.escape)) }

        // A label: detail, the modification request form (a date, then a note typed).
        driver.send(.key(.character("3")))
        driver.send(.key(.enter))
        expectHelp(driver, "detail")
        driver.send(.key(.character("m")))
        guard case .smallForm(let request) = driver.state.screen else { Issue.record("no request form"); return }
        if case .text = request.fields[request.focus].kind {
            expectTypedThenHelp(driver, "smallForm")
        } else {
            expectHelp(driver, "smallForm")
        }
        driver.send(.key(.escape))
        for _ in 0..<3 where driver.state.screen != .panes { driver.send(.key(.escape)) }

        // The Alertes pane: an alert's detail, the acknowledgement (a reason typed), the filters.
        driver.send(.key(.character("4")))
        driver.send(.key(.enter))
        expectHelp(driver, "detail")
        driver.send(.key(.escape))
        driver.send(.key(.character("a")))
        guard case .smallForm = driver.state.screen else { Issue.record("no acknowledgement form"); return }
        expectTypedThenHelp(driver, "smallForm")
        driver.send(.key(.escape))
        driver.send(.key(.character("f")))
        expectHelp(driver, "smallForm")
        driver.send(.key(.escape))
        #expect(driver.state.screen == .panes)

        #expect(visited == Self.allKinds, "screens never reached: \(Self.allKinds.subtracting(visited).sorted())")
    }

    @Test func theHelpOverAFormKeepsItWholeWhileTheWindowIsTooSmall() {
        let driver = makeDriver()
        driver.send(.key(.character("4")))
        driver.send(.key(.character("a")))
        for character in "en cours" { driver.send(.key(.character(character))) }
        let form = driver.state.screen
        driver.send(.key(.function(1)))
        driver.send(.resized(TerminalSize(width: 30, height: 8)))
        driver.send(.key(.character("q")))
        #expect(!driver.state.wantsToQuit, "q over a form being filled is not a request to quit")
        driver.send(.resized(TerminalSize(width: 140, height: 44)))
        driver.send(.key(.escape))
        #expect(driver.state.screen == form)
    }

    @Test func theHelpSaysF1AndWhereItWorks() {
        let driver = makeDriver()
        driver.send(.key(.character("?")))
        let shown = text(driver)
        #expect(shown.contains("? / F1"))
        driver.send(.key(.end))
        #expect(text(driver).contains("F1 ouvre l'aide"))
    }
}
