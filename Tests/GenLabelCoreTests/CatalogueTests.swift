import Testing
@testable import GenLabelCore

@Suite("French catalogue")
struct CatalogueTests {
    @Test func everyKeyHasNonEmptyFrenchText() {
        for key in TextKey.allCases {
            #expect(!T(key).isEmpty, "no text for \(key)")
        }
    }

    @Test func argumentsAreSubstitutedInOrder() {
        #expect(T(.alertsSummary, 3, 2, 10) == "en retard : 3 · proches : 2 · à venir : 10")
        #expect(T(.errorBadDate, "04/15/2026") == "date invalide « 04/15/2026 » : attendu jj/mm/aaaa, par exemple 03/12/2026.")
    }

    @Test func domainNamesAreAccented() {
        #expect(DossierState.submitted.displayName == "Déposé")
        #expect(Severity.dueSoon.displayName == "Échéance proche")
        #expect(ObligationKind.startAttestation.displayName == "Attestation de démarrage")
    }
}
