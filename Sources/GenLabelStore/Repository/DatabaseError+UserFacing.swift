import GenLabelCore

/// SQLite's errors in plain French; unusual ones keep SQLite's own words after the code.
extension DatabaseError: UserFacingError {
    public var userMessage: String {
        switch resultCode {
        case 14: return T(.dbCantOpen)
        case 26: return T(.dbNotADatabase)
        case 8: return T(.dbReadOnly)
        case 5, 6: return T(.dbBusy)
        case 11: return T(.dbCorrupt)
        case 13: return T(.dbFull)
        default: return T(.dbOther, resultCode, message)
        }
    }
}

extension StoreError: UserFacingError {
    public var userMessage: String { description }
}

extension MigrationError: UserFacingError {
    public var userMessage: String {
        switch self {
        case .unknownMigrations: return T(.migrationFromNewerVersion)
        case .foreignKeyViolations(let migration, _): return T(.migrationFailed, migration)
        }
    }
}
