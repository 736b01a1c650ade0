import GenLabelCore

/// Keys and results of the learners screens (issue 4): the session's list and the form.
extension AppUpdate {
    /// `e` in a session's detail: reads the learners, or says why they cannot be edited here. Learners
    /// are read only for a role allowed to record monitoring and to read personal data.
    static func openLearners(content: DetailContent, _ state: inout AppState) -> [Effect] {
        guard let editable = content.editableSession else {
            state.statusMessage = T(.lrnNotHere)
            return []
        }
        if state.isReadOnly {
            state.statusMessage = T(.storeReadOnly)
            return []
        }
        for permission in [Permission.readPersonalData, .editMonitoring] where !state.actor.may(permission) {
            state.statusMessage = T(.storeForbidden, DomainText.permission(permission))
            return []
        }
        return [.loadLearners(editable.session.id)]
    }

    static func learnersLoaded(_ session: TrainingSession.ID, _ learners: [VersionedLearner], _ state: inout AppState) {
        switch state.screen {
        case .detail(let content, let scroll):
            guard let editable = content.editableSession, editable.session.id == session else { return }
            state.screen = .learners(LearnerListScreen(session: editable.session, title: content.title, learners: learners,
                                                       returnTo: content, returnScroll: scroll))
        case .learners(var screen) where screen.session.id == session:
            // Read again after a write: the selection stays on the same learner when it is still there.
            let previous = screen.selectedLearner?.learner.id
            screen.learners = learners
            screen.selected = learners.firstIndex { $0.learner.id == previous } ?? min(screen.selected, max(learners.count - 1, 0))
            state.screen = .learners(screen)
        default:
            break
        }
    }

    static func handleLearnerList(_ key: Key, _ screen: LearnerListScreen, _ state: inout AppState) -> [Effect] {
        var screen = screen
        screen.error = nil
        if screen.isConfirmingRemoval {
            screen.isConfirmingRemoval = false
            if key == .character("o") || key == .character("O"), let learner = screen.selectedLearner {
                state.screen = .learners(screen)
                return [.writeLearner(.remove(learner.learner.id, session: screen.session.id, expectedVersion: learner.version))]
            }
            state.screen = .learners(screen)
            return []
        }
        switch key {
        case .escape:
            state.screen = .detail(screen.returnTo, scroll: screen.returnScroll)
            return [.loadDetail(.session(screen.session.id))]
        case .character("q"):
            state.wantsToQuit = true
            return []
        case .up, .character("k"): screen.selected = max(screen.selected - 1, 0)
        case .down, .character("j"): screen.selected = min(screen.selected + 1, max(screen.learners.count - 1, 0))
        case .home, .character("g"): screen.selected = 0
        case .end, .character("G"): screen.selected = max(screen.learners.count - 1, 0)
        case .pageUp: screen.selected = max(screen.selected - 10, 0)
        case .pageDown: screen.selected = min(screen.selected + 10, max(screen.learners.count - 1, 0))
        case .character("a"), .insert:
            state.screen = .learnerForm(LearnerForm(editing: nil, list: screen, today: state.today))
            return []
        case .enter:
            guard let learner = screen.selectedLearner else { break }
            state.screen = .learnerForm(LearnerForm(editing: learner, list: screen, today: state.today))
            return []
        case .character("x"), .delete:
            if screen.selectedLearner != nil { screen.isConfirmingRemoval = true }
        default: break
        }
        state.screen = .learners(screen)
        return []
    }

    static func handleLearnerForm(_ key: Key, _ form: LearnerForm, _ state: inout AppState) -> [Effect] {
        var form = form
        if form.isAskingToDiscard {
            switch key {
            case .character("o"), .character("O"):
                state.screen = .learners(form.returnTo)
                return []
            case .character("n"), .character("N"), .escape:
                form.isAskingToDiscard = false
            default: break
            }
            state.screen = .learnerForm(form)
            return []
        }
        if let theirs = form.conflict {
            switch key {
            case .enter, .function(2), .control("s"):
                // Keep mine: checked again, then written over the version just read.
                guard var learner = form.validated() else { break }
                learner.id = theirs.learner.id
                form.message = nil
                state.screen = .learnerForm(form)
                return [.writeLearner(.update(learner, expectedVersion: theirs.version))]
            case .escape:
                // Keep theirs: back to the list, read again.
                state.screen = .learners(form.returnTo)
                return [.loadLearners(form.sessionID)]
            default: break
            }
            state.screen = .learnerForm(form)
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
            guard let learner = form.validated() else { break }
            form.message = nil
            state.screen = .learnerForm(form)
            if let editing = form.editing {
                return [.writeLearner(.update(learner, expectedVersion: editing.version))]
            }
            return [.writeLearner(.add(learner))]
        case .escape:
            if form.hasChanges {
                form.isAskingToDiscard = true
            } else {
                state.screen = .learners(form.returnTo)
                return []
            }
        default: break
        }
        state.screen = .learnerForm(form)
        return []
    }

    static func finishLearnerWrite(_ outcome: LearnerWriteOutcome, _ state: inout AppState) -> [Effect] {
        switch (state.screen, outcome) {
        case (.learnerForm(let form), .saved(let notice, let session)):
            state.notice = notice
            state.screen = .learners(form.returnTo)
            return [.loadLearners(session), .readChanges]
        case (.learnerForm(var form), .conflict(let theirs)):
            if let theirs {
                form.conflict = theirs
                form.message = nil
            } else {
                form.message = T(.lrnRemovedMeanwhile)
            }
            state.screen = .learnerForm(form)
        case (.learnerForm(var form), .refused(let reason)):
            form.message = reason
            state.screen = .learnerForm(form)
        case (.learners, .saved(let notice, let session)):
            state.notice = notice
            return [.loadLearners(session), .readChanges]
        case (.learners(var screen), .conflict):
            screen.error = T(.lrnRemoveConflict)
            state.screen = .learners(screen)
            return [.loadLearners(screen.session.id)]
        case (.learners(var screen), .refused(let reason)):
            screen.error = reason
            state.screen = .learners(screen)
        case (_, .refused(let reason)):
            state.statusMessage = reason
        default:
            break
        }
        return []
    }
}
