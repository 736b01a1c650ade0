import Foundation
import GenLabelCore

/// Checks a file before genlabel opens it for writing, so it never adds its tables to another
/// program's SQLite file, nor writes into a device or a directory.
public enum DatabaseFileCheck {
    public enum Verdict: Equatable, Sendable {
        /// No file yet: genlabel will create it.
        case absent
        /// An empty file, or a genlabel database.
        case usable
        /// Something else; the French reason.
        case refused(String)
    }

    public static func verdict(for path: String) -> Verdict {
        var status = stat()
        guard stat(path, &status) == 0 else {
            let directory = (path as NSString).deletingLastPathComponent
            if !directory.isEmpty && !FileManager.default.fileExists(atPath: directory) {
                return .refused(T(.errorMissingDirectory, directory))
            }
            return .absent
        }
        guard status.st_mode & S_IFMT == S_IFREG else { return .refused(T(.errorNotARegularFile)) }
        guard status.st_size > 0 else { return .usable }
        do {
            let database = try Database(path: path, readOnly: true, create: false)
            defer { database.close() }
            let tables = try database.fetchAll("SELECT name FROM sqlite_master WHERE type = 'table'", [SQLValue]()) { $0.string(0) }
            if tables.isEmpty || tables.contains("schema_migrations") { return .usable }
            return .refused(T(.errorNotGenlabelDatabase))
        } catch {
            return .refused(userMessage(for: error))
        }
    }
}
