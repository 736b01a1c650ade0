import GenLabelCore

/// Draws the session form (issue 4): three groups of fields, each field's French error under it.
enum SessionFormView {
    static let marker = LearnerView.marker
    static let noMarker = LearnerView.noMarker
    /// Width of the form's label column ("Référencement Mon Compte Formation le").
    static let labelWidth = 38

    /// Text under a field (its error, the discard question), wrapped to `width` under the value column,
    /// or less indented when the window is narrow.
    private static func under(_ text: String, role: StyleRole, width: Int) -> [StyledLine] {
        let indent = width - (labelWidth + 5) >= 30 ? labelWidth + 5 : 4
        return TextLayout.wrap(text, width: max(width - indent, 10)).map { [(String(repeating: " ", count: indent) + $0, role)] }
    }

    static func lines(_ form: SessionForm, width: Int = 96) -> (lines: [StyledLine], focus: Int) {
        if let theirs = form.conflict { return (conflictLines(form, theirs: theirs), 0) }
        var lines: [StyledLine] = []
        if let message = form.message { lines += [[(message, .error)], []] }
        lines.append([(T(.sesFormNote), .dim)])
        var focus = 0
        for field in SessionField.allCases {
            switch field {
            case .plannedStart: lines += [[], [(T(.sesSectionDates), .helpTitle)]]
            case .startAttestation: lines += [[], [(T(.sesSectionDocuments), .helpTitle)]]
            case .carifOref: lines += [[], [(T(.sesSectionReferencing), .helpTitle)]]
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
                lines += under(T(.sesDiscard), role: .warning, width: width)
            }
        }
        return (lines, focus)
    }

    private static func value(_ field: SessionField, form: SessionForm, focused: Bool) -> StyledLine {
        let text = form.draft[field]
        if case .choice = field.kind {
            let shown = field.choiceText(text)
            return focused ? [("◀ " + shown + " ▶", .input)] : [(shown, text.isEmpty ? .dim : .value)]
        }
        if focused { return [(text + "▏", .input)] }
        return text.isEmpty ? [(T(.lrnNotFilled), .dim)] : [(text, .value)]
    }

    private static func conflictLines(_ form: SessionForm, theirs: EditableSession) -> [StyledLine] {
        let their = SessionDraft(theirs.session)
        var lines: [StyledLine] = [[(T(.sesConflict), .warning)], []]
        let differing = SessionField.allCases.filter { their[$0].trimmingWhitespace != form.draft[$0].trimmingWhitespace }
        if differing.isEmpty { lines.append([(T(.sesConflictNone), .dim)]) }
        for field in differing {
            lines.append([(T(.sesConflictLine, field.label, SessionDraft.shown(their[field], of: field),
                             SessionDraft.shown(form.draft[field], of: field)), .value)])
        }
        if let message = form.message { lines += [[], [(message, .error)]] }
        lines += [[], [(T(.sesConflictChoice), .dim)]]
        return lines
    }

    static func render(_ form: SessionForm, in body: Rect, into buffer: inout Buffer) {
        let (lines, focus) = lines(form, width: FramedLines.inner(body).width)
        FramedLines.render(title: T(.sesFormTitle, form.editing.session.code), lines: lines, focus: focus, in: body,
                           into: &buffer)
    }

    static func hints(_ form: SessionForm) -> [(String, String)] {
        if form.isAskingToDiscard { return [("o", T(.lrnHintYes)), ("n", T(.lrnHintNo))] }
        if form.conflict != nil { return [(T(.keyEnter), T(.lrnHintKeepMine)), (T(.keyEscape), T(.lrnHintKeepTheirs))] }
        var list = [("Tab", T(.lrnHintNext))]
        if case .choice = form.focus.kind { list.append((T(.keySpace), T(.lrnHintChoose))) }
        return list + [("F2", T(.lrnHintSave)), (T(.keyEscape), T(.lrnHintCancel)), ("?", T(.footerHelp))]
    }

    static func renderFooter(_ form: SessionForm, state: AppState, in area: Rect, into buffer: inout Buffer) {
        FramedLines.renderFooter(hints(form), message: LearnerView.footerMessage(state), in: area, into: &buffer)
    }
}
