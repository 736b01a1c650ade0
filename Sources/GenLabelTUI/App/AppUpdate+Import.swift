import GenLabelCore

/// Keys and results of the import screen (issue 5). The file is only read by the effect layer: the
/// update asks for a dry run, shows what it found, and asks for the import when `Entrée` confirms.
extension AppUpdate {
    /// `i` in the lists: for the roles that may import, on a database open for writing.
    static func openImport(_ state: inout AppState) {
        if state.isReadOnly {
            state.statusMessage = T(.storeReadOnly)
            return
        }
        guard state.actor.may(.importData) else {
            state.statusMessage = T(.storeForbidden, DomainText.permission(.importData))
            return
        }
        state.isEditingFilter = false
        state.screen = .importFile(ImportScreen())
    }

    /// Why this person may not import `kind` (learners carry personal data), or nil.
    static func importRefusal(_ kind: ImportKind, _ actor: Actor) -> String? {
        for permission in kind.requiredPermissions where !actor.may(permission) {
            return T(.storeForbidden, DomainText.permission(permission))
        }
        return nil
    }

    static func handleImport(_ key: Key, _ screen: ImportScreen, _ state: inout AppState) -> [Effect] {
        var screen = screen
        switch screen.step {
        case .kind:
            let last = ImportScreen.kinds.count - 1
            switch key {
            case .escape:
                state.screen = .panes
                return []
            case .character("q"):
                state.wantsToQuit = true
                return []
            case .up, .character("k"): screen.selected = max(screen.selected - 1, 0)
            case .down, .character("j"): screen.selected = min(screen.selected + 1, last)
            case .home, .character("g"): screen.selected = 0
            case .end, .character("G"): screen.selected = last
            case .enter:
                screen.error = importRefusal(screen.kind, state.actor)
                if screen.error == nil { screen.step = .path }
            default: break
            }
        case .path:
            switch key {
            case .escape:
                screen.step = .kind
                screen.error = nil
            case .enter:
                guard !screen.path.trimmingWhitespace.isEmpty else {
                    screen.error = T(.impEmptyPath)
                    break
                }
                return run(screen.request(dryRun: true), &screen, &state)
            case .tab:
                state.screen = .importFile(screen)
                return [.listImportDirectory(typed: screen.path)]
            case .character(let character):
                screen.path.append(character)
                screen.error = nil
                screen.completions = []
            case .backspace:
                if !screen.path.isEmpty { screen.path.removeLast() }
                screen.error = nil
                screen.completions = []
            case .control("u"):
                // As in the forms: the path typed is emptied.
                screen.path = ""
                screen.error = nil
                screen.completions = []
            default: break
            }
        case .reading, .writing:
            // The importer is running: nothing to do until it answers.
            return []
        case .preview(let outcome):
            switch key {
            case .escape:
                state.screen = .panes
                state.notice = T(.impCancelled)
                return []
            case .character("q"):
                state.wantsToQuit = true
                return []
            case .enter:
                // Without errors, the import; with errors, the file read again (once corrected).
                if case .imported = outcome { return run(screen.request(dryRun: false), &screen, &state) }
                return run(screen.request(dryRun: true), &screen, &state)
            default:
                guard let action = KeyBindings.action(for: key, in: .detail),
                      let moved = scrolled(ImportView.content(screen), from: screen.scroll, by: action, state) else { return [] }
                screen.scroll = moved
            }
        }
        state.screen = .importFile(screen)
        return []
    }

    /// Tab's answer: the path extended as far as the directory's entries agree, the candidates listed
    /// when several remain. Ignored if the path changed meanwhile or the screen is gone.
    static func importPathCompleted(_ typed: String, _ entries: [PathCompletion.Entry], _ state: inout AppState) {
        guard case .importFile(var screen) = state.screen, screen.step == .path, screen.path == typed else { return }
        if let completion = PathCompletion.complete(typed, entries: entries) {
            screen.path = completion.path
            screen.completions = completion.candidates
            screen.error = nil
        } else {
            screen.completions = []
            screen.error = T(.impNoCompletion)
        }
        state.screen = .importFile(screen)
    }

    /// Shows "Lecture…" (or "Écriture…") and asks the effect layer for the import.
    private static func run(_ request: ImportRequest, _ screen: inout ImportScreen, _ state: inout AppState) -> [Effect] {
        screen.error = nil
        screen.step = request.dryRun ? .reading : .writing
        state.screen = .importFile(screen)
        return [.runImport(request)]
    }

    /// A dry run shows its preview; an import done goes back to the lists, which read what changed.
    static func importRan(_ request: ImportRequest, _ outcome: ImportRunOutcome, _ state: inout AppState) -> [Effect] {
        var written: ImportSummary?
        if !request.dryRun, case .ran(.imported(let summary, _)) = outcome { written = summary }
        guard case .importFile(var screen) = state.screen else { return written == nil ? [] : [.readChanges] }
        if let summary = written {
            let name = request.path.split(separator: "/").last.map(String.init) ?? request.path
            state.screen = .panes
            state.notice = T(.importDone, request.kind.displayName, name, summary.created, summary.updated, summary.unchanged)
            return [.readChanges]
        }
        switch outcome {
        case .failed(let message):
            screen.step = .path
            screen.error = message
        case .ran(let result):
            // A dry run, or an import refused because the file changed since its preview: nothing written.
            screen.step = .preview(result)
            screen.scroll = 0
        }
        state.screen = .importFile(screen)
        return []
    }
}
