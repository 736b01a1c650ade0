import GenLabelCore

/// The one place where state changes: `update(state, message) -> effects`. Pure: no I/O, no clock.
public enum AppUpdate {
    public static func update(_ state: inout AppState, _ message: Message) -> [Effect] {
        switch message {
        case .key(let key):
            state.statusMessage = nil
            state.notice = nil
            return handle(key, &state)
        case .resized(let size):
            state.size = size
            clampAllCursors(&state)
            return []
        case .tick(let date):
            guard !state.todayIsPinned, date != state.today else { return [] }
            state.today = date
            recomputeAlerts(&state)
            refreshRows(.sessions, &state, rowsChanged: false)
            if markPastExpiry(&state) {
                let key = selectionKey(.labels, state)
                refreshRows(.labels, &state, rowsChanged: true)
                reselect(.labels, key: key, &state)
            }
            return []
        case .windowLoaded(let data, let totals):
            state.data = data
            state.loadError = nil
            markPastExpiry(&state)
            recomputeAlerts(&state)
            for pane in [PaneKind.dossiers, .sessions, .labels] {
                state.paneRows.orders[pane] = Array(0..<rowsIn(pane, data))
                state.paneRows.searchKeys[pane] = nil
                state.paneRows.sortKeys[pane] = nil
                state.paneRows.filtered[pane] = nil
                state.paneRows.windowTotals[pane] = totals[pane]
                state.cursors[pane] = ListCursor()
            }
            return []
        case .dataLoaded(let data):
            let remembered = Dictionary(uniqueKeysWithValues: PaneKind.allCases.map { ($0, selectionKey($0, state)) })
            state.paneRows.windowTotals = [:]
            state.data = data
            state.loadError = nil
            markPastExpiry(&state)
            recomputeAlerts(&state, keeping: remembered[.alerts] ?? nil)
            for pane in [PaneKind.dossiers, .sessions, .labels] {
                refreshRows(pane, &state, rowsChanged: true, preparingSortKeys: true)
                reselect(pane, key: remembered[pane] ?? nil, &state)
            }
            refreshAlertDetail(&state)
            return refreshOpenDetail(state)
        case .dataChanged(let change):
            applyChange(change, &state)
            refreshAlertDetail(&state)
            return refreshOpenDetail(state)
        case .detailRefreshed(let content):
            if case .detail(let shown, let scroll) = state.screen, shown.source ?? shown.dossierID.map({ .dossier($0) })
                == content.source ?? content.dossierID.map({ .dossier($0) }), shown != content {
                state.screen = .detail(content, scroll: scroll)
            }
            return []
        case .detailLoaded(let content):
            if case .instruction(let screen) = state.screen, case .ranking = screen.mode {
                state.detailReturn = screen
            } else if case .panes = state.screen {
                state.detailReturn = nil
            }
            state.screen = .detail(content, scroll: 0)
            return []
        case .failed(let text):
            state.statusMessage = text
            return []
        case .loadFailed(let text):
            state.loadError = text
            return []
        case .writeFinished(let outcome):
            return finishWrite(outcome, &state)
        case .instructionFileLoaded(let file, let mode):
            instructionLoaded(file, mode, &state)
            return []
        case .committeesLoaded(let overview):
            var screen = InstructionScreen(mode: .committees)
            screen.committees = overview
            if case .instruction(let current) = state.screen, current.mode == .committees {
                screen.selected = min(current.selected, max(overview.count - 1, 0))
            } else {
                screen.selected = overview.firstIndex(where: \.takesSubmissionsToday) ?? 0
            }
            state.screen = .instruction(screen)
            return []
        case .rankingLoaded(let id, let date, let ranking):
            var screen = InstructionScreen(mode: .ranking(id, date: date))
            screen.ranking = ranking
            if case .instruction(let current) = state.screen, current.mode == .committees {
                screen.returnCommittees = current.committees
            }
            if case .instruction(let current) = state.screen, case .ranking(let shown, _) = current.mode, shown == id {
                // Read again after a decision: same place, same way back.
                screen.returnCommittees = current.returnCommittees
                screen.rankingFilter = current.rankingFilter
                screen.marked = current.marked.intersection(ranking.map(\.candidate.dossierID))
                screen.selected = min(current.selected, max(screen.itemCount - 1, 0))
                screen.error = current.error
            }
            state.screen = .instruction(screen)
            return []
        case .instructionWritten(let outcome):
            return finishInstructionWrite(outcome, &state)
        case .formLoaded(let editable):
            formLoaded(editable, &state)
            return []
        case .formSaved(let outcome):
            return formSaved(outcome, &state)
        case .editorFinished(let field, let outcome):
            editorFinished(field, outcome, &state)
            return []
        case .historyLoaded(let id, let number, let entries):
            historyLoaded(id, number: number, entries, &state)
            return []
        case .instructorsLoaded(let map):
            instructorsLoaded(map, &state)
            return []
        case .bulkDecided(let outcome):
            return bulkDecided(outcome, &state)
        case .committeeWritten(let outcome):
            return committeeWritten(outcome, &state)
        case .formWritten(let outcome):
            return finishForm(outcome, &state)
        case .learnersLoaded(let session, let learners):
            learnersLoaded(session, learners, &state)
            return []
        case .learnerWritten(let outcome):
            return finishLearnerWrite(outcome, &state)
        case .sessionWritten(let outcome):
            return finishSessionWrite(outcome, &state)
        case .figuresLoaded(let report, let focus):
            figuresLoaded(report, focus: focus, &state)
            return []
        case .importRan(let request, let outcome):
            return importRan(request, outcome, &state)
        case .importPathEntries(let typed, let entries):
            importPathCompleted(typed, entries, &state)
            return []
        }
    }

