/// What fills the body of the screen.
public enum Screen: Sendable, Equatable {
    /// The four panes.
    case panes
    /// A read-only detail of one record, scrolled by `scroll` screen lines.
    case detail(DetailContent, scroll: Int)
    /// The key-binding help, over whatever was shown, scrolled by `scroll` screen lines.
    case help(returnTo: HelpReturn, scroll: Int)
    /// A date being entered for a session fact, over the session's detail.
    case prompt(FactPrompt)
    /// The instruction screens (issue 3): checklist, grid, transitions, committees, ranking.
    case instruction(InstructionScreen)
    /// The dossier edit form, or the form of a new dossier (issue 3).
    case form(FormScreen)
    /// A dossier's audit trail (issue 3), scrolled, over the dossier's detail it goes back to.
    case history(DetailContent, scroll: Int, returnTo: DetailContent)
    /// The filters of the Dossiers list: state, committee, region, instructor (issue 3).
    case facets(FacetScreen)
    /// A small form (issue 4): a label's change, an alert's acknowledgement or snooze, the alert filters.
    case smallForm(FormPrompt)
    /// A session's learners (issue 4).
    case learners(LearnerListScreen)
    /// Adding or editing a learner.
    case learnerForm(LearnerForm)
    /// Editing a session: dates, modality, capacity, documents received, referencing (issue 4).
    case sessionForm(SessionForm)
    /// The figures ("Chiffres").
    case figures(FiguresScreen)
    /// Importing a file (issue 5): its kind, its path, the preview of what would change.
    case importFile(ImportScreen)

    /// Where `Esc` goes back to from the help screen.
    public enum HelpReturn: Sendable, Equatable {
        case panes
        case detail(DetailContent, scroll: Int)
        /// Any other screen, exactly as it was (a form keeps what was typed, a list its selection).
        indirect case screen(Screen)
    }
}

extension Screen {
    /// Whether something is being typed (a date, a learner's form): kept whole while the window is too small.
    public var isPrompt: Bool {
        switch self {
        case .prompt, .form, .smallForm, .learnerForm, .sessionForm: return true
        case .instruction(let screen): return screen.input != nil
        case .importFile(let screen): return screen.step == .path
        case .help(.screen(let screen), _): return screen.isPrompt
        default: return false
        }
    }
}
