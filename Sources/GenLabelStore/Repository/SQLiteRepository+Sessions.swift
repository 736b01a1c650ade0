import GenLabelCore

/// The session form's write (issue 4): every editable column of a session at once, through the write
/// path (permission, one `BEGIN IMMEDIATE` transaction, version check, audit entry).
extension SQLiteRepository: SessionStoring {
    public func updateSession(_ session: TrainingSession, expectedVersion: Int64, by actor: Actor, at timestamp: String,
                              today: CalendarDate) throws -> [SessionField] {
        try write(as: actor, needing: .editMonitoring, at: timestamp) { transaction in
            guard let stored = try sessions(where: "s.id = ?", [.integer(session.id.rawValue)]).first else {
                throw StoreError.recordMissing
            }
            // Checked again here, whatever the caller checked: the form is not the only writer.
            let draft = SessionDraft(session)
            let context = SessionCheckContext(today: today)
            if let field = SessionField.allCases.first(where: { draft.error($0, context: context) != nil }),
               let reason = draft.error(field, context: context) {
                throw SessionFactRefused(reason: "\(field.label) : \(reason)")
            }
            let changed = draft.changedFields(from: SessionDraft(stored))
            guard !changed.isEmpty else {
                // Nothing to write; a stale version is still a conflict (the person saw old values).
                let current = try transaction.version(of: .sessions, id: session.id.rawValue)
                guard current == expectedVersion else { throw StoreError.conflict(currentVersion: current ?? 0) }
                return []
            }
            try transaction.update(.sessions, id: session.id.rawValue, expectedVersion: expectedVersion,
                                   set: Self.assignments(session))
            try transaction.audit(.recordChanged, kind: AuditSubject.session, key: try sessionKey(session.id),
                                  detail: SessionDraft.auditDetail(from: stored, to: session))
            return changed
        }
    }

    /// The stored values of a session's editable columns.
    static func assignments(_ session: TrainingSession) -> [(column: String, value: SQLValue)] {
        func date(_ value: CalendarDate?) -> SQLValue { value.map { .text($0.iso) } ?? .null }
        var result: [(column: String, value: SQLValue)] = [
            ("planned_start", .text(session.plannedStart.iso)), ("actual_start", date(session.actualStart)),
            ("end_date", .text(session.end.iso)), ("capacity", .integer(Int64(session.capacity))),
            ("modality", session.modality.map { .text($0.rawValue) } ?? .null),
            ("start_attestation_received_on", date(session.startAttestationReceivedOn)),
            ("end_list_received_on", date(session.endOfSessionListReceivedOn)),
        ]
        for (offset, platform) in ReferencingPlatform.allCases.enumerated() {
            result.append((SessionReferencingMigration.dateColumns[offset], date(session.referencing[platform])))
        }
        return result
    }
}