    // MARK: Keys

    private static func handle(_ key: Key, _ state: inout AppState) -> [Effect] {
        if key == .resize { return [] }
        // Nothing is shown but the size message: only quitting makes sense.
        if MainLayout(size: state.size, active: state.activePane).isTooSmall {
            // A date being typed is kept for when the terminal is large again.
            if key == .character("q"), !state.screen.isPrompt { state.wantsToQuit = true }
            return []
        }
        if opensHelp(key, state) {
            state.screen = .help(returnTo: helpReturn(from: state.screen), scroll: 0)
            return []
        }
        switch state.screen {
        case .prompt(let prompt):
            return handlePrompt(key, prompt, &state)
        case .instruction(let screen):
            return handleInstruction(key, screen, &state)
        case .form(let screen):
            return handleForm(key, screen, &state)
        case .facets(let screen):
            return handleFacets(key, screen, &state)
        case .history(let content, let scroll, let returnTo):
            guard let action = KeyBindings.action(for: key, in: .detail, state: state) else { return [] }
            if let moved = scrolled(content, from: scroll, by: action, state) {
                state.screen = .history(content, scroll: moved, returnTo: returnTo)
            } else if action == .back {
                state.screen = .detail(returnTo, scroll: 0)
            } else if action == .quit {
                state.wantsToQuit = true
            }
            return []
        case .smallForm(let form):
            return handleForm(key, form, &state)
        case .learners(let screen):
            return handleLearnerList(key, screen, &state)
        case .learnerForm(let form):
            return handleLearnerForm(key, form, &state)
        case .sessionForm(let form):
            return handleSessionForm(key, form, &state)
        case .figures(let screen):
            return handleFigures(key, screen, &state)
        case .importFile(let screen):
            return handleImport(key, screen, &state)
        case .help(let returnTo, let scroll):
            if key == .escape || key == .character("?") || key == .character("q") || key == .function(1) {
                switch returnTo {
                case .panes: state.screen = .panes
                case .detail(let content, let scroll): state.screen = .detail(content, scroll: scroll)
                case .screen(let screen): state.screen = screen
                }
            } else if let action = KeyBindings.action(for: key, in: .detail),
                      let moved = scrolled(HelpView.content(over: returnTo, state: state), from: scroll, by: action, state) {
                state.screen = .help(returnTo: returnTo, scroll: moved)
            }
            return []
        case .detail(let content, let scroll):
            if let alert = content.alert, let effects = alertDetailKey(key, alert: alert, content: content, scroll: scroll, &state) {
                return effects
            }
            guard let action = KeyBindings.action(for: key, in: .detail, state: state) else { return [] }
            if let moved = scrolled(content, from: scroll, by: action, state) {
                state.screen = .detail(content, scroll: moved)
                return []
            }
            switch action {
            case .open:
                if let target = content.target { return [.loadDetail(target)] }
            case .back:
                if let ranking = state.detailReturn, case .ranking(let id, let date) = ranking.mode {
                    // Back to the ranked list it was opened from, read again.
                    state.detailReturn = nil
                    state.screen = .instruction(ranking)
                    return [.loadInstruction(.ranking(id, date: date))]
                }
                state.screen = .panes
            case .recordFact(let fact): openPrompt(fact, content: content, scroll: scroll, &state)
            case .instruction(let mode):
                guard let id = content.dossierID else { state.statusMessage = T(.instrNotADossier); return [] }
                return [.loadInstruction(.dossier(id, mode))]
            case .labelForm(let kind): openLabelForm(kind, content: content, scroll: scroll, &state)
            case .learners: return openLearners(content: content, &state)
            case .editSession: openSessionForm(content: content, scroll: scroll, &state)
            case .figures:
                guard let scope = content.figures else { return [] }
                return [.loadFigures(focus: scope)]
            case .help: state.screen = .help(returnTo: .detail(content, scroll: scroll), scroll: 0)
            case .quit: state.wantsToQuit = true
            case .editDossier: return openForm(content, &state)
            case .dossierHistory:
                guard let id = content.dossierID else { state.statusMessage = T(.instrNotADossier); return [] }
                return [.loadHistory(id, number: content.dossierNumber ?? "")]
            default: break
            }
            return []
        case .panes:
            if state.isEditingFilter, editFilter(key, &state) { return [] }
            guard let action = KeyBindings.action(for: key, in: .list, state: state) else { return [] }
            return perform(action, &state)
        }
    }

