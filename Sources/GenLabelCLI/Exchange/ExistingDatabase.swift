import Foundation
import GenLabelCore
import GenLabelStore

extension CommandContext {
    /// The path of the existing database the options name, for commands that read a file without
    /// ever creating or migrating it (`check`, `backup`). `--demo` creates the demo database when absent.
    func existingDatabasePath(_ options: CommonOptions, today: CalendarDate) throws(CommandFailure) -> String {
        let path: String
        switch options.database {
        case .demo:
            let (repository, opened) = try openDatabase(options, today: today)
            repository.database.close()
            return opened
        case .path(let given): path = given
        case .userDefault: path = paths.defaultDatabase
        }
        switch DatabaseFileCheck.verdict(for: path) {
        case .absent: throw CommandFailure(T(.errorDatabaseOpen, path, T(.systemMissing)), status: .database)
        case .refused(let reason): throw CommandFailure(T(.errorDatabaseOpen, path, reason), status: .database)
        case .usable: return path
        }
    }

    /// Opens the existing database read-only.
    func openExistingReadOnly(_ options: CommonOptions, today: CalendarDate) throws(CommandFailure) -> (Database, String) {
        let path = try existingDatabasePath(options, today: today)
        do {
            return (try Database(path: path, readOnly: true, create: false), path)
        } catch {
            throw CommandFailure(T(.errorDatabaseOpen, path, Self.describe(error)), status: .database)
        }
    }
}
