import GenLabelCore

/// The learner columns of migration 0009 (issue 4) that a write may set.
enum LearnerColumns {
    static let outcome = ["crous_aid", "exit_kind", "exit_date", "exit_reason", "certified", "situation_end",
                          "situation_3m", "situation_6m"]

    /// Every column `decode` reads, in its order (prefix it with a table alias when needed).
    static let selected = ["id", "session_id", "first_name", "last_name", "gender", "birth_date", "address", "insee_code",
                           "commune", "resides_qpv", "resides_zrr", "is_target_public", "is_job_seeker"] + outcome + ["version"]

    static func select(_ alias: String = "") -> String {
        selected.map { alias.isEmpty ? $0 : "\(alias).\($0)" }.joined(separator: ", ")
    }

    /// The learner of the current row of a statement on `select()`, and its version.
    static func decode(_ s: Statement) throws -> VersionedLearner {
        func situation(_ index: Int, _ column: String) throws -> LearnerSituation? {
            s.isNull(index) ? nil : try s.decoded(index, "learners", column) as LearnerSituation
        }
        let learner = Learner(
            id: .init(s.int64(0)), sessionID: .init(s.int64(1)), firstName: s.string(2), lastName: s.string(3),
            gender: try s.decoded(4, "learners", "gender"), birthDate: try s.date(5, "learners", "birth_date"),
            address: s.string(6), inseeCode: s.string(7), commune: s.string(8), residesInQPV: s.bool(9),
            residesInZRR: s.bool(10), isTargetPublic: s.bool(11), isJobSeeker: s.bool(12), receivesCROUSAid: s.bool(13),
            exitKind: s.isNull(14) ? nil : try s.decoded(14, "learners", "exit_kind") as LearnerExitKind,
            exitDate: try s.optionalDate(15, "learners", "exit_date"), exitReason: s.string(16),
            certificationObtained: s.isNull(17) ? nil : s.bool(17),
            situationAtEnd: try situation(18, "situation_end"), situationAt3Months: try situation(19, "situation_3m"),
            situationAt6Months: try situation(20, "situation_6m"))
        return VersionedLearner(learner: learner, version: s.int64(21))
    }

    /// The stored values of `learner`, column by column (its id and session aside).
    static func assignments(_ learner: Learner) -> [(column: String, value: SQLValue)] {
        func text(_ value: String) -> SQLValue { .text(value) }
        func flag(_ value: Bool) -> SQLValue { .integer(value ? 1 : 0) }
        return [
            ("first_name", text(learner.firstName)), ("last_name", text(learner.lastName)),
            ("gender", text(learner.gender.rawValue)), ("birth_date", text(learner.birthDate.iso)),
            ("address", text(learner.address)), ("insee_code", text(learner.inseeCode)), ("commune", text(learner.commune)),
            ("resides_qpv", flag(learner.residesInQPV)), ("resides_zrr", flag(learner.residesInZRR)),
            ("is_target_public", flag(learner.isTargetPublic)), ("is_job_seeker", flag(learner.isJobSeeker)),
            ("crous_aid", flag(learner.receivesCROUSAid)),
            ("exit_kind", learner.exitKind.map { .text($0.rawValue) } ?? .null),
            ("exit_date", learner.exitDate.map { .text($0.iso) } ?? .null), ("exit_reason", text(learner.exitReason)),
            ("certified", learner.certificationObtained.map(flag) ?? .null),
            ("situation_end", learner.situationAtEnd.map { .text($0.rawValue) } ?? .null),
            ("situation_3m", learner.situationAt3Months.map { .text($0.rawValue) } ?? .null),
            ("situation_6m", learner.situationAt6Months.map { .text($0.rawValue) } ?? .null),
        ]
    }
}

extension WriteTransaction {
    /// Deletes row `id` of `table` if its version is still `expectedVersion`. Throws
    /// `StoreError.conflict` when someone changed it meanwhile, `StoreError.recordMissing` when it is gone.
    public func delete(_ table: VersionedTable, id: Int64, expectedVersion: Int64) throws {
        try database.execute("DELETE FROM \(table.rawValue) WHERE id = ? AND version = ?", [.integer(id), .integer(expectedVersion)])
        guard database.changes == 1 else {
            guard let current = try version(of: table, id: id) else { throw StoreError.recordMissing }
            throw StoreError.conflict(currentVersion: current)
        }
    }
}

extension SQLiteRepository: LearnerStoring {
    public func learner(_ id: Learner.ID) throws -> VersionedLearner? {
        var result: VersionedLearner?
        try database.forEachRow("SELECT \(LearnerColumns.select()) FROM learners WHERE id = ?", [.integer(id.rawValue)]) { s in
            result = try LearnerColumns.decode(s)
        }
        return result
    }

    public func learners(ofSession id: TrainingSession.ID) throws -> [VersionedLearner] {
        var result: [VersionedLearner] = []
        try database.forEachRow("""
            SELECT \(LearnerColumns.select()) FROM learners WHERE session_id = ? ORDER BY last_name, first_name, id
            """, [.integer(id.rawValue)]) { s in
            result.append(try LearnerColumns.decode(s))
        }
        return result
    }

