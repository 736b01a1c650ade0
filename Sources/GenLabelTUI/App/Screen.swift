/// What fills the body of the screen.
public enum Screen: Sendable, Equatable {
    /// The four panes.
    case panes
    /// A read-only detail of one record, scrolled by `scroll` screen lines.
    case detail(DetailContent, scroll: Int)
    /// The key-binding help, over whatever was shown, scrolled by `scroll` screen lines.
    case help(returnTo: HelpReturn, scroll: Int)

    /// Where `Esc` goes back to from the help screen.
    public enum HelpReturn: Sendable, Equatable {
        case panes
        case detail(DetailContent, scroll: Int)
    }
}
