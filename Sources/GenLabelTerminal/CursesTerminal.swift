import CNCursesW
import GenLabelCore
import GenLabelTUI
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The full-screen terminal, through ncursesw: the only code of genlabel that touches curses.
///
/// It starts curses with `newterm` (so an unusable TERM is a thrown error, not an exit), reads keys as
/// `Key` values, draws a `Buffer` by flushing only the cells that changed since the previous draw, and
/// restores the terminal on `stop()`, on `deinit`, and on fatal or terminating signals (see
/// `SignalGuard`). Ctrl-Z is handled by ncurses itself (suspend, then full repaint on `fg`); a resize
/// arrives as `Key.resize` and the next `draw` repaints everything.
///
/// Only one instance may run at a time. Use it from one thread (it is not `Sendable`).
public final class CursesTerminal {
    /// The screen returned by `newterm`.
    private let screen: OpaquePointer
    /// The screen's standard window, read once after `newterm` (the `stdscr` global is not used).
    private let window: UnsafeMutablePointer<WINDOW>
    /// The terminal state before curses started, restored by `stop()` and by the signal handler.
    private var savedTermios: termios
    /// The signal dispositions before curses started, put back by `stop()`.
    private let originalActions: [Int32: sigaction]
    /// Curses attributes of each role, indexed by `StyleRole.index`.
    private var roleAttributes: [attr_t] = []
    /// Colour pair of each role (0 = terminal default), indexed by `StyleRole.index`.
    private var rolePairs: [Int16] = []
    /// The buffer on screen, nil before the first draw.
    private var previous: Buffer?
    /// Whether the next `draw` must repaint every cell.
    private var needsFullRedraw = true
    /// Whether the cursor is currently visible.
    private var cursorVisible = false
    /// Whether `stop()` has run.
    private var stopped = false

    /// Whether the character type is UTF-8: when false, non-ASCII characters show as "?" and the caller
    /// should draw frames with `BoxChars.ascii`.
    public let supportsUnicode: Bool
    /// The number of colours in use: 0 when drawing without colour (`noColor`, or a terminal without).
    public private(set) var colorCount = 0
    /// The theme actually used, fitted to the terminal (degraded or monochrome).
    public private(set) var effectiveTheme: Theme

    /// Whether a `CursesTerminal` is running in this process.
    nonisolated(unsafe) private static var isActive = false

    /// Starts curses on the controlling terminal (standard input and output).
    ///
    /// - Parameters:
    ///   - theme: the colours and attributes of each role; degraded to the terminal's colour count.
    ///   - noColor: draw with attributes only (`Theme.monochrome`), e.g. when NO_COLOR is set.
    /// - Throws: `TerminalError` (French message) when standard input/output is not a terminal, another
    ///   instance runs, the terminal state cannot be read, or curses does not know TERM.
    public init(theme: Theme, noColor: Bool) throws {
        guard !CursesTerminal.isActive else { throw TerminalError.alreadyActive }
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else { throw TerminalError.notATerminal }
        var state = termios()
        guard tcgetattr(STDIN_FILENO, &state) == 0 else { throw TerminalError.cannotSaveState }
        savedTermios = state
        originalActions = SignalGuard.currentActions()

        setlocale(LC_ALL, "")
        if String(cString: nl_langinfo(nl_item(CODESET))) != "UTF-8" {
            // LANG unset (C locale) in a UTF-8 terminal is common in containers and over ssh: try a UTF-8
            // character type so accents show; keep the user's locale if none exists.
            if setlocale(LC_CTYPE, "C.UTF-8") == nil { _ = setlocale(LC_CTYPE, "C.utf8") }
        }
        supportsUnicode = String(cString: nl_langinfo(nl_item(CODESET))) == "UTF-8"
        guard let newScreen = newterm(nil, genlabel_stdout(), genlabel_stdin()) else {
            _ = tcsetattr(STDIN_FILENO, TCSANOW, &state)
            throw TerminalError.unusableTerminal(term: getenv("TERM").map { String(cString: $0) })
        }
        _ = set_term(newScreen)
        // A terminal without cursor addressing (TERM=dumb) or a printing terminal cannot show a screen.
        let cursorAddress = tigetstr("cup")
        if cursorAddress == nil || Int(bitPattern: cursorAddress) == -1 || tigetflag("hc") > 0 {
            _ = endwin()
            delscreen(newScreen)
            _ = tcsetattr(STDIN_FILENO, TCSANOW, &state)
            throw TerminalError.unusableTerminal(term: getenv("TERM").map { String(cString: $0) })
        }
        screen = newScreen
        window = genlabel_stdscr()
        effectiveTheme = Theme.monochrome(from: theme)
        CursesTerminal.isActive = true

        _ = cbreak()
        _ = noecho()
        _ = nonl()
        _ = intrflush(window, false)
        _ = keypad(window, true)
        _ = set_escdelay(25)
        _ = curs_set(0)
        allowControlKeys()
        _ = def_prog_mode() // the mode ncurses restores after Ctrl-Z / fg

        setUpStyles(theme: theme, noColor: noColor)
        SignalGuard.prepare(saved: state, sequence: CursesTerminal.restoreSequence(),
                            crashMessage: Array(("\r\n" + T(.terminalCrashed) + "\r\n").utf8))
        SignalGuard.install(previous: originalActions)
    }

