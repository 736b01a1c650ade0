import GenLabelCore

/// Draws the date prompt of a session fact over the session's detail, and its footer.
enum PromptView {
    /// The prompt's lines, each with its style.
    static func lines(_ prompt: FactPrompt) -> [(String, StyleRole)] {
        if let theirs = prompt.conflict {
            return [
                (T(.promptConflict), .warning),
                (T(.promptTheirs, prompt.fact.current(in: theirs.session)?.french ?? "—"), .value),
                (T(.promptYours, prompt.text.isEmpty ? "—" : prompt.text), .value),
                (prompt.error ?? "", .error),
            ]
        }
        var lines: [(String, StyleRole)] = [
            (T(.promptField), .label),
            (T(.promptRecorded, prompt.original.isEmpty ? "—" : prompt.original), .dim),
            (prompt.error ?? "", .error),
        ]
        if prompt.isAskingToDiscard { lines.append((T(.promptDiscard), .warning)) }
        return lines
    }

    static func render(_ prompt: FactPrompt, in body: Rect, into buffer: inout Buffer) {
        let content = lines(prompt)
        let width = min(body.width - 2, 72)
        let inner = width - 4
        guard inner > 8 else { return }
        var wrapped: [(String, StyleRole)] = []
        for (text, role) in content {
            let pieces = text.isEmpty ? [""] : TextLayout.wrap(text, width: inner)
            wrapped += pieces.map { ($0, role) }
        }
        let height = min(body.height, wrapped.count + 2)
        let box = Rect(x: body.x + (body.width - width) / 2, y: body.maxY - height - 1 < body.y ? body.y : body.maxY - height - 1,
                       width: width, height: height)
        buffer.fill(box, role: .normal)
        buffer.drawBox(box, title: " \(prompt.fact.label) ", role: .borderActive, titleRole: .paneTitleActive)
        for (row, line) in wrapped.prefix(max(0, height - 2)).enumerated() {
            let y = box.y + 1 + row
            let x = box.x + 2
            if row == 0 && prompt.conflict == nil {
                // The field: its label, then what is typed and a cursor mark.
                let used = buffer.write(line.0 + " ", x: x, y: y, maxWidth: inner, role: .label)
                buffer.write(prompt.text + "▏", x: x + used, y: y, maxWidth: inner - used, role: .input)
            } else {
                buffer.write(line.0, x: x, y: y, maxWidth: inner, role: line.1)
            }
        }
    }

    static func hints(_ prompt: FactPrompt) -> [(String, String)] {
        if prompt.isAskingToDiscard { return [("o", T(.promptHintDiscardYes)), ("n", T(.promptHintDiscardNo))] }
        if prompt.conflict != nil { return [(T(.keyEnter), T(.promptHintKeepMine)), (T(.keyEscape), T(.promptHintKeepTheirs))] }
        return [(T(.keyEnter), T(.promptHintSave)), (T(.keyEscape), T(.promptHintCancel)), ("Ctrl-U", T(.promptHintClear)),
                ("F1", T(.footerHelp))]
    }

    static func renderFooter(_ prompt: FactPrompt, in area: Rect, into buffer: inout Buffer) {
        guard area.height > 0, area.width > 0 else { return }
        buffer.fill(area, role: .footer)
        let hints = hints(prompt)
        var x = area.x + 1
        let limit = area.maxX
        for (key, word) in hints {
            x += buffer.write(key, x: x, y: area.y, maxWidth: limit - x, role: .footerKey)
            x += buffer.write(" " + word + "  ", x: x, y: area.y, maxWidth: limit - x, role: .footer)
        }
    }
}
