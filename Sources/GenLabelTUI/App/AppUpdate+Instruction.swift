import GenLabelCore

/// Keys and results of the instruction screens (issue 3).
extension AppUpdate {
    static func instructionLoaded(_ file: InstructionFile, _ mode: InstructionScreen.Mode, _ state: inout AppState) {
        if case .instruction(var screen) = state.screen, screen.file != nil {
            // A reload after a write, or the next dossier of the queue: same screen, same line.
            screen.file = file
            screen.mode = mode
            screen.selected = min(screen.selected, max(screen.itemCount - 1, 0))
            state.screen = .instruction(screen)
            return
        }
        var returnTo: DetailContent?
        if case .detail(let content, _) = state.screen { returnTo = content }
        var screen = InstructionScreen(mode: mode, file: file, returnTo: returnTo)
        if mode == .grid {
            // Start on the first criterion this person has not graded yet.
            let mine = file.sheets.first { $0.grader == state.actor.login }
            screen.selected = (1...6).first { mine?.grade($0) == nil }.map { $0 - 1 } ?? 0
        }
        state.screen = .instruction(screen)
    }

    static func finishInstructionWrite(_ outcome: InstructionOutcome, _ state: inout AppState) -> [Effect] {
        guard case .instruction(var screen) = state.screen, let mode = Optional(screen.mode) else {
            switch outcome {
            case .refused(let reason): state.statusMessage = reason; return []
            case .saved(let notice, _): state.notice = notice; return [.readChanges]
            case .conflict, .conflictWith: return [.readChanges]
            }
        }
        // What was written (or what someone else wrote) shows at once in the lists, the alerts and a
        // ranking: only the changed records are read again (the change log), everything when it cannot tell.
        switch outcome {
        case .saved(let notice, let id):
            state.notice = notice
            return [.loadInstruction(.dossier(id, mode)), .readChanges]
        case .conflict(let id):
            screen.error = T(.instrConflict)
            state.screen = .instruction(screen)
            return [.loadInstruction(.dossier(id, mode)), .readChanges]
        case .conflictWith(let theirs, let write):
            screen.conflict = InstructionConflict(theirs: theirs, write: write)
            state.screen = .instruction(screen)
            return [.readChanges]
        case .refused(let reason):
            screen.error = reason
            state.screen = .instruction(screen)
            return []
        }
    }

    static func handleInstruction(_ key: Key, _ screen: InstructionScreen, _ state: inout AppState) -> [Effect] {
        var screen = screen
        screen.error = nil
        if let input = screen.input {
            return handleInput(key, input, &screen, &state)
        }
        if let conflict = screen.conflict {
            switch key {
            case .enter:
                // Keep ours: the same write again, over the version just read.
                screen.conflict = nil
                screen.file = conflict.theirs
                state.screen = .instruction(screen)
                return [.writeInstruction(conflict.write, dossier: conflict.theirs.dossier.id,
                                          expectedVersion: conflict.theirs.version)]
            case .escape:
                // Keep theirs: nothing written, the dossier as it is now.
                screen.conflict = nil
                screen.file = conflict.theirs
                screen.selected = min(screen.selected, max(screen.itemCount - 1, 0))
                state.notice = T(.conflictTheirsKept)
                state.screen = .instruction(screen)
            default: break
            }
            return []
        }
        if case .ranking = screen.mode, let effects = rankingFilterKey(key, &screen, &state) {
            return effects
        }
        switch key {
        case .escape:
            return back(screen, &state)
        case .character("q"):
            state.wantsToQuit = true
            return []
        case .character("n"), .pageDown, .character("p"), .pageUp:
            if screen.mode == .grid, let id = screen.file?.dossier.id {
                state.screen = .instruction(screen)
                return neighbour(of: id, by: key == .character("n") || key == .pageDown ? 1 : -1, &state)
            }
        default: break
        }
        let effects = instructionKey(key, &screen, state)
        state.screen = .instruction(screen)
        return effects
    }

