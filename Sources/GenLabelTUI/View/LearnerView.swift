import GenLabelCore

/// Draws a session's learners and the learner form (issue 4). Personal data reach these screens only
/// for the roles allowed to read them: the list is never read otherwise.
enum LearnerView {
    static let marker = "▶ "
    static let noMarker = "  "
    /// Width of the form's label column.
    static let labelWidth = 30

    // MARK: The list

    static func lines(_ screen: LearnerListScreen) -> (lines: [StyledLine], focus: Int) {
        var lines: [StyledLine] = [[(T(.lrnListCount, screen.learners.count), .dim)], []]
        if screen.learners.isEmpty { lines.append([(T(.lrnListEmpty), .dim)]) }
        let focus = lines.count + screen.selected
        for (index, entry) in screen.learners.enumerated() {
            let learner = entry.learner
            let selected = index == screen.selected
            let name = learner.lastName.uppercased() + " " + learner.firstName
            lines.append([((selected ? marker : noMarker) + TextLayout.pad(TextLayout.truncate(name, toWidth: 28), toWidth: 28),
                           selected ? .selection : .value),
                          ("  " + summary(learner), selected ? .selection : .normal)])
        }
        if screen.isConfirmingRemoval, let learner = screen.selectedLearner?.learner {
            lines += [[], [(T(.lrnConfirmRemove, learner.lastName.uppercased() + " " + learner.firstName), .warning)]]
        }
        if let error = screen.error { lines += [[], [(error, .error)]] }
        return (lines, focus)
    }

    /// "F · née le 03/04/2001 · Saint-Étienne · QPV · public cible · CROUS · sortie : Abandon".
    static func summary(_ learner: Learner) -> String {
        var parts = [learner.gender.rawValue, DomainText.born(learner.gender, on: learner.birthDate)]
        if !learner.commune.isEmpty { parts.append(learner.commune) }
        if learner.residesInQPV { parts.append("QPV") }
        if learner.residesInZRR { parts.append("ZRR") }
        if learner.isTargetPublic { parts.append(T(.learnerTargetPublic)) }
        if learner.isJobSeeker { parts.append(T(.learnerJobSeeker)) }
        if learner.receivesCROUSAid { parts.append(T(.lrnCrousShort)) }
        if let exit = learner.exitKind {
            parts.append(T(.lrnOutcomeSummary, exit.displayName + (learner.exitDate.map { " " + $0.french } ?? "")))
        }
        return parts.joined(separator: " · ")
    }

    static func render(_ screen: LearnerListScreen, in body: Rect, into buffer: inout Buffer) {
        let (lines, focus) = lines(screen)
        FramedLines.render(title: T(.lrnListTitle, screen.title), lines: lines, focus: focus, in: body, into: &buffer)
    }

    static func hints(_ screen: LearnerListScreen) -> [(String, String)] {
        if screen.isConfirmingRemoval { return [("o", T(.lrnHintYes)), ("n", T(.lrnHintNo))] }
        var list = [("a", T(.lrnHintAdd))]
        if !screen.learners.isEmpty { list += [(T(.keyEnter), T(.lrnHintEdit)), ("x", T(.lrnHintRemove))] }
        return list + [(T(.keyEscape), T(.lrnHintBack))]
    }

    static func renderFooter(_ screen: LearnerListScreen, state: AppState, in area: Rect, into buffer: inout Buffer) {
        FramedLines.renderFooter(hints(screen), message: footerMessage(state), in: area, into: &buffer)
    }

    static func footerMessage(_ state: AppState) -> (String, StyleRole)? {
        state.statusMessage.map { ($0, .error) } ?? state.notice.map { ($0, .success) }
    }

    // MARK: The form

    /// Text under a field (its error, the discard question), wrapped to `width` under the value column,
    /// or less indented when the window is narrow.
    private static func under(_ text: String, role: StyleRole, width: Int) -> [StyledLine] {
        let indent = width - (labelWidth + 5) >= 30 ? labelWidth + 5 : 4
        return TextLayout.wrap(text, width: max(width - indent, 10)).map { [(String(repeating: " ", count: indent) + $0, role)] }
    }

