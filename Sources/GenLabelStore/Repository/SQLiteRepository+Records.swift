import GenLabelCore

/// Reads of whole domain records, shared by the detail views and the monitoring snapshot.
extension SQLiteRepository {
    func organization(_ id: Organization.ID) throws -> Organization? {
        var result: Organization?
        try database.forEachRow("""
            SELECT id, name, siret, nda, qualiopi_status, qualiopi_date, obligations_up_to_date
            FROM organizations WHERE id = ?
            """, [.integer(id.rawValue)]) { s in
            let status = s.string(4)
            let date = try s.optionalDate(5, "organizations", "qualiopi_date")
            let qualiopi: QualiopiStatus
            switch (status, date) {
            case ("certified", let date?): qualiopi = .certified(validUntil: date)
            case ("audit_scheduled", let date?): qualiopi = .auditScheduled(on: date)
            case ("none", _): qualiopi = .none
            default: throw StoreError.corruptValue(table: "organizations", column: "qualiopi_status", value: status)
            }
            result = Organization(id: .init(s.int64(0)), name: s.string(1), siret: s.string(2), nda: s.string(3),
                                  qualiopi: qualiopi, obligationsUpToDate: s.bool(6))
        }
        return result
    }

    func training(_ id: Training.ID) throws -> Training? {
        var result: Training?
        try database.forEachRow("""
            SELECT id, organization_id, title, commune, insee_code, region_code, family, job, certification_code,
                   certification_title, hours, months
            FROM trainings WHERE id = ?
            """, [.integer(id.rawValue)]) { s in
            result = Training(id: .init(s.int64(0)), organizationID: .init(s.int64(1)), title: s.string(2),
                              commune: s.string(3), inseeCode: s.string(4), regionCode: s.string(5),
                              family: s.optionalString(6).flatMap(DigitalJobFamily.init(rawValue:)), job: s.string(7),
                              certificationCode: s.string(8), certificationTitle: s.string(9), hours: s.int(10),
                              months: s.int(11))
        }
        return result
    }

    func dossier(_ id: Dossier.ID) throws -> Dossier? {
        var result: Dossier?
        try database.forEachRow("""
            SELECT id, number, training_id, state, committee_id, submitted_on, score, is_renewal
            FROM dossiers WHERE id = ?
            """, [.integer(id.rawValue)]) { s in
            result = Dossier(id: .init(s.int64(0)), number: s.string(1), trainingID: .init(s.int64(2)),
                             state: try s.decoded(3, "dossiers", "state"), committeeID: s.optionalInt64(4).map { .init($0) },
                             submittedOn: try s.optionalDate(5, "dossiers", "submitted_on"), score: s.optionalDouble(6),
                             isRenewal: s.bool(7))
        }
        return result
    }

    func committee(_ id: Committee.ID) throws -> Committee? {
        try committees(where: "id = ?", [.integer(id.rawValue)]).first
    }

    func committees(where condition: String = "1", _ arguments: [SQLValue] = []) throws -> [Committee] {
        var result: [Committee] = []
        try database.forEachRow("""
            SELECT id, date, explicit_cutoff, list_collected_on FROM committees WHERE \(condition) ORDER BY date
            """, arguments) { s in
            result.append(Committee(id: .init(s.int64(0)), date: try s.date(1, "committees", "date"),
                                    explicitCutoff: try s.optionalDate(2, "committees", "explicit_cutoff"),
                                    listCollectedOn: try s.optionalDate(3, "committees", "list_collected_on")))
        }
        return result
    }

    func label(_ id: Label.ID) throws -> Label? {
        try labels(where: "id = ?", [.integer(id.rawValue)]).first
    }

    func labels(where condition: String = "1", _ arguments: [SQLValue] = []) throws -> [Label] {
        var result: [Label] = []
        try database.forEachRow("""
            SELECT id, training_id, dossier_id, convention_signed_on, state FROM labels WHERE \(condition) ORDER BY id
            """, arguments) { s in
            result.append(Label(id: .init(s.int64(0)), trainingID: .init(s.int64(1)),
                                dossierID: s.optionalInt64(2).map { .init($0) },
                                conventionSignedOn: try s.date(3, "labels", "convention_signed_on"),
                                state: try s.decoded(4, "labels", "state")))
        }
        return result
    }

    func sessions(where condition: String = "1", _ arguments: [SQLValue] = []) throws -> [TrainingSession] {
        var result: [TrainingSession] = []
        try database.forEachRow("""
            SELECT \(Self.sessionColumns) FROM sessions s WHERE \(condition) ORDER BY s.planned_start, s.id
            """, arguments) { s in
            result.append(try Self.session(s))
        }
        return result
    }

