import GenLabelCore

/// Label monitoring (issue 4) through the write path: permission `.editMonitoring`, one transaction, the
/// label's version checked and bumped by every write on it, an audit entry per change. Alerts are
/// acknowledged or snoozed with `.handleAlerts`.
extension SQLiteRepository: LabelStoring {
    /// A reason or a note as the audit entry ends with it: " : « … »", nothing when empty.
    static func auditNote(_ text: String) -> String {
        let text = text.trimmingWhitespace
        return text.isEmpty ? "" : T(.lbAuditNote, text)
    }

    // MARK: Reads

    public func labelMonitoring(_ id: Label.ID) throws -> LabelMonitoring {
        var monitoring = LabelMonitoring()
        var dossierID: Int64?
        var trainingID: Int64 = 0
        try database.forEachRow("SELECT officer_login, version, dossier_id, training_id FROM labels WHERE id = ?",
                                [.integer(id.rawValue)]) { s in
            monitoring.officer = s.string(0)
            monitoring.version = s.int64(1)
            dossierID = s.optionalInt64(2)
            trainingID = s.int64(3)
        }
        try database.forEachRow("""
            SELECT kind, from_state, to_state, on_date, login, reason FROM label_events WHERE label_id = ? ORDER BY on_date, id
            """, [.integer(id.rawValue)]) { s in
            monitoring.events.append(LabelEvent(
                kind: try s.decoded(0, "label_events", "kind"),
                fromState: try s.optionalString(1).map { try Self.decode($0, "label_events", "from_state") },
                toState: try s.optionalString(2).map { try Self.decode($0, "label_events", "to_state") },
                on: try s.date(3, "label_events", "on_date"), login: s.string(4), reason: s.string(5)))
        }
        monitoring.requests = try modificationRequests(where: "label_id = \(id.rawValue)")
        monitoring.renewals = try openRenewals(training: trainingID, after: dossierID)
        return monitoring
    }

    static func decode<T: RawRepresentable>(_ raw: String, _ table: String, _ column: String) throws -> T where T.RawValue == String {
        guard let value = T(rawValue: raw) else { throw StoreError.corruptValue(table: table, column: column, value: raw) }
        return value
    }

    /// Requests matching an SQL condition (built by the code, never from input), by request date.
    func modificationRequests(where condition: String) throws -> [ModificationRequest] {
        var result: [ModificationRequest] = []
        try database.forEachRow("""
            SELECT id, label_id, kind, requested_on, decided_on, decision, note FROM modification_requests
            WHERE \(condition) ORDER BY requested_on, id
            """, []) { s in
            result.append(ModificationRequest(
                id: s.int64(0), labelID: .init(s.int64(1)), kind: try s.decoded(2, "modification_requests", "kind"),
                requestedOn: try s.date(3, "modification_requests", "requested_on"),
                decidedOn: try s.optionalDate(4, "modification_requests", "decided_on"),
                decision: try s.optionalString(5).map { try Self.decode($0, "modification_requests", "decision") },
                note: s.string(6)))
        }
        return result
    }

    /// Handlings matching an SQL condition (built by the code).
    func alertHandlings(where condition: String) throws -> [AlertHandling] {
        var result: [AlertHandling] = []
        try database.forEachRow("""
            SELECT alert_id, label_id, action, until_on, reason, login, on_date FROM alert_handlings WHERE \(condition)
            ORDER BY alert_id
            """, []) { s in
            result.append(AlertHandling(alertID: s.string(0), labelID: s.optionalInt64(1).map { .init($0) },
                                        action: try s.decoded(2, "alert_handlings", "action"),
                                        until: try s.optionalDate(3, "alert_handlings", "until_on"), reason: s.string(4),
                                        login: s.string(5), on: try s.date(6, "alert_handlings", "on_date")))
        }
        return result
    }

    /// The renewal dossiers of a training opened after the label's own dossier and not closed: "number (state)".
    private func openRenewals(training: Int64, after dossier: Int64?) throws -> [String] {
        var numbers: [String] = []
        try database.forEachRow("""
            SELECT number, state FROM dossiers WHERE training_id = ? AND is_renewal = 1 AND id > ?
            AND state NOT IN (\(Self.closedRenewalStates)) ORDER BY id
            """, [.integer(training), .integer(dossier ?? 0)]) { s in
            let state: DossierState = try s.decoded(1, "dossiers", "state")
            numbers.append("\(s.string(0)) (\(state.displayName))")
        }
        return numbers
    }

