import Foundation
import GenLabelCore
import GenLabelTUI

/// Runs `$EDITOR` on a text (long notes of the dossier form, issue 3): the text goes to a private
/// temporary file (0600, created by `mkstemp`), the editor runs on it through `/bin/sh` (so `EDITOR="code
/// -w"` works) with the terminal's standard input and output, and the file is read back and removed.
/// The caller suspends curses around it (`CursesTerminal.suspended`). While the editor runs, genlabel
/// ignores Ctrl-C and Ctrl-\ (they are the editor's), as `system(3)` does.
enum ExternalEditor {
    /// The editor to run: `$EDITOR`, else `vi`.
    static func command(environment: [String: String]) -> String {
        let editor = (environment["EDITOR"] ?? "").trimmingWhitespace
        return editor.isEmpty ? "vi" : editor
    }

    static func edit(_ text: String, command: String, directory: String = NSTemporaryDirectory()) -> EditorOutcome {
        var template = Array((directory.hasSuffix("/") ? directory : directory + "/").utf8CString.dropLast())
            + Array("genlabel-notes-XXXXXX".utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else { return .failed(T(.editorTempFile, String(cString: strerror(errno)))) }
        let path = template.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
        defer { unlink(path) }
        fchmod(descriptor, 0o600)
        let bytes = Array(text.utf8)
        var written = 0
        while written < bytes.count {
            let n = bytes[written...].withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else { close(descriptor); return .failed(T(.editorTempFile, String(cString: strerror(errno)))) }
            written += n
        }
        close(descriptor)
        let status = run(["/bin/sh", "-c", command + " \"$1\"", "genlabel-editor", path])
        switch status {
        case .spawnFailed(let code): return .failed(T(.editorNotFound, command, String(cString: strerror(code))))
        case .exited(126), .exited(127): return .failed(T(.editorNotFound, command, T(.editorMissing)))
        case .exited(0): break
        case .exited(let code): return .failed(T(.editorFailed, command, code))
        case .signalled(let signal): return .failed(T(.editorFailed, command, 128 + Int(signal)))
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            return .failed(T(.editorTempFile, path))
        }
        return .edited(String(decoding: data, as: UTF8.self))
    }

    enum Status: Equatable { case exited(Int), signalled(Int32), spawnFailed(Int32) }

    /// Runs `arguments` with this process's standard streams and waits for it, ignoring SIGINT and SIGQUIT
    /// meanwhile; the child gets an empty signal mask and default handlers.
    static func run(_ arguments: [String]) -> Status {
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var empty = sigset_t()
        sigemptyset(&empty)
        posix_spawnattr_setsigmask(&attributes, &empty)
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for signal in [SIGCHLD, SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGPIPE, SIGTSTP] { sigaddset(&defaults, signal) }
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        var ignore = sigaction()
        ignore.__sigaction_handler.sa_handler = SIG_IGN
        sigemptyset(&ignore.sa_mask)
        var previousInterrupt = sigaction(), previousQuit = sigaction()
        sigaction(SIGINT, &ignore, &previousInterrupt)
        sigaction(SIGQUIT, &ignore, &previousQuit)
        defer {
            sigaction(SIGINT, &previousInterrupt, nil)
            sigaction(SIGQUIT, &previousQuit, nil)
        }
        let argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, arguments[0], nil, &attributes, argv, environ)
        guard spawned == 0 else { return .spawnFailed(spawned) }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        if status & 0x7f == 0 { return .exited(Int((status >> 8) & 0xff)) }
        return .signalled(status & 0x7f)
    }
}