    /// The new scroll position of a detail (or the help) for a moving action, counted in screen
    /// lines after wrapping; nil for actions that do not scroll.
    static func scrolled(_ content: DetailContent, from scroll: Int, by action: Action, _ state: AppState) -> Int? {
        let layout = MainLayout(size: state.size, active: state.activePane)
        let visible = layout.detailRows
        let lastTop = max(DetailView.lineCount(content, width: DetailView.textWidth(in: layout.body)) - visible, 0)
        let page = max(visible - 1, 1)
        let target: Int
        switch action {
        case .moveUp: target = scroll - 1
        case .moveDown: target = scroll + 1
        case .pageUp: target = scroll - page
        case .pageDown: target = scroll + page
        case .first: target = 0
        case .last: target = lastTop
        default: return nil
        }
        return min(max(target, 0), lastTop)
    }

    /// Keys typed into the active list's filter; returns false for keys the list itself handles
    /// (arrows, pages), which keep working while the filter is open.
    private static func editFilter(_ key: Key, _ state: inout AppState) -> Bool {
        let pane = state.activePane
        var query = state.query(pane)
        switch key {
        case .character(let character):
            query.filter.append(character)
        case .backspace:
            guard !query.filter.isEmpty else { return true }
            query.filter.removeLast()
        case .enter:
            state.isEditingFilter = false
            return true
        case .escape:
            query.filter = ""
            state.isEditingFilter = false
        default:
            return false
        }
        applyQuery(query, to: pane, &state)
        return true
    }

