#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

// Restores the terminal when the process dies from a signal while curses owns the screen.
//
// The handler runs in signal context: it only reads the raw memory below (allocated and filled before the
// handlers are installed, never freed) and calls async-signal-safe functions (tcsetattr, write, sigaction,
// signal, raise). It never calls endwin, print, or anything that allocates.

/// The termios saved before curses started.
@exclusivity(unchecked) nonisolated(unsafe) private var savedTermios: UnsafeMutablePointer<termios>?
/// The bytes that reset attributes, show the cursor and leave the alternate screen.
@exclusivity(unchecked) nonisolated(unsafe) private var restoreBytes: UnsafeMutablePointer<UInt8>?
/// How many of `restoreBytes` to write.
@exclusivity(unchecked) nonisolated(unsafe) private var restoreByteCount: Int = 0
/// The line written to standard error after a crash (a fault signal), once the terminal is restored.
@exclusivity(unchecked) nonisolated(unsafe) private var crashBytes: UnsafeMutablePointer<UInt8>?
/// How many of `crashBytes` to write.
@exclusivity(unchecked) nonisolated(unsafe) private var crashByteCount: Int = 0
/// The dispositions in place before `SignalGuard.install`, indexed by signal number.
@exclusivity(unchecked) nonisolated(unsafe) private var previousActions: UnsafeMutablePointer<sigaction>?

/// The size of `previousActions`: signal numbers are below this.
private let signalTableSize = 65
/// The capacity of `restoreBytes`.
private let restoreCapacity = 256

/// The signal handler: restore the terminal, put back the previous disposition, re-deliver the signal.
///
/// Termination signals (INT, TERM, HUP, QUIT) go back to SIG_DFL and are raised again, so the process dies
/// with the signal's status. Fault signals (SEGV, ABRT, BUS, ILL, FPE) first write a short French line,
/// then go back to SIG_DFL — or, when `SWIFT_BACKTRACE` is set in the environment (a developer asking
/// for it), to what was there before: the Swift runtime's crash reporter, whose default on a terminal is
/// an interactive prompt that waits 30 s for a key, which is not what an office user should meet. A fault raised by the processor (`si_code` > 0) is not raised again: returning re-executes the
/// faulting instruction, so the previous handler sees the real fault address; a fault sent by `kill` or
/// `raise` (abort) is raised again.
private func restoreTerminalAndRedeliver(_ signalNumber: Int32, _ info: UnsafeMutablePointer<siginfo_t>?,
                                         _ context: UnsafeMutableRawPointer?) {
    if let termiosPointer = savedTermios {
        _ = tcsetattr(STDIN_FILENO, TCSANOW, termiosPointer)
    }
    if let bytes = restoreBytes, restoreByteCount > 0 {
        _ = write(STDOUT_FILENO, bytes, restoreByteCount)
    }
    let isFault = signalNumber == SIGSEGV || signalNumber == SIGABRT || signalNumber == SIGBUS
        || signalNumber == SIGILL || signalNumber == SIGFPE
    if isFault, let bytes = crashBytes, crashByteCount > 0 {
        _ = write(STDERR_FILENO, bytes, crashByteCount)
    }
    if isFault, let actions = previousActions, signalNumber >= 0, signalNumber < 65 {
        _ = sigaction(signalNumber, actions + Int(signalNumber), nil)
        if signalNumber != SIGABRT, let info, info.pointee.si_code > 0 { return }
    } else {
        _ = signal(signalNumber, SIG_DFL)
    }
    _ = raise(signalNumber)
}

/// Installs and removes the terminal-restoring signal handlers (one set per process).
enum SignalGuard {
    /// The signals after which the terminal is restored.
    static let guardedSignals: [Int32] = [SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGSEGV, SIGABRT, SIGBUS, SIGILL,
                                          SIGFPE]

    /// The signals of a crash.
    static let faultSignals: Set<Int32> = [SIGSEGV, SIGABRT, SIGBUS, SIGILL, SIGFPE]

    /// Whether the handlers are installed.
    nonisolated(unsafe) private(set) static var isInstalled = false

    /// Allocates the handler's memory once and fills it: `saved` is the termios to restore, `sequence`
    /// the bytes to write (truncated to 256). Call before `install`.
    static func prepare(saved: termios, sequence: [UInt8], crashMessage: [UInt8] = []) {
        if savedTermios == nil {
            crashBytes = UnsafeMutablePointer<UInt8>.allocate(capacity: restoreCapacity)
            savedTermios = UnsafeMutablePointer<termios>.allocate(capacity: 1)
            savedTermios!.initialize(to: termios())
            restoreBytes = UnsafeMutablePointer<UInt8>.allocate(capacity: restoreCapacity)
            previousActions = UnsafeMutablePointer<sigaction>.allocate(capacity: signalTableSize)
            previousActions!.initialize(repeating: sigaction(), count: signalTableSize)
        }
        savedTermios!.pointee = saved
        let count = min(sequence.count, restoreCapacity)
        for index in 0..<count { restoreBytes![index] = sequence[index] }
        restoreByteCount = count
        let crashCount = min(crashMessage.count, restoreCapacity)
        for index in 0..<crashCount { crashBytes![index] = crashMessage[index] }
        crashByteCount = crashCount
    }

    /// Records the current dispositions of `guardedSignals` as the ones to go back to, then installs the
    /// handler for each (all guarded signals blocked while it runs).
    static func install(previous: [Int32: sigaction]) {
        guard !isInstalled, let actions = previousActions else { return }
        var action = sigaction()
        sigemptyset(&action.sa_mask)
        for signalNumber in guardedSignals { sigaddset(&action.sa_mask, signalNumber) }
        action.sa_flags = SA_SIGINFO
        #if canImport(Glibc) || canImport(Musl)
        action.__sigaction_handler.sa_sigaction = restoreTerminalAndRedeliver
        #else
        action.__sigaction_u.__sa_sigaction = restoreTerminalAndRedeliver
        #endif
        let wantsSwiftBacktrace = getenv("SWIFT_BACKTRACE") != nil
        for signalNumber in guardedSignals {
            if let old = previous[signalNumber] { actions[Int(signalNumber)] = old }
            if !wantsSwiftBacktrace && faultSignals.contains(signalNumber) {
                var defaultAction = sigaction()
                #if canImport(Glibc) || canImport(Musl)
                defaultAction.__sigaction_handler.sa_handler = SIG_DFL
                #else
                defaultAction.__sigaction_u.__sa_handler = SIG_DFL
                #endif
                actions[Int(signalNumber)] = defaultAction
            }
            _ = sigaction(signalNumber, &action, nil)
        }
        isInstalled = true
    }

    /// The current dispositions of `guardedSignals` (for `install` and `uninstall`). SIGTSTP and SIGWINCH
    /// are left to ncurses, which installs its handlers once per process and reuses them for later screens.
    static func currentActions() -> [Int32: sigaction] {
        var result: [Int32: sigaction] = [:]
        for signalNumber in guardedSignals {
            var old = sigaction()
            if sigaction(signalNumber, nil, &old) == 0 { result[signalNumber] = old }
        }
        return result
    }

    /// Puts back the given dispositions and marks the handlers as removed.
    static func uninstall(restoring previous: [Int32: sigaction]) {
        guard isInstalled else { return }
        for signalNumber in guardedSignals {
            if var old = previous[signalNumber] {
                _ = sigaction(signalNumber, &old, nil)
            } else {
                _ = signal(signalNumber, SIG_DFL)
            }
        }
        isInstalled = false
    }
}
