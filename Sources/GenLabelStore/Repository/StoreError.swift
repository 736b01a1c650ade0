import GenLabelCore

/// Errors of the store that are not SQLite's own. Descriptions are French: they reach the user.
public enum StoreError: Error, CustomStringConvertible, Equatable {
    /// A stored value cannot be read back (a bad date, an unknown state): the file was edited by hand
    /// or is damaged.
    case corruptValue(table: String, column: String, value: String)
    /// A read-only opening found a schema older than this build's: it cannot be brought up to date.
    case needsMigration

    public var description: String {
        switch self {
        case .corruptValue(let table, let column, let value):
            return T(.storeCorruptValue, value, table, column)
        case .needsMigration:
            return T(.storeNeedsMigration)
        }
    }
}
