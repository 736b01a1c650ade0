/// One line of the audit trail (issue 6): who did what, when, to which record. Entries are only ever
/// appended; each carries the SHA-256 digest of its content chained to the previous entry's digest,
/// so that changing or removing any entry breaks the chain at that point (`AuditChain.verify`).
public struct AuditEntry: Sendable, Hashable {
    /// Position in the trail, from 1.
    public var sequence: Int64
    /// When, as `yyyy-mm-ddThh:mm:ssZ` (UTC).
    public var timestamp: String
    public var login: String
    public var action: AuditAction
    /// The kind of record concerned ("session", "label", "utilisateur"…), empty when none.
    public var subjectKind: String
    /// Its natural key or id, empty when none.
    public var subjectKey: String
    /// What changed, in plain words (French), e.g. "attestation de démarrage reçue : 12/03/2026".
    public var detail: String
    public var previousDigest: String
    public var digest: String

    public init(sequence: Int64, timestamp: String, login: String, action: AuditAction, subjectKind: String,
                subjectKey: String, detail: String, previousDigest: String, digest: String) {
        self.sequence = sequence; self.timestamp = timestamp; self.login = login; self.action = action
        self.subjectKind = subjectKind; self.subjectKey = subjectKey; self.detail = detail
        self.previousDigest = previousDigest; self.digest = digest
    }
}

/// What an audit entry records. Stored as its raw value; an unknown value read from a newer
/// database keeps its text in `.other`.
public enum AuditAction: Sendable, Hashable, RawRepresentable {
    case userRoleSet, userRemoved, recordChanged, recordCreated, recordDeleted, personalDataPurged, imported
    case databaseRestored
    case other(String)

    public init(rawValue: String) {
        switch rawValue {
        case "user_role_set": self = .userRoleSet
        case "user_removed": self = .userRemoved
        case "record_changed": self = .recordChanged
        case "record_created": self = .recordCreated
        case "record_deleted": self = .recordDeleted
        case "personal_data_purged": self = .personalDataPurged
        case "imported": self = .imported
        case "database_restored": self = .databaseRestored
        default: self = .other(rawValue)
        }
    }

    public var rawValue: String {
        switch self {
        case .userRoleSet: return "user_role_set"
        case .userRemoved: return "user_removed"
        case .recordChanged: return "record_changed"
        case .recordCreated: return "record_created"
        case .recordDeleted: return "record_deleted"
        case .personalDataPurged: return "personal_data_purged"
        case .imported: return "imported"
        case .databaseRestored: return "database_restored"
        case .other(let text): return text
        }
    }
}

/// The digest chain of the audit trail.
public enum AuditChain {
    /// The digest that precedes the first entry.
    public static let genesis = String(repeating: "0", count: 64)

    /// The digest of an entry: SHA-256 of its fields, each followed by a line feed, with every line
    /// feed inside a field written `\n` and every backslash `\\` (so no two entries serialise alike),
    /// starting with the previous entry's digest.
    public static func digest(sequence: Int64, timestamp: String, login: String, action: String,
                              subjectKind: String, subjectKey: String, detail: String,
                              previousDigest: String) -> String {
        var hasher = SHA256()
        for field in [previousDigest, String(sequence), timestamp, login, action, subjectKind, subjectKey, detail] {
            hasher.update(escaped(field).utf8)
            hasher.update(CollectionOfOne(UInt8(ascii: "\n")))
        }
        return SHA256.hex(hasher.finalize())
    }

    static func escaped(_ field: String) -> String {
        guard field.contains(where: { $0 == "\\" || $0 == "\n" || $0 == "\r\n" }) else { return field }
        var out = ""
        for scalar in field.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// The digest `entry` should carry given its fields.
    public static func expectedDigest(of entry: AuditEntry) -> String {
        digest(sequence: entry.sequence, timestamp: entry.timestamp, login: entry.login, action: entry.action.rawValue,
               subjectKind: entry.subjectKind, subjectKey: entry.subjectKey, detail: entry.detail,
               previousDigest: entry.previousDigest)
    }

    /// Checks the entries in order: each must follow the previous one's digest and carry the digest
    /// of its own fields; sequences must run 1, 2, 3… without a gap (a deleted entry).
    public static func verify<Entries: Sequence>(_ entries: Entries) -> AuditChainVerdict where Entries.Element == AuditEntry {
        var previous = genesis
        var expectedSequence: Int64 = 1
        for entry in entries {
            if entry.sequence != expectedSequence {
                return .broken(sequence: expectedSequence, reason: .missingEntry)
            }
            if entry.previousDigest != previous {
                return .broken(sequence: entry.sequence, reason: .linkBroken)
            }
            if expectedDigest(of: entry) != entry.digest {
                return .broken(sequence: entry.sequence, reason: .contentChanged)
            }
            previous = entry.digest
            expectedSequence += 1
        }
        return .intact(entries: expectedSequence - 1)
    }
}

/// What `AuditChain.verify` finds.
public enum AuditChainVerdict: Sendable, Equatable {
    case intact(entries: Int64)
    case broken(sequence: Int64, reason: AuditChainBreak)
}

/// How a chain is broken at an entry.
public enum AuditChainBreak: Sendable, Equatable {
    /// The entry's fields no longer give its digest: it was changed.
    case contentChanged
    /// The entry does not follow the previous entry's digest: an entry before it was changed or replaced.
    case linkBroken
    /// The sequence has a gap: an entry was removed.
    case missingEntry
}

/// Audit timestamps: UTC, to the second, `yyyy-mm-ddThh:mm:ssZ` (they sort as text). The French
/// display converts nothing: the trail says "UTC" where it shows them.
public enum AuditTimestamp {
    private static let unixEpochDay = CalendarDate(year: 1970, month: 1, day: 1)!.dayNumber

    /// The timestamp of `seconds` since 1970-01-01T00:00:00Z.
    public static func utc(unixSeconds seconds: Int64) -> String {
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        let within = Int(seconds - days * 86_400)
        let date = CalendarDate(dayNumber: unixEpochDay + Int(days))
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return "\(date.iso)T\(two(within / 3600)):\(two(within / 60 % 60)):\(two(within % 60))Z"
    }

    /// `yyyy-mm-ddThh:mm:ssZ` shown as `dd/mm/yyyy hh:mm:ss UTC`; other text unchanged.
    public static func french(_ timestamp: String) -> String {
        let parts = timestamp.split(separator: "T")
        guard parts.count == 2, let date = CalendarDate(iso: String(parts[0])) else { return timestamp }
        return date.french + " " + String(parts[1]).replacingAll("Z", with: "") + " UTC"
    }
}