    public func addLearner(_ learner: Learner, by actor: Actor, at timestamp: String) throws -> Learner.ID {
        try write(as: actor, needing: .editMonitoring, at: timestamp) { transaction in
            guard try sessionVersion(learner.sessionID) != nil else { throw StoreError.recordMissing }
            let assignments = LearnerColumns.assignments(learner)
            try database.execute("""
                INSERT INTO learners (session_id, \(assignments.map(\.column).joined(separator: ", ")))
                VALUES (?, \(assignments.map { _ in "?" }.joined(separator: ", ")))
                """, [.integer(learner.sessionID.rawValue)] + assignments.map(\.value))
            let id = Learner.ID(database.lastInsertRowID)
            try transaction.audit(.recordCreated, kind: AuditSubject.learner, key: try learnerKey(id, session: learner.sessionID),
                                  detail: T(.lrnAuditCreated))
            return id
        }
    }

    public func updateLearner(_ learner: Learner, expectedVersion: Int64, by actor: Actor, at timestamp: String) throws {
        try write(as: actor, needing: .editMonitoring, at: timestamp) { transaction in
            guard let stored = try self.learner(learner.id) else { throw StoreError.recordMissing }
            try transaction.update(.learners, id: learner.id.rawValue, expectedVersion: expectedVersion,
                                   set: LearnerColumns.assignments(learner))
            try transaction.audit(.recordChanged, kind: AuditSubject.learner,
                                  key: try learnerKey(learner.id, session: stored.learner.sessionID),
                                  detail: Self.auditDetail(from: stored.learner, to: learner))
        }
    }

    public func removeLearner(_ id: Learner.ID, expectedVersion: Int64, by actor: Actor, at timestamp: String) throws {
        try write(as: actor, needing: .editMonitoring, at: timestamp) { transaction in
            guard let stored = try self.learner(id) else { throw StoreError.recordMissing }
            let key = try learnerKey(id, session: stored.learner.sessionID)
            try transaction.delete(.learners, id: id.rawValue, expectedVersion: expectedVersion)
            try transaction.audit(.recordDeleted, kind: AuditSubject.learner, key: key, detail: T(.lrnAuditRemoved))
        }
    }

    /// A learner's name in the audit trail: its id and its session's key. No personal data: the trail
    /// is kept after a purge and cannot be changed.
    func learnerKey(_ id: Learner.ID, session: TrainingSession.ID) throws -> String {
        T(.lrnAuditKey, id.rawValue, try sessionKey(session))
    }

    /// "modifié : nom, adresse ; sortie : — → Abandon". Personal fields are named, never their values.
    static func auditDetail(from old: Learner, to new: Learner) -> String {
        let before = LearnerDraft(old), after = LearnerDraft(new)
        let changed = after.changedFields(from: before)
        guard !changed.isEmpty else { return T(.lrnAuditUnchanged) }
        let parts = changed.map { field -> String in
            if field.isPersonal { return field.label }
            func shown(_ value: String) -> String {
                if case .choice = field.kind { return field.choiceText(value) }
                return value.isEmpty ? T(.lrnNotFilled) : value
            }
            return T(.lrnAuditChange, field.label, shown(before[field]), shown(after[field]))
        }
        return T(.lrnAuditChanged, parts.joined(separator: " ; "))
    }
}

extension SQLiteRepository: FiguresReading {
    /// One row per session with its learners' counts, added up by SQLite (`GROUP BY`): the figures never
    /// read a learner's row into memory, nor any personal data.
    public func figureRecords(rules: RuleParameters) throws -> [SessionFigureRecord] {
        let positive = rules.positiveExitSituations.map(\.rawValue).sorted()
        let list = positive.map { _ in "?" }.joined(separator: ", ")
        var result: [SessionFigureRecord] = []
        try database.forEachRow("""
            SELECT s.id, s.code, t.id, t.title, t.commune, t.region_code,
                   count(l.id), coalesce(sum(l.is_target_public), 0), coalesce(sum(l.gender = 'F'), 0),
                   coalesce(sum(l.resides_qpv OR l.resides_zrr), 0), coalesce(sum(l.crous_aid), 0),
                   coalesce(sum(l.exit_kind = 'finished'), 0), coalesce(sum(l.exit_kind = 'left'), 0),
                   count(l.certified), coalesce(sum(l.certified), 0),
                   count(l.situation_3m), coalesce(sum(l.situation_3m IN (\(list))), 0),
                   count(l.situation_6m), coalesce(sum(l.situation_6m IN (\(list))), 0)
            FROM sessions s JOIN labels lb ON lb.id = s.label_id JOIN trainings t ON t.id = lb.training_id
            LEFT JOIN learners l ON l.session_id = s.id
            GROUP BY s.id ORDER BY s.id
            """, (positive + positive).map { .text($0) }) { s in
            var tally = LearnerTally(learners: s.int(6), targetPublic: s.int(7), women: s.int(8), qpvOrZRR: s.int(9),
                                     crousAid: s.int(10), finished: s.int(11), left: s.int(12), certificationKnown: s.int(13),
                                     certified: s.int(14), situation3Known: s.int(15), positive3: s.int(16),
                                     situation6Known: s.int(17), positive6: s.int(18))
            tally.closeSession(rules: rules)
            result.append(SessionFigureRecord(sessionID: .init(s.int64(0)), sessionCode: s.string(1),
                                              trainingID: .init(s.int64(2)), trainingTitle: s.string(3),
                                              trainingCommune: s.string(4), regionCode: s.string(5), tally: tally))
        }
        return result
    }
}
