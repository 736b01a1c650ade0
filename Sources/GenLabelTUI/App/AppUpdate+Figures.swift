import GenLabelCore

/// Keys and results of the figures screen (issue 4).
extension AppUpdate {
    static func figuresLoaded(_ report: FiguresReport, focus: FigureScope?, _ state: inout AppState) {
        var returnTo: DetailContent?
        var scroll = 0
        switch state.screen {
        case .detail(let content, let detailScroll):
            returnTo = content
            scroll = detailScroll
        case .figures(let current):
            // Read again: same place.
            var screen = current
            screen.report = report
            if !report.contains(screen.current) { screen.path = [.overall]; screen.entryDepth = 0 }
            screen.selected = min(screen.selected, max(screen.children.count - 1, 0))
            state.screen = .figures(screen)
            return
        default: break
        }
        state.screen = .figures(FiguresScreen(report: report, focus: focus, returnTo: returnTo, returnScroll: scroll))
    }

    static func handleFigures(_ key: Key, _ screen: FiguresScreen, _ state: inout AppState) -> [Effect] {
        var screen = screen
        let count = screen.children.count
        switch key {
        case .escape:
            if screen.path.count - 1 > screen.entryDepth {
                let left = screen.path.removeLast()
                screen.selected = screen.children.firstIndex(of: left) ?? 0
            } else {
                if let content = screen.returnTo {
                    state.screen = .detail(content, scroll: screen.returnScroll)
                } else {
                    state.screen = .panes
                }
                return []
            }
        case .character("q"):
            state.wantsToQuit = true
            return []
        case .up, .character("k"): screen.selected = max(screen.selected - 1, 0)
        case .down, .character("j"): screen.selected = min(screen.selected + 1, max(count - 1, 0))
        case .home, .character("g"): screen.selected = 0
        case .end, .character("G"): screen.selected = max(count - 1, 0)
        case .pageUp: screen.selected = max(screen.selected - 10, 0)
        case .pageDown: screen.selected = min(screen.selected + 10, max(count - 1, 0))
        case .left, .backspace:
            // Up one level, above where the screen was opened too.
            guard screen.path.count > 1 else { break }
            let left = screen.path.removeLast()
            screen.entryDepth = min(screen.entryDepth, screen.path.count - 1)
            screen.selected = screen.children.firstIndex(of: left) ?? 0
        case .enter, .right:
            guard screen.children.indices.contains(screen.selected) else { break }
            screen.path.append(screen.children[screen.selected])
            screen.selected = 0
        default: break
        }
        state.screen = .figures(screen)
        return []
    }
}
