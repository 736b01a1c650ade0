import GenLabelCore

/// Keys of a session's detail that record a fact, and of the date prompt they open (issue 4).
extension AppUpdate {
    /// `a`, `l`, `d` in a session's detail: opens the prompt, or says why it cannot be opened.
    static func openPrompt(_ fact: SessionFact, content: DetailContent, scroll: Int, _ state: inout AppState) {
        guard let editable = content.editableSession else {
            state.statusMessage = T(.promptNotHere)
            return
        }
        if state.isReadOnly {
            state.statusMessage = T(.storeReadOnly)
            return
        }
        guard state.actor.may(.editMonitoring) else {
            state.statusMessage = T(.storeForbidden, DomainText.permission(.editMonitoring))
            return
        }
        state.screen = .prompt(FactPrompt(fact: fact, editable: editable, today: state.today, returnTo: content,
                                          scroll: scroll))
    }

    static func handlePrompt(_ key: Key, _ prompt: FactPrompt, _ state: inout AppState) -> [Effect] {
        var prompt = prompt
        if prompt.isAskingToDiscard {
            switch key {
            case .character("o"), .character("O"):
                state.screen = .detail(prompt.returnTo, scroll: prompt.returnScroll)
            case .character("n"), .character("N"), .escape:
                prompt.isAskingToDiscard = false
                state.screen = .prompt(prompt)
            default: break
            }
            return []
        }
        if let theirs = prompt.conflict {
            switch key {
            case .enter:
                // Keep ours: write again over the version just read.
                guard let fact = prompt.validated(today: state.today) else { state.screen = .prompt(prompt); return [] }
                return [.recordFact(fact, session: theirs.session.id, expectedVersion: theirs.version)]
            case .escape:
                // Keep theirs: back to the detail, read again.
                state.screen = .detail(prompt.returnTo, scroll: prompt.returnScroll)
                return [.loadDetail(.session(theirs.session.id))]
            default: return []
            }
        }
        switch key {
        case .character(let character): prompt.type(character)
        case .backspace, .delete: prompt.deleteBackward()
        case .control("u"): prompt.clear()
        case .escape:
            if prompt.hasChanges {
                prompt.isAskingToDiscard = true
            } else {
                state.screen = .detail(prompt.returnTo, scroll: prompt.returnScroll)
                return []
            }
        case .enter:
            guard let fact = prompt.validated(today: state.today) else { break }
            state.screen = .prompt(prompt)
            return [.recordFact(fact, session: prompt.editable.session.id, expectedVersion: prompt.editable.version)]
        default: break
        }
        state.screen = .prompt(prompt)
        return []
    }

    static func finishWrite(_ outcome: WriteOutcome, _ state: inout AppState) -> [Effect] {
        guard case .prompt(var prompt) = state.screen else {
            if case .refused(let reason) = outcome { state.statusMessage = reason }
            return []
        }
        switch outcome {
        case .saved(let notice, _):
            state.notice = notice
            state.screen = .detail(prompt.returnTo, scroll: prompt.returnScroll)
            // The detail is read again by the change this write made (`refreshOpenDetail`).
            return [.readChanges]
        case .conflict(let theirs):
            prompt.conflict = theirs
            prompt.error = nil
            state.screen = .prompt(prompt)
        case .refused(let reason):
            prompt.error = reason
            state.screen = .prompt(prompt)
        }
        return []
    }
}