    /// A key of an instruction screen that stays on it.
    private static func instructionKey(_ key: Key, _ screen: inout InstructionScreen, _ state: AppState) -> [Effect] {
        switch key {
        case .up, .character("k"):
            screen.selected = max(screen.selected - 1, 0)
            return []
        case .down, .character("j"):
            screen.selected = min(screen.selected + 1, max(screen.itemCount - 1, 0))
            return []
        default: break
        }
        switch screen.mode {
        case .checklist:
            guard let file = screen.file else { return [] }
            let criterion = screen.selected + 1
            switch key {
            case .character("o"), .character("x"):
                guard mayEdit(&screen, state) else { return [] }
                screen.input = TextInput(purpose: .decide(criterion: criterion, met: key == .character("o")))
            case .character("a"):
                guard mayEdit(&screen, state) else { return [] }
                return [.writeInstruction(.decide(criterion: criterion, met: nil, reason: ""), dossier: file.dossier.id,
                                          expectedVersion: file.version)]
            case .character("m"):
                // The notice to the applicant, ready to send: opened in the editor (nothing is written).
                guard let notice = AdmissibilityNotice.text(file, today: state.today, rules: state.rules) else {
                    screen.error = T(.instrNoNotice, file.admissibility(today: state.today, rules: state.rules).verdict.displayName)
                    return []
                }
                return [.showInEditor(notice)]
            default: break
            }
        case .grid:
            guard let file = screen.file else { return [] }
            let criterion = screen.selected + 1
            switch key {
            case .character(let c) where c.wholeNumberValue.map { (0...state.rules.instruction.maximumGrade).contains($0) } ?? false:
                guard mayEdit(&screen, state) else { return [] }
                // Refused before anything moves: the selection stays on the criterion not graded.
                guard [.admissible, .underReview].contains(file.dossier.state) else {
                    screen.error = T(.instrGradingClosed, file.dossier.state.displayName)
                    return []
                }
                screen.selected = min(screen.selected + 1, 5)
                return [.writeInstruction(.grade(criterion: criterion, value: c.wholeNumberValue, comment: nil),
                                          dossier: file.dossier.id, expectedVersion: file.version)]
            case .character("c"):
                guard mayEdit(&screen, state) else { return [] }
                let mine = file.sheets.first { $0.grader == state.actor.login }?.grade(criterion)
                screen.input = TextInput(purpose: .comment(criterion: criterion), text: mine?.comment ?? "")
            default: break
            }
        case .transitions:
            guard let file = screen.file, key == .enter, screen.targets.indices.contains(screen.selected) else { return [] }
            guard mayEdit(&screen, state) else { return [] }
            let target = screen.targets[screen.selected]
            // Refusals other than a missing reason are told before anything is typed.
            if let refusal = file.refusal(to: target, reason: "…", today: state.today, rules: state.rules) {
                screen.error = refusal
                return []
            }
            if target == .labelled {
                screen.input = TextInput(purpose: .convention(dossiers: []), text: state.today.french)
            } else {
                screen.input = TextInput(purpose: .transition(target))
            }
        case .committees:
            guard screen.committees.indices.contains(screen.selected) else { return [] }
            let item = screen.committees[screen.selected]
            let committee = item.committee
            switch key {
            case .enter:
                return [.loadInstruction(.ranking(committee.id, date: committee.date))]
            case .character("w"):
                guard mayEdit(&screen, state) else { return [] }
                if let collected = committee.listCollectedOn {
                    screen.error = T(.instrWeightsFrozen, collected.french)
                    return []
                }
                screen.input = TextInput(purpose: .weights(committee.id, date: committee.date),
                                         text: item.weights.values.map(String.init).joined(separator: " "))
            case .character("l"):
                guard mayEdit(&screen, state) else { return [] }
                if let collected = committee.listCollectedOn {
                    screen.error = T(.instrAlreadyCollected, collected.french)
                    return []
                }
                screen.input = TextInput(purpose: .collect(committee.id, date: committee.date), text: state.today.french)
            default: break
            }
        case .ranking:
            let shown = screen.shownRanking
            guard shown.indices.contains(screen.selected) else { return [] }
            let selected = shown[screen.selected].candidate.dossierID
            switch key {
            case .enter: return [.loadDetail(.dossier(selected))]
            case .character(" "):
                if screen.marked.contains(selected) { screen.marked.remove(selected) } else { screen.marked.insert(selected) }
                screen.selected = min(screen.selected + 1, max(screen.itemCount - 1, 0))
            case .character("L"), .character("R"), .character("A"):
                guard mayEdit(&screen, state) else { return [] }
                // The marked dossiers, in rank order; none marked: the selected one.
                let marked = screen.ranking.map(\.candidate.dossierID).filter { screen.marked.contains($0) }
                let dossiers = marked.isEmpty ? [selected] : marked
                switch key {
                case .character("L"): screen.input = TextInput(purpose: .convention(dossiers: dossiers), text: state.today.french)
                case .character("R"): screen.input = TextInput(purpose: .bulk(.rejected, dossiers: dossiers))
                default: screen.input = TextInput(purpose: .bulk(.deferred, dossiers: dossiers))
                }
            default: break
            }
        }
        return []
    }

