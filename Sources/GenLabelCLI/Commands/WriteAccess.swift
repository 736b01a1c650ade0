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
            return (repository, path, try actor(repository, options))
        } catch let failure as CommandFailure {
            repository.database.close()
            throw failure
        } catch {
            repository.database.close()
            throw CommandFailure(T(.errorDatabaseOpen, path, Self.describe(error)), status: .database)
        }
    }

    /// The person at the keyboard as the database sees them, with the rights of `--role` when given:
    /// asking for more rights than one's own role gives is refused (exit 77).
    func actor(_ repository: SQLiteRepository, _ options: CommonOptions) throws -> Actor {
        try actor(repository.database, options)
    }

    /// The person at the keyboard as `database` records them, acting with `--role` when given.
    func actor(_ database: Database, _ options: CommonOptions) throws -> Actor {
        let stored = try SQLiteRepository.actor(login: login, in: database)
        guard let requested = options.role else { return stored }
        guard let acting = stored.acting(as: requested) else {
            throw CommandFailure(T(.errorRoleRefused, DomainText.role(requested),
                                   stored.role.map(DomainText.role) ?? T(.headerNoRole)), status: .forbidden)
        }
        return acting
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
