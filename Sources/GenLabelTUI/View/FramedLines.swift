import GenLabelCore

/// A styled line: runs of text, each with its role.
typealias StyledLine = [(String, StyleRole)]

/// Draws lines of styled runs in a frame over an area, scrolled so that one line (the focus) is in view;
/// shared by the details, the learners and figures screens.
enum FramedLines {
    /// Where the text goes inside the frame.
    static func inner(_ area: Rect) -> Rect { area.inset(top: 1, left: 2, bottom: 1, right: 2) }

    static func render(title: String, lines: [StyledLine], focus: Int, in area: Rect, into buffer: inout Buffer) {
        // Keep the focus line (and the one after it, often its error) in view.
        let height = inner(area).height
        let top = min(max(focus + 2 - height, 0), max(lines.count - height, 0))
        render(title: title, lines: lines, top: top, in: area, into: &buffer)
    }

    /// Draws the frame and the lines from `top` on, with "first–last sur total" on the frame when they
    /// do not all fit; shared with the detail view, which scrolls by `top` itself.
    static func render(title: String, lines: [StyledLine], top: Int, in area: Rect, into buffer: inout Buffer) {
        buffer.fill(area, role: .normal)
        buffer.drawBox(area, title: " \(title) ", role: .borderActive, titleRole: .paneTitleActive)
        let inner = inner(area)
        guard inner.width > 4, inner.height > 0 else { return }
        for (row, line) in lines.dropFirst(top).prefix(inner.height).enumerated() {
            var x = inner.x
            for (text, role) in line {
                x += buffer.write(text, x: x, y: inner.y + row, maxWidth: inner.x + inner.width - x, role: role)
            }
        }
        if lines.count > inner.height {
            let position = " \(T(.detailPosition, top + 1, min(top + inner.height, lines.count), lines.count)) "
            let width = DisplayWidth.of(position)
            buffer.write(position, x: area.x + area.width - 1 - width, y: area.y + area.height - 1, maxWidth: width,
                         role: .borderActive)
        }
    }

    /// A footer of key hints ("Entrée modifier  a ajouter…").
    static func renderFooter(_ hints: [(String, String)], message: (String, StyleRole)? = nil, in area: Rect,
                             into buffer: inout Buffer) {
        guard area.height > 0, area.width > 0 else { return }
        buffer.fill(area, role: .footer)
        var x = area.x + 1
        let limit = area.maxX
        // A message is shown whole when it can be: the last hints make room for it, the first one stays.
        var hints = hints
        func width(_ hint: (String, String)) -> Int { DisplayWidth.of(hint.0) + DisplayWidth.of(hint.1) + 3 }
        if let (text, _) = message {
            while hints.count > 1, hints.reduce(0, { $0 + width($1) }) + DisplayWidth.of(text) + 2 > limit - x {
                hints.removeLast()
            }
        }
        for (key, word) in hints {
            x += buffer.write(key, x: x, y: area.y, maxWidth: limit - x, role: .footerKey)
            x += buffer.write(" " + word + "  ", x: x, y: area.y, maxWidth: limit - x, role: .footer)
        }
        if let (text, role) = message, x + 2 < limit {
            let shown = TextLayout.truncate(text, toWidth: limit - x - 1)
            let width = DisplayWidth.of(shown)
            buffer.write(shown, x: limit - width - 1, y: area.y, maxWidth: width, role: role)
        }
    }
}

/// A horizontal bar of a share in 0…1, drawn in eighths of a cell (▏▎▍▌▋▊▉█), or in ASCII (`#`, `=` for
/// at least half a cell) when the terminal cannot show them; a mark (│ or |) is inserted at a goal's or
/// reference's place. Pure: tested as text.
enum FigureBar {
    static let eighths = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"]

    /// The bar's runs: `width` cells, plus one for the mark when there is one.
    static func runs(fraction: Double?, markPercent: Int?, width: Int, ascii: Bool, missed: Bool) -> StyledLine {
        guard width > 0 else { return [] }
        let share = min(max(fraction ?? 0, 0), 1)
        let total = Int((share * Double(width) * 8).rounded())
        let full = total / 8
        let rest = total % 8
        var cells: [(Character, StyleRole)] = []
        let fill: StyleRole = missed ? .warning : .success
        for _ in 0..<full { cells.append((ascii ? "#" : "█", fill)) }
        if full < width, rest > 0 {
            if ascii {
                cells.append(rest >= 4 ? ("=", fill) : (".", .barEmpty))
            } else {
                cells.append((Character(eighths[rest]), fill))
            }
        }
        while cells.count < width { cells.append((ascii ? "." : "·", .barEmpty)) }
        if let mark = markPercent {
            let column = min(max(Int((Double(mark) / 100 * Double(width)).rounded()), 0), width)
            cells.insert((ascii ? "|" : "│", missed ? .warning : .dim), at: column)
        }
        // Consecutive cells of one role become one run.
        var result: StyledLine = []
        for (character, role) in cells {
            if let last = result.last, last.1 == role {
                result[result.count - 1].0.append(character)
            } else {
                result.append((String(character), role))
            }
        }
        return result
    }

    /// "31 %", or "—" when nothing is counted.
    static func percent(_ rate: Rate) -> String { rate.percent.map { "\($0) %" } ?? "—" }
}
