import Testing
import GenLabelCore
@testable import GenLabelTUI

@Suite("Keys, ticks and data (update)")
struct AppUpdateTests {
    @Test func arrowsAndVimKeysMoveTheSelectionWithinBounds() {
        let (driver, _) = makeDriver()
        #expect(driver.state.cursor(.dossiers).selected == 0)
        driver.send(.key(.down))
        driver.send(.key(.character("j")))
        #expect(driver.state.cursor(.dossiers).selected == 2)
        driver.send(.key(.down))
        #expect(driver.state.cursor(.dossiers).selected == 2, "stays on the last row")
        driver.send(.key(.character("k")))
        #expect(driver.state.cursor(.dossiers).selected == 1)
        driver.send(.key(.character("g")))
        #expect(driver.state.cursor(.dossiers).selected == 0)
        driver.send(.key(.end))
        #expect(driver.state.cursor(.dossiers).selected == 2)
        driver.send(.key(.pageUp))
        #expect(driver.state.cursor(.dossiers).selected == 0)
    }

    @Test func tabShiftTabAndDigitsSwitchPanes() {
        let (driver, _) = makeDriver()
        driver.send(.key(.tab))
        #expect(driver.state.activePane == .sessions)
        driver.send(.key(.backTab))
        driver.send(.key(.backTab))
        #expect(driver.state.activePane == .alerts)
        driver.send(.key(.character("3")))
        #expect(driver.state.activePane == .labels)
        driver.send(.key(.character("1")))
        #expect(driver.state.activePane == .dossiers)
    }

    @Test func enterOpensADetailReadFromTheRepositoryAndEscReturns() throws {
        let (driver, repository) = makeDriver()
        driver.send(.key(.down))
        driver.send(.key(.enter))
        #expect(repository.detailReads == 1)
        guard case .detail(let content, _) = driver.state.screen else { Issue.record("no detail"); return }
        #expect(content.title == "Dossier GEN-2026-0002")
        #expect(content.lines.contains(.field("Note /10", "7,5")))
        driver.send(.key(.escape))
        #expect(driver.state.screen == .panes)
        #expect(driver.state.cursor(.dossiers).selected == 1, "the selection survives the detail view")
    }

    @Test func enterOnAnAlertExplainsItsComputation() throws {
        let (driver, _) = makeDriver()
        driver.send(.key(.character("4")))
        driver.send(.key(.enter))
        guard case .detail(let content, _) = driver.state.screen else { Issue.record("no detail"); return }
        let alert = driver.state.alerts[0]
        #expect(content.lines.contains(.field("Calcul", alert.computation.explanation)))
    }

    @Test func enterInAnAlertDetailOpensTheSessionItConcerns() throws {
        let (driver, _) = makeDriver()
        driver.send(.key(.character("4")))
        let first = driver.state.alerts[driver.state.order(.alerts)[0]]
        guard case .session(_, let code) = first.subject else { Issue.record("expected a session alert first"); return }
        driver.send(.key(.enter))
        #expect(MainView.render(driver.state).textLines().last?.contains("Entrée ouvrir") == true)
        driver.send(.key(.enter))
        guard case .detail(let content, _) = driver.state.screen else { Issue.record("no detail"); return }
        #expect(content.title.hasPrefix("Session \(code) — "))
        #expect(content.target == nil, "a session detail leads nowhere further")
        driver.send(.key(.enter))
        #expect(MainView.render(driver.state).textLines().last?.contains("Entrée ouvrir") == false)
    }

    @Test func keysOnEmptyListsDoNothingHarmful() {
        let (driver, repository) = makeDriver(empty: true)
        for key: Key in [.enter, .down, .up, .pageDown, .end, .home, .delete, .backspace, .character("x")] {
            for pane in ["1", "2", "3", "4"] {
                driver.send(.key(.character(Character(pane))))
                driver.send(.key(key))
            }
        }
        #expect(driver.state.screen == .panes)
        #expect(repository.detailReads == 0)
        #expect(!driver.state.wantsToQuit)
    }