    /// Sets a list's query, keeping the selection on the same record when it is still shown.
    static func applyQuery(_ query: ListQuery, to pane: PaneKind, _ state: inout AppState) {
        let key = selectionKey(pane, state)
        state.queries[pane] = query
        refreshRows(pane, &state, rowsChanged: false)
        reselect(pane, key: key, &state)
    }

    private static func perform(_ action: Action, _ state: inout AppState) -> [Effect] {
        let pane = state.activePane
        let layout = MainLayout(size: state.size, active: pane)
        let count = state.rowCount(pane)
        let rows = layout.visibleRows(pane)
        var cursor = state.cursor(pane)
        switch action {
        case .nextPane: activate(pane.next, &state)
        case .previousPane: activate(pane.previous, &state)
        case .goToPane(let target): activate(target, &state)
        case .moveUp: cursor.move(by: -1, count: count, visibleRows: rows)
        case .moveDown: cursor.move(by: 1, count: count, visibleRows: rows)
        case .pageUp: cursor.move(by: -max(rows - 1, 1), count: count, visibleRows: rows)
        case .pageDown: cursor.move(by: max(rows - 1, 1), count: count, visibleRows: rows)
        case .first: cursor.select(0, count: count, visibleRows: rows)
        case .last: cursor.select(count - 1, count: count, visibleRows: rows)
        case .open: return open(pane, &state)
        case .filter: state.isEditingFilter = true
        case .clearFilter:
            var query = state.query(pane)
            guard !query.filter.isEmpty else { return [] }
            query.filter = ""
            applyQuery(query, to: pane, &state)
            return []
        case .sort:
            var query = state.query(pane)
            let next = (query.sortColumn ?? -1) + 1
            query.sortColumn = next < columnCount(pane) ? next : nil
            query.descending = false
            applyQuery(query, to: pane, &state)
            return []
        case .reverseSort:
            var query = state.query(pane)
            query.sortColumn = query.sortColumn ?? 0
            query.descending.toggle()
            applyQuery(query, to: pane, &state)
            return []
        case .help: state.screen = .help(returnTo: .panes, scroll: 0)
        case .quit: state.wantsToQuit = true
        case .committees: return [.loadInstruction(.committees)]
        case .newDossier:
            openNewDossier(&state)
            return []
        case .dossierFacets: return openFacets(&state)
        case .handleAlert, .clearAlertHandling, .alertFilters, .toggleSnoozed: return performAlertAction(action, &state)
        case .back, .recordFact, .instruction, .editDossier, .dossierHistory, .labelForm, .learners, .editSession: break
        case .figures: return [.loadFigures(focus: nil)]
        case .importFile:
            openImport(&state)
            return []
        }
        if state.activePane == pane { state.cursors[pane] = cursor }
        return []
    }

    private static func activate(_ pane: PaneKind, _ state: inout AppState) {
        state.isEditingFilter = false
        state.activePane = pane
        clampAllCursors(&state)
    }

    /// Enter on a row: an empty list does nothing; alerts are shown from memory, records are read.
    private static func open(_ pane: PaneKind, _ state: inout AppState) -> [Effect] {
        let position = state.cursor(pane).selected
        guard position < state.rowCount(pane) else { return [] }
        state.isEditingFilter = false
        let index = state.order(pane)[position]
        switch pane {
        case .dossiers: return [.loadDetail(.dossier(state.data.dossiers[index].id))]
        case .sessions: return [.loadDetail(.session(state.data.sessions[index].id))]
        case .labels: return [.loadDetail(.label(state.data.labels[index].id))]
        case .alerts:
            state.screen = .detail(DetailBuilder.alert(state.alerts[index], today: state.today), scroll: 0)
            return []
        }
    }

    // MARK: Data

    private static func recomputeAlerts(_ state: inout AppState, keeping key: SelectionKey?? = nil) {
        let previous = key ?? selectionKey(.alerts, state)
        state.alerts = AlertEngine(rules: state.rules).alerts(for: state.data.snapshot, today: state.today)
        refreshRows(.alerts, &state, rowsChanged: true)
        reselect(.alerts, key: previous, &state)
    }

