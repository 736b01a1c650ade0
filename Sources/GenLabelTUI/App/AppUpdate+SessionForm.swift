import GenLabelCore

/// Keys and results of the session form (issue 4: `m` in a session's detail).
extension AppUpdate {
    /// `m` in a session's detail: opens its form, or says why it cannot be edited here.
    static func openSessionForm(content: DetailContent, scroll: Int, _ state: inout AppState) {
        guard let editable = content.editableSession else {
            state.statusMessage = T(.sesNotHere)
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
        state.screen = .sessionForm(SessionForm(editing: editable, today: state.today, returnTo: content, returnScroll: scroll))
    }

    static func handleSessionForm(_ key: Key, _ form: SessionForm, _ state: inout AppState) -> [Effect] {
        var form = form
        if form.isAskingToDiscard {
            switch key {
            case .character("o"), .character("O"):
                state.screen = .detail(form.returnTo, scroll: form.returnScroll)
                return []
            case .character("n"), .character("N"), .escape:
                form.isAskingToDiscard = false
            default: break
            }
            state.screen = .sessionForm(form)
            return []
        }
        if let theirs = form.conflict {
            switch key {
            case .enter, .function(2), .control("s"):
                // Keep mine for the fields I changed, theirs for the others; checked again, then written
                // over the version just read.
                let mine = form.draft.changedFields(from: form.original)
                var merged = SessionDraft(theirs.session)
                for field in mine { merged[field] = form.draft[field] }
                form.editing = theirs
                form.original = SessionDraft(theirs.session)
                form.draft = merged
                form.conflict = nil
                guard let session = form.validated() else { break }
                form.message = nil
                state.screen = .sessionForm(form)
                return [.writeSession(session, expectedVersion: theirs.version)]
            case .escape:
                // Keep theirs: back to the detail, read again.
                state.screen = .detail(form.returnTo, scroll: form.returnScroll)
                return [.loadDetail(.session(theirs.session.id))]
            default: break
            }
            state.screen = .sessionForm(form)
            return []
        }
        switch key {
        case .tab, .down, .enter: form.move(by: 1)
        case .backTab, .up: form.move(by: -1)
        case .right: form.cycle(by: 1)
        case .left: form.cycle(by: -1)
        case .character(let character): form.type(character)
        case .backspace, .delete: form.deleteBackward()
        case .control("u"): form.clearField()
        case .function(2), .control("s"):
            guard let session = form.validated() else { break }
            form.message = nil
            state.screen = .sessionForm(form)
            return [.writeSession(session, expectedVersion: form.editing.version)]
        case .escape:
            if form.hasChanges {
                form.isAskingToDiscard = true
            } else {
                state.screen = .detail(form.returnTo, scroll: form.returnScroll)
                return []
            }
        default: break
        }
        state.screen = .sessionForm(form)
        return []
    }

    static func finishSessionWrite(_ outcome: SessionWriteOutcome, _ state: inout AppState) -> [Effect] {
        guard case .sessionForm(var form) = state.screen else {
            if case .refused(let reason) = outcome { state.statusMessage = reason }
            return []
        }
        switch outcome {
        case .saved(let notice, _):
            state.notice = notice
            state.screen = .detail(form.returnTo, scroll: form.returnScroll)
            // The detail is read again by the change this write made (`refreshOpenDetail`).
            return [.readChanges]
        case .conflict(let theirs):
            if let theirs {
                form.conflict = theirs
                form.message = nil
            } else {
                form.message = T(.sesRemovedMeanwhile)
            }
            state.screen = .sessionForm(form)
        case .refused(let reason):
            form.message = reason
            state.screen = .sessionForm(form)
        }
        return []
    }
}
