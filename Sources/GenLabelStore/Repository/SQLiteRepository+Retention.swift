import GenLabelCore

/// Retention of learners' personal data (issue 6, `genlabel purge-personal-data`).
///
/// Decision (README "Données personnelles"): for every learner of a session that ended before the
/// given date, names, address, commune and INSEE code are emptied and the birth date is reduced to
/// the 1st of January of its year (age figures stay possible), the free-text reason for leaving is
/// emptied (issue 4); gender, QPV/ZRR residence, target-public, job-seeker and CROUS flags and the
/// outcome codes stay, so every figure of the figures screens is unchanged.
/// The learner is marked `personal_data_purged_on`. One transaction, one audit entry.
extension SQLiteRepository {
    /// How many learners still carry personal data in sessions ended before `date`.
    public func learnersToPurge(endedBefore date: CalendarDate) throws -> (learners: Int, sessions: Int) {
        var result = (learners: 0, sessions: 0)
        try database.forEachRow("""
            SELECT count(*), count(DISTINCT l.session_id) FROM learners l JOIN sessions s ON s.id = l.session_id
            WHERE s.end_date < ? AND l.personal_data_purged_on IS NULL
            """, [.text(date.iso)]) { s in result = (s.int(0), s.int(1)) }
        return result
    }

    /// Purges them; returns how many learners were purged.
    @discardableResult
    public func purgePersonalData(endedBefore date: CalendarDate, by actor: Actor, at timestamp: String,
                                  today: CalendarDate) throws -> Int {
        try write(as: actor, needing: .purgePersonalData, at: timestamp) { transaction in
            let (learners, sessions) = try learnersToPurge(endedBefore: date)
            guard learners > 0 else { return 0 }
            try database.execute("""
                UPDATE learners SET first_name = '', last_name = '', address = '', commune = '', insee_code = '', exit_reason = '',
                       birth_date = substr(birth_date, 1, 4) || '-01-01', personal_data_purged_on = ?,
                       version = version + 1
                WHERE personal_data_purged_on IS NULL
                  AND session_id IN (SELECT id FROM sessions WHERE end_date < ?)
                """, [.text(today.iso), .text(date.iso)])
            try transaction.audit(.personalDataPurged, kind: AuditSubject.database, key: "",
                                  detail: T(.auditPurged, learners, sessions, date.french))
            return learners
        }
    }
}

extension SQLiteRepository {
    /// Records in the audit trail that the database was replaced by `backup` (`genlabel restore`).
    /// The actor's right was checked against the database replaced; the restored one may not know them.
    public func recordRestore(from backup: String, by actor: Actor, at timestamp: String) throws {
        let recorded = Actor(login: actor.login, role: .admin)
        try write(as: recorded, needing: .restoreDatabase, at: timestamp) { transaction in
            try transaction.audit(.databaseRestored, kind: AuditSubject.database, key: "", detail: T(.auditRestored, backup))
        }
    }
}