    deinit {
        stop()
    }

    /// Ends curses and gives the terminal back as it was (idempotent; also called by `deinit`).
    public func stop() {
        guard !stopped else { return }
        stopped = true
        // Without an alternate screen (the Linux console), the last frame would stay under the shell
        // prompt: clear it first.
        if !Self.hasAlternateScreen() {
            _ = werase(window)
            _ = wrefresh(window)
        }
        _ = endwin()
        delscreen(screen)
        _ = tcsetattr(STDIN_FILENO, TCSANOW, &savedTermios)
        SignalGuard.uninstall(restoring: originalActions)
        CursesTerminal.isActive = false
    }

    /// The size of the screen in columns and rows.
    public func size() -> (width: Int, height: Int) {
        (Int(getmaxx(window)), Int(getmaxy(window)))
    }

    /// Gives the terminal back to another program (e.g. `$EDITOR`) while `body` runs, then takes it again
    /// and repaints everything on the next `draw` (the size may have changed meanwhile).
    public func suspended<T>(_ body: () throws -> T) rethrows -> T {
        guard !stopped else { return try body() }
        _ = def_prog_mode()
        _ = endwin()
        _ = tcsetattr(STDIN_FILENO, TCSANOW, &savedTermios)
        defer {
            _ = reset_prog_mode()
            allowControlKeys()
            _ = wrefresh(window)
            needsFullRedraw = true
        }
        return try body()
    }

    /// Makes the next `draw` repaint the whole screen (e.g. for Ctrl-L).
    public func forceFullRedraw() {
        needsFullRedraw = true
    }

    // MARK: - Input

    /// Waits up to `timeoutMilliseconds` (forever when negative, not at all when 0) for a key and returns
    /// it, or nil on timeout, on an interrupted wait, or for a key genlabel does not use.
    public func readKey(timeoutMilliseconds: Int) -> Key? {
        guard !stopped else { return nil }
        wtimeout(window, Int32(clamping: max(-1, timeoutMilliseconds)))
        var code: wint_t = 0
        let status = wget_wch(window, &code)
        let key: Key?
        switch status {
        case KEY_CODE_YES: key = CursesTerminal.decodeKeyCode(Int32(bitPattern: code))
        case OK: key = CursesTerminal.decodeCharacter(UInt32(code))
        default: key = nil
        }
        if key == .resize { needsFullRedraw = true }
        return key
    }

    /// The key for a curses key code (`wget_wch` returned KEY_CODE_YES).
    static func decodeKeyCode(_ code: Int32) -> Key? {
        switch code {
        case KEY_UP: return .up
        case KEY_DOWN: return .down
        case KEY_LEFT: return .left
        case KEY_RIGHT: return .right
        case KEY_PPAGE: return .pageUp
        case KEY_NPAGE: return .pageDown
        case KEY_HOME, KEY_A1: return .home
        case KEY_END, KEY_C1, KEY_LL: return .end
        case KEY_ENTER: return .enter
        case KEY_BACKSPACE: return .backspace
        case KEY_DC: return .delete
        case KEY_IC: return .insert
        case KEY_BTAB: return .backTab
        case KEY_RESIZE: return .resize
        case genlabel_key_f(1)...genlabel_key_f(63): return .function(Int(code - genlabel_key_f(0)))
        default: return nil
        }
    }

    /// The key for a character read by `wget_wch` (status OK).
    static func decodeCharacter(_ value: UInt32) -> Key? {
        switch value {
        case 27: return .escape
        case 9: return .tab
        case 10, 13: return .enter
        case 8, 127: return .backspace
        case 0: return .control("@")
        case 1...26: return .control(Character(Unicode.Scalar(UInt8(96 + value))))
        case 28: return .control("\\")
        case 29: return .control("]")
        case 30: return .control("^")
        case 31: return .control("_")
        case 0x80..<0xA0: return nil
        default:
            guard let scalar = Unicode.Scalar(value) else { return nil }
            return .character(Character(scalar))
        }
    }

