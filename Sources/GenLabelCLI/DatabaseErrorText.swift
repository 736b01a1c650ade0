import GenLabelCore
import GenLabelStore

/// SQLite's errors in plain French for people; the technical text stays in the message of `dbOther`.
enum DatabaseErrorText {
    static func describe(_ error: any Error) -> String {
        guard let error = error as? DatabaseError else { return String(describing: error) }
        switch error.resultCode {
        case 14: return T(.dbCantOpen)
        case 26: return T(.dbNotADatabase)
        case 8: return T(.dbReadOnly)
        case 5, 6: return T(.dbBusy)
        case 11: return T(.dbCorrupt)
        case 13: return T(.dbFull)
        default: return T(.dbOther, error.resultCode, error.message)
        }
    }
}