    /// `/` in a ranked list: filters it as you type (like the lists: `Entrée` keeps the filter, `Échap`
    /// clears it; `Échap` again goes back). Nil when the key is not the filter's.
    private static func rankingFilterKey(_ key: Key, _ screen: inout InstructionScreen, _ state: inout AppState) -> [Effect]? {
        if screen.isTypingFilter {
            switch key {
            case .character(let c):
                if screen.rankingFilter.count < 100 { screen.rankingFilter.append(c) }
            case .backspace, .delete:
                if !screen.rankingFilter.isEmpty { screen.rankingFilter.removeLast() }
            case .control("u"):
                screen.rankingFilter = ""
            case .enter:
                screen.isTypingFilter = false
            case .escape:
                screen.isTypingFilter = false
                screen.rankingFilter = ""
            default:
                return []
            }
            screen.selected = min(screen.selected, max(screen.itemCount - 1, 0))
            if key != .enter { screen.selected = 0 }
            state.screen = .instruction(screen)
            return []
        }
        switch key {
        case .character("/"):
            screen.isTypingFilter = true
        case .escape where !screen.rankingFilter.isEmpty:
            // The selected dossier stays selected in the whole list.
            let selected = screen.shownRanking.indices.contains(screen.selected) ? screen.shownRanking[screen.selected] : nil
            screen.rankingFilter = ""
            screen.selected = selected.flatMap { item in screen.ranking.firstIndex { $0 == item } } ?? 0
        default:
            return nil
        }
        state.screen = .instruction(screen)
        return []
    }

    /// After a committee's write: the committees read again (and the lists: scores and alerts follow).
    static func committeeWritten(_ outcome: CommitteeWriteOutcome, _ state: inout AppState) -> [Effect] {
        switch outcome {
        case .saved(let notice):
            state.notice = notice
            return [.loadInstruction(.committees), .readChanges]
        case .refused(let reason):
            guard case .instruction(var screen) = state.screen else { state.statusMessage = reason; return [] }
            screen.error = reason
            state.screen = .instruction(screen)
            return []
        }
    }

    /// After a decision on dossiers of a ranked list: what was decided and what was refused, the list read again.
    static func bulkDecided(_ outcome: BulkOutcome, _ state: inout AppState) -> [Effect] {
        guard case .instruction(var screen) = state.screen, case .ranking(let id, let date) = screen.mode else {
            return [.readChanges]
        }
        screen.marked = []
        if !outcome.decided.isEmpty { state.notice = T(.bulkDecided, outcome.decided.count, outcome.decided.joined(separator: ", ")) }
        screen.error = outcome.refused.isEmpty ? nil : T(.bulkRefused, outcome.refused.count, outcome.refused.joined(separator: " ; "))
        state.screen = .instruction(screen)
        return [.loadInstruction(.ranking(id, date: date)), .readChanges]
    }

