import Foundation
import GenLabelCore
import GenLabelStore

/// The demo database: created and filled on first use, never half-written, never twice at once.
enum DemoDatabase {
    /// Creates the demo database at `path` unless a usable one exists. The data set is generated
    /// relative to `today` into a temporary file renamed into place only once complete. A lock file
    /// makes a second genlabel started at the same moment wait, then use the first one's result.
    /// Temporary files left by an interrupted creation (kill -9) are removed.
    static func ensure(at path: String, scale: Int, today: CalendarDate, log: (String) -> Void) throws {
        let lock = open(path + ".lock", O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard lock >= 0 else { throw SystemError() }
        defer { close(lock) }
        guard flock(lock, LOCK_EX) == 0 else { throw SystemError() }
        defer { flock(lock, LOCK_UN) }

        removeAbandonedCreations(of: path)
        if isUsable(path) { return }
        removeDatabaseFiles(path)
        log(T(.demoCreating, path))
        let temporary = path + ".creation-\(getpid())"
        defer { removeDatabaseFiles(temporary) }
        let data = DemoGenerator(scale: scale, today: today).generate()
        do {
            let repository = try SQLiteRepository(path: temporary)
            try DemoDataWriter.write(data, into: repository.database)
            try repository.database.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)")
            repository.database.close()
        }
        guard rename(temporary, path) == 0 else { throw SystemError() }
        log(T(.demoCreated, FrenchNumber.format(data.dossiers.count), FrenchNumber.format(data.labels.count),
              FrenchNumber.format(data.sessions.count), FrenchNumber.format(data.learners.count)))
    }

    /// A demo file counts only if it is a genlabel database holding demo dossiers (a 0-byte or foreign
    /// file left there is replaced).
    private static func isUsable(_ path: String) -> Bool {
        guard DatabaseFileCheck.verdict(for: path) == .usable,
              let database = try? Database(path: path, readOnly: true, create: false) else { return false }
        defer { database.close() }
        let count = try? database.fetchOne("SELECT count(*) FROM dossiers", [SQLValue]())?[0]
        if case .integer(let n)? = count { return n > 0 }
        return false
    }

    /// Removes `<path>.creation-<pid>` files whose process is gone.
    private static func removeAbandonedCreations(of path: String) {
        let directory = (path as NSString).deletingLastPathComponent
        let prefix = (path as NSString).lastPathComponent + ".creation-"
        for name in (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? [] where name.hasPrefix(prefix) {
            let pidText = name.dropFirst(prefix.count).prefix { $0.isNumber }
            guard let pid = Int32(pidText), kill(pid, 0) != 0, errno == ESRCH else { continue }
            removeDatabaseFiles(directory + "/" + prefix + pidText)
        }
    }

    private static func removeDatabaseFiles(_ path: String) {
        for suffix in ["", "-wal", "-shm", "-journal"] { unlink(path + suffix) }
    }
}
