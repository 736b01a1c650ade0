import Testing
@testable import GenLabelCore

@Suite("Audit chain, timestamps and the access table")
struct AuditChainTests {
    /// A valid chain of `count` entries.
    func chain(_ count: Int) -> [AuditEntry] {
        var entries: [AuditEntry] = []
        var previous = AuditChain.genesis
        for n in 1...count {
            let detail = n == 2 ? "ligne 1\nligne 2 \\ fin" : "attestation reçue : \(n)/03/2026"
            let digest = AuditChain.digest(sequence: Int64(n), timestamp: "2026-12-03T10:00:0\(n % 10)Z", login: "mdupont",
                                           action: "record_changed", subjectKind: "session", subjectKey: "S\(n)",
                                           detail: detail, previousDigest: previous)
            entries.append(AuditEntry(sequence: Int64(n), timestamp: "2026-12-03T10:00:0\(n % 10)Z", login: "mdupont",
                                      action: .recordChanged, subjectKind: "session", subjectKey: "S\(n)",
                                      detail: detail, previousDigest: previous, digest: digest))
            previous = digest
        }
        return entries
    }

    @Test func anUntouchedChainIsIntact() {
        #expect(AuditChain.verify(chain(5)) == .intact(entries: 5))
        #expect(AuditChain.verify([AuditEntry]()) == .intact(entries: 0))
    }

    @Test func aChangedEntryIsNamed() {
        var entries = chain(5)
        entries[2].detail = "attestation reçue : 01/01/2020"
        #expect(AuditChain.verify(entries) == .broken(sequence: 3, reason: .contentChanged))
    }

    @Test func aChangedLoginOrTimestampIsNamedToo() {
        var entries = chain(4)
        entries[3].login = "autre"
        #expect(AuditChain.verify(entries) == .broken(sequence: 4, reason: .contentChanged))
        entries = chain(4)
        entries[0].timestamp = "2020-01-01T00:00:00Z"
        #expect(AuditChain.verify(entries) == .broken(sequence: 1, reason: .contentChanged))
    }

    @Test func aRemovedEntryIsNamed() {
        var entries = chain(5)
        entries.remove(at: 1)
        #expect(AuditChain.verify(entries) == .broken(sequence: 2, reason: .missingEntry))
    }

    @Test func anEntryReplacedWithItsOwnFreshDigestBreaksTheNextLink() {
        var entries = chain(5)
        entries[1].detail = "falsifié"
        entries[1].digest = AuditChain.expectedDigest(of: entries[1])
        #expect(AuditChain.verify(entries) == .broken(sequence: 3, reason: .linkBroken))
    }

    @Test func fieldsCannotBeShiftedIntoOneAnother() {
        let a = AuditChain.digest(sequence: 1, timestamp: "t", login: "a\nb", action: "x", subjectKind: "", subjectKey: "",
                                  detail: "", previousDigest: AuditChain.genesis)
        let b = AuditChain.digest(sequence: 1, timestamp: "t", login: "a", action: "b\nx", subjectKind: "", subjectKey: "",
                                  detail: "", previousDigest: AuditChain.genesis)
        #expect(a != b)
    }

    @Test func timestampsAreUTCToTheSecond() {
        #expect(AuditTimestamp.utc(unixSeconds: 0) == "1970-01-01T00:00:00Z")
        #expect(AuditTimestamp.utc(unixSeconds: 1_796_324_265) == "2026-12-03T18:57:45Z")
        #expect(AuditTimestamp.utc(unixSeconds: -1) == "1969-12-31T23:59:59Z")
        #expect(AuditTimestamp.utc(unixSeconds: 1_709_208_000) == "2024-02-29T12:00:00Z")
        #expect(AuditTimestamp.french("2026-12-03T18:57:45Z") == "03/12/2026 18:57:45 UTC")
    }

    @Test func committeeMembersAndLoginsWithoutRoleReadNoPersonalDataAndChangeNothing() {
        for role in [Role.comite, nil] {
            #expect(AccessPolicy.permissions(of: role).isEmpty)
        }
        #expect(AccessPolicy.permissions(of: .admin) == Set(Permission.allCases))
        #expect(AccessPolicy.allows(.suivi, .editMonitoring))
        #expect(!AccessPolicy.allows(.suivi, .editDossiers))
        #expect(AccessPolicy.allows(.instruction, .editDossiers))
        #expect(!AccessPolicy.allows(.instruction, .manageUsers))
        #expect(!AccessPolicy.allows(.suivi, .purgePersonalData))
    }
}

@Suite("Session facts (issue 4)")
struct SessionFactTests {
    let session = TrainingSession(id: .init(1), labelID: .init(1), code: "S1",
                                  plannedStart: CalendarDate(french: "05/01/2026")!,
                                  actualStart: CalendarDate(french: "12/01/2026")!,
                                  end: CalendarDate(french: "31/03/2026")!, capacity: 12,
                                  startAttestationReceivedOn: nil, endOfSessionListReceivedOn: nil)
    let today = CalendarDate(french: "03/12/2026")!

    @Test func aDocumentReceivedInTheFutureOrBeforeTheStartIsRefused() {
        #expect(SessionFact.startAttestationReceived(CalendarDate(french: "04/12/2026")).refusal(for: session, today: today) != nil)
        #expect(SessionFact.endListReceived(CalendarDate(french: "11/01/2026")).refusal(for: session, today: today)?
            .contains("12/01/2026") == true)
        #expect(SessionFact.startAttestationReceived(CalendarDate(french: "12/01/2026")).refusal(for: session, today: today) == nil)
        #expect(SessionFact.endListReceived(today).refusal(for: session, today: today) == nil)
        #expect(SessionFact.endListReceived(nil).refusal(for: session, today: today) == nil)
    }

    @Test func anActualStartMayBeLateButNotInTheFutureNorAYearEarly() {
        #expect(SessionFact.actualStart(CalendarDate(french: "20/05/2026")).refusal(for: session, today: today) == nil)
        #expect(SessionFact.actualStart(CalendarDate(french: "04/12/2026")).refusal(for: session, today: today) != nil)
        #expect(SessionFact.actualStart(CalendarDate(french: "04/01/2025")).refusal(for: session, today: today) != nil)
    }

    @Test func theAuditSaysWhatChanged() {
        #expect(SessionFact.endListReceived(CalendarDate(french: "15/04/2026")).auditDetail(previous: nil)
                == "Liste de fin de session reçue le : — → 15/04/2026")
    }
}
