import Foundation
import GenLabelCore
import GenLabelStore

/// The demo database: created and filled on first use, never half-written.
enum DemoDatabase {
    /// Creates the demo database at `path` unless it exists. The data set is generated relative to
    /// `today` and written to a temporary file that is renamed into place only once complete, so an
    /// interrupted creation leaves nothing behind but a stray temporary file.
    static func ensure(at path: String, scale: Int, today: CalendarDate, log: (String) -> Void) throws {
        guard !FileManager.default.fileExists(atPath: path) else { return }
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
        guard rename(temporary, path) == 0 else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path])
        }
        log(T(.demoCreated, FrenchNumber.format(data.dossiers.count), FrenchNumber.format(data.labels.count),
              FrenchNumber.format(data.sessions.count), FrenchNumber.format(data.learners.count)))
    }

    private static func removeDatabaseFiles(_ path: String) {
        for suffix in ["", "-wal", "-shm", "-journal"] { unlink(path + suffix) }
    }
}
