import Foundation
import GenLabelStore

/// Where genlabel keeps its files: `$XDG_DATA_HOME/genlabel/` or else `~/.local/share/genlabel/`.
public struct DataPaths: Sendable {
    public let directory: String

    public init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") {
            directory = xdg + "/genlabel"
        } else {
            let home = environment["HOME"] ?? NSHomeDirectory()
            directory = home + "/.local/share/genlabel"
        }
    }

    /// The user's own database.
    public var defaultDatabase: String { directory + "/genlabel.sqlite" }

    /// The demo database; each scale has its own file.
    public func demoDatabase(scale: Int) -> String {
        scale == 1 ? directory + "/demo.sqlite" : directory + "/demo-x\(scale).sqlite"
    }

    /// Creates the directory and its missing parents, readable by the owner only (0700).
    func createDirectory() throws(SystemError) {
        var path = ""
        for component in directory.split(separator: "/") {
            path += "/" + component
            if mkdir(path, 0o700) != 0 && errno != EEXIST { throw SystemError() }
        }
        var status = stat()
        guard stat(directory, &status) == 0 else { throw SystemError() }
        guard status.st_mode & S_IFMT == S_IFDIR else { throw SystemError(ENOTDIR) }
    }
}
