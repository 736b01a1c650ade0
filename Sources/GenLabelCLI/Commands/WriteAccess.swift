import GenLabelCore
import GenLabelStore

extension CommandContext {
    /// Opens the database for a command that writes, with the person at the keyboard as the database
    /// sees them. A read-only opening is refused here, before any work.
    func openForWriting(_ options: CommonOptions, today: CalendarDate)
        throws(CommandFailure) -> (SQLiteRepository, String, Actor) {
        let (repository, path, readOnly) = try openDatabaseReportingMode(options, today: today)
        if readOnly {
            repository.database.close()
            throw CommandFailure(T(.errorDatabaseOpen, path, T(.storeReadOnly)), status: .database)
        }
        do {
            return (repository, path, try repository.actor(login: login))
        } catch {
            repository.database.close()
            throw CommandFailure(T(.errorDatabaseOpen, path, Self.describe(error)), status: .database)
        }
    }

    /// The exit status and message for an error of a write.
    func report(writeError error: any Error) -> ExitCode {
        self.error(Self.describe(error))
        switch error {
        case StoreError.forbidden: return .forbidden
        case let database as DatabaseError where !database.isConstraintViolation: return .database
        case StoreError.readOnly: return .database
        default: return .attentionNeeded
        }
    }
}
