import GenLabelCore
import GenLabelStore
import GenLabelTerminal
import GenLabelTUI

/// The event loop of the terminal application: key or tick → message → update → view → buffer →
/// curses. Ticks come every `tickMilliseconds` when no key is pressed, so the alert list follows the
/// date and other processes' changes without input.
final class InteractiveSession {
    static let tickMilliseconds = 500

    private let repository: SQLiteRepository
    private let databasePath: String
    private let readOnly: Bool
    private let pinnedToday: CalendarDate?
    private let clock: () -> CalendarDate
    private let theme: Theme
    private let noColor: Bool
    private let actor: Actor
    private let timestamp: () -> String
    private let environment: [String: String]

    init(repository: SQLiteRepository, databasePath: String, readOnly: Bool, pinnedToday: CalendarDate?,
         clock: @escaping () -> CalendarDate, theme: Theme, noColor: Bool, actor: Actor,
         timestamp: @escaping () -> String, environment: [String: String] = [:]) {
        self.environment = environment
        self.actor = actor
        self.timestamp = timestamp
        self.repository = repository
        self.databasePath = databasePath
        self.readOnly = readOnly
        self.pinnedToday = pinnedToday
        self.clock = clock
        self.theme = theme
        self.noColor = noColor
    }

    private func today() -> CalendarDate { pinnedToday ?? clock() }

    func run() throws {
        let terminal = try CursesTerminal(theme: theme, noColor: noColor)
        defer { terminal.stop() }
        let size = terminal.size()
        var state = AppState(today: today(), todayIsPinned: pinnedToday != nil, databasePath: databasePath,
                             size: TerminalSize(width: size.width, height: size.height))
        state.boxChars = terminal.supportsUnicode ? .unicode : .ascii
        state.isReadOnly = readOnly
        state.actor = actor
        // The first frame is drawn from each list's first rows; the lists are then read whole, before the
        // first key is handled (issue 7).
        let driver = AppDriver(state: state, repository: repository, writer: repository, instruction: repository,
                               labels: repository, learners: repository, figures: repository, importer: repository,
                               timestamp: timestamp, firstFrameFirst: true)
        let editorCommand = ExternalEditor.command(environment: environment)
        driver.editor = { text in terminal.suspended { ExternalEditor.edit(text, command: editorCommand) } }
        driver.showProgress = { state in terminal.draw(MainView.render(state)) }
        terminal.draw(MainView.render(driver.state))
        driver.completeLoading()
        terminal.draw(MainView.render(driver.state))
        let clock = ContinuousClock()
        var lastTick = clock.now
        while !driver.state.wantsToQuit {
            if let key = terminal.readKey(timeoutMilliseconds: Self.tickMilliseconds) {
                if key == .resize {
                    let size = terminal.size()
                    driver.send(.resized(TerminalSize(width: size.width, height: size.height)))
                } else {
                    driver.send(.key(key))
                    // The window may have changed size while an editor ran.
                    let size = terminal.size()
                    if size.width != driver.state.size.width || size.height != driver.state.size.height {
                        driver.send(.resized(TerminalSize(width: size.width, height: size.height)))
                    }
                }
            }
            if clock.now - lastTick >= .milliseconds(Self.tickMilliseconds) {
                lastTick = clock.now
                driver.tick(today: today())
            }
            terminal.draw(MainView.render(driver.state))
        }
    }
}
