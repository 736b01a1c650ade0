import Foundation

/// Drives the real `genlabel` binary inside a detached tmux server of its own (a private socket), so
/// tests see exactly what a person sees in a terminal.
final class TmuxSession {
    let socket: String
    let directory: String
    private(set) var started = false

    /// The binary under test: `$GENLABEL_BIN`, else the debug build of this checkout.
    static var binary: String {
        if let path = ProcessInfo.processInfo.environment["GENLABEL_BIN"], !path.isEmpty { return path }
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        return root.appendingPathComponent(".build/debug/genlabel").path
    }

    init() throws {
        guard FileManager.default.isExecutableFile(atPath: Self.binary) else {
            throw E2EError.command(Self.binary, "binary missing: run `swift build` first, or set GENLABEL_BIN")
        }
        socket = "genlabel-e2e-\(getpid())-\(UUID().uuidString.prefix(8))"
        directory = NSTemporaryDirectory() + socket
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    }

    deinit {
        _ = try? Self.run(["tmux", "-L", socket, "kill-server"])
        try? FileManager.default.removeItem(atPath: directory)
    }

    /// Starts `genlabel arguments` in a `width`×`height` terminal; when it exits, its status and the
    /// terminal's settings (`stty -a`) are written to files for `exitStatus()` and `sttyAfterExit()`.
    func start(_ arguments: [String], width: Int = 100, height: Int = 30, term: String = "xterm-256color",
               environment: [String: String] = [:]) throws {
        var env = ["XDG_DATA_HOME": directory + "/data", "HOME": directory, "TERM": term, "LANG": "C.UTF-8",
                   "LC_ALL": "C.UTF-8"]
        env.merge(environment) { _, new in new }
        let assignments = env.map { "\($0.key)=\(Self.quote($0.value))" }.sorted().joined(separator: " ")
        // The inner shell records its pid, then becomes genlabel (exec), so the pid is genlabel's.
        let inner = "echo $$ > \(Self.quote(directory + "/pid")); exec env \(assignments) \(Self.quote(Self.binary)) "
            + arguments.map(Self.quote).joined(separator: " ")
        // The outer shell survives a Ctrl-C typed in the terminal (its trap is not inherited across exec).
        let command = "trap true INT; sh -c \(Self.quote(inner)); echo $? > \(Self.quote(directory + "/status")); "
            + "stty -a > \(Self.quote(directory + "/stty")) 2>&1; sleep 30"
        // The detached server would inherit a pipe and keep it open: give it /dev/null instead.
        try Self.run(["tmux", "-L", socket, "-f", "/dev/null", "new-session", "-d", "-x", "\(width)", "-y", "\(height)",
                      "sh", "-c", command], captureOutput: false)
        started = true
    }

    /// Starts an interactive bash (no profile) in the terminal, for tests of job control (Ctrl-Z, `fg`);
    /// the environment is the one `start` gives genlabel.
    func startShell(width: Int = 100, height: Int = 30, environment: [String: String] = [:]) throws {
        var env = ["XDG_DATA_HOME": directory + "/data", "HOME": directory, "TERM": "xterm-256color", "LANG": "C.UTF-8",
                   "LC_ALL": "C.UTF-8", "PS1": "prompt$ "]
        env.merge(environment) { _, new in new }
        let assignments = env.map { "\($0.key)=\(Self.quote($0.value))" }.sorted().joined(separator: " ")
        try Self.run(["tmux", "-L", socket, "-f", "/dev/null", "new-session", "-d", "-x", "\(width)", "-y", "\(height)",
                      "sh", "-c", "exec env \(assignments) bash --norc --noprofile -i"], captureOutput: false)
        started = true
    }

    func send(_ keys: String...) throws {
        try Self.run(["tmux", "-L", socket, "send-keys", "-t", "0"] + keys)
    }

    func resize(width: Int, height: Int) throws {
        try Self.run(["tmux", "-L", socket, "resize-window", "-t", "0", "-x", "\(width)", "-y", "\(height)"])
    }

    func screen() throws -> String {
        try Self.run(["tmux", "-L", socket, "capture-pane", "-p", "-t", "0"])
    }

    /// Polls the screen until `predicate` holds, or fails after `timeout` seconds with the last screen.
    @discardableResult
    func waitForScreen(timeout: Double = 60, _ what: String, _ predicate: (String) -> Bool) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var last = ""
        while Date() < deadline {
            last = try screen()
            if predicate(last) { return last }
            usleep(100_000)
        }
        throw E2EError.timeout("\(what) — last screen:\n\(last)")
    }

    /// The pid of the running genlabel.
    func pid() throws -> Int32 {
        let text = try String(contentsOfFile: directory + "/pid", encoding: .utf8)
        guard let pid = Int32(text.trimmingCharacters(in: .whitespacesAndNewlines)) else { throw E2EError.timeout("no pid") }
        return pid
    }

    func exitStatus(timeout: Double = 10) throws -> Int32 {
        let path = directory + "/status"
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if let text = try? String(contentsOfFile: path, encoding: .utf8),
               let status = Int32(text.trimmingCharacters(in: .whitespacesAndNewlines)) { return status }
            usleep(100_000)
        }
        throw E2EError.timeout("no exit status")
    }

    func sttyAfterExit() throws -> String {
        _ = try exitStatus()
        usleep(200_000)
        return try String(contentsOfFile: directory + "/stty", encoding: .utf8)
    }

    /// Runs a command and returns its output. Uses posix_spawn and waitpid rather than Foundation's
    /// Process, whose exit monitoring was seen to miss a finished child under the parallel test runner.
    /// Output goes to a temporary file (a detached tmux server would hold a pipe open forever).
    @discardableResult
    static func run(_ arguments: [String], captureOutput: Bool = true) throws -> String {
        let outputPath = NSTemporaryDirectory() + "genlabel-e2e-out-\(UUID().uuidString)"
        defer { unlink(outputPath) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, captureOutput ? outputPath : "/dev/null",
                                         O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        let argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var attributes = Self.cleanSignalAttributes()
        defer { posix_spawnattr_destroy(&attributes) }
        var pid: pid_t = 0
        let spawned = posix_spawnp(&pid, arguments[0], &actions, &attributes, argv, environ)
        guard spawned == 0 else { throw E2EError.command(arguments.joined(separator: " "), "spawn error \(spawned)") }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        let text = (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? ""
        let exited = status & 0x7f == 0
        guard exited && (status >> 8) & 0xff == 0 else { throw E2EError.command(arguments.joined(separator: " "), text) }
        return text
    }

    /// Spawn attributes giving the child an empty signal mask and default handlers: the test runner's
    /// threads may block SIGCHLD, and a shell started with it blocked waits forever for its children.
    static func cleanSignalAttributes() -> posix_spawnattr_t {
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        var empty = sigset_t()
        sigemptyset(&empty)
        posix_spawnattr_setsigmask(&attributes, &empty)
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for signal in [SIGCHLD, SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGPIPE] { sigaddset(&defaults, signal) }
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        return attributes
    }

    static func quote(_ text: String) -> String { "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'" }
}

enum E2EError: Error, CustomStringConvertible {
    case timeout(String)
    case command(String, String)
    var description: String {
        switch self {
        case .timeout(let what): return "timed out waiting for \(what)"
        case .command(let command, let output): return "\(command) failed: \(output)"
        }
    }
}