    /// A label's name in the audit trail: its training's SIRET, title and commune, and its signature.
    func labelKey(_ id: Label.ID) throws -> String {
        var key = "\(id.rawValue)"
        try database.forEachRow("""
            SELECT o.siret, t.title, t.commune, lb.convention_signed_on FROM labels lb
            JOIN trainings t ON t.id = lb.training_id JOIN organizations o ON o.id = t.organization_id WHERE lb.id = ?
            """, [.integer(id.rawValue)]) { s in
            let signed = CalendarDate(iso: s.string(3))?.french ?? s.string(3)
            key = "\(s.string(0)) · \(s.string(1)) · \(s.string(2)) · \(signed)"
        }
        return key
    }

    // MARK: Writes

    @discardableResult
    public func apply(_ write: LabelWrite, label id: Label.ID, expectedVersion: Int64, by actor: Actor,
                      at timestamp: String, today: CalendarDate) throws -> String {
        try self.write(as: actor, needing: .editMonitoring, at: timestamp) { transaction in
            guard let label = try label(id) else { throw StoreError.recordMissing }
            let monitoring = try labelMonitoring(id)
            if let refusal = write.refusal(label: label, monitoring: monitoring, today: today) {
                throw LabelWriteRefused(refusal)
            }
            let key = try labelKey(id)
            func bump(_ set: [(column: String, value: SQLValue)] = []) throws {
                try transaction.update(.labels, id: id.rawValue, expectedVersion: expectedVersion,
                                       set: set.isEmpty ? [("state", .text(label.state.rawValue))] : set)
            }
            func audit(_ detail: String, _ action: AuditAction = .recordChanged) throws {
                try transaction.audit(action, kind: AuditSubject.label, key: key, detail: detail)
            }
            switch write {
            case .action(let action, let date, let reason):
                let target = action.resultingState(from: label.state)
                try bump([("state", .text(target.rawValue))])
                let kind: LabelEvent.Kind
                switch action {
                case .state: kind = .state
                case .withdrawal(let step): kind = LabelEvent.Kind(rawValue: step.rawValue) ?? .state
                }
                let reason = reason.trimmingWhitespace
                try database.execute("""
                    INSERT INTO label_events (label_id, kind, from_state, to_state, on_date, login, reason)
                    VALUES (?, ?, ?, ?, ?, ?, ?)
                    """, id.rawValue, kind.rawValue, label.state.rawValue, target.rawValue, date.iso, actor.login, reason)
                try audit(T(.lbAuditAction, action.displayName(from: label.state), date.french, label.state.displayName,
                            target.displayName, Self.auditNote(reason)))
                return T(.lbSavedAction, action.displayName(from: label.state))
            case .addRequest(let kind, let date, let note):
                try bump()
                try database.execute("""
                    INSERT INTO modification_requests (label_id, kind, requested_on, note, login) VALUES (?, ?, ?, ?, ?)
                    """, id.rawValue, kind.rawValue, date.iso, note.trimmingWhitespace, actor.login)
                try audit(T(.lbAuditRequest, kind.displayName, date.french, Self.auditNote(note)), .recordCreated)
                return T(.lbSavedRequest, kind.displayName)
            case .decideRequest(let request, let decision, let date, let note):
                try bump()
                let note = note.trimmingWhitespace
                try database.execute("""
                    UPDATE modification_requests SET decided_on = ?, decision = ?,
                           note = CASE WHEN ? = '' THEN note WHEN note = '' THEN ? ELSE note || ' — ' || ? END,
                           version = version + 1
                    WHERE id = ? AND label_id = ? AND decision IS NULL
                    """, date.iso, decision.rawValue, note, note, note, request, id.rawValue)
                guard database.changes == 1 else { throw StoreError.recordMissing }
                let kind = monitoring.requests.first { $0.id == request }?.kind.displayName ?? ""
                try audit(T(.lbAuditDecision, kind, decision.displayName, date.french, Self.auditNote(note)))
                return T(.lbSavedDecision, kind, decision.displayName)
            case .annualReport(let year, let date):
                try bump()
                var previous: String?
                try database.forEachRow("SELECT received_on FROM annual_reports WHERE label_id = ? AND year = ?",
                                        [.integer(id.rawValue), .integer(Int64(year))]) { s in
                    previous = s.optionalString(0)
                }
                try database.execute("""
                    INSERT INTO annual_reports (label_id, year, received_on) VALUES (?, ?, ?)
                    ON CONFLICT (label_id, year) DO UPDATE SET received_on = excluded.received_on, version = version + 1
                    """, id.rawValue, year, date?.iso)
                let before = previous.flatMap { CalendarDate(iso: $0)?.french } ?? "—"
                try audit(T(.lbAuditReport, year, before, date?.french ?? "—"))
                return date.map { T(.lbSavedReport, year, $0.french) } ?? T(.lbSavedReportCleared, year)
            case .officer(let login):
                let login = login.trimmingWhitespace
                try bump([("officer_login", .text(login))])
                try audit(T(.lbAuditOfficer, monitoring.officer.isEmpty ? "—" : monitoring.officer, login.isEmpty ? "—" : login))
                return login.isEmpty ? T(.lbSavedOfficerCleared) : T(.lbSavedOfficer, login)
            case .openRenewal:
                if let open = monitoring.renewals.first { throw LabelWriteRefused(T(.lbRenewalAlreadyOpen, open)) }
                try bump()
                let number = try openRenewal(of: label, today: today, transaction: transaction)
                try database.execute("""
                    INSERT INTO label_events (label_id, kind, from_state, to_state, on_date, login, reason)
                    VALUES (?, 'renewal', NULL, NULL, ?, ?, ?)
                    """, id.rawValue, today.iso, actor.login, number)
                try audit(T(.lbAuditRenewal, number))
                return T(.lbSavedRenewal, number)
            }
        }
    }

