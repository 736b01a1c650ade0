import GenLabelCore

/// The header line (application, today, database) and the footer line (keys that work here).
enum ChromeView {
    /// Narrowest room worth showing the database path in.
    static let minimumPathWidth = 12

    static func renderHeader(_ state: AppState, in area: Rect, into buffer: inout Buffer) {
        guard area.height > 0, area.width > 0 else { return }
        buffer.fill(area, role: .header)
        var date = T(.headerToday, state.today.french)
        if state.todayIsPinned { date += " " + T(.headerPinnedToday) }
        if state.isReadOnly { date = T(.headerReadOnly) + " · " + date }
        if !state.actor.login.isEmpty {
            let role = state.actor.role.map(DomainText.role) ?? T(.headerNoRole)
            date = T(.headerUser, state.actor.login, role) + " · " + date
        }
        let dateWidth = DisplayWidth.of(date)
        let longTitle = " " + T(.appTitle)
        let title = DisplayWidth.of(longTitle) + dateWidth + minimumPathWidth + 12 <= area.width
            ? longTitle : " " + T(.appShortTitle)
        let titleWidth = DisplayWidth.of(title)
        buffer.write(title, x: area.x, y: area.y, maxWidth: area.width, role: .header)
        var right = date + " "
        // Leave a gap of three columns between the title and the right-hand part.
        let pathRoom = area.width - titleWidth - dateWidth - 6 - DisplayWidth.of(T(.headerDatabase, ""))
        if pathRoom >= minimumPathWidth {
            right = date + "  " + T(.headerDatabase, shortenedPath(state.databasePath, toWidth: pathRoom)) + " "
        }
        let rightWidth = DisplayWidth.of(right)
        if titleWidth + rightWidth < area.width {
            buffer.write(right, x: area.x + area.width - rightWidth, y: area.y, maxWidth: rightWidth, role: .header)
        }
    }

    static func renderFooter(_ state: AppState, context: BindingContext?, in area: Rect, into buffer: inout Buffer) {
        guard area.height > 0, area.width > 0 else { return }
        buffer.fill(area, role: .footer)
        var x = area.x + 1
        let limit = area.x + area.width
        if context == .list && state.isEditingFilter {
            let prompt = T(.filterPrompt)
            x += buffer.write(prompt, x: x, y: area.y, maxWidth: limit - x, role: .footerKey)
            x += buffer.write(state.query(state.activePane).filter, x: x, y: area.y, maxWidth: limit - x, role: .input)
            x += buffer.write("▏  ", x: x, y: area.y, maxWidth: limit - x, role: .input)
            x += buffer.write(T(.filterHints), x: x, y: area.y, maxWidth: limit - x, role: .footer)
        } else if let context {
            var hints = KeyBindings.footer(for: context).compactMap { binding -> (KeyBinding, String, String)? in
                guard let word = binding.footer, let key = binding.footerKeys ?? binding.keys.first?.displayName else { return nil }
                if binding.action == .open && context == .list && state.rowCount(state.activePane) == 0 { return nil }
                if binding.action == .open && context == .detail {
                    guard case .detail(let content, _) = state.screen, content.target != nil else { return nil }
                }
                if case .instruction = binding.action {
                    guard case .detail(let content, _) = state.screen, content.dossierID != nil else { return nil }
                }
                if binding.action == .learners {
                    guard case .detail(let content, _) = state.screen, content.editableSession != nil,
                          state.actor.may(.editMonitoring), state.actor.may(.readPersonalData), !state.isReadOnly else { return nil }
                }
                if binding.action == .figures && context == .detail {
                    guard case .detail(let content, _) = state.screen, content.figures != nil else { return nil }
                }
                if let scope = binding.scope, !scope.holds(in: state) { return nil }
                if binding.action == .editDossier {
                    guard case .detail(let content, _) = state.screen, content.dossierID != nil,
                          state.actor.may(.editDossiers), !state.isReadOnly else { return nil }
                }
                if binding.action == .dossierHistory {
                    guard case .detail(let content, _) = state.screen, content.dossierID != nil else { return nil }
                }
                if binding.action == .newDossier, !state.actor.may(.editDossiers) || state.isReadOnly { return nil }
                if binding.action == .importFile, !state.actor.may(.importData) || state.isReadOnly { return nil }
                if case .history = state.screen, binding.action != .back, binding.action != .quit,
                   binding.action != .moveDown { return nil }
                if case .labelForm = binding.action {
                    guard case .detail(let content, _) = state.screen, content.editableLabel != nil,
                          state.actor.may(.editMonitoring), !state.isReadOnly else { return nil }
                }
                switch binding.action {
                case .alertFilters:
                    guard state.activePane == .alerts else { return nil }
                case .handleAlert:
                    guard state.activePane == .alerts, state.actor.may(.handleAlerts), !state.isReadOnly,
                          state.rowCount(.alerts) > 0 else { return nil }
                default: break
                }
                if binding.action == .editSession {
                    guard case .detail(let content, _) = state.screen, content.editableSession != nil,
                          state.actor.may(.editMonitoring), !state.isReadOnly else { return nil }
                }
                if case .recordFact = binding.action {
                    guard case .detail(let content, _) = state.screen, content.editableSession != nil,
                          state.actor.may(.editMonitoring), !state.isReadOnly else { return nil }
                }
                return (binding, key, T(word))
            }
            func width(_ hint: (KeyBinding, String, String)) -> Int { DisplayWidth.of(hint.1) + DisplayWidth.of(hint.2) + 3 }
            // A message (error or notice) is shown whole when it can be: every hint but help and quit
            // (the strongest, priority 9) makes room for it, the weakest first.
            let message = state.statusMessage ?? state.notice ?? state.loadError
            let kept = hints.filter { $0.0.footerPriority >= 9 }.reduce(0) { $0 + width($1) }
            let reserved = message.map { min(DisplayWidth.of($0) + 2, max(limit - x - kept, 0)) } ?? 0
            while hints.reduce(0, { $0 + width($1) }) > limit - x - reserved, let weakest = hints.indices.min(by: {
                hints[$0].0.footerPriority < hints[$1].0.footerPriority
            }) {
                hints.remove(at: weakest)
            }
            for (_, key, word) in hints {
                x += buffer.write(key, x: x, y: area.y, maxWidth: limit - x, role: .footerKey)
                x += buffer.write(" " + word + "  ", x: x, y: area.y, maxWidth: limit - x, role: .footer)
            }
        } else {
            x += buffer.write("↑↓", x: x, y: area.y, maxWidth: limit - x, role: .footerKey)
            x += buffer.write(" " + T(.footerScroll) + "  ", x: x, y: area.y, maxWidth: limit - x, role: .footer)
            x += buffer.write(T(.helpClose), x: x, y: area.y, maxWidth: limit - x, role: .footer)
        }
        let status = state.statusMessage.map { ($0, StyleRole.error) } ?? state.notice.map { ($0, StyleRole.success) }
            ?? state.loadError.map { ($0, StyleRole.error) }
        if let (message, role) = status, x + 2 < limit {
            let text = TextLayout.truncate(message, toWidth: limit - x - 1)
            let width = DisplayWidth.of(text)
            buffer.write(text, x: limit - width - 1, y: area.y, maxWidth: width, role: role)
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
