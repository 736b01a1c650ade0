import Foundation
import Testing
import GenLabelCore
@testable import GenLabelStore

@Suite("Write path: audit trail, roles, versions, retention (issue 6)")
struct WritePathTests {
    let admin = Actor(login: "admin1", role: .admin)
    let officer = Actor(login: "mdupont", role: .suivi)
    let member = Actor(login: "comite1", role: .comite)
    let today = day("03/12/2026")

    func count(_ db: Database, _ sql: String) throws -> Int64 {
        guard case .integer(let n)? = try db.fetchOne(sql, [SQLValue]())?[0] else { return -1 }
        return n
    }

    @Test func theDatabaseRefusesToChangeOrRemoveAnAuditEntry() throws {
        try withFreshRepository { repository, _ in
            try repository.setRole(.suivi, for: "mdupont", by: Actor(login: "owner", role: .admin, isProvisionalAdmin: true),
                                   at: "2026-12-03T10:00:00Z")
            let db = repository.database
            #expect(throws: DatabaseError.self) { try db.execute("UPDATE audit_log SET detail = 'x'", []) }
            #expect(throws: DatabaseError.self) { try db.execute("DELETE FROM audit_log", []) }
            // An entry that does not follow the last one is refused, even with a well-formed digest.
            #expect(throws: DatabaseError.self) {
                try db.execute("""
                    INSERT INTO audit_log VALUES (5, 't', 'x', 'a', '', '', '', ?, ?)
                    """, [.text(AuditChain.genesis), .text(String(repeating: "a", count: 64))])
            }
            #expect(try count(db, "SELECT count(*) FROM audit_log") == 1)
            #expect(try AuditTrail(database: db).verify() == .intact(entries: 1))
        }
    }

    @Test func tamperingWithTheGuardsRemovedIsFoundByTheCheck() throws {
        try withFreshRepository { repository, _ in
            for (n, login) in ["a1", "b2", "c3"].enumerated() {
                try repository.setRole(.suivi, for: login, by: admin, at: "2026-12-03T10:00:0\(n)Z")
            }
            let db = repository.database
            #expect(try DatabaseHealth.check(db).auditChain == .intact(entries: 3))
            try db.execute(sql: "DROP TRIGGER audit_log_no_update")
            try db.execute("UPDATE audit_log SET detail = 'rôle attribué : administration' WHERE sequence = 2", [])
            let health = try DatabaseHealth.check(db)
            #expect(health.auditChain == .broken(sequence: 2, reason: .contentChanged))
            #expect(!health.isSound)
        }
    }

    @Test func rolesAreProvisionalUntilAnAdministratorIsRecorded() throws {
        try withFreshRepository { repository, _ in
            #expect(try repository.actor(login: "quelquun") == Actor(login: "quelquun", role: .admin, isProvisionalAdmin: true))
            try repository.setRole(.admin, for: "chef", by: try repository.actor(login: "quelquun"), at: "2026-12-03T10:00:00Z")
            #expect(try repository.actor(login: "quelquun") == Actor(login: "quelquun", role: nil))
            #expect(try repository.actor(login: "chef").role == .admin)
            try repository.setRole(.comite, for: "membre", by: try repository.actor(login: "chef"), at: "2026-12-03T10:00:01Z")
            #expect(throws: StoreError.forbidden(.manageUsers)) {
                try repository.setRole(.admin, for: "membre", by: try repository.actor(login: "membre"), at: "2026-12-03T10:00:02Z")
            }
            #expect(throws: StoreError.lastAdministrator) {
                try repository.removeUser("chef", by: try repository.actor(login: "chef"), at: "2026-12-03T10:00:03Z")
            }
            #expect(throws: StoreError.invalidLogin("deux mots")) {
                try repository.setRole(.suivi, for: "deux mots", by: try repository.actor(login: "chef"), at: "2026-12-03T10:00:04Z")
            }
            let entries = try AuditTrail(database: repository.database).entries()
            #expect(entries.map(\.subjectKey) == ["chef", "membre"])
            #expect(entries.map(\.login) == ["quelquun", "chef"])
        }
    }

    @Test func recordingAFactIsVersionedAuditedAndRefusedToOtherRoles() throws {
        try withFreshRepository { repository, _ in
            try insertSmallWorld(repository.database)
            let session = TrainingSession.ID(1)
            let version = try #require(try repository.sessionVersion(session))
            #expect(throws: StoreError.forbidden(.editMonitoring)) {
                try repository.record(.endListReceived(day("15/04/2026")), onSession: session, expectedVersion: version,
                                      by: member, at: "2026-12-03T10:00:00Z", today: today)
            }
            try repository.record(.endListReceived(day("15/04/2026")), onSession: session, expectedVersion: version,
                                  by: officer, at: "2026-12-03T10:00:00Z", today: today)
            #expect(try repository.sessionDetail(session)?.session.endOfSessionListReceivedOn == day("15/04/2026"))
            #expect(try repository.sessionVersion(session) == version + 1)
            // A second edit made from the same (now stale) reading is refused: nothing is overwritten.
            #expect(throws: StoreError.conflict(currentVersion: version + 1)) {
                try repository.record(.endListReceived(day("20/04/2026")), onSession: session, expectedVersion: version,
                                      by: officer, at: "2026-12-03T10:00:01Z", today: today)
            }
            #expect(try repository.sessionDetail(session)?.session.endOfSessionListReceivedOn == day("15/04/2026"))
            #expect(throws: SessionFactRefused.self) {
                try repository.record(.endListReceived(day("04/12/2026")), onSession: session, expectedVersion: version + 1,
                                      by: officer, at: "2026-12-03T10:00:02Z", today: today)
            }
            let entries = try AuditTrail(database: repository.database).entries(subjectKind: AuditSubject.session)
            #expect(entries.count == 1)
            #expect(entries.first?.detail == "Liste de fin de session reçue le : — → 15/04/2026")
            #expect(entries.first?.subjectKey.hasSuffix("· S2026-01") == true)
            #expect(entries.first?.login == "mdupont")
        }
    }

    @Test func aFailedWriteLeavesNoAuditEntry() throws {
        try withFreshRepository { repository, _ in
            try insertSmallWorld(repository.database)
            struct Boom: Error {}
            #expect(throws: Boom.self) {
                try repository.write(as: officer, needing: .editMonitoring, at: "t") { transaction in
                    try transaction.audit(.recordChanged, kind: "session", key: "1", detail: "x")
                    throw Boom()
                }
            }
            #expect(try count(repository.database, "SELECT count(*) FROM audit_log") == 0)
        }
    }

    @Test func aReadOnlyOpeningRefusesWrites() throws {
        try withFreshRepository { repository, path in
            try insertSmallWorld(repository.database)
            let reader = try SQLiteRepository(path: path, readOnly: true)
            defer { reader.database.close() }
            #expect(throws: StoreError.readOnly) {
                try reader.record(.endListReceived(day("15/04/2026")), onSession: .init(1), expectedVersion: 1,
                                  by: officer, at: "t", today: today)
            }
        }
    }

    @Test func purgingKeepsEveryFigureAndRemovesNamesAddressesAndBirthDays() throws {
        try withFreshRepository { repository, _ in
            try insertSmallWorld(repository.database)
            let before = try repository.learnerFigures(.init(1))
            #expect(try repository.learnersToPurge(endedBefore: day("31/03/2026")) == (0, 0))
            #expect(throws: StoreError.forbidden(.purgePersonalData)) {
                try repository.purgePersonalData(endedBefore: day("01/04/2026"), by: officer, at: "t", today: today)
            }
            #expect(try repository.purgePersonalData(endedBefore: day("01/04/2026"), by: admin, at: "t", today: today) == 2)
            #expect(try repository.learnerFigures(.init(1)) == before)
            let rows = try repository.database.fetchAll(
                "SELECT first_name, last_name, address, commune, insee_code, birth_date, personal_data_purged_on FROM learners", [SQLValue]())
            #expect(rows.count == 2)
            for row in rows {
                #expect(row.values == [.text(""), .text(""), .text(""), .text(""), .text(""), .text("2001-01-01"), .text("2026-12-03")])
            }
            #expect(try repository.purgePersonalData(endedBefore: day("01/04/2026"), by: admin, at: "t2", today: today) == 0)
            let audit = try AuditTrail(database: repository.database).entries()
            #expect(audit.count == 1)
            #expect(audit.first?.action == .personalDataPurged)
        }
    }
}
