import GenLabelCore

/// Draws a form (issue 4) in a box over the detail or the lists: one line per field ("Motif : …▏"),
/// the focused field marked `▶`, choices shown "‹ valeur ›", the note and the refusal below; and its
/// footer. `lines` is pure and tested as text.
enum SmallFormView {
    /// Each line, its style, and whether it may be wrapped (fields are not: their alignment matters).
    static func lines(_ form: FormPrompt) -> [(String, StyleRole)] { layoutLines(form).map { ($0.0, $0.1) } }

    static func layoutLines(_ form: FormPrompt) -> [(String, StyleRole, Bool)] {
        var lines: [(String, StyleRole, Bool)] = []
        let labelWidth = form.fields.map { DisplayWidth.of($0.label) }.max() ?? 0
        for (index, field) in form.fields.enumerated() {
            let focused = index == form.focus
            let head = (focused ? "▶ " : "  ") + TextLayout.pad(field.label, toWidth: labelWidth) + " : "
            let value: String
            if case .choice = field.kind {
                value = "‹ " + field.shown + " ›"
            } else {
                value = field.text + (focused ? "▏" : "")
            }
            lines.append((head + value, focused ? .input : .value, false))
        }
        if let note = form.note {
            if !lines.isEmpty { lines.append(("", .normal, false)) }
            lines.append((note, .dim, true))
        }
        if let error = form.error { lines.append((error, .error, true)) }
        return lines
    }

    static func render(_ form: FormPrompt, in body: Rect, into buffer: inout Buffer) {
        let width = min(body.width - 2, 84)
        let inner = width - 4
        guard inner > 8 else { return }
        var wrapped: [(String, StyleRole)] = []
        for (text, role, wraps) in layoutLines(form) {
            let pieces = text.isEmpty || !wraps ? [text] : TextLayout.wrap(text, width: inner)
            wrapped += pieces.map { ($0, role) }
        }
        let height = min(body.height, wrapped.count + 2)
        let box = Rect(x: body.x + (body.width - width) / 2, y: max(body.y, body.maxY - height - 1), width: width, height: height)
        buffer.fill(box, role: .normal)
        buffer.drawBox(box, title: " \(form.title) ", role: .borderActive, titleRole: .paneTitleActive)
        for (row, line) in wrapped.prefix(max(0, height - 2)).enumerated() {
            buffer.write(line.0, x: box.x + 2, y: box.y + 1 + row, maxWidth: inner, role: line.1)
        }
    }

    static func hints(_ form: FormPrompt) -> [(String, String)] {
        var hints: [(String, String)] = [(T(.keyEnter), T(.formHintApply)), (T(.keyEscape), T(.promptHintCancel))]
        if form.fields.count > 1 { hints.append(("Tab", T(.formHintNextField))) }
        if form.fields.contains(where: { if case .choice = $0.kind { return true }; return false }) {
            hints.append(("←→", T(.smallFormHintChoose)))
        }
        hints.append(("F1", T(.footerHelp)))
        return hints
    }

    static func renderFooter(_ form: FormPrompt, state: AppState, in area: Rect, into buffer: inout Buffer) {
        guard area.height > 0, area.width > 0 else { return }
        buffer.fill(area, role: .footer)
        let hints = hints(form)
        var x = area.x + 1
        let limit = area.maxX
        for (key, word) in hints {
            x += buffer.write(key, x: x, y: area.y, maxWidth: limit - x, role: .footerKey)
            x += buffer.write(" " + word + "  ", x: x, y: area.y, maxWidth: limit - x, role: .footer)
        }
    }
}