    /// Puts the changed records' rows in place of the old ones (inserting, moving or removing them as the
    /// store's order requires), replaces the changed labels' part of the snapshot and their alerts, and
    /// updates each pane's order for the changed rows only. Ends in the state a full reload would give.
    private static func applyChange(_ change: DataChange, _ state: inout AppState) {
        let remembered = Dictionary(uniqueKeysWithValues: PaneKind.allCases.map { ($0, selectionKey($0, state)) })
        let changes = change.changes
        let dossiers = RowPatch.apply(change.dossiers, ids: changes.dossiers, to: &state.data.dossiers,
                                      before: DossierRow.listedBefore)
        let sessions = RowPatch.apply(change.sessions, ids: changes.sessions, to: &state.data.sessions,
                                      before: SessionRow.listedBefore)
        let labels = RowPatch.apply(change.labels, ids: changes.labels, to: &state.data.labels,
                                    before: LabelRow.listedBefore)
        markPastExpiry(&state)
        if !changes.labels.isEmpty {
            var snapshot = state.data.snapshot
            snapshot.labels.removeAll { changes.labels.contains($0.label.id) }
            snapshot.labels.append(contentsOf: change.snapshot.labels)
            snapshot.sessions.removeAll { changes.labels.contains($0.labelID) }
            snapshot.sessions.append(contentsOf: change.snapshot.sessions)
            snapshot.annualReports.removeAll { changes.labels.contains($0.labelID) }
            snapshot.annualReports.append(contentsOf: change.snapshot.annualReports)
            snapshot.modificationRequests.removeAll { changes.labels.contains($0.labelID) }
            snapshot.modificationRequests.append(contentsOf: change.snapshot.modificationRequests)
            snapshot.handlings.removeAll { $0.labelID.map(changes.labels.contains) ?? false }
            snapshot.handlings.append(contentsOf: change.snapshot.handlings)
            state.data.snapshot = snapshot
            state.alerts = AlertEngine(rules: state.rules).alerts(state.alerts, replacingLabels: changes.labels,
                                                                  with: change.snapshot, today: state.today)
            refreshRows(.alerts, &state, rowsChanged: true)
            reselect(.alerts, key: remembered[.alerts] ?? nil, &state)
        }
        for (pane, patch) in [(PaneKind.dossiers, dossiers), (.sessions, sessions), (.labels, labels)] {
            switch patch {
            case .unchanged: continue
            case .inPlace(let indices):
                var rows = PaneRows()
                swap(&rows, &state.paneRows)   // so the arrays change in place, not copied
                rows.update(pane, changed: indices, in: state)
                state.paneRows = rows
            case .moved: refreshRows(pane, &state, rowsChanged: true)
            }
            reselect(pane, key: remembered[pane] ?? nil, &state)
        }
    }

    /// A stable identity of the selected row, so a reload keeps the selection on the same record.
    static func selectionKey(_ pane: PaneKind, _ state: AppState) -> SelectionKey? {
        let index = state.cursor(pane).selected
        return index < state.rowCount(pane) ? selectionKeyAt(index, pane, state) : nil
    }

    static func reselect(_ pane: PaneKind, key: SelectionKey?, _ state: inout AppState) {
        let rows = MainLayout(size: state.size, active: state.activePane).visibleRows(pane)
        var cursor = state.cursor(pane)
        let count = state.rowCount(pane)
        if let key, let index = position(of: key, in: pane, state) {
            cursor.select(index, count: count, visibleRows: rows)
        } else {
            cursor.clamp(count: count, visibleRows: rows)
        }
        state.cursors[pane] = cursor
    }

