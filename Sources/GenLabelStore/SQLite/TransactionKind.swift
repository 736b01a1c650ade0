/// How a top-level transaction takes its locks (`BEGIN DEFERRED | IMMEDIATE | EXCLUSIVE`).
public enum TransactionKind: String, Sendable {
    /// Locks on first access; a later write can fail with `SQLITE_BUSY` mid-transaction. For reads.
    case deferred = "DEFERRED"
    /// Takes the write lock at once (waiting up to the busy timeout). The default for writes.
    case immediate = "IMMEDIATE"
    /// Like `immediate`; in WAL mode there is no difference.
    case exclusive = "EXCLUSIVE"
}
