import Testing
@testable import GenLabelCore

private func d(_ text: String) -> CalendarDate { CalendarDate(french: text)! }

/// The session of these tests: planned 07/09/2026, started 14/09/2026, ends 31/03/2027; today 03/12/2026.
private let session = TrainingSession(id: .init(1), labelID: .init(1), code: "S2026-09", plannedStart: d("07/09/2026"),
                                      actualStart: d("14/09/2026"), end: d("31/03/2027"), capacity: 14,
                                      startAttestationReceivedOn: nil, endOfSessionListReceivedOn: nil)
private let context = SessionCheckContext(today: d("03/12/2026"))

@Suite("The session form's checks (issue 4)")
struct SessionDraftTests {
    @Test(arguments: [
        // Strict jj/mm/aaaa dates that exist.
        (SessionField.end, "31/02/2027", "« 31/02/2027 » n'est pas une date jj/mm/aaaa qui existe"),
        (.end, "1/4/2027", "« 1/4/2027 » n'est pas une date jj/mm/aaaa qui existe"),
        (.plannedStart, "2026-09-07", "« 2026-09-07 » n'est pas une date jj/mm/aaaa qui existe"),
        (.kairos, "29/02/2026", "« 29/02/2026 » n'est pas une date jj/mm/aaaa qui existe"),
        (.carifOref, "01/01/1850", "« 01/01/1850 » n'est pas une date jj/mm/aaaa qui existe"),
        // Required fields.
        (.plannedStart, "", "obligatoire"), (.end, "  ", "obligatoire"), (.capacity, "", "obligatoire"),
        // Order of the dates.
        (.end, "06/09/2026", "la fin ne peut pas précéder le début (07/09/2026)"),
        (.end, "13/09/2026", "la fin ne peut pas précéder le début (14/09/2026)"),
        (.actualStart, "04/12/2026", "pas après aujourd'hui (03/12/2026)"),
        (.actualStart, "06/09/2025", "plus d'un an avant le début prévu (07/09/2026) : vérifiez l'année"),
        (.startAttestation, "13/09/2026", "une pièce ne peut pas être reçue avant le début de la session (14/09/2026)"),
        (.endList, "04/12/2026", "pas après aujourd'hui (03/12/2026)"),
        (.monCompteFormation, "04/12/2026", "pas après aujourd'hui (03/12/2026)"),
        // Capacity and modality.
        (.capacity, "12a", "« 12a » n'est pas un nombre de places (0 à 100 000)"),
        (.capacity, "100001", "« 100001 » n'est pas un nombre de places (0 à 100 000)"),
        (.modality, "teletravail", "choisissez une des valeurs proposées"),
    ])
    func aWrongValueIsRefusedInFrench(field: SessionField, value: String, message: String) {
        var draft = SessionDraft(session)
        draft[field] = value
        #expect(draft.error(field, context: context) == message)
        #expect(draft.session(from: session, context: context) == nil, "nothing to write")
    }

    @Test(arguments: [
        (SessionField.actualStart, ""), (.actualStart, "03/12/2026"), (.actualStart, "07/09/2025"),
        (.end, "14/09/2026"), (.capacity, "0"), (.modality, ""), (.modality, "distance"),
        (.startAttestation, "14/09/2026"), (.endList, "03/12/2026"),
        // Referencing usually comes before the start: no lower bound.
        (.carifOref, "02/05/2026"), (.monCompteFormation, ""), (.kairos, "03/12/2026"),
    ])
    func anAcceptableValueIsTaken(field: SessionField, value: String) {
        var draft = SessionDraft(session)
        draft[field] = value
        #expect(draft.error(field, context: context) == nil)
        #expect(draft.session(from: session, context: context) != nil)
    }

    @Test func theDraftRoundTripsEveryFieldAndNamesTheChangesForTheAudit() throws {
        var edited = session
        edited.modality = .remote
        edited.capacity = 15
        edited.referencing = SessionReferencing(carifOref: d("01/07/2026"), monCompteFormation: nil, kairos: d("20/09/2026"))
        let draft = SessionDraft(edited)
        #expect(draft[.modality] == "distance" && draft[.carifOref] == "01/07/2026" && draft[.monCompteFormation] == "")
        #expect(draft.session(from: session, context: context) == edited)
        #expect(draft.changedFields(from: SessionDraft(session)) == [.modality, .capacity, .carifOref, .kairos])
        #expect(SessionDraft.auditDetail(from: session, to: edited)
                == "session modifiée : Modalité : — → À distance ; Capacité : 14 → 15 ; "
                + "Référencement CARIF-OREF le : — → 01/07/2026 ; Référencement KAIROS le : — → 20/09/2026")
        #expect(SessionDraft.auditDetail(from: edited, to: edited) == "session enregistrée sans changement")
    }

    @Test func modalitiesFollowTheCallsDefinitionOfRemoteTrainings() {
        #expect(SessionModality.allCases.map(\.rawValue) == ["presentiel", "hybride", "distance"])
        #expect(SessionModality.allCases.map(\.displayName) == ["Présentiel", "Hybride", "À distance"])
        #expect(ReferencingPlatform.allCases.map(\.displayName) == ["CARIF-OREF", "Mon Compte Formation", "KAIROS"])
        // Each modality is accepted by the import under its French word, as the export writes it.
        let words = ImportSpecification.modalities.map { $0.words.first ?? "" }
        #expect(words == SessionModality.allCases.map(\.displayName))
    }

    @Test(arguments: ["03/12/2026", "15/06/2025"])
    func theDemoRecordsModalitiesAndReferencingThatFollowTheRules(today: String) {
        let data = DemoGenerator(today: d(today)).generate()
        let trainingOfLabel = Dictionary(uniqueKeysWithValues: data.labels.map { ($0.id, $0.trainingID) })
        let months = Dictionary(uniqueKeysWithValues: data.trainings.map { ($0.id, $0.months) })
        let modalities = Set(data.sessions.compactMap(\.modality))
        #expect(modalities == Set(SessionModality.allCases))
        for session in data.sessions {
            if session.modality == .remote { #expect(months[trainingOfLabel[session.labelID]!]! <= 6, "§2b-3: \(session.code)") }
            for platform in ReferencingPlatform.allCases {
                if let on = session.referencing[platform] { #expect(on <= d(today)) }
            }
            if session.referencing.kairos != nil { #expect(session.actualStart != nil) }
        }
        #expect(data.sessions.contains { $0.referencing == .none })
        #expect(data.sessions.contains { $0.referencing.carifOref != nil && $0.referencing.kairos != nil })
    }
}
