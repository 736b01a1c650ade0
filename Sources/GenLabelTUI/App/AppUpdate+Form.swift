import GenLabelCore

/// Keys and results of the dossier form, the history, the Dossiers list's filters (issue 3).
extension AppUpdate {
    // MARK: Opening

    /// Whether this person may change dossiers; if not, says why in the footer.
    static func mayEditDossiers(_ state: inout AppState) -> Bool {
        if state.isReadOnly {
            state.statusMessage = T(.storeReadOnly)
            return false
        }
        guard state.actor.may(.editDossiers) else {
            state.statusMessage = T(.storeForbidden, DomainText.permission(.editDossiers))
            return false
        }
        return true
    }

    /// `e` in a dossier's detail.
    static func openForm(_ content: DetailContent, _ state: inout AppState) -> [Effect] {
        guard let id = content.dossierID else { state.statusMessage = T(.instrNotADossier); return [] }
        guard mayEditDossiers(&state) else { return [] }
        return [.loadForm(id)]
    }

    /// `n` in the lists: the form of a new dossier.
    static func openNewDossier(_ state: inout AppState) {
        guard mayEditDossiers(&state) else { return }
        state.isEditingFilter = false
        state.screen = .form(FormScreen(editable: .new, returnTo: nil))
    }

    static func formLoaded(_ editable: EditableApplication, _ state: inout AppState) {
        var returnTo: DetailContent?
        var scroll = 0
        if case .detail(let content, let s) = state.screen { returnTo = content; scroll = s }
        state.screen = .form(FormScreen(editable: editable, returnTo: returnTo, scroll: scroll))
    }

    // MARK: Keys

    static func handleForm(_ key: Key, _ screen: FormScreen, _ state: inout AppState) -> [Effect] {
        var screen = screen
        screen.error = nil
        if screen.isAskingToDiscard {
            switch key {
            case .character("o"), .character("O"): return leaveForm(screen, &state)
            case .character("n"), .character("N"), .escape: screen.isAskingToDiscard = false
            default: break
            }
            state.screen = .form(screen)
            return []
        }
        if let conflict = screen.conflict {
            switch key {
            case .enter:
                // Keep ours for the fields we changed, take theirs for the others, and save again.
                var merged = DossierForm(conflict.theirs.application)
                for field in FormField.allCases where screen.form.isChanged(field) {
                    merged.set(field, to: screen.form.value(field))
                }
                screen.form = merged
                screen.form.original = DossierForm.values(of: conflict.theirs.application)
                screen.editable = conflict.theirs
                screen.conflict = nil
                state.screen = .form(screen)
                return save(&screen, &state)
            case .escape:
                // Keep theirs: the form holds what is stored now, plus our changes to the fields they left alone.
                var merged = DossierForm(conflict.theirs.application)
                let theirs = Set(conflict.fields.map(\.field))
                for field in FormField.allCases where screen.form.isChanged(field) && !theirs.contains(field) {
                    merged.set(field, to: screen.form.value(field))
                }
                screen.form = merged
                screen.form.original = DossierForm.values(of: conflict.theirs.application)
                screen.editable = conflict.theirs
                screen.conflict = nil
                state.notice = T(.formTheirsKept)
            default: break
            }
            state.screen = .form(screen)
            return []
        }
        let field = screen.field
        let count = FormField.allCases.count
        switch key {
        case .up: move(&screen, to: screen.selected - 1)
        case .down, .tab: move(&screen, to: screen.selected + 1)
        case .backTab: move(&screen, to: screen.selected - 1)
        case .pageDown:
            let next = FormField.allCases.indices.first { $0 > screen.selected && FormField.allCases[$0].group != field.group }
            move(&screen, to: next ?? count - 1)
        case .pageUp:
            let group = FormField.allCases.indices.first { FormField.allCases[$0].group == field.group } ?? 0
            let target = group == screen.selected
                ? FormField.allCases.indices.first { FormField.allCases[$0].group == FormField.allCases[max(group - 1, 0)].group } ?? 0
                : group
            move(&screen, to: target)
        case .home: move(&screen, to: 0)
        case .end: move(&screen, to: count - 1)
        case .enter:
            if field.kind == .notes {
                state.screen = .form(screen)
                return [.runEditor(screen.form.value(.notes), field: .notes)]
            }
            move(&screen, to: min(screen.selected + 1, count - 1))
        case .control("e"):
            guard field.kind != .choice else { break }
            state.screen = .form(screen)
            return [.runEditor(screen.form.value(field), field: field)]
        case .control("s"), .function(2):
            state.screen = .form(screen)
            return save(&screen, &state)
        case .left: screen.form.cycle(field, by: -1)
        case .right: screen.form.cycle(field, by: 1)
        case .character(" ") where field.kind == .choice: screen.form.cycle(field, by: 1)
        case .character(let character): screen.form.type(character, into: field)
        case .backspace, .delete: screen.form.deleteBackward(in: field)
        case .control("u"): screen.form.clear(field)
        case .escape:
            if screen.form.hasChanges {
                screen.isAskingToDiscard = true
            } else {
                return leaveForm(screen, &state)
            }
        default: break
        }
        state.screen = .form(screen)
        return []
    }

