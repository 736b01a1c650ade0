import GenLabelCore

/// Draws the instruction screens as a detail (title, lines) with the selected line marked `▶`, an input
/// box when a reason or comment is typed, and their own footer. `content` is pure and tested as text.
enum InstructionView {
    static let marker = "▶ "
    static let noMarker = "  "

    static func content(_ screen: InstructionScreen, state: AppState) -> DetailContent {
        var lines: [DetailLine] = []
        let title: String
        switch screen.mode {
        case .checklist:
            guard let file = screen.file else { return DetailContent(title: "", lines: lines) }
            title = T(.instrChecklistTitle, file.dossier.number)
            lines += checklist(file, selected: screen.selected, state: state)
        case .grid:
            guard let file = screen.file else { return DetailContent(title: "", lines: lines) }
            title = T(.instrGridTitle, file.dossier.number)
            lines += grid(file, selected: screen.selected, state: state)
        case .transitions:
            guard let file = screen.file else { return DetailContent(title: "", lines: lines) }
            title = T(.instrTransitionsTitle, file.dossier.number)
            lines += transitions(file, targets: screen.targets, selected: screen.selected, state: state)
        case .committees:
            title = T(.instrCommitteesTitle)
            lines += committees(screen.committees, selected: screen.selected, state: state)
        case .ranking(_, let date):
            title = T(.instrRankingTitle, date.french)
            if screen.isTypingFilter || !screen.rankingFilter.isEmpty {
                let shown = screen.shownRanking.count
                lines.append(.field(T(.instrRankingFilter),
                                    screen.rankingFilter + (screen.isTypingFilter ? "▏" : "") + " ("
                                        + T(.filteredCount, shown, screen.ranking.count) + ")",
                                    emphasis: .input))
            }
            lines += ranking(screen.shownRanking, selected: screen.selected, marked: screen.marked)
        }
        return DetailContent(title: title, lines: lines)
    }

    private static func mark(_ selected: Bool, _ label: String) -> String { (selected ? marker : noMarker) + label }

    private static func role(_ result: CriterionResult) -> StyleRole {
        switch result {
        case .met: return .success
        case .notMet: return .error
        case .toCheck: return .warning
        }
    }

    private static func header(_ file: InstructionFile) -> [DetailLine] {
        let application = file.application
        return [
            .field(T(.fieldTraining), "\(application.training.title) — \(application.training.commune)"),
            .field(T(.fieldState), application.dossier.state.displayName, emphasis: .value),
            .field(T(.fieldCommittee), file.committee.map { $0.date.french } ?? T(.none)),
            .blank,
        ]
    }

    static func checklist(_ file: InstructionFile, selected: Int, state: AppState) -> [DetailLine] {
        let report = file.admissibility(today: state.today, rules: state.rules)
        var lines = header(file)
        let verdict = report.verdict
        let verdictRole: StyleRole
        switch verdict {
        case .admissible: verdictRole = .success
        case .inadmissible: verdictRole = .error
        case .pending: verdictRole = .warning
        }
        lines.append(.field(T(.instrVerdict), verdict.displayName, emphasis: verdictRole))
        if case .inadmissible(let reasons) = verdict {
            for reason in reasons { lines.append(.text("  • " + reason, emphasis: .error)) }
        }
        lines.append(.blank)
        for evaluation in report.criteria {
            let index = evaluation.number - 1
            let how = evaluation.isAutomatic ? "" : T(.instrManualMark)
            lines.append(.field(mark(index == selected, "\(evaluation.number). \(evaluation.text.title)"),
                                "\(evaluation.result.displayName)\(how) — \(evaluation.why)", emphasis: role(evaluation.result)))
            if let decision = evaluation.decision {
                let kind = evaluation.isOverride ? T(.instrOverride) : T(.instrDecision)
                let reason = decision.reason.isEmpty ? "" : T(.instrReasonSuffix, decision.reason)
                lines.append(.field(noMarker, T(.instrDecisionLine, kind, (decision.met ? CriterionResult.met : .notMet).displayName,
                                                decision.login, decision.decidedOn.french, reason), emphasis: .dim))
            }
            if index == selected { lines.append(.text(evaluation.text.detail, emphasis: .dim)) }
        }
        return lines
    }

