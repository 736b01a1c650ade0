/// Exit statuses, following sysexits.h where one fits.
public enum ExitCode: Int32, Sendable {
    case success = 0
    /// Something needs attention: an overdue item (`genlabel alerts`, for cron jobs), a problem found
    /// (`check`, `restore`), errors in an imported file (`import`: nothing was written).
    case attentionNeeded = 1
    /// Bad command line (EX_USAGE).
    case usage = 64
    /// The database cannot be opened or read (EX_IOERR).
    case database = 74
    /// The terminal cannot be used (EX_UNAVAILABLE).
    case terminal = 69
    /// The person's role does not allow the command (EX_NOPERM).
    case forbidden = 77
}