    @Test func helpOpensAndClosesWithoutQuitting() {
        let (driver, _) = makeDriver()
        driver.send(.key(.character("?")))
        #expect(driver.state.screen == .help(returnTo: .panes, scroll: 0))
        driver.send(.key(.character("q")))
        #expect(driver.state.screen == .panes)
        #expect(!driver.state.wantsToQuit)
        driver.send(.key(.character("q")))
        #expect(driver.state.wantsToQuit)
    }

    @Test func aTickOnANewDayRecomputesTheAlertsUnlessTheDateIsPinned() {
        let repository = FixtureRepository()
        var state = AppState(today: date("03/12/2026"), todayIsPinned: false, databasePath: "x",
                             size: TerminalSize(width: 80, height: 24))
        state.activePane = .alerts
        let driver = AppDriver(state: state, repository: repository)
        let before = driver.state.alerts
        // The start attestation of S2026-09 (started 14/09/2026) was due 14/10/2026: overdue already.
        #expect(before.contains { $0.kind == .startAttestation && $0.severity == .overdue })
        // The annual report 2026 is due 31/01/2027: due soon from 17/01/2027.
        #expect(before.first { $0.kind == .annualReport }?.severity == .upcoming)
        driver.tick(today: date("20/01/2027"))
        #expect(driver.state.today == date("20/01/2027"))
        #expect(driver.state.alerts.first { $0.kind == .annualReport }?.severity == .dueSoon)

        let (pinned, _) = makeDriver(today: "03/12/2026")
        pinned.tick(today: date("20/01/2027"))
        #expect(pinned.state.today == date("03/12/2026"))
    }

