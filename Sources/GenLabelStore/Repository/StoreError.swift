import GenLabelCore

/// Errors of the store that are not SQLite's own. Descriptions are French: they reach the user.
public enum StoreError: Error, CustomStringConvertible, Equatable {
    /// A stored value cannot be read back (a bad date, an unknown state): the file was edited by hand
    /// or is damaged.
    case corruptValue(table: String, column: String, value: String)
    /// A read-only opening found a schema older than this build's: it cannot be brought up to date.
    case needsMigration
    /// The person's role does not allow this (README "Rôles").
    case forbidden(Permission)
    /// The database was opened read-only.
    case readOnly
    /// Someone changed the record since it was read; nothing was written.
    case conflict(currentVersion: Int64)
    /// The record was removed since it was read; nothing was written.
    case recordMissing
    /// A login that is empty or holds spaces.
    case invalidLogin(String)
    /// `genlabel users remove` for a login with no role.
    case unknownUser(String)
    /// Removing the last administrator while other users are recorded would leave nobody to manage them.
    case lastAdministrator

    public var description: String {
        switch self {
        case .corruptValue(let table, let column, let value):
            return T(.storeCorruptValue, value, table, column)
        case .needsMigration:
            return T(.storeNeedsMigration)
        case .forbidden(let permission):
            return T(.storeForbidden, DomainText.permission(permission))
        case .readOnly:
            return T(.storeReadOnly)
        case .conflict:
            return T(.storeConflict)
        case .recordMissing:
            return T(.storeRecordMissing)
        case .invalidLogin(let login):
            return T(.storeInvalidLogin, login)
        case .unknownUser(let login):
            return T(.storeUnknownUser, login)
        case .lastAdministrator:
            return T(.storeLastAdministrator)
        }
    }
}

extension StoreError: ConflictSignalling {
    public var isConflict: Bool {
        if case .conflict = self { return true }
        return false
    }
}
