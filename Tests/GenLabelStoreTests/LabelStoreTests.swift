import Testing
import GenLabelCore
@testable import GenLabelStore

@Suite("Label monitoring in the store: states, withdrawal steps, requests, reports, officer, renewal, alert handling (issue 4)")
struct LabelStoreTests {
    let officer = Actor(login: "j.leroy", role: .suivi)
    let instructor = Actor(login: "c.martin", role: .instruction)
    let member = Actor(login: "membre", role: .comite)
    let today = day("03/12/2026")
    let labelID = Label.ID(1)

    func stamp(_ n: Int) -> String { "2026-12-03T10:00:\(n < 10 ? "0" : "")\(n)Z" }

    func version(_ repository: SQLiteRepository) throws -> Int64 { try repository.labelMonitoring(labelID).version }

    func alerts(_ repository: SQLiteRepository, on date: CalendarDate? = nil) throws -> [Alert] {
        AlertEngine().alerts(for: try repository.monitoringSnapshot(), today: date ?? today)
    }

    @Test func theMigrationAddsTheTablesAndTheOfficerColumn() throws {
        try withFreshRepository { repository, _ in
            let db = repository.database
            for table in ["label_events", "modification_requests", "alert_handlings"] {
                #expect(try db.fetchOne("SELECT name FROM sqlite_master WHERE type = 'table' AND name = ?", [.text(table)]) != nil)
            }
            try insertSmallWorld(db)
            #expect(try repository.labelMonitoring(labelID).officer == "")
            // The database refuses what the rules never write.
            #expect(throws: (any Error).self) {
                try db.execute("INSERT INTO modification_requests (label_id, kind, requested_on, login) VALUES (1, 'prix', '2026-11-02', 'x')", [])
            }
            #expect(throws: (any Error).self) {
                try db.execute("""
                    INSERT INTO modification_requests (label_id, kind, requested_on, decided_on, login)
                    VALUES (1, 'content', '2026-11-02', '2026-11-20', 'x')
                    """, [])
            }
            #expect(throws: (any Error).self) {
                try db.execute("INSERT INTO label_events (label_id, kind, on_date, login) VALUES (1, 'state', '2026-02-30', 'x')", [])
            }
            #expect(throws: (any Error).self) {
                try db.execute("INSERT INTO alert_handlings (alert_id, action, reason, login, on_date) VALUES ('a', 'snooze', 'r', 'x', '2026-12-03')", [])
            }
        }
    }

    @Test func withdrawalStepsAreDatedAuditedAndTheDecisionWithdraws() throws {
        try withFreshRepository { repository, _ in
            try insertSmallWorld(repository.database)
            var read = try version(repository)
            try repository.apply(.action(.withdrawal(.warning), on: day("01/10/2026"), reason: "rapport 2025 incomplet"),
                                 label: labelID, expectedVersion: read, by: officer, at: stamp(1), today: today)
            read = try version(repository)
            try repository.apply(.action(.withdrawal(.hearing), on: day("05/11/2026"), reason: "audition du porteur"),
                                 label: labelID, expectedVersion: read, by: officer, at: stamp(2), today: today)
            #expect(try repository.label(labelID)?.state == .active, "steps before the decision keep the label")
            read = try version(repository)
            try repository.apply(.action(.withdrawal(.decision), on: day("02/12/2026"), reason: "manquements répétés"),
                                 label: labelID, expectedVersion: read, by: officer, at: stamp(3), today: today)
            #expect(try repository.label(labelID)?.state == .withdrawn)
            let events = try repository.labelMonitoring(labelID).events
            #expect(events.map(\.kind) == [.warning, .hearing, .decision])
            #expect(events.map(\.on) == [day("01/10/2026"), day("05/11/2026"), day("02/12/2026")])
            #expect(events.last?.toState == .withdrawn && events.last?.login == "j.leroy")
            let audit = try AuditTrail(database: repository.database).entries(subjectKind: AuditSubject.label)
            #expect(audit.count == 3)
            #expect(audit.last?.detail.hasSuffix(" : « manquements répétés »") == true, "\(audit.last?.detail ?? "")")
            #expect(audit.first?.subjectKey.contains("Saint-Étienne") == true)
            // A withdrawn label owes nothing: no alert of it remains.
            #expect(try alerts(repository).allSatisfy { $0.labelID != labelID })
            #expect(try AuditTrail(database: repository.database).verify() == .intact(entries: 3))
        }
    }

    @Test func refusalsAndStaleVersionsWriteNothing() throws {
        try withFreshRepository { repository, _ in
            try insertSmallWorld(repository.database)
            let read = try version(repository)
            #expect(throws: LabelWriteRefused.self) {
                try repository.apply(.action(.state(.terminated), on: today, reason: ""), label: labelID,
                                     expectedVersion: read, by: officer, at: stamp(1), today: today)
            }
            #expect(throws: StoreError.forbidden(.editMonitoring)) {
                try repository.apply(.officer("x"), label: labelID, expectedVersion: read, by: instructor, at: stamp(2), today: today)
            }
            #expect(throws: StoreError.forbidden(.editMonitoring)) {
                try repository.apply(.officer("x"), label: labelID, expectedVersion: read, by: member, at: stamp(3), today: today)
            }
            try repository.apply(.officer("j.leroy"), label: labelID, expectedVersion: read, by: officer, at: stamp(4), today: today)
            #expect(throws: StoreError.conflict(currentVersion: read + 1)) {
                try repository.apply(.officer("m.dupont"), label: labelID, expectedVersion: read, by: officer, at: stamp(5), today: today)
            }
            #expect(try repository.labelMonitoring(labelID).officer == "j.leroy")
            #expect(try repository.labelRows().first?.officer == "j.leroy")
            #expect(try AuditTrail(database: repository.database).entries().count == 1)
        }
    }

    @Test func aPendingRequestIsAnAlertUntilDecided() throws {
        try withFreshRepository { repository, _ in
            try insertSmallWorld(repository.database)
            try repository.apply(.addRequest(.modality, requestedOn: day("02/11/2026"), note: "50 % à distance"), label: labelID,
                                 expectedVersion: try version(repository), by: officer, at: stamp(1), today: today)
            let pending = try #require(try alerts(repository).first { $0.kind == .modificationRequest })
            #expect(pending.dueDate == day("02/12/2026"))
            #expect(pending.severity == .overdue)
            let request = try #require(try repository.labelMonitoring(labelID).requests.first)
            #expect(request.isPending && request.note == "50 % à distance")
            try repository.apply(.decideRequest(id: request.id, .refused, on: day("03/12/2026"), note: "moins de 6 mois"),
                                 label: labelID, expectedVersion: try version(repository), by: officer, at: stamp(2), today: today)
            let decided = try #require(try repository.labelMonitoring(labelID).requests.first)
            #expect(decided.decision == .refused && decided.decidedOn == day("03/12/2026"))
            #expect(decided.note == "50 % à distance — moins de 6 mois")
            #expect(try !alerts(repository).contains { $0.kind == .modificationRequest })
            // The note follows the date in the audit trail, set apart (it was glued to it).
            let audit = try AuditTrail(database: repository.database).entries(subjectKind: AuditSubject.label).map(\.detail)
            #expect(audit.first?.hasSuffix("du 02/11/2026 : « 50 % à distance »") == true, "\(audit)")
            #expect(audit.last?.hasSuffix("le 03/12/2026 : « moins de 6 mois »") == true, "\(audit)")
            #expect(throws: LabelWriteRefused.self) {
                try repository.apply(.decideRequest(id: request.id, .accepted, on: today, note: ""), label: labelID,
                                     expectedVersion: try version(repository), by: officer, at: stamp(3), today: today)
            }
        }
    }

    @Test func anAnnualReportReceivedRemovesItsAlertAndCanBeCleared() throws {
        try withFreshRepository { repository, _ in
            try insertSmallWorld(repository.database)
            let feb = day("10/02/2027")
            #expect(try alerts(repository, on: feb).contains { $0.subject == .annualReport(labelID, year: 2026) })
            try repository.apply(.annualReport(year: 2026, receivedOn: day("28/01/2027")), label: labelID,
                                 expectedVersion: try version(repository), by: officer, at: stamp(1), today: feb)
            #expect(try !alerts(repository, on: feb).contains { $0.subject == .annualReport(labelID, year: 2026) })
            // The 2025 report existed: its row is updated, with its version bumped.
            try repository.apply(.annualReport(year: 2025, receivedOn: nil), label: labelID,
                                 expectedVersion: try version(repository), by: officer, at: stamp(2), today: feb)
            #expect(try alerts(repository, on: feb).contains { $0.subject == .annualReport(labelID, year: 2025) })
            let row = try repository.database.fetchOne("SELECT version FROM annual_reports WHERE label_id = 1 AND year = 2025",
                                                       [SQLValue]())
            #expect(row.map { Int64(sqlValue: $0[0]) } == 2)
        }
    }

    @Test func thePendingAuditAlertLastsUntilTheAuditIsRecorded() throws {
        try withFreshRepository { repository, _ in
            let db = repository.database
            try insertSmallWorld(db)
            try db.execute("UPDATE organizations SET qualiopi_status = 'audit_scheduled', qualiopi_date = '2027-01-20'", [])
            try db.execute("UPDATE labels SET state = 'pending_audit'", [])
            let alert = try #require(try alerts(repository).first { $0.kind == .qualiopiAudit })
            #expect(alert.dueDate == day("20/01/2027"))
            #expect(alert.computation.explanation == "audit Qualiopi prévu le 20/01/2027")
            try repository.apply(.action(.state(.active), on: day("20/01/2027"), reason: ""), label: labelID,
                                 expectedVersion: try version(repository), by: officer, at: stamp(1), today: day("21/01/2027"))
            #expect(try !alerts(repository, on: day("21/01/2027")).contains { $0.kind == .qualiopiAudit })
            #expect(try repository.labelMonitoring(labelID).events.first?.fromState == .pendingQualiopiAudit)
        }
    }

    @Test func aRenewalOpensADraftPrefilledDossierAndAFiledOneStopsTheExpiryWarning() throws {
        try withFreshRepository { repository, _ in
            let db = repository.database
            try insertSmallWorld(db)
            try db.execute("UPDATE dossiers SET support_hours = 90, notes = 'Porté par la Région' WHERE id = 1", [])
            try db.execute("INSERT INTO dossier_partners (dossier_id, position, name, kind) VALUES (1, 0, 'France Travail', 'sourcing')", [])
            let lateIn2028 = day("01/03/2028")   // signed 15/06/2025: warned from 15/12/2027
            #expect(try alerts(repository, on: lateIn2028).contains { $0.kind == .labelExpiry })
            let notice = try repository.apply(.openRenewal, label: labelID, expectedVersion: try version(repository),
                                              by: officer, at: stamp(1), today: lateIn2028)
            #expect(notice.contains("GEN-2028-0001"))
            let file = try #require(try repository.instructionFile(.init(2)))
            #expect(file.dossier.number == "GEN-2028-0001")
            #expect(file.dossier.isRenewal && file.dossier.state == .draft && file.dossier.trainingID == .init(1))
            #expect(file.application.content.supportHours == 90)
            #expect(file.application.content.partners.map(\.name) == ["France Travail"])
            #expect(try repository.labelMonitoring(labelID).renewals == ["GEN-2028-0001 (Brouillon)"])
            #expect(try repository.labelMonitoring(labelID).events.last?.kind == .renewal)
            // A draft is being prepared: the warning stays until it is filed.
            #expect(try alerts(repository, on: lateIn2028).contains { $0.kind == .labelExpiry })
            try db.execute("UPDATE dossiers SET state = 'submitted' WHERE id = 2", [])
            #expect(try !alerts(repository, on: lateIn2028).contains { $0.kind == .labelExpiry })
            #expect(throws: LabelWriteRefused.self) {
                try repository.apply(.openRenewal, label: labelID, expectedVersion: try version(repository),
                                     by: officer, at: stamp(2), today: lateIn2028)
            }
            let created = try AuditTrail(database: db).entries(subjectKind: AuditSubject.dossier)
            #expect(created.map(\.subjectKey) == ["GEN-2028-0001"])
        }
    }

    @Test func alertsAreAcknowledgedSnoozedAndClearedWithTheirAudit() throws {
        try withFreshRepository { repository, _ in
            try insertSmallWorld(repository.database)
            let alert = try #require(try alerts(repository).first { $0.kind == .endOfSessionList })
            try repository.handleAlert(.handle(alertID: alert.id, labelID: alert.labelID, .snoozed, until: day("15/12/2026"),
                                               reason: "liste promise pour le 14"), by: officer, at: stamp(1), today: today)
            var again = try #require(try alerts(repository).first { $0.id == alert.id })
            #expect(again.handlingStatus == .snoozed)
            #expect(try alerts(repository, on: day("15/12/2026")).first { $0.id == alert.id }?.handlingStatus == .snoozeEnded)
            try repository.handleAlert(.handle(alertID: alert.id, labelID: alert.labelID, .acknowledged, until: nil,
                                               reason: "relancé"), by: instructor, at: stamp(2), today: today)
            again = try #require(try alerts(repository).first { $0.id == alert.id })
            #expect(again.handlingStatus == .acknowledged && again.handling?.login == "c.martin")
            #expect(throws: StoreError.forbidden(.handleAlerts)) {
                try repository.handleAlert(.clear(alertID: alert.id, labelID: alert.labelID), by: member, at: stamp(3), today: today)
            }
            #expect(throws: LabelWriteRefused.self) {
                try repository.handleAlert(.handle(alertID: alert.id, labelID: alert.labelID, .acknowledged, until: nil,
                                                   reason: "  "), by: officer, at: stamp(4), today: today)
            }
            try repository.handleAlert(.clear(alertID: alert.id, labelID: alert.labelID), by: officer, at: stamp(5), today: today)
            #expect(try alerts(repository).first { $0.id == alert.id }?.handling == nil)
            let trail = try AuditTrail(database: repository.database).entries(subjectKind: AuditSubject.alert)
            #expect(trail.map(\.action) == [.recordChanged, .recordChanged, .recordDeleted])
            #expect(trail.allSatisfy { $0.subjectKey == alert.id })
        }
    }

    @Test func theChangeLogNamesTheLabelOfEachNewRecord() throws {
        try withFreshRepository { repository, _ in
            try insertSmallWorld(repository.database)
            let cursor = try #require(try repository.changeCursor())
            try repository.apply(.addRequest(.support, requestedOn: today, note: ""), label: labelID,
                                 expectedVersion: try version(repository), by: officer, at: stamp(1), today: today)
            try repository.handleAlert(.handle(alertID: "liste_fin_session:s1", labelID: labelID, .acknowledged, until: nil,
                                               reason: "vu"), by: officer, at: stamp(2), today: today)
            let (changes, _) = try #require(try repository.changes(since: cursor))
            #expect(changes.labels == [labelID])
            let part = try repository.monitoringSnapshot(labels: [labelID])
            #expect(part.modificationRequests.count == 1 && part.handlings.count == 1)
            // A committee's alert has no label: its handling reloads everything.
            let after = try #require(try repository.changeCursor())
            try repository.handleAlert(.handle(alertID: "collecte:c1", labelID: nil, .acknowledged, until: nil, reason: "vu"),
                                       by: officer, at: stamp(3), today: today)
            #expect(try repository.changes(since: after) == nil)
        }
    }
}
