#if canImport(Glibc)
import Glibc
#endif
import Foundation

/// One finished child process: wall time from spawn to reaped, exit status, and its own peak RSS.
struct ChildRun {
    var wallMilliseconds: Double
    /// Exit status, or 128 + signal number when killed.
    var status: Int32
    /// `ru_maxrss` of this child alone (from `wait4`), in kilobytes.
    var maxResidentKilobytes: Int
}

/// Spawns processes with `posix_spawn` and reaps them with `wait4`, so each run's time and peak
/// memory are its own.
enum ChildProcess {
    /// Runs `executable` with `arguments`; standard output goes to `standardOutput` (a file path,
    /// `/dev/null` by default), standard error to `/dev/null` unless `keepStandardError`.
    static func run(_ executable: String, _ arguments: [String], standardOutput: String = "/dev/null",
                    keepStandardError: Bool = false) throws -> ChildRun {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, standardOutput, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        if !keepStandardError {
            posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)

        let argv: [UnsafeMutablePointer<CChar>?] = ([executable] + arguments).map { strdup($0) } + [nil]
        let environment = ProcessInfo.processInfo.environment.map { "\($0.key)=\($0.value)" }
        let envp: [UnsafeMutablePointer<CChar>?] = environment.map { strdup($0) } + [nil]
        defer {
            for pointer in argv { free(pointer) }
            for pointer in envp { free(pointer) }
        }

        var pid: pid_t = 0
        let start = MonotonicClock.nanoseconds()
        let code = posix_spawn(&pid, executable, &actions, nil, argv, envp)
        guard code == 0 else { throw BenchError("posix_spawn \(executable): \(String(cString: strerror(code)))") }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 {
            guard errno == EINTR else { throw BenchError("wait4: \(String(cString: strerror(errno)))") }
        }
        let wall = Double(MonotonicClock.nanoseconds() - start) / 1_000_000
        let signal = status & 0x7f
        let exit = signal == 0 ? (status >> 8) & 0xff : 128 + signal
        return ChildRun(wallMilliseconds: wall, status: exit, maxResidentKilobytes: Int(usage.ru_maxrss))
    }

    /// The path of the running executable.
    static func currentExecutable() -> String {
        var buffer = [CChar](repeating: 0, count: 4096)
        let length = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        guard length > 0 else { return CommandLine.arguments[0] }
        return String(decoding: buffer[0..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// The first of `names` found on the `PATH`, or nil.
    static func which(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for directory in path.split(separator: ":") {
            let candidate = "\(directory)/\(name)"
            if access(candidate, X_OK) == 0 { return candidate }
        }
        return nil
    }
}

/// A failure of the benchmark itself (not a slow result).
struct BenchError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