    static func grid(_ file: InstructionFile, selected: Int, state: AppState) -> [DetailLine] {
        let score = file.score(rules: state.rules)
        var lines = header(file)
        let mean = score.mean.map { DetailBuilder.formatScore(ScoreFormula.rounded($0)) } ?? T(.notApplicable)
        lines.append(.field(T(.fieldScore), mean, emphasis: .value))
        if score.graders.count > 1 {
            let spread = DetailBuilder.formatScore(ScoreFormula.rounded(score.spread))
            lines.append(.field(T(.instrSpread), score.isFlagged ? T(.instrSpreadFlagged, spread) : spread,
                                emphasis: score.isFlagged ? .warning : .value))
        }
        for grader in score.graders {
            let value = grader.score.map { DetailBuilder.formatScore(ScoreFormula.rounded($0)) } ?? T(.instrIncomplete, grader.graded)
            lines.append(.field(T(.instrGrader, grader.grader), value))
        }
        if file.weights != .equal {
            lines.append(.field(T(.instrWeights), file.weights.values.map(String.init).joined(separator: " · ")))
        }
        lines.append(.blank)
        let me = state.actor.login
        for criterion in 1...6 {
            let text = CriterionCatalog.selection[criterion - 1]
            let mine = file.sheets.first { $0.grader == me }?.grade(criterion)
            var parts = [T(.instrMyGrade, mine.map { String($0.value) } ?? "—")]
            for sheet in file.sheets where sheet.grader != me {
                parts.append("\(sheet.grader) : \(sheet.grade(criterion).map { String($0.value) } ?? "—")")
            }
            lines.append(.field(mark(criterion - 1 == selected, "\(criterion). \(text.title)"), parts.joined(separator: " · "),
                                emphasis: mine == nil ? .warning : .value))
            for sheet in file.sheets {
                if let comment = sheet.grade(criterion)?.comment, !comment.isEmpty {
                    lines.append(.field(noMarker, "\(sheet.grader) : « \(comment) »", emphasis: .dim))
                }
            }
            guard criterion - 1 == selected else { continue }
            lines.append(.text(text.detail, emphasis: .dim))
            if criterion == 1 {
                let hint = SelectionHints.neededJobs(for: file.application.training)
                lines.append(.field(noMarker + T(.fieldNeededJob),
                                    hint.isNeeded ? T(.neededJobYes) : T(.neededJobNo), emphasis: hint.isNeeded ? .success : .warning))
                lines.append(.field(noMarker + T(.instrNeededJobs, hint.region),
                                    hint.jobs.isEmpty ? T(.none) : hint.jobs.joined(separator: " ; ")))
            }
            if criterion == 5 {
                let share = SelectionHints.supportShare(hours: file.application.training.hours,
                                                         supportHours: file.application.content.supportHours, rules: state.rules)
                let text = share.map { T(.instrSupportShare, file.application.content.supportHours ?? 0,
                                         file.application.training.hours, formatPercent($0.percent),
                                         state.rules.instruction.minimumSupportSharePercent) } ?? T(.notApplicable)
                lines.append(.field(noMarker + T(.cfSupportHours), text,
                                    emphasis: share.map { $0.isEnough ? .success : .warning } ?? .warning))
            }
        }
        return lines
    }

    static func transitions(_ file: InstructionFile, targets: [DossierState], selected: Int, state: AppState) -> [DetailLine] {
        var lines = header(file)
        lines.append(.section(T(.instrPossible)))
        if targets.isEmpty { lines.append(.text(T(.lcNoWayOut, file.dossier.state.displayName), emphasis: .dim)) }
        for (index, target) in targets.enumerated() {
            let refusal = file.refusal(to: target, reason: "…", today: state.today, rules: state.rules)
            var value = refusal ?? T(.instrAllowed)
            if refusal == nil, DossierLifecycle.isReversal(from: file.dossier.state, to: target) || target == .withdrawn {
                value = T(.instrAllowedWithReason)
            }
            if refusal == nil, target == .submitted, let committee = file.submissionCommittee(today: state.today, rules: state.rules) {
                value += " — " + T(.instrGoesTo, committee.date.french, committee.cutoff(state.rules).french)
            }
            lines.append(.field(mark(index == selected, target.displayName), value, emphasis: refusal == nil ? .success : .dim))
        }
        lines += [.blank, .section(T(.instrHistory))]
        if file.transitions.isEmpty { lines.append(.text(T(.none), emphasis: .dim)) }
        for step in file.transitions {
            let reason = step.reason.isEmpty ? "" : T(.instrReasonSuffix, step.reason)
            lines.append(.field(step.on.french, T(.instrHistoryLine, step.from.displayName, step.to.displayName, step.login, reason)))
        }
        return lines
    }

