import GenLabelCore

/// The help screen, generated from `KeyBindings.all` (the same data as the footer). When the sections
/// do not fit one under the other, they flow into a second column.
enum HelpView {
    private static let sections: [(BindingContext, TextKey)] = [
        (.everywhere, .helpSectionEverywhere), (.moving, .helpSectionMoving), (.list, .helpSectionList),
        (.detail, .helpSectionDetail),
    ]

    static func render(in area: Rect, into buffer: inout Buffer) {
        buffer.fill(area, role: .normal)
        buffer.drawBox(area, title: T(.helpTitle), role: .borderActive, titleRole: .paneTitleActive)
        let inner = area.inset(top: 1, left: 2, bottom: 1, right: 2)
        guard inner.width > 0, inner.height > 0 else { return }
        let blocks = sections.map { context, title in
            [HelpLine.title(T(title))] + KeyBindings.all.filter { $0.context == context }.map(HelpLine.binding)
        } + [TextLayout.wrap(T(.helpLegend), width: max((inner.width - 2) / 2, 1)).map(HelpLine.text)]
        let keyWidth = KeyBindings.all.map { DisplayWidth.of($0.keysText) }.max() ?? 0
        let oneColumn = blocks.reduce(0) { $0 + $1.count + 1 } - 1
        let columns = oneColumn > inner.height && inner.width >= 60 ? 2 : 1
        let columnWidth = columns == 1 ? inner.width : (inner.width - 2) / 2
        var column = 0
        var y = inner.y
        for block in blocks {
            if columns == 2, column == 0, y > inner.y, y + block.count > inner.y + inner.height {
                column = 1
                y = inner.y
            }
            let x = inner.x + column * (columnWidth + 2)
            for line in block {
                guard y < inner.y + inner.height else { break }
                switch line {
                case .title(let text):
                    buffer.write(text, x: x, y: y, maxWidth: columnWidth, role: .helpTitle)
                case .text(let text):
                    buffer.write(text, x: x, y: y, maxWidth: columnWidth, role: .dim)
                case .binding(let binding):
                    let shownKeyWidth = min(keyWidth, max(columnWidth / 2, 1))
                    let keys = TextLayout.pad(TextLayout.truncate(binding.keysText, toWidth: shownKeyWidth), toWidth: shownKeyWidth)
                    buffer.write("  " + keys, x: x, y: y, maxWidth: columnWidth, role: .helpKey)
                    buffer.write(T(binding.description), x: x + shownKeyWidth + 4, y: y,
                                 maxWidth: max(columnWidth - shownKeyWidth - 4, 0), role: .normal)
                }
                y += 1
            }
            y += 1
        }
    }

    private enum HelpLine {
        case title(String)
        case binding(KeyBinding)
        case text(String)
    }
}
