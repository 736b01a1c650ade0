/// Why `DatabaseMigrator` refused a database.
public enum MigrationError: Error, CustomStringConvertible, Sendable, Equatable {
    /// The file was migrated by a newer build: it records migrations this build does not know.
    case unknownMigrations([String])

    /// A migration left rows whose foreign keys point nowhere; it was rolled back.
    case foreignKeyViolations(migration: String, violations: [String])

    /// A technical description (English).
    public var description: String {
        switch self {
        case .unknownMigrations(let identifiers):
            return "database was migrated by a newer version of the application "
                + "(unknown migrations: \(identifiers.joined(separator: ", ")))"
        case .foreignKeyViolations(let migration, let violations):
            return "migration \(migration) violates foreign keys: \(violations.joined(separator: "; "))"
        }
    }
}
