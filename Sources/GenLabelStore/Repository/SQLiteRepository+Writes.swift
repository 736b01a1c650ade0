import GenLabelCore

/// The one way data is changed (issue 6): a check of the actor's permission, one `BEGIN IMMEDIATE`
/// transaction (so a write waits for another process's write, up to the busy timeout, instead of
/// failing half-way), versioned updates that detect a change made meanwhile by someone else, and an
/// audit entry per change, committed with it.
extension SQLiteRepository {
    /// Runs `body` as one transaction on behalf of `actor`. Nothing is written when `body` throws.
    /// Throws `StoreError.forbidden` when the actor lacks `permission`, `StoreError.readOnly` on a
    /// read-only opening, a busy `DatabaseError` when another process holds the write lock too long.
    public func write<T>(as actor: Actor, needing permission: Permission, at timestamp: String,
                         _ body: (WriteTransaction) throws -> T) throws -> T {
        guard actor.may(permission) else { throw StoreError.forbidden(permission) }
        guard !database.isReadOnly else { throw StoreError.readOnly }
        return try database.inTransaction(.immediate) {
            try body(WriteTransaction(database: database, actor: actor, timestamp: timestamp))
        }
    }
}

/// What a write may do inside its transaction.
public struct WriteTransaction {
    public let database: Database
    public let actor: Actor
    public let timestamp: String

    /// Appends an audit entry for a change made in this transaction.
    public func audit(_ action: AuditAction, kind: String, key: String, detail: String) throws {
        try AuditTrail(database: database).append(login: actor.login, timestamp: timestamp, action: action,
                                                  subjectKind: kind, subjectKey: key, detail: detail)
    }

    /// The current version of row `id` of `table`, nil when the row does not exist.
    public func version(of table: VersionedTable, id: Int64) throws -> Int64? {
        var version: Int64?
        try database.forEachRow("SELECT version FROM \(table.rawValue) WHERE id = ?", [.integer(id)]) { s in
            version = s.int64(0)
        }
        return version
    }

    /// Sets `assignments` on row `id` of `table` if its version is still `expectedVersion`, and
    /// bumps the version. Throws `StoreError.conflict` when someone changed the row meanwhile (the
    /// caller reads it again and lets the person choose), `StoreError.recordMissing` when it is gone.
    /// Column names come from the code, never from input; values are bound parameters.
    public func update(_ table: VersionedTable, id: Int64, expectedVersion: Int64,
                       set assignments: [(column: String, value: SQLValue)]) throws {
        precondition(!assignments.isEmpty && assignments.allSatisfy { table.columns.contains($0.column) },
                     "columns of an update are fixed by the code")
        let setters = assignments.map { "\($0.column) = ?" }.joined(separator: ", ")
        try database.execute("UPDATE \(table.rawValue) SET \(setters), version = version + 1 WHERE id = ? AND version = ?",
                             assignments.map(\.value) + [.integer(id), .integer(expectedVersion)])
        guard database.changes == 1 else {
            guard let current = try version(of: table, id: id) else { throw StoreError.recordMissing }
            throw StoreError.conflict(currentVersion: current)
        }
    }
}

/// The tables whose rows carry a `version` and the columns a write may set on them.
public enum VersionedTable: String, Sendable {
    case sessions, labels, dossiers, learners, organizations, trainings

    var columns: Set<String> {
        switch self {
        case .sessions:
            return Set(["actual_start", "start_attestation_received_on", "end_list_received_on", "planned_start",
                        "end_date", "capacity", "modality"] + SessionReferencingMigration.dateColumns)
        case .labels: return ["state", "convention_signed_on", "officer_login"]
        case .dossiers:
            return Set(["state", "committee_id", "submitted_on", "score", "is_renewal"] + InstructionColumns.content)
        case .learners:
            return Set(["first_name", "last_name", "birth_date", "address", "gender", "insee_code", "commune",
                    "resides_qpv", "resides_zrr", "is_target_public", "is_job_seeker"] + LearnerColumns.outcome)
        case .organizations: return ["name", "siret", "nda", "qualiopi_status", "qualiopi_date", "obligations_up_to_date"]
        case .trainings:
            return ["title", "hours", "months", "family", "job", "commune", "insee_code", "region_code",
                    "certification_code", "certification_title"]
        }
    }
}