    /// Creates the renewal dossier: draft, `is_renewal = 1`, the training's content and partners copied
    /// from the label's own dossier (else the training's latest one). Returns its number
    /// (`GEN-<year>-<next>`).
    private func openRenewal(of label: Label, today: CalendarDate, transaction: WriteTransaction) throws -> String {
        var source = label.dossierID?.rawValue
        if source == nil {
            try database.forEachRow("SELECT max(id) FROM dossiers WHERE training_id = ?",
                                    [.integer(label.trainingID.rawValue)]) { s in source = s.optionalInt64(0) }
        }
        let prefix = "GEN-\(today.year)-"
        var next = 1
        try database.forEachRow("""
            SELECT coalesce(max(CAST(substr(number, ?) AS INTEGER)), 0) FROM dossiers WHERE number LIKE ? || '%'
            """, [.integer(Int64(prefix.count + 1)), .text(prefix)]) { s in next = s.int(0) + 1 }
        var number = prefix + (next < 1000 ? String(String(next + 10000).dropFirst()) : String(next))
        while try database.fetchOne("SELECT 1 FROM dossiers WHERE number = ?", [.text(number)]) != nil {
            next += 1
            number = prefix + String(next)
        }
        let columns = InstructionColumns.selectList
        if let source {
            try database.execute("""
                INSERT INTO dossiers (number, training_id, state, is_renewal, \(columns))
                SELECT ?, ?, 'draft', 1, \(columns) FROM dossiers WHERE id = ?
                """, number, label.trainingID.rawValue, source)
            let created = database.lastInsertRowID
            try database.execute("""
                INSERT INTO dossier_partners (dossier_id, position, name, kind)
                SELECT ?, position, name, kind FROM dossier_partners WHERE dossier_id = ?
                """, created, source)
        } else {
            try database.execute("INSERT INTO dossiers (number, training_id, state, is_renewal) VALUES (?, ?, 'draft', 1)",
                                 number, label.trainingID.rawValue)
        }
        try transaction.audit(.recordCreated, kind: AuditSubject.dossier, key: number,
                              detail: T(.lbAuditRenewalDossier, label.conventionSignedOn.french))
        return number
    }

    public func handleAlert(_ write: AlertHandlingWrite, by actor: Actor, at timestamp: String, today: CalendarDate) throws {
        try self.write(as: actor, needing: .handleAlerts, at: timestamp) { transaction in
            switch write {
            case .handle(let alertID, let labelID, let action, let until, let reason):
                if let refusal = AlertHandling.refusal(action: action, until: until, reason: reason, today: today) {
                    throw LabelWriteRefused(refusal)
                }
                if let labelID, try label(labelID) == nil { throw StoreError.recordMissing }
                try database.execute("""
                    INSERT OR REPLACE INTO alert_handlings (alert_id, label_id, action, until_on, reason, login, on_date)
                    VALUES (?, ?, ?, ?, ?, ?, ?)
                    """, alertID, labelID?.rawValue, action.rawValue, until?.iso, reason.trimmingWhitespace, actor.login,
                                     today.iso)
                let detail = action == .acknowledged ? T(.ahAuditAcknowledged, reason.trimmingWhitespace)
                    : T(.ahAuditSnoozed, until?.french ?? "—", reason.trimmingWhitespace)
                try transaction.audit(.recordChanged, kind: AuditSubject.alert, key: alertID, detail: detail)
            case .clear(let alertID, _):
                try database.execute("DELETE FROM alert_handlings WHERE alert_id = ?", alertID)
                guard database.changes == 1 else { return }
                try transaction.audit(.recordDeleted, kind: AuditSubject.alert, key: alertID, detail: T(.ahAuditCleared))
            }
        }
    }
}

extension AuditSubject {
    /// An alert of the list (its acknowledgement or snooze), named by its identity.
    public static let alert = "alerte"
}
