import GenLabelCore

/// Monitoring writes (issue 4) through the write path: permission, one transaction, version check,
/// audit entry.
extension SQLiteRepository {
    /// Records `fact` on session `id`, read at `expectedVersion`. Throws `StoreError.conflict` when the
    /// session changed since (nothing written), `SessionFactRefused` when the fact is not possible.
    public func record(_ fact: SessionFact, onSession id: TrainingSession.ID, expectedVersion: Int64,
                       by actor: Actor, at timestamp: String, today: CalendarDate) throws {
        try write(as: actor, needing: .editMonitoring, at: timestamp) { transaction in
            guard let session = try sessions(where: "s.id = ?", [.integer(id.rawValue)]).first else {
                throw StoreError.recordMissing
            }
            if let reason = fact.refusal(for: session, today: today) { throw SessionFactRefused(reason: reason) }
            let previous = fact.current(in: session)
            let value: SQLValue = fact.date.map { .text($0.iso) } ?? .null
            try transaction.update(.sessions, id: id.rawValue, expectedVersion: expectedVersion,
                                   set: [(Self.column(of: fact), value)])
            try transaction.audit(.recordChanged, kind: AuditSubject.session, key: try sessionKey(id),
                                  detail: fact.auditDetail(previous: previous))
        }
    }

    /// The version of session `id` (for a later `record`), nil when it does not exist.
    public func sessionVersion(_ id: TrainingSession.ID) throws -> Int64? {
        var version: Int64?
        try database.forEachRow("SELECT version FROM sessions WHERE id = ?", [.integer(id.rawValue)]) { s in
            version = s.int64(0)
        }
        return version
    }

    /// A session's name in the audit trail: its training's SIRET, title and commune, and its code.
    func sessionKey(_ id: TrainingSession.ID) throws -> String {
        var key = "\(id.rawValue)"
        try database.forEachRow("""
            SELECT o.siret, t.title, t.commune, s.code FROM sessions s JOIN labels lb ON lb.id = s.label_id
            JOIN trainings t ON t.id = lb.training_id JOIN organizations o ON o.id = t.organization_id
            WHERE s.id = ?
            """, [.integer(id.rawValue)]) { s in
            key = "\(s.string(0)) · \(s.string(1)) · \(s.string(2)) · \(s.string(3))"
        }
        return key
    }

    static func column(of fact: SessionFact) -> String {
        switch fact {
        case .startAttestationReceived: return "start_attestation_received_on"
        case .endListReceived: return "end_list_received_on"
        case .actualStart: return "actual_start"
        }
    }
}

/// A fact that cannot be recorded (a future date, a date before the start…), in French.
public struct SessionFactRefused: Error, Equatable, UserFacingError {
    public let reason: String
    public var userMessage: String { reason }
}

extension SQLiteRepository: MonitoringWriting {
    public func sessionLearners(_ id: TrainingSession.ID) throws -> [Learner] {
        var result: [Learner] = []
        try database.forEachRow("""
            SELECT \(LearnerColumns.select()) FROM learners WHERE session_id = ? ORDER BY last_name, first_name, id
            """, [.integer(id.rawValue)]) { s in
            result.append(try LearnerColumns.decode(s).learner)
        }
        return result
    }
}
