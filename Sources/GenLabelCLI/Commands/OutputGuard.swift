import Foundation

/// Files a command writes must never be the database it reads: an export or a backup written over
/// it (or over its `-wal`, `-shm` or `-journal` file) would destroy it. Compared by path and, when
/// both exist, by file identity (a link or another spelling of the same file).
enum OutputGuard {
    static let companions = ["", "-wal", "-shm", "-journal"]

    /// Whether writing `output` would write over the database at `database` or one of its files.
    static func isDatabase(_ output: String, database: String) -> Bool {
        let target = absolute(output)
        for suffix in companions {
            let file = absolute(database + suffix)
            if target == file { return true }
            if let a = identity(output), let b = identity(database + suffix), a == b { return true }
        }
        return false
    }

    private static func absolute(_ path: String) -> String {
        let full = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        return URL(fileURLWithPath: full).standardizedFileURL.resolvingSymlinksInPath().path
    }

    private struct Identity: Equatable { let device: UInt64; let inode: UInt64 }

    private static func identity(_ path: String) -> Identity? {
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        return Identity(device: UInt64(status.st_dev), inode: UInt64(status.st_ino))
    }
}
