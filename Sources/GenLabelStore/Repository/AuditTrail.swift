import GenLabelCore

/// The audit trail in the database (`audit_log`, migration 0004): appending inside the caller's
/// transaction, reading back, verifying the digest chain. The database refuses any change or removal
/// of an entry; `verify` detects one made with those guards removed.
public struct AuditTrail {
    public let database: Database

    public init(database: Database) { self.database = database }

    /// Appends an entry after the last one. Must run inside a write transaction, so that the entry and
    /// the change it records are committed together (or neither is).
    @discardableResult
    public func append(login: String, timestamp: String, action: AuditAction, subjectKind: String,
                       subjectKey: String, detail: String) throws -> AuditEntry {
        precondition(database.isInsideTransaction, "an audit entry is written with the change it records")
        var sequence: Int64 = 1
        var previous = AuditChain.genesis
        try database.forEachRow("SELECT sequence, digest FROM audit_log ORDER BY sequence DESC LIMIT 1", []) { s in
            sequence = s.int64(0) + 1
            previous = s.string(1)
        }
        let digest = AuditChain.digest(sequence: sequence, timestamp: timestamp, login: login, action: action.rawValue,
                                       subjectKind: subjectKind, subjectKey: subjectKey, detail: detail,
                                       previousDigest: previous)
        try database.execute("""
            INSERT INTO audit_log (sequence, timestamp, login, action, subject_kind, subject_key, detail,
                                   previous_digest, digest)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, [.integer(sequence), .text(timestamp), .text(login), .text(action.rawValue), .text(subjectKind),
                  .text(subjectKey), .text(detail), .text(previous), .text(digest)])
        return AuditEntry(sequence: sequence, timestamp: timestamp, login: login, action: action,
                          subjectKind: subjectKind, subjectKey: subjectKey, detail: detail,
                          previousDigest: previous, digest: digest)
    }

    /// Entries in order, optionally only those about one record, at most `limit` of the latest.
    public func entries(subjectKind: String? = nil, subjectKey: String? = nil, limit: Int? = nil) throws -> [AuditEntry] {
        var conditions: [String] = []
        var arguments: [SQLValue] = []
        if let subjectKind { conditions.append("subject_kind = ?"); arguments.append(.text(subjectKind)) }
        if let subjectKey { conditions.append("subject_key = ?"); arguments.append(.text(subjectKey)) }
        let condition = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
        var sql = "SELECT \(Self.columns) FROM audit_log \(condition) ORDER BY sequence"
        if let limit {
            sql = "SELECT * FROM (SELECT \(Self.columns) FROM audit_log \(condition) ORDER BY sequence DESC LIMIT ?) ORDER BY sequence"
            arguments.append(.integer(Int64(max(0, limit))))
        }
        var result: [AuditEntry] = []
        try database.forEachRow(sql, arguments) { s in result.append(Self.entry(s)) }
        return result
    }

    /// Checks the whole chain, one entry at a time (memory stays flat however long the trail).
    public func verify() throws -> AuditChainVerdict {
        var previous = AuditChain.genesis
        var expected: Int64 = 1
        var verdict: AuditChainVerdict?
        try database.forEachRow("SELECT \(Self.columns) FROM audit_log ORDER BY sequence", []) { s in
            guard verdict == nil else { return }
            let entry = Self.entry(s)
            if entry.sequence != expected {
                verdict = .broken(sequence: expected, reason: .missingEntry)
            } else if entry.previousDigest != previous {
                verdict = .broken(sequence: entry.sequence, reason: .linkBroken)
            } else if AuditChain.expectedDigest(of: entry) != entry.digest {
                verdict = .broken(sequence: entry.sequence, reason: .contentChanged)
            }
            previous = entry.digest
            expected += 1
        }
        return verdict ?? .intact(entries: expected - 1)
    }

    static let columns = "sequence, timestamp, login, action, subject_kind, subject_key, detail, previous_digest, digest"

    static func entry(_ s: Statement) -> AuditEntry {
        AuditEntry(sequence: s.int64(0), timestamp: s.string(1), login: s.string(2),
                   action: AuditAction(rawValue: s.string(3)), subjectKind: s.string(4), subjectKey: s.string(5),
                   detail: s.string(6), previousDigest: s.string(7), digest: s.string(8))
    }
}