    // MARK: - Output

    /// Shows `buffer`: draws the cells that differ from the previous draw (all of them after a resize, a
    /// size change or `forceFullRedraw()`), then updates the screen once. With `cursor`, the cursor is
    /// shown there (for text fields); otherwise it stays hidden.
    public func draw(_ buffer: Buffer, cursor: (x: Int, y: Int)? = nil) {
        guard !stopped else { return }
        let (columns, rows) = size()
        let full = needsFullRedraw || previous == nil || previous!.width != buffer.width
            || previous!.height != buffer.height
        if full {
            _ = werase(window)
            _ = clearok(window, true)
            for row in 0..<min(rows, buffer.height) {
                for column in 0..<min(columns, buffer.width) where !buffer[column, row].isContinuation {
                    drawCell(buffer, x: column, y: row, columns: columns)
                }
            }
        } else {
            var lastDrawn = -1
            for change in buffer.diff(from: previous!) where change.y < rows && change.x < columns {
                // A changed continuation cell is redrawn through its glyph's first cell.
                let x = change.cell.isContinuation ? change.x - 1 : change.x
                let index = change.y * buffer.width + x
                guard x >= 0, index != lastDrawn, !buffer[x, change.y].isContinuation else { continue }
                drawCell(buffer, x: x, y: change.y, columns: columns)
                lastDrawn = index
            }
        }
        if let cursor, cursor.x >= 0, cursor.x < columns, cursor.y >= 0, cursor.y < rows {
            _ = wmove(window, Int32(cursor.y), Int32(cursor.x))
            if !cursorVisible { _ = curs_set(1) }
            cursorVisible = true
        } else if cursorVisible {
            _ = curs_set(0)
            cursorVisible = false
        }
        _ = wnoutrefresh(window)
        _ = doupdate()
        previous = buffer
        needsFullRedraw = false
    }

    /// Draws the cell at (`x`, `y`) — a whole wide glyph when the next cell continues it — with its
    /// role's attributes and colour pair. A glyph whose width the C library disagrees with, or that would
    /// cross the right edge, is drawn as "?" plus spaces so the columns stay aligned.
    private func drawCell(_ buffer: Buffer, x: Int, y: Int, columns: Int) {
        let cell = buffer[x, y]
        let wide = x + 1 < buffer.width && buffer[x + 1, y].isContinuation
        let expected = wide ? 2 : 1
        var scalars = Array(cell.character.unicodeScalars.prefix(Int(CCHARW_MAX)))
        let firstWidth = scalars.first.map { Int(wcwidth(wchar_t(bitPattern: $0.value))) } ?? -1
        if firstWidth != expected || x + expected > columns {
            scalars = ["?"]
            putCharacter(scalars, role: cell.role, x: x, y: y)
            if wide && x + 1 < columns { putCharacter([" "], role: cell.role, x: x + 1, y: y) }
            return
        }
        putCharacter(scalars, role: cell.role, x: x, y: y)
    }

    /// Writes one complex character (a spacing scalar and its combining marks) at (`x`, `y`).
    private func putCharacter(_ scalars: [Unicode.Scalar], role: StyleRole, x: Int, y: Int) {
        let roleIndex = role.index
        withUnsafeTemporaryAllocation(of: wchar_t.self, capacity: scalars.count + 1) { characters in
            for (index, scalar) in scalars.enumerated() {
                characters[index] = wchar_t(bitPattern: scalar.value)
            }
            characters[scalars.count] = 0
            var complex = cchar_t()
            guard setcchar(&complex, characters.baseAddress, roleAttributes[roleIndex], rolePairs[roleIndex],
                           nil) == OK
            else { return }
            // At the bottom-right cell curses cannot advance the cursor and returns ERR, but the cell is set.
            _ = mvwadd_wch(window, Int32(y), Int32(x), &complex)
        }
    }

    // MARK: - Set-up

    /// Lets Ctrl-S, Ctrl-Q, Ctrl-V and Ctrl-O reach the application (no flow control, no literal-next
    /// or discard processing) while Ctrl-C, Ctrl-Z and Ctrl-\ keep sending their signals.
    private func allowControlKeys() {
        var mode = termios()
        guard tcgetattr(STDIN_FILENO, &mode) == 0 else { return }
        mode.c_iflag &= ~tcflag_t(IXON)
        mode.c_lflag &= ~tcflag_t(IEXTEN)
        _ = tcsetattr(STDIN_FILENO, TCSANOW, &mode)
    }

