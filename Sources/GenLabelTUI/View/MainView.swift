import GenLabelCore

/// `view(state) -> Buffer`: the whole screen as cells, with no terminal involved.
public enum MainView {
    public static func render(_ state: AppState) -> Buffer {
        let size = state.size
        var buffer = Buffer(width: max(size.width, 0), height: max(size.height, 0))
        buffer.boxChars = state.boxChars
        let layout = MainLayout(size: size, active: state.activePane)
        if layout.isTooSmall {
            renderTooSmall(size, into: &buffer)
            return buffer
        }
        ChromeView.renderHeader(state, in: layout.header, into: &buffer)
        switch state.screen {
        case .panes:
            for pane in PaneKind.allCases {
                if let rect = layout.panes[pane] { PaneView.render(pane, state: state, in: rect, into: &buffer) }
            }
            ChromeView.renderFooter(state, context: .list, in: layout.footer, into: &buffer)
        case .detail(let content, let scroll):
            DetailView.render(content, scroll: scroll, in: layout.body, into: &buffer)
            ChromeView.renderFooter(state, context: .detail, in: layout.footer, into: &buffer)
        case .help(let returnTo, let scroll):
            DetailView.render(HelpView.content(over: returnTo, state: state), scroll: scroll, in: layout.body, into: &buffer)
            ChromeView.renderFooter(state, context: nil, in: layout.footer, into: &buffer)
        case .prompt(let prompt):
            DetailView.render(prompt.returnTo, scroll: prompt.returnScroll, in: layout.body, into: &buffer)
            PromptView.render(prompt, in: layout.body, into: &buffer)
            PromptView.renderFooter(prompt, in: layout.footer, into: &buffer)
        case .smallForm(let form):
            switch form.returnTo {
            case .panes:
                for pane in PaneKind.allCases {
                    if let rect = layout.panes[pane] { PaneView.render(pane, state: state, in: rect, into: &buffer) }
                }
            case .detail(let content, let scroll):
                DetailView.render(content, scroll: scroll, in: layout.body, into: &buffer)
            }
            SmallFormView.render(form, in: layout.body, into: &buffer)
            SmallFormView.renderFooter(form, state: state, in: layout.footer, into: &buffer)
        case .instruction(let screen):
            InstructionView.render(screen, state: state, in: layout.body, into: &buffer)
            InstructionView.renderFooter(screen, state: state, in: layout.footer, into: &buffer)
        case .form(let screen):
            FormView.render(screen, in: layout.body, into: &buffer)
            FormView.renderFooter(screen, state: state, in: layout.footer, into: &buffer)
        case .history(let content, let scroll, _):
            DetailView.render(content, scroll: scroll, in: layout.body, into: &buffer)
            ChromeView.renderFooter(state, context: .detail, in: layout.footer, into: &buffer)
        case .facets(let screen):
            let content = FacetView.content(screen, shown: state.rowCount(.dossiers), total: state.totalCount(.dossiers))
            DetailView.render(content, scroll: 0, in: layout.body, into: &buffer)
            FacetView.renderFooter(in: layout.footer, into: &buffer)
        case .learners(let screen):
            LearnerView.render(screen, in: layout.body, into: &buffer)
            LearnerView.renderFooter(screen, state: state, in: layout.footer, into: &buffer)
        case .learnerForm(let form):
            LearnerView.render(form, in: layout.body, into: &buffer)
            LearnerView.renderFooter(form, state: state, in: layout.footer, into: &buffer)
        case .sessionForm(let form):
            SessionFormView.render(form, in: layout.body, into: &buffer)
            SessionFormView.renderFooter(form, state: state, in: layout.footer, into: &buffer)
        case .figures(let screen):
            FiguresView.render(screen, state: state, in: layout.body, into: &buffer)
            FiguresView.renderFooter(screen, state: state, in: layout.footer, into: &buffer)
        case .importFile(let screen):
            DetailView.render(ImportView.content(screen), scroll: screen.scroll, in: layout.body, into: &buffer)
            ImportView.renderFooter(screen, state: state, in: layout.footer, into: &buffer)
        }
        return buffer
    }

    private static func renderTooSmall(_ size: TerminalSize, into buffer: inout Buffer) {
        guard size.width > 0, size.height > 0 else { return }
        let message = T(.terminalTooSmall, size.width, size.height, MainLayout.minimumWidth, MainLayout.minimumHeight)
        for (row, line) in TextLayout.wrap(message, width: size.width).prefix(size.height).enumerated() {
            buffer.write(line, x: 0, y: row, maxWidth: size.width, role: .warning)
        }
    }
}
