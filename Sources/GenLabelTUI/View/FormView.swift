import GenLabelCore

/// Draws the dossier form: one section per group of the application form, one line per field with its
/// value (the selected one with a cursor, a choice between ◀ ▶), the error of a field under it in red;
/// the discard question and the conflict's two values over the bottom. `content` is pure, tested as text.
enum FormView {
    static func content(_ screen: FormScreen) -> DetailContent {
        let title = screen.isNew ? T(.formTitleNew) : T(.formTitle, screen.editable.application.dossier.number)
        var lines: [DetailLine] = [.text(T(.formIntro), emphasis: .dim)]
        var group: FormGroup?
        for (index, field) in FormField.allCases.enumerated() {
            if field.group != group {
                group = field.group
                lines += [.blank, .section(field.group.title)]
            }
            let isSelected = index == screen.selected
            let label = field.label + (field.isRequired ? " *" : "")
            let raw = screen.form.value(field)
            var value: String
            let emphasis: StyleRole
            if isSelected {
                switch field.kind {
                case .choice: value = "◀ " + field.shown(raw) + " ▶"
                case .notes: value = field.shown(raw)
                case .text: value = raw + "▏"
                }
                emphasis = .input
            } else {
                value = field.shown(raw)
                emphasis = screen.form.errors[field] != nil ? .error : (screen.form.isChanged(field) ? .warning : .value)
            }
            if screen.form.isChanged(field) && !isSelected { value += " •" }
            lines.append(.field((isSelected ? InstructionView.marker : InstructionView.noMarker) + label, value,
                                emphasis: emphasis))
            if let error = screen.form.errors[field] {
                lines.append(.field(InstructionView.noMarker, "⚠ " + error, emphasis: .error))
            } else if isSelected, let hint = field.hint {
                lines.append(.field(InstructionView.noMarker, hint, emphasis: .dim))
            }
        }
        return DetailContent(title: title, lines: lines)
    }

    static func render(_ screen: FormScreen, in body: Rect, into buffer: inout Buffer) {
        let content = content(screen)
        let width = DetailView.textWidth(in: body)
        let visible = max(body.height - 2, 1)
        let scroll = max(0, InstructionView.selectedLine(content, width: width) - visible / 3)
        DetailView.render(content, scroll: scroll, in: body, into: &buffer)
        if let conflict = screen.conflict {
            renderConflict(conflict, in: body, into: &buffer)
        } else if screen.isAskingToDiscard {
            InstructionView.renderError(T(.formDiscard), in: body, into: &buffer)
        } else if let error = screen.error {
            InstructionView.renderError(error, in: body, into: &buffer)
        }
    }

    /// The lines of the conflict box: what someone else changed, their value and ours.
    static func conflictLines(_ conflict: FormConflict) -> [(String, StyleRole)] {
        var lines: [(String, StyleRole)] = [(T(.formConflict), .warning)]
        for item in conflict.fields {
            lines.append((T(.formConflictField, item.field.label, item.theirs, item.yours), .value))
        }
        lines.append((T(.formConflictChoice), .dim))
        return lines
    }

    static func renderConflict(_ conflict: FormConflict, in body: Rect, into buffer: inout Buffer) {
        let width = min(body.width - 2, 90)
        let inner = width - 4
        guard inner > 8 else { return }
        var wrapped: [(String, StyleRole)] = []
        for (text, role) in conflictLines(conflict) { wrapped += TextLayout.wrap(text, width: inner).map { ($0, role) } }
        let height = min(body.height, wrapped.count + 2)
        let box = Rect(x: body.x + (body.width - width) / 2, y: max(body.y, body.maxY - height - 1), width: width, height: height)
        buffer.fill(box, role: .normal)
        buffer.drawBox(box, title: " \(T(.formConflictTitle)) ", role: .borderActive, titleRole: .paneTitleActive)
        for (row, line) in wrapped.prefix(max(0, height - 2)).enumerated() {
            buffer.write(line.0, x: box.x + 2, y: box.y + 1 + row, maxWidth: inner, role: line.1)
        }
    }

    static func hints(_ screen: FormScreen) -> [(String, String)] {
        if screen.isAskingToDiscard { return [("o", T(.promptHintDiscardYes)), ("n", T(.promptHintDiscardNo))] }
        if screen.conflict != nil {
            return [(T(.keyEnter), T(.formHintKeepMine)), (T(.keyEscape), T(.promptHintKeepTheirs))]
        }
        var hints: [(String, String)] = [("↑↓", T(.formHintField)), ("Ctrl-S", T(.promptHintSave))]
        switch screen.field.kind {
        case .choice: hints.append(("←→", T(.formHintChoose)))
        case .notes: hints.append((T(.keyEnter), T(.formHintEditor)))
        case .text: hints.append(("Ctrl-U", T(.promptHintClear)))
        }
        hints += [("PgUp/PgDn", T(.formHintGroup)), (T(.keyEscape), T(.promptHintCancel)), ("F1", T(.footerHelp))]
        return hints
    }

    static func renderFooter(_ screen: FormScreen, state: AppState, in area: Rect, into buffer: inout Buffer) {
        guard area.height > 0, area.width > 0 else { return }
        buffer.fill(area, role: .footer)
        var x = area.x + 1
        let limit = area.maxX
        for (key, word) in hints(screen) {
            x += buffer.write(key, x: x, y: area.y, maxWidth: limit - x, role: .footerKey)
            x += buffer.write(" " + word + "  ", x: x, y: area.y, maxWidth: limit - x, role: .footer)
        }
        if let message = state.notice ?? state.statusMessage, x + 2 < limit {
            let text = TextLayout.truncate(message, toWidth: limit - x - 1)
            let width = DisplayWidth.of(text)
            buffer.write(text, x: limit - width - 1, y: area.y, maxWidth: width, role: state.notice != nil ? .success : .error)
        }
    }
}

/// Draws the filters of the Dossiers list over the lists.
enum FacetView {
    static func content(_ screen: FacetScreen, shown: Int, total: Int) -> DetailContent {
        var lines: [DetailLine] = [.text(T(.facetIntro), emphasis: .dim), .blank]
        for line in FacetScreen.Line.allCases {
            let selected = line.rawValue == screen.selected
            let value = screen.value(line)
            lines.append(.field((selected ? InstructionView.marker : InstructionView.noMarker) + FacetScreen.title(line),
                                selected ? "◀ " + value + " ▶" : value, emphasis: selected ? .input : .value))
        }
        lines += [.blank, .text(T(.facetDecision), emphasis: .dim)]
        return DetailContent(title: T(.facetTitle), lines: lines)
    }

    static func hints() -> [(String, String)] {
        [("↑↓", T(.footerMove)), ("←→", T(.formHintChoose)), (T(.keyEnter), T(.facetHintApply)), ("x", T(.facetHintClear)),
         (T(.keyEscape), T(.promptHintCancel))]
    }

    static func renderFooter(in area: Rect, into buffer: inout Buffer) {
        guard area.height > 0, area.width > 0 else { return }
        buffer.fill(area, role: .footer)
        var x = area.x + 1
        for (key, word) in hints() {
            x += buffer.write(key, x: x, y: area.y, maxWidth: area.maxX - x, role: .footerKey)
            x += buffer.write(" " + word + "  ", x: x, y: area.y, maxWidth: area.maxX - x, role: .footer)
        }
    }
}