    /// The columns `session(_:)` reads, in its order, on a table aliased `s`.
    static let sessionColumns = """
        s.id, s.label_id, s.code, s.planned_start, s.actual_start, s.end_date, s.capacity,
        s.start_attestation_received_on, s.end_list_received_on, s.modality,
        \(SessionReferencingMigration.dateColumns.map { "s." + $0 }.joined(separator: ", "))
        """

    /// A session from the columns of `sessionColumns`.
    static func session(_ s: Statement) throws -> TrainingSession {
        var referencing = SessionReferencing()
        for (offset, platform) in ReferencingPlatform.allCases.enumerated() {
            referencing[platform] = try s.optionalDate(10 + offset, "sessions", SessionReferencingMigration.dateColumns[offset])
        }
        return TrainingSession(
            id: .init(s.int64(0)), labelID: .init(s.int64(1)), code: s.string(2),
            plannedStart: try s.date(3, "sessions", "planned_start"),
            actualStart: try s.optionalDate(4, "sessions", "actual_start"),
            end: try s.date(5, "sessions", "end_date"), capacity: s.int(6),
            startAttestationReceivedOn: try s.optionalDate(7, "sessions", "start_attestation_received_on"),
            endOfSessionListReceivedOn: try s.optionalDate(8, "sessions", "end_list_received_on"),
            modality: s.isNull(9) ? nil : try s.decoded(9, "sessions", "modality") as SessionModality,
            referencing: referencing)
    }

    func annualReports(where condition: String = "1", _ arguments: [SQLValue] = []) throws -> [AnnualReport] {
        var result: [AnnualReport] = []
        try database.forEachRow("""
            SELECT label_id, year, received_on FROM annual_reports WHERE \(condition) ORDER BY label_id, year
            """, arguments) { s in
            result.append(AnnualReport(labelID: .init(s.int64(0)), year: s.int(1),
                                       receivedOn: try s.optionalDate(2, "annual_reports", "received_on")))
        }
        return result
    }
}

extension SQLiteRepository: MonitoringReading {
    /// What the alert engine reads, and only what can still raise an alert whatever "today" is
    /// (so a change of date needs no new read):
    /// - the labels that still owe obligations (`AlertEngine.owesObligations`), with their training;
    /// - their sessions that still owe something (not started, start attestation or end-of-session list
    ///   not received), plus each label's first started session, since the engine only needs to know
    ///   that one started;
    /// - the annual reports received; the committees whose list is not collected.
    /// A session whose start, attestation and list are all recorded, a report not received, a collected
    /// committee and the records of a withdrawn or terminated label never raise an alert on any date:
    /// leaving them out changes no alert and reads about half as many rows (docs/performance.md).
    public func monitoringSnapshot() throws -> MonitoringSnapshot {
        try snapshot(sessionsListedThrough: nil)
    }

    /// The monitoring snapshot for one listing on `today` (the CLI's `genlabel alerts`): as
    /// `monitoringSnapshot()`, but without the sessions that cannot be listed on that day. A session's
    /// obligations are due some non-negative number of months after its planned start, its effective
    /// start or its end, and only one due on or before `today + listingHorizonDays` is listed, so a
    /// session whose three dates are all later cannot raise an alert (overdue items of any age are kept).
    /// Each owing label's first started session is still read (the engine only needs to know that one
    /// started). Falls back to the whole snapshot if a rule counts months backwards.
    public func monitoringSnapshot(listedOn today: CalendarDate, rules: RuleParameters = .standard) throws -> MonitoringSnapshot {
        guard rules.startAttestationMonths >= 0, rules.endOfSessionListMonths >= 0, rules.maxPostponementMonths >= 0 else {
            return try monitoringSnapshot()
        }
        return try snapshot(sessionsListedThrough: today.addingDays(rules.listingHorizonDays).iso)
    }

