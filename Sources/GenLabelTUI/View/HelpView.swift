import GenLabelCore

/// The help screen's content, generated from `KeyBindings.all` (the same data as the footer), shown
/// and scrolled like a detail view.
enum HelpView {
    private static let sections: [(BindingContext, TextKey)] = [
        (.everywhere, .helpSectionEverywhere), (.moving, .helpSectionMoving), (.list, .helpSectionList),
        (.detail, .helpSectionDetail),
    ]

    /// The help opened over `returnTo`: first the keys of that screen (its footer's, whole), then the
    /// table of every key.
    static func content(over returnTo: Screen.HelpReturn, state: AppState) -> DetailContent {
        guard case .screen(let screen) = returnTo, let hints = screenHints(screen, state: state), !hints.isEmpty else {
            return content
        }
        var lines: [DetailLine] = [.section(T(.helpSectionThisScreen))]
        lines += hints.map { .field($0.0, $0.1) }
        lines.append(.blank)
        return DetailContent(title: content.title, lines: lines + content.lines)
    }

    /// The keys a screen's footer shows; nil for the lists and details, which the table covers.
    static func screenHints(_ screen: Screen, state: AppState) -> [(String, String)]? {
        switch screen {
        case .panes, .detail, .history, .help: return nil
        case .instruction(let screen): return InstructionView.hints(screen, state: state)
        case .form(let screen): return FormView.hints(screen)
        case .facets: return FacetView.hints()
        case .prompt(let prompt): return PromptView.hints(prompt)
        case .smallForm(let form): return SmallFormView.hints(form)
        case .learners(let screen): return LearnerView.hints(screen)
        case .learnerForm(let form): return LearnerView.hints(form)
        case .sessionForm(let form): return SessionFormView.hints(form)
        case .figures(let screen): return FiguresView.hints(screen)
        case .importFile(let screen): return ImportView.hints(screen)
        }
    }

    static let content: DetailContent = {
        var lines: [DetailLine] = []
        for (context, title) in sections {
            if !lines.isEmpty { lines.append(.blank) }
            lines.append(.section(T(title)))
            for binding in KeyBindings.all where binding.context == context {
                lines.append(.field(binding.keysText, T(binding.description)))
            }
        }
        lines += [.blank, .text(T(.helpFilterLegend), emphasis: .dim), .text(T(.helpFormLegend), emphasis: .dim),
                  .text(T(.helpLegend), emphasis: .dim)]
        return DetailContent(title: T(.helpTitle), lines: lines)
    }()
}