    /// Leaves the selected field (checking it) for `index`.
    private static func move(_ screen: inout FormScreen, to index: Int) {
        let target = min(max(index, 0), FormField.allCases.count - 1)
        guard target != screen.selected else { return }
        screen.form.validate(screen.field)
        screen.selected = target
    }

    /// Ctrl-S: every field checked; the first in error is selected, else the save is asked for.
    private static func save(_ screen: inout FormScreen, _ state: inout AppState) -> [Effect] {
        guard let application = screen.form.applied(to: screen.editable.application) else {
            screen.form.validateAll()
            let wrong = screen.form.fieldsInError
            if let first = wrong.first, let index = FormField.allCases.firstIndex(of: first) { screen.selected = index }
            screen.error = T(.formFieldsToFix, wrong.count)
            state.screen = .form(screen)
            return []
        }
        if !screen.isNew && !screen.form.hasChanges {
            state.notice = T(.formNothingChanged)
            return leaveForm(screen, &state)
        }
        state.screen = .form(screen)
        return [.saveForm(application, versions: screen.editable.versions, isNew: screen.isNew)]
    }

    private static func leaveForm(_ screen: FormScreen, _ state: inout AppState) -> [Effect] {
        if let content = screen.returnTo {
            state.screen = .detail(content, scroll: screen.returnScroll)
        } else {
            state.screen = .panes
        }
        return []
    }

    // MARK: Results

    static func formSaved(_ outcome: FormOutcome, _ state: inout AppState) -> [Effect] {
        guard case .form(var screen) = state.screen else {
            if case .refused(let reason) = outcome { state.statusMessage = reason }
            return []
        }
        switch outcome {
        case .saved(let notice, let id):
            state.notice = notice
            _ = leaveForm(screen, &state)
            if screen.isNew {
                state.activePane = .dossiers
                return [.readChanges, .loadDetail(.dossier(id))]
            }
            // The detail is read again by the change this write made (`refreshOpenDetail`).
            return [.readChanges]
        case .conflict(let theirs):
            screen.conflict = FormConflict(theirs: theirs, read: screen.editable.application, form: screen.form)
            if screen.conflict?.fields.isEmpty ?? true {
                // Only versions moved (nothing shown differs): save again over the new versions.
                screen.editable = theirs
                screen.conflict = nil
                state.screen = .form(screen)
                return save(&screen, &state)
            }
        case .refused(let reason):
            screen.error = reason
        }
        state.screen = .form(screen)
        return []
    }

    static func editorFinished(_ field: FormField, _ outcome: EditorOutcome, _ state: inout AppState) {
        guard case .form(var screen) = state.screen else { return }
        switch outcome {
        case .edited(let text):
            // Editors end files with a line break: one is not part of the notes.
            var text = text
            if text.hasSuffix("\n") { text.removeLast() }
            if field.kind != .notes { text = text.replacingAll("\n", with: " ") }
            screen.form.set(field, to: text)
            screen.form.validate(field)
        case .failed(let reason):
            screen.error = reason
        }
        state.screen = .form(screen)
    }

    // MARK: History

    static func historyLoaded(_ id: Dossier.ID, number: String, _ entries: [DossierHistoryEntry], _ state: inout AppState) {
        guard case .detail(let content, _) = state.screen else { return }
        var lines: [DetailLine] = [.text(T(.historyIntro), emphasis: .dim), .blank]
        if entries.isEmpty { lines.append(.text(T(.none), emphasis: .dim)) }
        for entry in entries {
            lines.append(.field(AuditTimestamp.french(entry.timestamp), T(.historyLine, entry.login, entry.detail)))
        }
        state.screen = .history(DetailContent(title: T(.historyTitle, number), lines: lines, dossierID: id), scroll: 0,
                                returnTo: content)
    }

    // MARK: Filters of the Dossiers list

    static func openFacets(_ state: inout AppState) -> [Effect] {
        state.isEditingFilter = false
        state.activePane = .dossiers
        state.screen = .facets(FacetScreen(facets: state.query(.dossiers).facets))
        return [.loadInstructors]
    }

    static func handleFacets(_ key: Key, _ screen: FacetScreen, _ state: inout AppState) -> [Effect] {
        var screen = screen
        let lines = FacetScreen.Line.allCases.count
        switch key {
        case .up, .character("k"): screen.selected = max(screen.selected - 1, 0)
        case .down, .character("j"), .tab: screen.selected = min(screen.selected + 1, lines - 1)
        case .left: screen.cycle(by: -1, rows: state.data.dossiers, instructors: state.dossierInstructors)
        case .right, .character(" "): screen.cycle(by: 1, rows: state.data.dossiers, instructors: state.dossierInstructors)
        case .character("x"), .control("u"): screen.facets = DossierFacets()
        case .enter:
            var query = state.query(.dossiers)
            query.facets = screen.facets
            state.screen = .panes
            applyQuery(query, to: .dossiers, &state)
            return []
        case .escape:
            state.screen = .panes
            return []
        case .character("q"):
            state.wantsToQuit = true
        default: break
        }
        state.screen = .facets(screen)
        return []
    }

    static func instructorsLoaded(_ map: [Dossier.ID: [String]], _ state: inout AppState) {
        state.dossierInstructors = map
        if !state.query(.dossiers).facets.isEmpty { applyQuery(state.query(.dossiers), to: .dossiers, &state) }
    }
}