    /// Fits `theme` to the terminal's colours and allocates one colour pair per distinct
    /// (foreground, background) combination.
    private func setUpStyles(theme: Theme, noColor: Bool) {
        var fitted = Theme.monochrome(from: theme)
        var useDefault = false
        if !noColor && has_colors() {
            _ = start_color()
            useDefault = use_default_colors() == OK
            colorCount = Int(genlabel_colors())
            if colorCount >= 8 {
                fitted = theme.degraded(toColors: colorCount)
            } else {
                colorCount = 0
            }
        }
        effectiveTheme = fitted
        let maxPairs = colorCount > 0 ? min(Int(genlabel_color_pairs()), Int(Int16.max)) : 0
        var pairNumbers: [Int: Int16] = [:] // fg * 1000 + bg → pair
        roleAttributes = []
        rolePairs = []
        for role in StyleRole.allCases {
            let spec = fitted[role]
            roleAttributes.append(CursesTerminal.attributes(of: spec.attributes))
            guard colorCount > 0 else {
                rolePairs.append(0)
                continue
            }
            var foreground = spec.foreground.cursesNumber
            var background = spec.background.cursesNumber
            if foreground >= colorCount { foreground = -1 }
            if background >= colorCount { background = -1 }
            if !useDefault {
                if foreground < 0 { foreground = Int(COLOR_WHITE) }
                if background < 0 { background = Int(COLOR_BLACK) }
            }
            if foreground < 0 && background < 0 {
                rolePairs.append(0)
                continue
            }
            let key = (foreground + 1) * 1000 + (background + 1)
            if let pair = pairNumbers[key] {
                rolePairs.append(pair)
            } else if pairNumbers.count + 1 < maxPairs,
                      init_pair(Int16(pairNumbers.count + 1), Int16(foreground), Int16(background)) == OK {
                let pair = Int16(pairNumbers.count + 1)
                pairNumbers[key] = pair
                rolePairs.append(pair)
            } else {
                rolePairs.append(0)
            }
        }
    }

    /// The curses attribute bits for a set of text attributes.
    static func attributes(of set: Set<TextAttribute>) -> attr_t {
        var bits = genlabel_attr_normal()
        for attribute in set {
            switch attribute {
            case .bold: bits |= genlabel_attr_bold()
            case .dim: bits |= genlabel_attr_dim()
            case .reverse: bits |= genlabel_attr_reverse()
            case .underline: bits |= genlabel_attr_underline()
            case .italic: bits |= genlabel_attr_italic()
            case .standout: bits |= genlabel_attr_standout()
            }
        }
        return bits
    }

    /// The bytes the signal handler writes: reset attributes, normal cursor, keypad off, leave the
    /// alternate screen — from terminfo, with padding ("$<…>") removed; xterm sequences when absent.
    static func restoreSequence() -> [UInt8] {
        var bytes: [UInt8] = []
        let fallbacks = ["sgr0": "\u{1B}[0m", "cnorm": "\u{1B}[?25h", "rmkx": "", "rmcup": ""]
        for capability in ["sgr0", "cnorm", "rmkx", "rmcup"] {
            bytes += capabilityBytes(capability) ?? Array(fallbacks[capability, default: ""].utf8)
        }
        // No alternate screen to leave: clear the screen so the last frame does not stay behind.
        if !hasAlternateScreen() { bytes += capabilityBytes("clear") ?? Array("\u{1B}[H\u{1B}[2J".utf8) }
        return bytes
    }

    /// A terminfo string capability without its padding, or nil when the terminal lacks it.
    static func capabilityBytes(_ name: String) -> [UInt8]? {
        guard let value = tigetstr(name), Int(bitPattern: value) != -1 else { return nil }
        let bytes = withoutPadding(Array(String(cString: value).utf8))
        return bytes.isEmpty ? nil : bytes
    }

    /// Whether the terminal switches to an alternate screen for full-screen programs (xterm, tmux do;
    /// the Linux console does not).
    static func hasAlternateScreen() -> Bool { capabilityBytes("smcup") != nil }

    /// `bytes` without terminfo delay specifications ("$<5>", "$<2/>").
    static func withoutPadding(_ bytes: [UInt8]) -> [UInt8] {
        var result: [UInt8] = []
        var index = 0
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "$"), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "<"),
               let close = bytes[(index + 2)...].firstIndex(of: UInt8(ascii: ">")) {
                index = close + 1
                continue
            }
            result.append(bytes[index])
            index += 1
        }
        return result
    }
}
