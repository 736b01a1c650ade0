import GenLabelCore

/// The help from every screen: `?` wherever it is not typed into a field, `F1` everywhere (forms and
/// prompts included). The help goes back to the screen it was opened from, exactly as it was.
extension AppUpdate {
    /// Whether `key` opens the help on the screen of `state` (the help itself closes on it instead).
    static func opensHelp(_ key: Key, _ state: AppState) -> Bool {
        if case .help = state.screen { return false }
        switch key {
        case .function(1): return true
        case .character("?"): return !typesText(state)
        default: return false
        }
    }

    /// Whether a printable key is typed into a text field of the screen (a list's filter, a reason, a
    /// name, a path): there `?` is text, and only F1 opens the help.
    static func typesText(_ state: AppState) -> Bool {
        switch state.screen {
        case .panes:
            return state.isEditingFilter
        case .smallForm(let form):
            guard form.fields.indices.contains(form.focus) else { return false }
            if case .text = form.fields[form.focus].kind { return true }
            return false
        case .form(let screen):
            return screen.conflict == nil && !screen.isAskingToDiscard && screen.field.kind != .choice
        case .learnerForm(let form):
            guard form.conflict == nil, !form.isAskingToDiscard else { return false }
            if case .text = form.focus.kind { return true }
            return false
        case .sessionForm:
            // Its fields take digits and "/" only: `?` is never typed there.
            return false
        case .instruction(let screen):
            return screen.input != nil
        case .importFile(let screen):
            return screen.step == .path
        case .detail, .help, .prompt, .history, .facets, .learners, .figures:
            return false
        }
    }

    /// Where the help goes back to.
    static func helpReturn(from screen: Screen) -> Screen.HelpReturn {
        switch screen {
        case .panes: return .panes
        case .detail(let content, let scroll): return .detail(content, scroll: scroll)
        default: return .screen(screen)
        }
    }
}