    static func committees(_ overview: [CommitteeOverview], selected: Int, state: AppState) -> [DetailLine] {
        var lines: [DetailLine] = []
        if overview.isEmpty { lines.append(.text(T(.none), emphasis: .dim)) }
        for (index, item) in overview.enumerated() {
            let cutoff = item.committee.hasExplicitCutoff ? T(.cutoffExplicit, item.cutoff.french) : T(.cutoffRule, item.cutoff.french)
            var value = T(.instrCollection, cutoff)
            if item.takesSubmissionsToday { value += " · " + T(.instrTakesToday) }
            if item.weightsFrozen { value += " · " + T(.instrFrozen) }
            lines.append(.field(mark(index == selected, item.committee.date.french), value,
                                emphasis: item.takesSubmissionsToday ? .success : .value))
            let counts = DossierState.allCases.compactMap { s in item.counts[s].map { "\(s.displayName) \($0)" } }
            lines.append(.field(noMarker, counts.isEmpty ? T(.instrNoDossier) : counts.joined(separator: " · "), emphasis: .dim))
            if item.weights != .equal {
                lines.append(.field(noMarker, T(.instrWeightsLine, item.weights.values.map(String.init).joined(separator: " · ")),
                                    emphasis: .dim))
            }
            if !item.missedCutoff.isEmpty {
                lines.append(.field(noMarker, T(.instrMissed, item.missedCutoff.count, item.missedCutoff.joined(separator: ", ")),
                                    emphasis: .warning))
            }
        }
        return lines
    }

    static func ranking(_ ranking: [RankedDossier], selected: Int, marked: Set<Dossier.ID> = []) -> [DetailLine] {
        var lines: [DetailLine] = [.text(T(.instrRankingRule), emphasis: .dim)]
        if !marked.isEmpty { lines.append(.text(T(.bulkMarked, marked.count), emphasis: .warning)) }
        lines.append(.blank)
        if ranking.isEmpty { lines.append(.text(T(.instrRankingEmpty), emphasis: .dim)) }
        for (index, item) in ranking.enumerated() {
            let c = item.candidate
            var parts = [DetailBuilder.formatScore(ScoreFormula.rounded(c.score)),
                         T(.instrSpreadShort, DetailBuilder.formatScore(ScoreFormula.rounded(c.spread))) + (c.isFlagged ? " ⚑" : ""),
                         c.state.displayName, RegionCatalog.name(of: c.regionCode)]
            if c.locatedInQPVOrZRR { parts.append("QPV/ZRR") }
            parts.append(c.trainingTitle)
            parts.append(c.job)
            let box = marked.isEmpty ? "" : (marked.contains(c.dossierID) ? "[x] " : "[ ] ")
            lines.append(.field(mark(index == selected, box + "\(item.rank). \(c.number)"), parts.joined(separator: " · "),
                                emphasis: marked.contains(c.dossierID) ? .input : c.isFlagged ? .warning : .value))
        }
        return lines
    }

    static func formatPercent(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        return tenths % 10 == 0 ? "\(tenths / 10)" : "\(tenths / 10),\(tenths % 10)"
    }

    /// The screen line of the selected item, to keep it in view.
    static func selectedLine(_ content: DetailContent, width: Int) -> Int {
        var count = 0
        for line in content.lines {
            if case .field(let label, _, _) = line, label.hasPrefix(marker) { return count }
            count += DetailView.lineCount(DetailContent(title: "", lines: [line]), width: width)
        }
        return 0
    }

    static func render(_ screen: InstructionScreen, state: AppState, in body: Rect, into buffer: inout Buffer) {
        let content = content(screen, state: state)
        let width = DetailView.textWidth(in: body)
        let visible = max(body.height - 2, 1)
        let scroll = max(0, selectedLine(content, width: width) - visible / 3)
        DetailView.render(content, scroll: scroll, in: body, into: &buffer)
        if let input = screen.input { renderInput(input, in: body, into: &buffer) }
        // After the input box: a refused value is said over its bottom line, in view.
        if let error = screen.error { renderError(error, in: body, into: &buffer) }
        if let conflict = screen.conflict { renderConflict(conflictLines(conflict, state: state), in: body, into: &buffer) }
    }