    /// Where the row of `key` is shown in `pane`, comparing identities without building any text.
    private static func position(of key: SelectionKey, in pane: PaneKind, _ state: AppState) -> Int? {
        let order = state.order(pane)
        switch (pane, key) {
        case (.dossiers, .record(let id)):
            let rows = state.data.dossiers
            return order.firstIndex { rows[$0].id.rawValue == id }
        case (.sessions, .record(let id)):
            let rows = state.data.sessions
            return order.firstIndex { rows[$0].id.rawValue == id }
        case (.labels, .record(let id)):
            let rows = state.data.labels
            return order.firstIndex { rows[$0].id.rawValue == id }
        case (.alerts, .alert(let kind, let subject)):
            let alerts = state.alerts
            return order.firstIndex { alerts[$0].kind == kind && SelectionKey.sameSubject(alerts[$0].subject, subject) }
        default:
            return nil
        }
    }

    private static func selectionKeyAt(_ position: Int, _ pane: PaneKind, _ state: AppState) -> SelectionKey {
        let index = state.order(pane)[position]
        switch pane {
        case .dossiers: return .record(state.data.dossiers[index].id.rawValue)
        case .sessions: return .record(state.data.sessions[index].id.rawValue)
        case .labels: return .record(state.data.labels[index].id.rawValue)
        case .alerts: return .alert(state.alerts[index].kind, state.alerts[index].subject)
        }
    }

    static func refreshRows(_ pane: PaneKind, _ state: inout AppState, rowsChanged: Bool,
                            preparingSortKeys: Bool = false) {
        var rows = PaneRows()
        swap(&rows, &state.paneRows)   // so the arrays change in place, not copied
        rows.refresh(pane, in: state, rowsChanged: rowsChanged, preparingSortKeys: preparingSortKeys)
        state.paneRows = rows
    }

    private static func rowsIn(_ pane: PaneKind, _ data: AppData) -> Int {
        switch pane {
        case .dossiers: return data.dossiers.count
        case .sessions: return data.sessions.count
        case .labels: return data.labels.count
        case .alerts: return 0
        }
    }

    private static func columnCount(_ pane: PaneKind) -> Int {
        switch pane {
        case .dossiers: return PaneColumns.dossiers.count
        case .sessions: return PaneColumns.sessions.count
        case .labels: return PaneColumns.labels.count
        case .alerts: return PaneColumns.alerts.count
        }
    }

    private static func clampAllCursors(_ state: inout AppState) {
        let layout = MainLayout(size: state.size, active: state.activePane)
        for pane in PaneKind.allCases {
            var cursor = state.cursor(pane)
            cursor.clamp(count: state.rowCount(pane), visibleRows: layout.visibleRows(pane))
            state.cursors[pane] = cursor
        }
    }
}

/// The identity of a selected row: a record's id, or an alert's obligation (kind and subject, a
/// session's code aside), as `Alert.id` tells them apart.
enum SelectionKey: Equatable {
    case record(Int64)
    case alert(ObligationKind, AlertSubject)

    static func sameSubject(_ a: AlertSubject, _ b: AlertSubject) -> Bool {
        switch (a, b) {
        case (.session(let x, _), .session(let y, _)): return x == y
        default: return a == b
        }
    }

    static func == (a: SelectionKey, b: SelectionKey) -> Bool {
        switch (a, b) {
        case (.record(let x), .record(let y)): return x == y
        case (.alert(let k1, let s1), .alert(let k2, let s2)): return k1 == k2 && sameSubject(s1, s2)
        default: return false
        }
    }
}

extension AppUpdate {
    /// After data changed (here or in another process), an open dossier, session or label detail is
    /// read again so that it never shows what is no longer true (issue 6: each process sees the
    /// other's changes); its scroll is kept.
    static func refreshOpenDetail(_ state: AppState) -> [Effect] {
        guard case .detail(let content, _) = state.screen else { return [] }
        if let source = content.source { return [.refreshDetail(source)] }
        if let dossier = content.dossierID { return [.refreshDetail(.dossier(dossier))] }
        return []
    }
}
