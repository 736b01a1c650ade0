/// One named step of the schema's history. Once shipped, never edit or rename it: add a new one.
public struct Migration: Sendable {
    /// The unique name recorded in `schema_migrations`, e.g. `"v1-create-dossiers"`.
    public let identifier: String

    /// Changes the schema (and data); runs inside the migrator's transaction.
    public let migrate: @Sendable (Database) throws -> Void

    /// Creates a migration.
    public init(identifier: String, migrate: @escaping @Sendable (Database) throws -> Void) {
        self.identifier = identifier
        self.migrate = migrate
    }
}