    /// With `labels` (an SQL list of ids), only these labels' part, without committees.
    func snapshot(sessionsListedThrough last: String?, labels: String? = nil) throws -> MonitoringSnapshot {
        var contexts: [MonitoringSnapshot.LabelContext] = []
        let onlyLabels = labels.map { "AND lb.id IN (\($0))" } ?? ""
        try database.forEachRow("""
            SELECT lb.id, lb.training_id, lb.dossier_id, lb.convention_signed_on, lb.state, t.title, t.region_code, t.commune,
                   lb.officer_login,
                   CASE WHEN lb.state = 'pending_audit' AND o.qualiopi_status = 'audit_scheduled' THEN o.qualiopi_date END,
                   EXISTS (SELECT 1 FROM dossiers d WHERE d.training_id = lb.training_id AND d.is_renewal = 1
                           AND d.id > coalesce(lb.dossier_id, 0) AND d.state IN (\(Self.filedRenewalStates)))
            FROM labels lb JOIN trainings t ON t.id = lb.training_id JOIN organizations o ON o.id = t.organization_id
            WHERE lb.state IN (\(Self.owingLabelStates)) \(onlyLabels) ORDER BY lb.id
            """, []) { s in
            let label = Label(id: .init(s.int64(0)), trainingID: .init(s.int64(1)),
                              dossierID: s.optionalInt64(2).map { .init($0) },
                              conventionSignedOn: try s.date(3, "labels", "convention_signed_on"),
                              state: try s.decoded(4, "labels", "state"))
            contexts.append(.init(label: label, trainingTitle: s.string(5), regionCode: s.string(6), place: s.string(7),
                                  officer: s.string(8), qualiopiAuditOn: try s.optionalDate(9, "organizations", "qualiopi_date"),
                                  hasRenewal: s.bool(10)))
        }
        let owing = "label_id IN (SELECT id FROM labels WHERE state IN (\(Self.owingLabelStates)))"
        if let labels {
            return MonitoringSnapshot(committees: [], labels: contexts,
                                      sessions: try monitoredSessions(listedThrough: last, labels: labels),
                                      annualReports: try annualReports(where: "received_on IS NOT NULL AND label_id IN (\(labels))"),
                                      modificationRequests: try modificationRequests(where: "decision IS NULL AND \(owing) AND label_id IN (\(labels))"),
                                      handlings: try alertHandlings(where: "label_id IN (\(labels))"))
        }
        return MonitoringSnapshot(committees: try committees(where: "list_collected_on IS NULL"), labels: contexts,
                                  sessions: try monitoredSessions(listedThrough: last),
                                  annualReports: try annualReports(where: "received_on IS NOT NULL"),
                                  modificationRequests: try modificationRequests(where: "decision IS NULL AND \(owing)"),
                                  handlings: try alertHandlings(where: "label_id IS NULL OR \(owing)"))
    }

    /// States of a renewal dossier that stand for a renewal filed (`DossierState.standsForFiledRenewal`), as an SQL list.
    static let filedRenewalStates = DossierState.allCases.filter(\.standsForFiledRenewal)
        .map { "'\($0.rawValue)'" }.joined(separator: ", ")
    /// States of a renewal dossier that no longer stands for a renewal (refused, withdrawn…), as an SQL list.
    static let closedRenewalStates = [DossierState.inadmissible, .rejected, .withdrawn]
        .map { "'\($0.rawValue)'" }.joined(separator: ", ")

    /// The states of a label that still owes obligations, as an SQL list: `'active', 'pending_audit', …`.
    static let owingLabelStates = LabelState.allCases.filter(AlertEngine.owesObligations)
        .map { "'\($0.rawValue)'" }.joined(separator: ", ")

    /// Sessions of owing labels that still owe something, and each such label's first started session;
    /// with `last` (ISO text), only those whose planned start, effective start or end is on or before it.
    private func monitoredSessions(listedThrough last: String?, labels: String? = nil) throws -> [TrainingSession] {
        let onlyLabels = labels.map { "AND lb.id IN (\($0))" } ?? ""
        let startedOfLabels = labels.map { "AND label_id IN (\($0))" } ?? ""
        let columns = Self.sessionColumns
        let owesSomething = """
            ((s.actual_start IS NULL OR s.start_attestation_received_on IS NULL OR s.end_list_received_on IS NULL)
             AND (?1 IS NULL OR coalesce(s.planned_start <= ?1 OR coalesce(s.actual_start, s.planned_start) <= ?1
                                        OR s.end_date <= ?1, 1)))
            """
        // One pass over the sessions in id order (no second scan, no sort): the first-started list is
        // only looked into for the sessions that owe nothing (docs/performance.md, "perf2").
        var result: [TrainingSession] = []
        try database.forEachRow("""
            SELECT \(columns) FROM sessions s JOIN labels lb ON lb.id = s.label_id
            WHERE lb.state IN (\(Self.owingLabelStates)) \(onlyLabels)
              AND (\(owesSomething)
                   OR s.id IN (SELECT min(id) FROM sessions WHERE actual_start IS NOT NULL \(startedOfLabels) GROUP BY label_id))
            ORDER BY s.id
            """, [last.map(SQLValue.text) ?? .null]) { s in
            result.append(try Self.session(s))
        }
        return result
    }
}
