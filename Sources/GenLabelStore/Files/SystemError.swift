import Foundation
import GenLabelCore

/// A failed system call, explained in French for the common cases.
public struct SystemError: UserFacingError, CustomStringConvertible {
    public let code: Int32

    public init(_ code: Int32 = errno) { self.code = code }

    public var userMessage: String {
        switch code {
        case EACCES, EPERM: return T(.systemPermission)
        case ENOENT: return T(.systemMissing)
        case ENOTDIR: return T(.systemNotADirectory)
        case EISDIR: return T(.systemIsADirectory)
        case EROFS: return T(.systemReadOnlyFileSystem)
        case ENOSPC: return T(.dbFull)
        case ENODEV: return T(.systemNotRegularFile)
        case EFBIG: return T(.systemFileTooLarge, FileBytes.maximumSize >> 30)
        default: return T(.systemOther, code)
        }
    }

    public var description: String { userMessage }
}