    private static func handleInput(_ key: Key, _ input: TextInput, _ screen: inout InstructionScreen,
                                    _ state: inout AppState) -> [Effect] {
        var input = input
        var effects: [Effect] = []
        if input.confirmingDiscard {
            switch key {
            case .character("o"), .character("O"): screen.input = nil
            case .character("n"), .character("N"), .escape:
                input.confirmingDiscard = false
                screen.input = input
            default: screen.input = input
            }
            state.screen = .instruction(screen)
            return []
        }
        switch key {
        case .character(let character):
            if input.text.count < 300 { input.text.append(character) }
            screen.input = input
        case .backspace, .delete:
            if !input.text.isEmpty { input.text.removeLast() }
            screen.input = input
        case .control("u"):
            input.text = ""
            screen.input = input
        case .escape:
            // Something typed is not lost without asking.
            if input.text != input.initial {
                input.confirmingDiscard = true
                screen.input = input
            } else {
                screen.input = nil
            }
        case .enter:
            let text = input.text.trimmingWhitespace
            var convention: CalendarDate?
            if case .convention = input.purpose {
                guard let date = CalendarDate(french: text) else {
                    screen.error = T(.promptBadDate, text)
                    screen.input = input
                    break
                }
                guard date <= state.today else {
                    screen.error = T(.decisionConventionFuture, date.french)
                    screen.input = input
                    break
                }
                convention = date
            }
            // Each dossier of a ranked list is decided over the version the list showed.
            let shown = Dictionary(screen.ranking.map { ($0.candidate.dossierID, $0.candidate.version) },
                                   uniquingKeysWith: { a, _ in a })
            switch input.purpose {
            case .weights(let committee, _):
                let pieces = text.split { " /;·,".contains($0) }.map(String.init)
                let values = pieces.compactMap { Int($0) }
                guard values.count == 6, pieces.count == 6, values.allSatisfy({ $0 >= 0 }) else {
                    screen.error = T(.instrWeightsFormat, text)
                    screen.input = input
                    state.screen = .instruction(screen)
                    return []
                }
                screen.input = nil
                state.screen = .instruction(screen)
                return [.writeCommittee(.weights(CriterionWeights(values)), committee: committee)]
            case .collect(let committee, _):
                guard let day = CalendarDate(french: text) else {
                    screen.error = T(.promptBadDate, text)
                    screen.input = input
                    state.screen = .instruction(screen)
                    return []
                }
                screen.input = nil
                state.screen = .instruction(screen)
                return [.writeCommittee(.collect(on: day), committee: committee)]
            case .convention(let dossiers) where !dossiers.isEmpty:
                screen.input = nil
                effects = [.decideMany(dossiers, .labelled, reason: "", conventionOn: convention,
                                       versions: shown.filter { dossiers.contains($0.key) })]
                state.screen = .instruction(screen)
                return effects
            case .bulk(let target, let dossiers):
                screen.input = nil
                effects = [.decideMany(dossiers, target, reason: text, conventionOn: nil,
                                       versions: shown.filter { dossiers.contains($0.key) })]
                state.screen = .instruction(screen)
                return effects
            default: break
            }
            guard let file = screen.file else { screen.input = nil; break }
            let write: InstructionWrite
            switch input.purpose {
            case .decide(let criterion, let met): write = .decide(criterion: criterion, met: met, reason: text)
            case .comment(let criterion): write = .grade(criterion: criterion, value: nil, comment: text)
            case .transition(let target): write = .transition(target, reason: text)
            case .convention, .bulk, .weights, .collect: write = .label(conventionOn: convention ?? state.today, reason: "")
            }
            screen.input = nil
            effects = [.writeInstruction(write, dossier: file.dossier.id, expectedVersion: file.version)]
        default:
            screen.input = input
        }
        state.screen = .instruction(screen)
        return effects
    }

    /// Échap: back to the dossier's detail (read again), from a ranking to the committees, else the lists.
    private static func back(_ screen: InstructionScreen, _ state: inout AppState) -> [Effect] {
        switch screen.mode {
        case .ranking:
            if let committees = screen.returnCommittees {
                var previous = InstructionScreen(mode: .committees)
                previous.committees = committees
                previous.selected = committees.firstIndex { if case .ranking(let id, _) = screen.mode { return $0.committee.id == id }; return false } ?? 0
                state.screen = .instruction(previous)
            } else {
                state.screen = .panes
            }
            return []
        case .committees:
            state.screen = .panes
            return [.reloadData]
        default:
            if let content = screen.returnTo { state.screen = .detail(content, scroll: 0) } else { state.screen = .panes }
            guard let id = screen.file?.dossier.id else { return [] }
            return [.loadDetail(.dossier(id))]
        }
    }

    /// Whether this person may change dossiers here; if not, says why on the screen.
    private static func mayEdit(_ screen: inout InstructionScreen, _ state: AppState) -> Bool {
        if state.isReadOnly {
            screen.error = T(.storeReadOnly)
            return false
        }
        guard state.actor.may(.editDossiers) else {
            screen.error = T(.storeForbidden, DomainText.permission(.editDossiers))
            return false
        }
        return true
    }

    /// The next (or previous) dossier of the Dossiers list, as filtered and sorted: the triage queue.
    /// The list's selection follows, so going back to the list finds the place.
    private static func neighbour(of id: Dossier.ID, by delta: Int, _ state: inout AppState) -> [Effect] {
        let order = state.order(.dossiers)
        guard let position = order.firstIndex(where: { state.data.dossiers[$0].id == id }) else { return [] }
        let target = position + delta
        guard order.indices.contains(target) else {
            if case .instruction(var screen) = state.screen {
                screen.error = T(delta > 0 ? .instrQueueEnd : .instrQueueStart)
                state.screen = .instruction(screen)
            }
            return []
        }
        var cursor = state.cursor(.dossiers)
        cursor.select(target, count: order.count,
                      visibleRows: MainLayout(size: state.size, active: state.activePane).visibleRows(.dossiers))
        state.cursors[.dossiers] = cursor
        if case .instruction(var screen) = state.screen {
            screen.returnTo = nil
            state.screen = .instruction(screen)
        }
        return [.loadInstruction(.dossier(state.data.dossiers[order[target]].id, .grid))]
    }
}
