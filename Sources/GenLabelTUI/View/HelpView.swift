import GenLabelCore

/// The help screen, generated from `KeyBindings.all` (the same data as the footer).
enum HelpView {
    static func render(in area: Rect, into buffer: inout Buffer) {
        buffer.fill(area, role: .normal)
        buffer.drawBox(area, title: " \(T(.helpTitle)) ", role: .borderActive, titleRole: .paneTitleActive)
        let inner = area.inset(top: 1, left: 2, bottom: 1, right: 2)
        guard inner.width > 0, inner.height > 0 else { return }
        let keyWidth = min(KeyBindings.all.map { DisplayWidth.of($0.keysText) }.max() ?? 0, max(inner.width / 2, 1))
        var y = inner.y
        let sections: [(BindingContext, TextKey)] = [(.everywhere, .helpSectionEverywhere), (.list, .helpSectionList),
                                                     (.detail, .helpSectionDetail)]
        for (context, title) in sections {
            guard y < inner.y + inner.height else { return }
            _ = buffer.write(T(title), x: inner.x, y: y, maxWidth: inner.width, role: .helpTitle)
            y += 1
            for binding in KeyBindings.all where binding.context == context {
                guard y < inner.y + inner.height else { return }
                let keys = TextLayout.pad(TextLayout.truncate(binding.keysText, toWidth: keyWidth), toWidth: keyWidth)
                _ = buffer.write("  " + keys, x: inner.x, y: y, maxWidth: inner.width, role: .helpKey)
                _ = buffer.write(T(binding.description), x: inner.x + keyWidth + 4, y: y,
                                 maxWidth: max(inner.width - keyWidth - 4, 0), role: .normal)
                y += 1
            }
            y += 1
        }
    }
}
