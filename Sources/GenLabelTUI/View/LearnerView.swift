import GenLabelCore

/// Draws a session's learners and the learner form (issue 4). Personal data reach these screens only
/// for the roles allowed to read them: the list is never read otherwise.
enum LearnerView {
    static let marker = FieldFormLayout.marker
    static let noMarker = FieldFormLayout.noMarker
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

    static func lines(_ form: LearnerForm, width: Int = 96) -> (lines: [StyledLine], focus: Int) {
        if let theirs = form.conflict { return (conflictLines(form, theirs: theirs), 0) }
        let fields = LearnerField.allCases.map { field -> FieldFormLayout.Field in
            let section: TextKey? = switch field {
            case .lastName: .lrnSectionIdentity
            case .targetPublic: .lrnSectionSituation
            case .exitKind: .lrnSectionOutcome
            default: nil
            }
            var choiceText: String?
            if case .choice = field.kind { choiceText = field.choiceText(form.draft[field]) }
            return FieldFormLayout.Field(section: section.map { T($0) }, label: field.label, isRequired: field.isRequired,
                                         text: form.draft[field], choiceText: choiceText, error: form.errors[field],
                                         isFocused: field == form.focus)
        }
        return FieldFormLayout.lines(message: form.message, fields: fields,
                                     discard: form.isAskingToDiscard ? T(.lrnDiscard) : nil, labelWidth: labelWidth,
                                     width: width)
    }

    private static func conflictLines(_ form: LearnerForm, theirs: VersionedLearner) -> [StyledLine] {
        let their = LearnerDraft(theirs.learner)
        let differing = LearnerField.allCases.filter { their[$0].trimmingWhitespace != form.draft[$0].trimmingWhitespace }
        return FieldFormLayout.conflictLines(
            heading: T(.lrnConflict),
            differing: differing.map { field in
                func shown(_ value: String) -> String {
                    if case .choice = field.kind { return field.choiceText(value) }
                    return value.isEmpty ? T(.lrnNotFilled) : value
                }
                return T(.lrnConflictLine, field.label, shown(their[field]), shown(form.draft[field]))
            },
            none: T(.lrnConflictNone), message: form.message, choice: T(.lrnConflictChoice))
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
        var focusIsChoice = false
        if case .choice = form.focus.kind { focusIsChoice = true }
        // `?` is typed text in its fields: F1 opens the help.
        return FieldFormLayout.hints(isAskingToDiscard: form.isAskingToDiscard, hasConflict: form.conflict != nil,
                                     focusIsChoice: focusIsChoice, help: "F1")
    }

    static func renderFooter(_ form: LearnerForm, state: AppState, in area: Rect, into buffer: inout Buffer) {
        FramedLines.renderFooter(hints(form), message: footerMessage(state), in: area, into: &buffer)
    }
}