    /// Why the last action was refused: over the bottom lines of the frame, always in view.
    static func renderError(_ error: String, in body: Rect, into buffer: inout Buffer) {
        let area = DetailView.textArea(in: body)
        guard area.width > 4, area.height > 2 else { return }
        let pieces = Array(TextLayout.wrap("⚠ " + error, width: area.width).prefix(max(area.height / 3, 1)))
        let top = area.y + area.height - pieces.count
        for (row, piece) in pieces.enumerated() {
            buffer.fill(Rect(x: area.x, y: top + row, width: area.width, height: 1), role: .normal)
            buffer.write(piece, x: area.x, y: top + row, maxWidth: area.width, role: .error)
        }
    }

    static func inputTitle(_ input: TextInput) -> String {
        switch input.purpose {
        case .decide(let criterion, let met):
            return T(.instrInputDecide, criterion, (met ? CriterionResult.met : .notMet).displayName)
        case .comment(let criterion): return T(.instrInputComment, criterion)
        case .transition(let target): return T(.instrInputTransition, target.displayName)
        case .convention(let dossiers): return T(.decisionConventionTitle, max(dossiers.count, 1))
        case .bulk(let target, let dossiers): return T(.bulkInputTitle, target.displayName, dossiers.count)
        case .weights(_, let date): return T(.instrInputWeights, date.french)
        case .collect(_, let date): return T(.instrInputCollect, date.french)
        }
    }

    /// What someone else changed and what this person asked for, for the conflict box.
    static func conflictLines(_ conflict: InstructionConflict, state: AppState) -> [(String, StyleRole)] {
        let theirs = conflict.theirs
        let mine = state.actor.login
        let (what, their, yours): (String, String, String)
        switch conflict.write {
        case .decide(let criterion, let met, _):
            let report = theirs.admissibility(today: state.today, rules: state.rules)
            what = T(.conflictCriterion, criterion)
            their = report.criteria[criterion - 1].result.displayName
            yours = met.map { ($0 ? CriterionResult.met : .notMet).displayName } ?? T(.instrAutomatic, report.criteria[criterion - 1].automatic.displayName)
        case .grade(let criterion, let value, let comment):
            let grade = theirs.sheets.first { $0.grader == mine }?.grade(criterion)
            what = T(.conflictGrade, criterion)
            if value == nil, let comment {
                their = grade.map { "« \($0.comment) »" } ?? "—"
                yours = "« \(comment) »"
            } else {
                their = grade.map { String($0.value) } ?? "—"
                yours = value.map(String.init) ?? "—"
            }
        case .transition(let target, _):
            what = T(.fieldState)
            their = theirs.dossier.state.displayName
            yours = target.displayName
        case .label(let convention, _):
            what = T(.fieldState)
            their = theirs.dossier.state.displayName
            yours = DossierState.labelled.displayName + " (" + convention.french + ")"
        }
        return [(T(.conflictIntro, theirs.dossier.state.displayName), .warning),
                (T(.conflictTheirs, what, their), .value), (T(.conflictYours, what, yours), .value),
                (T(.conflictChoice), .dim)]
    }

    static func renderConflict(_ lines: [(String, StyleRole)], in body: Rect, into buffer: inout Buffer) {
        let width = min(body.width - 2, 80)
        let inner = width - 4
        guard inner > 8 else { return }
        var wrapped: [(String, StyleRole)] = []
        for (text, role) in lines { wrapped += TextLayout.wrap(text, width: inner).map { ($0, role) } }
        let height = min(body.height, wrapped.count + 2)
        let box = Rect(x: body.x + (body.width - width) / 2, y: max(body.y, body.maxY - height - 1), width: width, height: height)
        buffer.fill(box, role: .normal)
        buffer.drawBox(box, title: " \(T(.formConflictTitle)) ", role: .borderActive, titleRole: .paneTitleActive)
        for (row, line) in wrapped.prefix(max(0, height - 2)).enumerated() {
            buffer.write(line.0, x: box.x + 2, y: box.y + 1 + row, maxWidth: inner, role: line.1)
        }
    }

