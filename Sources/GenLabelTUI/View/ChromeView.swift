import GenLabelCore

/// The header line (application, today, database) and the footer line (keys that work here).
enum ChromeView {
    static func renderHeader(_ state: AppState, in area: Rect, into buffer: inout Buffer) {
        guard area.height > 0, area.width > 0 else { return }
        buffer.fill(area, role: .header)
        var right = T(.headerToday, state.today.french)
        if state.todayIsPinned { right += " " + T(.headerPinnedToday) }
        let title = " " + T(.appTitle)
        let titleWidth = DisplayWidth.of(title)
        let rightWidth = DisplayWidth.of(right)
        let room = area.width - titleWidth - rightWidth - 4
        var database = ""
        if room > 10 {
            database = T(.headerDatabase, shortenedPath(state.databasePath, toWidth: room - DisplayWidth.of(T(.headerDatabase, ""))))
        }
        let trailer = database.isEmpty ? right + " " : right + "  " + database + " "
        let trailerWidth = DisplayWidth.of(trailer)
        _ = buffer.write(title, x: area.x, y: area.y, maxWidth: max(area.width - trailerWidth - 1, 0), role: .header)
        if trailerWidth < area.width {
            _ = buffer.write(trailer, x: area.x + area.width - trailerWidth, y: area.y, maxWidth: trailerWidth, role: .header)
        }
    }

    static func renderFooter(_ state: AppState, context: BindingContext?, in area: Rect, into buffer: inout Buffer) {
        guard area.height > 0, area.width > 0 else { return }
        buffer.fill(area, role: .footer)
        var x = area.x + 1
        let limit = area.x + area.width
        if let context {
            for binding in KeyBindings.footer(for: context) {
                guard let word = binding.footer, let key = binding.keys.first else { continue }
                let keyText = key.displayName
                let needed = DisplayWidth.of(keyText) + 1 + DisplayWidth.of(T(word)) + 2
                guard x + needed <= limit else { break }
                x += buffer.write(keyText, x: x, y: area.y, maxWidth: limit - x, role: .footerKey)
                x += buffer.write(" " + T(word) + "  ", x: x, y: area.y, maxWidth: limit - x, role: .footer)
            }
        } else {
            x += buffer.write(T(.helpClose), x: x, y: area.y, maxWidth: limit - x, role: .footer)
        }
        if let status = state.statusMessage, x + 2 < limit {
            let text = TextLayout.truncate(status, toWidth: limit - x - 1)
            let width = DisplayWidth.of(text)
            _ = buffer.write(text, x: limit - width - 1, y: area.y, maxWidth: width, role: .error)
        }
    }

    /// Keeps the end of a path, which names the file: "…/genlabel/demo.sqlite".
    static func shortenedPath(_ path: String, toWidth width: Int) -> String {
        guard DisplayWidth.of(path) > width, width > 1 else { return path }
        var kept = ""
        for character in path.reversed() {
            if DisplayWidth.of(kept) + DisplayWidth.of(character) + 1 > width { break }
            kept.insert(character, at: kept.startIndex)
        }
        return "…" + kept
    }
}
