import GenLabelCore

/// What `genlabel check` finds in a database: SQLite's integrity and foreign-key checks, and whether
/// its schema is one this build knows, and whether the audit trail's digest chain is intact. Read-only: nothing is repaired or migrated.
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
    /// The audit trail's digest chain; nil when the file has no audit trail yet (before migration 0004).
    public var auditChain: AuditChainVerdict?

    public var isSound: Bool {
        let auditIntact: Bool
        if case .broken? = auditChain { auditIntact = false } else { auditIntact = true }
        return integrityProblems.isEmpty && foreignKeyProblems.isEmpty && unknownMigrations.isEmpty
            && isGenlabelDatabase && auditIntact
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
        var auditChain: AuditChainVerdict?
        if integrity.isEmpty, try database.fetchOne(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'audit_log'", [SQLValue]()) != nil {
            auditChain = try AuditTrail(database: database).verify()
        }
        return DatabaseHealth(integrityProblems: integrity, foreignKeyProblems: foreignKeys,
                              unknownMigrations: applied.filter { !knownSet.contains($0) },
                              pendingMigrations: applied.isEmpty ? [] : known.filter { !appliedSet.contains($0) },
                              isGenlabelDatabase: !applied.isEmpty, auditChain: auditChain)
    }
}