    static func inputLabel(_ input: TextInput) -> String {
        if case .convention = input.purpose { return T(.decisionConventionLabel) }
        if case .collect = input.purpose { return T(.instrInputCollectLabel) }
        if case .weights = input.purpose { return T(.instrInputWeightsLabel) }
        return T(.instrInputLabel)
    }

    static func renderInput(_ input: TextInput, in body: Rect, into buffer: inout Buffer) {
        let width = min(body.width - 2, 76)
        let inner = width - 4
        guard inner > 8, body.height >= 5 else { return }
        let text = input.text + "▏"
        let pieces = TextLayout.wrap(text, width: inner)
        let rows = min(max(pieces.count, 1), 4)
        let height = rows + 3
        let box = Rect(x: body.x + (body.width - width) / 2, y: max(body.y, body.maxY - height - 1), width: width, height: height)
        buffer.fill(box, role: .normal)
        buffer.drawBox(box, title: " \(inputTitle(input)) ", role: .borderActive, titleRole: .paneTitleActive)
        buffer.write(input.confirmingDiscard ? T(.promptDiscard) : inputLabel(input), x: box.x + 2, y: box.y + 1,
                     maxWidth: inner, role: input.confirmingDiscard ? .warning : .label)
        for (row, piece) in pieces.suffix(rows).enumerated() {
            buffer.write(piece, x: box.x + 2, y: box.y + 2 + row, maxWidth: inner, role: .input)
        }
    }

    static func hints(_ screen: InstructionScreen, state: AppState) -> [(String, String)] {
        if let input = screen.input {
            if input.confirmingDiscard { return [("o", T(.promptHintDiscardYes)), ("n", T(.promptHintDiscardNo))] }
            return [(T(.keyEnter), T(.promptHintSave)), (T(.keyEscape), T(.promptHintCancel)), ("Ctrl-U", T(.promptHintClear)),
                    ("F1", T(.footerHelp))]
        }
        if screen.conflict != nil {
            return [(T(.keyEnter), T(.formHintKeepMine)), (T(.keyEscape), T(.promptHintKeepTheirs))]
        }
        if screen.isTypingFilter {
            return [("/", T(.filterHints))]
        }
        let edits = state.actor.may(.editDossiers) && !state.isReadOnly
        var hints: [(String, String)] = [("↑↓", T(.footerMove))]
        switch screen.mode {
        case .checklist:
            if edits { hints += [("o", T(.instrHintMet)), ("x", T(.instrHintNotMet)), ("a", T(.instrHintAutomatic))] }
            if let file = screen.file, case .inadmissible = file.admissibility(today: state.today, rules: state.rules).verdict {
                hints += [("m", T(.instrHintNotice))]
            }
        case .grid:
            if edits { hints += [("0-4", T(.instrHintGrade)), ("c", T(.instrHintComment))] }
            hints += [("n/p", T(.instrHintNextDossier))]
        case .transitions:
            if edits { hints += [(T(.keyEnter), T(.instrHintApply))] }
        case .committees:
            hints += [(T(.keyEnter), T(.instrHintRanking))]
            if edits { hints += [("w", T(.instrHintWeights)), ("l", T(.instrHintCollect))] }
        case .ranking:
            hints += [(T(.keyEnter), T(.footerOpen)), ("/", T(.footerFilter))]
            if edits { hints += [(T(.keySpace), T(.bulkHintMark)), ("L/R/A", T(.bulkHintDecide))] }
        }
        hints += [(T(.keyEscape), T(.footerBack)), ("q", T(.footerQuit))]
        return hints
    }

    static func renderFooter(_ screen: InstructionScreen, state: AppState, in area: Rect, into buffer: inout Buffer) {
        guard area.height > 0, area.width > 0 else { return }
        buffer.fill(area, role: .footer)
        var x = area.x + 1
        let limit = area.maxX
        for (key, word) in hints(screen, state: state) {
            x += buffer.write(key, x: x, y: area.y, maxWidth: limit - x, role: .footerKey)
            x += buffer.write(" " + word + "  ", x: x, y: area.y, maxWidth: limit - x, role: .footer)
        }
        if let message = state.notice ?? state.statusMessage, x + 2 < limit {
            let text = TextLayout.truncate(message, toWidth: limit - x - 1)
            let width = DisplayWidth.of(text)
            buffer.write(text, x: limit - width - 1, y: area.y, maxWidth: width,
                         role: state.notice != nil ? .success : .error)
        }
    }
}
