import GenLabelCore

/// A read-only detail in a frame over the body: "label : value" lines, sections, wrapped text, scrolled.
enum DetailView {
    /// Widest label column, so long labels do not eat the values.
    static let maximumLabelWidth = 28

    static func render(_ content: DetailContent, scroll: Int, in area: Rect, into buffer: inout Buffer) {
        buffer.fill(area, role: .normal)
        buffer.drawBox(area, title: " \(content.title) ", role: .borderActive, titleRole: .paneTitleActive)
        let inner = textArea(in: area)
        guard inner.width > 4, inner.height > 0 else { return }
        let lines = layout(content, width: inner.width)
        let top = min(max(scroll, 0), max(lines.count - inner.height, 0))
        for (row, line) in lines.dropFirst(top).prefix(inner.height).enumerated() {
            var x = inner.x
            for (text, role) in line {
                x += buffer.write(text, x: x, y: inner.y + row, maxWidth: inner.x + inner.width - x, role: role)
            }
        }
        if lines.count > inner.height {
            let position = " \(T(.detailPosition, top + 1, min(top + inner.height, lines.count), lines.count)) "
            let width = DisplayWidth.of(position)
            buffer.write(position, x: area.x + area.width - 1 - width, y: area.y + area.height - 1,
                             maxWidth: width, role: .borderActive)
        }
    }

    /// Where the text goes inside the frame.
    static func textArea(in area: Rect) -> Rect { area.inset(top: 1, left: 2, bottom: 1, right: 2) }

    /// Width of the text inside a detail drawn over `area`.
    static func textWidth(in area: Rect) -> Int { textArea(in: area).width }

    /// Number of screen lines `content` takes at `width`, once wrapped.
    static func lineCount(_ content: DetailContent, width: Int) -> Int {
        width > 4 ? layout(content, width: width).count : content.lines.count
    }

    /// Each detail line becomes one or more screen lines of styled runs.
    static func layout(_ content: DetailContent, width: Int) -> [[(String, StyleRole)]] {
        let labelWidth = min(content.lines.reduce(0) { widest, line in
            if case .field(let label, _, _) = line { return max(widest, DisplayWidth.of(label)) }
            return widest
        }, maximumLabelWidth, max(width / 2, 1))
        var result: [[(String, StyleRole)]] = []
        for line in content.lines {
            switch line {
            case .blank:
                result.append([])
            case .section(let title):
                result.append([(TextLayout.truncate(title, toWidth: width), .helpTitle)])
            case .text(let text, let emphasis):
                for part in TextLayout.wrap(text, width: width) { result.append([(part, emphasis ?? .normal)]) }
            case .field(let label, let value, let emphasis):
                let valueWidth = max(width - labelWidth - 3, 1)
                let parts = TextLayout.wrap(value, width: valueWidth)
                for (index, part) in (parts.isEmpty ? [""] : parts).enumerated() {
                    let head = index == 0 ? TextLayout.pad(TextLayout.truncate(label, toWidth: labelWidth), toWidth: labelWidth)
                                          : String(repeating: " ", count: labelWidth)
                    result.append([(head, .label), (index == 0 ? " : " : "   ", .dim), (part, emphasis ?? .value)])
                }
            }
        }
        return result
    }
}