    static func lines(_ form: LearnerForm, width: Int = 96) -> (lines: [StyledLine], focus: Int) {
        if let theirs = form.conflict { return (conflictLines(form, theirs: theirs), 0) }
        var lines: [StyledLine] = []
        if let message = form.message { lines += [[(message, .error)], []] }
        var focus = 0
        for field in LearnerField.allCases {
            switch field {
            case .lastName: lines.append([(T(.lrnSectionIdentity), .helpTitle)])
            case .targetPublic: lines += [[], [(T(.lrnSectionSituation), .helpTitle)]]
            case .exitKind: lines += [[], [(T(.lrnSectionOutcome), .helpTitle)]]
            default: break
            }
            let focused = field == form.focus
            if focused { focus = lines.count }
            let label = (focused ? marker : noMarker) + TextLayout.pad(field.label + (field.isRequired ? " *" : ""), toWidth: labelWidth)
            lines.append([(label, focused ? .selection : .label), (" : ", .dim)] + value(field, form: form, focused: focused))
            if let error = form.errors[field] { lines += under("! " + error, role: .error, width: width) }
            if focused && form.isAskingToDiscard {
                // Right under the field typed in, so it is in view however the form is scrolled.
                focus = lines.count
                lines += under(T(.lrnDiscard), role: .warning, width: width)
            }
        }
        return (lines, focus)
    }

    private static func value(_ field: LearnerField, form: LearnerForm, focused: Bool) -> StyledLine {
        let text = form.draft[field]
        if case .choice = field.kind {
            let shown = field.choiceText(text)
            return focused ? [("◀ " + shown + " ▶", .input)] : [(shown, text.isEmpty ? .dim : .value)]
        }
        if focused { return [(text + "▏", .input)] }
        return text.isEmpty ? [(T(.lrnNotFilled), .dim)] : [(text, .value)]
    }

    private static func conflictLines(_ form: LearnerForm, theirs: VersionedLearner) -> [StyledLine] {
        let their = LearnerDraft(theirs.learner)
        var lines: [StyledLine] = [[(T(.lrnConflict), .warning)], []]
        let differing = LearnerField.allCases.filter { their[$0].trimmingWhitespace != form.draft[$0].trimmingWhitespace }
        if differing.isEmpty { lines.append([(T(.lrnConflictNone), .dim)]) }
        for field in differing {
            func shown(_ value: String) -> String {
                if case .choice = field.kind { return field.choiceText(value) }
                return value.isEmpty ? T(.lrnNotFilled) : value
            }
            lines.append([(T(.lrnConflictLine, field.label, shown(their[field]), shown(form.draft[field])), .value)])
        }
        if let message = form.message { lines += [[], [(message, .error)]] }
        lines += [[], [(T(.lrnConflictChoice), .dim)]]
        return lines
    }

    static func title(_ form: LearnerForm) -> String {
        if let editing = form.editing {
            return T(.lrnFormEditTitle, editing.learner.lastName.uppercased() + " " + editing.learner.firstName)
        }
        return T(.lrnFormAddTitle, form.returnTo.session.code)
    }

    static func render(_ form: LearnerForm, in body: Rect, into buffer: inout Buffer) {
        let (lines, focus) = lines(form, width: FramedLines.inner(body).width)
        FramedLines.render(title: title(form), lines: lines, focus: focus, in: body, into: &buffer)
    }

    static func hints(_ form: LearnerForm) -> [(String, String)] {
        if form.isAskingToDiscard { return [("o", T(.lrnHintYes)), ("n", T(.lrnHintNo))] }
        if form.conflict != nil { return [(T(.keyEnter), T(.lrnHintKeepMine)), (T(.keyEscape), T(.lrnHintKeepTheirs))] }
        var list = [("Tab", T(.lrnHintNext))]
        if case .choice = form.focus.kind { list.append((T(.keySpace), T(.lrnHintChoose))) }
        return list + [("F2", T(.lrnHintSave)), (T(.keyEscape), T(.lrnHintCancel)), ("F1", T(.footerHelp))]
    }

    static func renderFooter(_ form: LearnerForm, state: AppState, in area: Rect, into buffer: inout Buffer) {
        FramedLines.renderFooter(hints(form), message: footerMessage(state), in: area, into: &buffer)
    }
}