    @Test func anotherProcessChangingTheDataIsPickedUpOnTheNextTick() {
        let (driver, repository) = makeDriver()
        driver.send(.key(.down))
        let selectedID = driver.state.data.dossiers[driver.state.cursor(.dossiers).selected].id
        repository.dossiers.insert(DossierRow(id: .init(9), number: "GEN-2026-0009", trainingTitle: "Data analyst",
                                              organizationName: "Simplon Bretagne", regionCode: "53", state: .submitted,
                                              committeeDate: nil, score: nil), at: 0)
        driver.tick(today: date("03/12/2026"))
        #expect(driver.state.data.dossiers.count == 3, "no reload while the change token is the same")
        repository.token += 1
        driver.tick(today: date("03/12/2026"))
        #expect(driver.state.data.dossiers.count == 4)
        #expect(driver.state.data.dossiers[driver.state.cursor(.dossiers).selected].id == selectedID,
                "the selection stays on the same record")
    }

    struct Damaged: UserFacingError { var userMessage: String { "valeur illisible « 2026-02-30 »" } }

    @Test func aFailedReadIsShownAndNeverLooksLikeNothingIsOverdue() {
        let repository = FixtureRepository()
        repository.failure = Damaged()
        let (driver, _) = makeDriver(repository: repository)
        let screen = MainView.render(driver.state).textLines().joined(separator: "\n")
        #expect(!screen.contains("Aucune échéance"))
        #expect(screen.contains("ILLISIBLES"))
        #expect(screen.contains("2026-02-30"))
        driver.send(.key(.down))
        #expect(MainView.render(driver.state).textLines().joined().contains("2026-02-30"), "still shown after a key")
        repository.failure = nil
        repository.token += 1
        driver.tick(today: date("03/12/2026"))
        #expect(driver.state.loadError == nil)
        #expect(driver.state.rowCount(.dossiers) == 3)
    }

    @Test func helpAndDetailsScrollByScreenLinesToTheirEnd() {
        let (driver, _) = makeDriver(width: 60, height: 14)
        driver.send(.key(.character("?")))
        driver.send(.key(.end))
        let bottom = MainView.render(driver.state).textLines().joined(separator: "\n")
        #expect(bottom.contains("à venir"), "the legend at the end of the help is reachable")
        driver.send(.key(.up))
        guard case .help(_, let scroll) = driver.state.screen else { Issue.record("no help"); return }
        driver.send(.key(.down))
        guard case .help(_, let after) = driver.state.screen else { Issue.record("no help"); return }
        #expect(after == scroll + 1, "one key, one line, even at the end")
    }

    @Test func resizingKeepsTheSelectionVisible() {
        let (driver, _) = makeDriver(width: 120, height: 40)
        driver.send(.key(.end))
        driver.send(.resized(TerminalSize(width: 60, height: 14)))
        let cursor = driver.state.cursor(.dossiers)
        let rows = MainLayout(size: driver.state.size, active: .dossiers).visibleRows(.dossiers)
        #expect(cursor.selected >= cursor.offset && cursor.selected < cursor.offset + rows)
    }

    @Test func footerAndHelpComeFromTheSameBindings() {
        let (driver, _) = makeDriver(width: 120, height: 40)
        let footer = MainView.render(driver.state).textLines().last ?? ""
        // "n nouveau" is shown only to people who may create a dossier (this one has no role); the
        // Alertes pane's own keys show only there (and acknowledging only to who may).
        func isScopedKey(_ action: Action) -> Bool {
            switch action {
            case .handleAlert, .alertFilters, .newDossier, .dossierFacets, .importFile: return true
            default: return false
            }
        }
        for binding in KeyBindings.footer(for: .list) where !isScopedKey(binding.action) {
            #expect(footer.contains(T(binding.footer!)))
        }
        // `f` filters the active list: the dossiers' facets there, the alerts' filters in Alertes;
        // acknowledging is an Alertes key only.
        #expect(footer.contains("f " + T(.footerDossierFacets)))
        #expect(KeyBindings.action(for: .character("f"), in: .list, state: driver.state) == .dossierFacets)
        #expect(!footer.contains("a " + T(.footerAcknowledge)))
        driver.send(.key(.character("4")))
        let alertsFooter = MainView.render(driver.state).textLines().last ?? ""
        #expect(alertsFooter.contains("f " + T(.footerAlertFilters)))
        #expect(KeyBindings.action(for: .character("f"), in: .list, state: driver.state) == .alertFilters)
        driver.send(.key(.character("?")))
        // The help is longer than a screen: read it page by page.
        var help = ""
        for _ in 0..<4 {
            help += MainView.render(driver.state).textLines().joined(separator: "\n")
            driver.send(.key(.pageDown))
        }
        for binding in KeyBindings.all {
            #expect(help.contains(T(binding.description)), "help lacks \(binding.description)")
        }
    }

    @Test func aNarrowFooterKeepsQuitAndHelp() {
        let (driver, _) = makeDriver(width: 60, height: 14)
        let footer = MainView.render(driver.state).textLines().last ?? ""
        #expect(footer.contains("q quitter"))
        #expect(footer.contains("? aide"))
        #expect(footer.contains("↑↓ déplacer"))
    }

    @Test func slashFiltersIgnoringCaseAndAccentsAndEscapeClears() {
        let (driver, _) = makeDriver()
        driver.send(.key(.character("/")))
        for character in "DEVELOPPEUSE" { driver.send(.key(.character(character))) }
        #expect(driver.state.rowCount(.dossiers) == 1)
        #expect(driver.state.data.dossiers[driver.state.order(.dossiers)[0]].number == "GEN-2026-0002")
        let screen = MainView.render(driver.state).textLines().joined(separator: "\n")
        #expect(screen.contains("1 sur 3"))
        #expect(screen.contains("Filtre : DEVELOPPEUSE"))
        driver.send(.key(.character("q")))
        #expect(!driver.state.wantsToQuit, "q is typed into the filter")
        #expect(driver.state.rowCount(.dossiers) == 0)
        driver.send(.key(.backspace))
        driver.send(.key(.enter))
        #expect(!driver.state.isEditingFilter)
        #expect(driver.state.rowCount(.dossiers) == 1, "Enter keeps the filter")
        driver.send(.key(.enter))
        guard case .detail(let content, _) = driver.state.screen else { Issue.record("no detail"); return }
        #expect(content.title == "Dossier GEN-2026-0002", "Enter opens the filtered row")
        driver.send(.key(.escape))
        #expect(driver.state.screen == .panes)
        #expect(driver.state.rowCount(.dossiers) == 1, "back from the detail, the filter is still kept")
        driver.send(.key(.escape))
        #expect(driver.state.rowCount(.dossiers) == 3, "Échap in the list clears the kept filter")
    }

    @Test func sortCyclesColumnsAndReversesKeepingTheSelectedRecord() {
        let (driver, _) = makeDriver()
        driver.send(.key(.down)) // GEN-2026-0002
        driver.send(.key(.character("s"))) // by number, ascending
        #expect(driver.state.query(.dossiers).sortColumn == 0)
        let numbers = driver.state.order(.dossiers).map { driver.state.data.dossiers[$0].number }
        #expect(numbers == ["GEN-2026-0001", "GEN-2026-0002", "GEN-2026-0003"])
        #expect(driver.state.cursor(.dossiers).selected == 1, "still on GEN-2026-0002")
        driver.send(.key(.character("S")))
        let reversed = driver.state.order(.dossiers).map { driver.state.data.dossiers[$0].number }
        #expect(reversed == ["GEN-2026-0003", "GEN-2026-0002", "GEN-2026-0001"])
        #expect(MainView.render(driver.state).textLines()[2].contains("N°▼"))
        for _ in 0..<6 { driver.send(.key(.character("s"))) }
        #expect(driver.state.query(.dossiers).sortColumn == nil, "cycles back to the store's order")
    }

    @Test func keysDoNothingButQuitWhileTheWindowIsTooSmall() {
        let (driver, _) = makeDriver(width: 30, height: 8)
        driver.send(.key(.character("?")))
        driver.send(.key(.tab))
        #expect(driver.state.screen == .panes)
        #expect(driver.state.activePane == .dossiers)
        driver.send(.key(.character("q")))
        #expect(driver.state.wantsToQuit)
    }

    @Test func sessionsRunningTodayComeFirst() {
        let (driver, _) = makeDriver(today: "03/12/2026")
        let codes = driver.state.order(.sessions).map { driver.state.data.sessions[$0].code }
        #expect(codes == ["S2026-09", "S2025-10"], "S2026-09 runs until 31/03/2027; S2025-10 ended 31/10/2026")
    }
}

@Suite("List cursor")
struct ListCursorTests {
    @Test("selection stays within the list and visible", arguments: [(0, 5), (3, 5), (100, 5), (10, 1)])
    func clamps(count: Int, rows: Int) {
        var cursor = ListCursor()
        for delta in [5, -2, 50, -100, 7] {
            cursor.move(by: delta, count: count, visibleRows: rows)
            #expect(cursor.selected >= 0 && (count == 0 ? cursor.selected == 0 : cursor.selected < count))
            #expect(cursor.selected >= cursor.offset && cursor.selected < cursor.offset + rows)
        }
    }
}

@Suite("Table layout")
struct TableLayoutTests {
    @Test func dropsTheLeastImportantColumnsFirstThenSharesSpareWidth() {
        let widths = TableLayout.widths(minWidths: [10, 10, 10], flex: [0, 1, 0], priorities: [3, 2, 1], available: 25)
        #expect(widths == [10, 14, nil])
        let wide = TableLayout.widths(minWidths: [10, 10, 10], flex: [0, 1, 0], priorities: [3, 2, 1], available: 40)
        #expect(wide == [10, 18, 10])
    }
}
