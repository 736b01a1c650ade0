import GenLabelCore

/// Draws the session form (issue 4): three groups of fields, each field's French error under it.
enum SessionFormView {
    /// Width of the form's label column ("Référencement Mon Compte Formation le").
    static let labelWidth = 38

    static func lines(_ form: SessionForm, width: Int = 96) -> (lines: [StyledLine], focus: Int) {
        if let theirs = form.conflict { return (conflictLines(form, theirs: theirs), 0) }
        let fields = SessionField.allCases.map { field -> FieldFormLayout.Field in
            let section: TextKey? = switch field {
            case .plannedStart: .sesSectionDates
            case .startAttestation: .sesSectionDocuments
            case .carifOref: .sesSectionReferencing
            default: nil
            }
            var choiceText: String?
            if case .choice = field.kind { choiceText = field.choiceText(form.draft[field]) }
            return FieldFormLayout.Field(section: section.map { T($0) }, label: field.label, isRequired: field.isRequired,
                                         text: form.draft[field], choiceText: choiceText, error: form.errors[field],
                                         isFocused: field == form.focus)
        }
        return FieldFormLayout.lines(message: form.message, note: T(.sesFormNote), fields: fields,
                                     discard: form.isAskingToDiscard ? T(.sesDiscard) : nil, labelWidth: labelWidth,
                                     width: width)
    }

    private static func conflictLines(_ form: SessionForm, theirs: EditableSession) -> [StyledLine] {
        let their = SessionDraft(theirs.session)
        let differing = SessionField.allCases.filter { their[$0].trimmingWhitespace != form.draft[$0].trimmingWhitespace }
        return FieldFormLayout.conflictLines(
            heading: T(.sesConflict),
            differing: differing.map {
                T(.sesConflictLine, $0.label, SessionDraft.shown(their[$0], of: $0), SessionDraft.shown(form.draft[$0], of: $0))
            },
            none: T(.sesConflictNone), message: form.message, choice: T(.sesConflictChoice))
    }

    static func render(_ form: SessionForm, in body: Rect, into buffer: inout Buffer) {
        let (lines, focus) = lines(form, width: FramedLines.inner(body).width)
        FramedLines.render(title: T(.sesFormTitle, form.editing.session.code), lines: lines, focus: focus, in: body,
                           into: &buffer)
    }

    static func hints(_ form: SessionForm) -> [(String, String)] {
        var focusIsChoice = false
        if case .choice = form.focus.kind { focusIsChoice = true }
        // Its fields take digits only: `?` opens the help there.
        return FieldFormLayout.hints(isAskingToDiscard: form.isAskingToDiscard, hasConflict: form.conflict != nil,
                                     focusIsChoice: focusIsChoice, help: "?")
    }

    static func renderFooter(_ form: SessionForm, state: AppState, in area: Rect, into buffer: inout Buffer) {
        FramedLines.renderFooter(hints(form), message: LearnerView.footerMessage(state), in: area, into: &buffer)
    }
}
