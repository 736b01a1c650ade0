import Foundation
import Testing
import GenLabelCore
@testable import GenLabelStore
@testable import GenLabelTUI

/// Walks every screen a person can reach with the keys — every row's detail in every pane, the
/// instruction screens of every dossier, the committees — and collects all the text shown, on the
/// demo database. A committee member and a login without a role must never see a learner's name,
/// birth date or address (issue 6); an officer does, which proves the sweep would notice.
@Suite("No personal data on any screen for comite (issue 6)", .serialized)
final class PersonalDataSweepTests {
    let directory = NSTemporaryDirectory() + "genlabel-sweep-\(UUID().uuidString)"
    let repository: SQLiteRepository
    let learners: [Learner]

    init() throws {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        repository = try SQLiteRepository(path: directory + "/demo.sqlite")
        let data = DemoGenerator(today: date("03/12/2026")).generate()
        try DemoDataWriter.write(data, into: repository.database)
        learners = data.learners
    }

    deinit {
        repository.database.close()
        try? FileManager.default.removeItem(atPath: directory)
    }

    func driver(_ role: Role?) -> AppDriver {
        var state = AppState(today: date("03/12/2026"), todayIsPinned: true, databasePath: "/tmp/demo.sqlite",
                             size: TerminalSize(width: 160, height: 60))
        state.actor = Actor(login: "personne", role: role)
        return AppDriver(state: state, repository: repository, writer: repository, instruction: repository,
                         timestamp: { "2026-12-03T10:00:00Z" })
    }

    func text(_ driver: AppDriver) -> String { MainView.render(driver.state).textLines().joined(separator: "\n") }

    /// Everything shown while opening every row of every pane (and, for dossiers, the checklist, the
    /// grid and the transitions), scrolling each detail to its end.
    func sweep(_ role: Role?, panes: [PaneKind] = PaneKind.allCases) -> String {
        let driver = driver(role)
        var seen = text(driver)
        for pane in panes {
            let digit = String(pane.rawValue + 1)
            driver.send(.key(.character(Character(digit))))
            // Every row would take minutes in a debug build: every 4th row covers each kind of
            // record and state of the demo (its rows are generated in rotation).
            for row in stride(from: 0, to: driver.state.rowCount(pane), by: 4) {
                driver.send(.key(.home))
                for _ in 0..<row { driver.send(.key(.down)) }
                driver.send(.key(.enter))
                seen += text(driver)
                driver.send(.key(.end))
                seen += text(driver)
                if pane == .alerts {
                    driver.send(.key(.enter)) // the session or label the alert concerns
                    driver.send(.key(.end))
                    seen += text(driver)
                }
                if pane == .dossiers {
                    for key in ["r", "n", "t"] {
                        driver.send(.key(.character(Character(key))))
                        seen += text(driver)
                        driver.send(.key(.escape))
                    }
                }
                for _ in 0..<6 where !driver.state.screen.isPanes { driver.send(.key(.escape)) }
                #expect(driver.state.screen.isPanes, "Échap leads back to the lists from \(pane) row \(row): \(driver.state.screen)")
                if !driver.state.screen.isPanes { return seen }
            }
        }
        driver.send(.key(.character("c")))
        seen += text(driver)
        return seen
    }

    func leaks(in shown: String) -> [String] {
        let text = SearchableText(shown)
        var found: [String] = []
        for learner in learners {
            for needle in [learner.address, learner.lastName.uppercased() + " " + learner.firstName,
                           learner.firstName + " " + learner.lastName] where text.contains(needle) {
                found.append(needle)
            }
        }
        for born in ["né·e le", "née le", "né le"] where text.contains(born) { found.append(born) }
        return found
    }

    @Test func committeeMembersAndLoginsWithoutRoleSeeNoPersonalDataAnywhere() {
        for role in [Role.comite, nil] {
            let shown = sweep(role)
            #expect(shown.count > 50_000, "the sweep went through the screens")
            let found = leaks(in: shown)
            #expect(found.isEmpty, "\(role?.rawValue ?? "sans rôle") saw: \(found.prefix(5))")
            #expect(shown.contains("Données personnelles masquées"))
        }
    }

    @Test func anOfficerSeesThemSoTheSweepWouldNotice() {
        let found = leaks(in: sweep(.suivi, panes: [.sessions]))
        #expect(found.count > 20)
    }
}

/// Screens repeat most of their lines: the distinct lines, and the set of their words to rule out at
/// once a text that cannot be there (searching megabytes once per learner would take minutes).
struct SearchableText {
    let lines: [String]
    let words: Set<Substring>

    init(_ text: String) {
        lines = Array(Set(text.split(separator: "\n").map(String.init)))
        var words = Set<Substring>()
        for line in lines { for word in line.split(whereSeparator: { !$0.isLetter && !$0.isNumber }) { words.insert(word) } }
        self.words = words
    }

    func contains(_ needle: String) -> Bool {
        let needleWords = needle.split(whereSeparator: { !$0.isLetter && !$0.isNumber })
        guard needleWords.allSatisfy(words.contains) else { return false }
        return lines.contains { $0.contains(needle) }
    }
}

extension Screen {
    var isPanes: Bool {
        if case .panes = self { return true }
        return false
    }
}
