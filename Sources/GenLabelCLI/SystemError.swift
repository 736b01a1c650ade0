import Foundation
import GenLabelCore

/// A failed system call, explained in French for the common cases.
struct SystemError: UserFacingError, CustomStringConvertible {
    let code: Int32

    init(_ code: Int32 = errno) { self.code = code }

    var userMessage: String {
        switch code {
        case EACCES, EPERM: return T(.systemPermission)
        case ENOENT: return T(.systemMissing)
        case ENOTDIR: return T(.systemNotADirectory)
        case EISDIR: return T(.systemIsADirectory)
        case EROFS: return T(.systemReadOnlyFileSystem)
        case ENOSPC: return T(.dbFull)
        default: return T(.systemOther, code)
        }
    }

    var description: String { userMessage }
}
