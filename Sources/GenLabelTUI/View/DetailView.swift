import GenLabelCore

/// A read-only detail in a frame over the body: "label : value" lines, sections, wrapped text, scrolled.
enum DetailView {
    /// Widest label column, so long labels do not eat the values.
    static let maximumLabelWidth = 28

    static func render(_ content: DetailContent, scroll: Int, in area: Rect, into buffer: inout Buffer) {
        let inner = textArea(in: area)
        let lines = inner.width > 4 && inner.height > 0 ? layout(content, width: inner.width) : []
        let top = min(max(scroll, 0), max(lines.count - inner.height, 0))
        FramedLines.render(title: content.title, lines: lines, top: top, in: area, into: &buffer)
    }

    /// Where the text goes inside the frame.
    static func textArea(in area: Rect) -> Rect { FramedLines.inner(area) }

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
                // Leading spaces indent every wrapped line (a list's "  • …", an unselected "  Sessions"),
                // where wrapping alone would drop them.
                let indent = String(text.prefix { $0 == " " })
                let body = indent.isEmpty ? text : String(text.dropFirst(indent.count))
                for part in TextLayout.wrap(body, width: max(width - indent.count, 1)) {
                    result.append([(indent + part, emphasis ?? .normal)])
                }
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
