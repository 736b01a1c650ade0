import GenLabelCore

/// What `genlabel check` finds in a database: SQLite's integrity and foreign-key checks, and whether
/// its schema is one this build knows. Read-only: nothing is repaired or migrated.
public struct DatabaseHealth: Sendable, Equatable {
    /// `PRAGMA integrity_check` lines (empty when sound).
    public var integrityProblems: [String]
    /// `PRAGMA foreign_key_check` lines (empty when sound).
    public var foreignKeyProblems: [String]
    /// Schema versions recorded in the file that this build does not know (the file comes from a newer genlabel).
    public var unknownMigrations: [String]
    /// Schema versions of this build not yet applied (genlabel applies them at the next normal opening).
    public var pendingMigrations: [String]
    /// False when the file has no genlabel schema at all.
    public var isGenlabelDatabase: Bool

    public var isSound: Bool {
        integrityProblems.isEmpty && foreignKeyProblems.isEmpty && unknownMigrations.isEmpty && isGenlabelDatabase
    }

    /// Runs every check on `database`. The integrity check comes first: when the file is damaged the
    /// others may fail, and their failure is then reported as part of the damage.
    public static func check(_ database: Database) throws -> DatabaseHealth {
        let integrity = try database.integrityCheck()
        let foreignKeys: [String]
        do { foreignKeys = try database.foreignKeyCheck() } catch where !integrity.isEmpty { foreignKeys = [] }
        let applied = try Migrations.migrator.appliedIdentifiers(database)
        let known = Migrations.all.map(\.identifier)
        let appliedSet = Set(applied), knownSet = Set(known)
        return DatabaseHealth(integrityProblems: integrity, foreignKeyProblems: foreignKeys,
                              unknownMigrations: applied.filter { !knownSet.contains($0) },
                              pendingMigrations: applied.isEmpty ? [] : known.filter { !appliedSet.contains($0) },
                              isGenlabelDatabase: !applied.isEmpty)
    }
}
