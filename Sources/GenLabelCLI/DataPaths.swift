import Foundation

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

    /// Creates the directory (and its parents) readable by the owner only.
    public func createDirectory() throws {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true,
                                                attributes: [.posixPermissions: 0o700])
    }
}
