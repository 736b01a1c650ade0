import GenLabelCore

/// The layout the record forms share (a learner, a session): sections, a label column with the focused
/// field marked, each field's French error under it, the discard question under the field typed in, the
/// list of someone else's changes on a conflict, and the footer's keys. Pure: tested through the forms.
enum FieldFormLayout {
    static let marker = "▶ "
    static let noMarker = "  "

    /// One field as a form shows it.
    struct Field {
        /// The section title that starts before this field, if any.
        var section: String?
        var label: String
        var isRequired: Bool
        /// The value as typed; `choiceText` set for a choice field (its value's words).
        var text: String
        var choiceText: String?
        var error: String?
        var isFocused: Bool
    }

    /// The form's lines and the line to keep in view (the focused field, or the discard question).
    /// `discard` is the question shown under the focused field while Échap asks.
    static func lines(message: String?, note: String? = nil, fields: [Field], discard: String?, labelWidth: Int,
                      width: Int) -> (lines: [StyledLine], focus: Int) {
        var lines: [StyledLine] = []
        if let message { lines += [[(message, .error)], []] }
        if let note { lines.append([(note, .dim)]) }
        var focus = 0
        for field in fields {
            if let section = field.section {
                if let last = lines.last, !last.isEmpty { lines.append([]) }
                lines.append([(section, .helpTitle)])
            }
            if field.isFocused { focus = lines.count }
            let label = (field.isFocused ? marker : noMarker)
                + TextLayout.pad(field.label + (field.isRequired ? " *" : ""), toWidth: labelWidth)
            lines.append([(label, field.isFocused ? .selection : .label), (" : ", .dim)] + value(field))
            if let error = field.error { lines += under("! " + error, role: .error, labelWidth: labelWidth, width: width) }
            if field.isFocused, let discard {
                // Right under the field typed in, so it is in view however the form is scrolled.
                focus = lines.count
                lines += under(discard, role: .warning, labelWidth: labelWidth, width: width)
            }
        }
        return (lines, focus)
    }

    /// Text under a field, wrapped under the value column, or less indented when the window is narrow.
    private static func under(_ text: String, role: StyleRole, labelWidth: Int, width: Int) -> [StyledLine] {
        let indent = width - (labelWidth + 5) >= 30 ? labelWidth + 5 : 4
        return TextLayout.wrap(text, width: max(width - indent, 10)).map { [(String(repeating: " ", count: indent) + $0, role)] }
    }

    private static func value(_ field: Field) -> StyledLine {
        if let shown = field.choiceText {
            return field.isFocused ? [("◀ " + shown + " ▶", .input)] : [(shown, field.text.isEmpty ? .dim : .value)]
        }
        if field.isFocused { return [(field.text + "▏", .input)] }
        return field.text.isEmpty ? [(T(.lrnNotFilled), .dim)] : [(field.text, .value)]
    }

    /// Someone else's change: a heading, one line per field that differs (or `none`), the refusal if any,
    /// then how to choose.
    static func conflictLines(heading: String, differing: [String], none: String, message: String?,
                              choice: String) -> [StyledLine] {
        var lines: [StyledLine] = [[(heading, .warning)], []]
        if differing.isEmpty { lines.append([(none, .dim)]) }
        lines += differing.map { [($0, .value)] }
        if let message { lines += [[], [(message, .error)]] }
        lines += [[], [(choice, .dim)]]
        return lines
    }

    /// The footer's keys: the discard question's, the conflict's, or the fields' (`help` names the key
    /// that opens the help there).
    static func hints(isAskingToDiscard: Bool, hasConflict: Bool, focusIsChoice: Bool, help: String) -> [(String, String)] {
        if isAskingToDiscard { return [("o", T(.lrnHintYes)), ("n", T(.lrnHintNo))] }
        if hasConflict { return [(T(.keyEnter), T(.lrnHintKeepMine)), (T(.keyEscape), T(.lrnHintKeepTheirs))] }
        var list = [("Tab", T(.lrnHintNext))]
        if focusIsChoice { list.append((T(.keySpace), T(.lrnHintChoose))) }
        return list + [("F2", T(.lrnHintSave)), (T(.keyEscape), T(.lrnHintCancel)), (help, T(.footerHelp))]
    }
}
