import Testing
@testable import GenLabelCore

@Suite("Application content: field checks and completeness (issue 3)")
struct ContentValidationTests {
    @Test("SIRET: 14 digits with a Luhn check digit", arguments: ["73282932000074", "732 829 320 00074"])
    func validSiret(_ text: String) throws {
        #expect(try FieldValidation.siret(text).get() == text.filter { $0 != " " })
    }

    @Test func siretWithAWrongCheckDigitIsRefusedInFrench() {
        guard case .failure(let error) = FieldValidation.siret("73282932000075") else { Issue.record("accepted"); return }
        #expect(error.message == "le SIRET 73282932000075 est invalide : sa clé de contrôle (Luhn) ne correspond pas")
        guard case .failure(let short) = FieldValidation.siret("7328293200007") else { Issue.record("accepted"); return }
        #expect(short.message.contains("14 chiffres"))
        guard case .failure = FieldValidation.siret("7328293200007A") else { Issue.record("letters accepted"); return }
    }

    @Test func luhnCheck() {
        #expect(Luhn.isValid("79927398713"))
        #expect(!Luhn.isValid("79927398710"))
        #expect(!Luhn.isValid(""))
        #expect(!Luhn.isValid("12a4"))
    }

    @Test func ndaIsElevenDigits() {
        #expect((try? FieldValidation.nda("11755555575").get()) == "11755555575")
        #expect((try? FieldValidation.nda("1175555557").get()) == nil)
        #expect((try? FieldValidation.nda("1175555557X").get()) == nil)
    }

    @Test("certification codes RNCP\\d+ or RS\\d+",
          arguments: [("RNCP31114", true), ("rs5487", true), ("RS", false), ("RNCP", false), ("RNCP31114b", false),
                      ("ABC123", false), ("RN31114", false)])
    func certificationCode(text: String, valid: Bool) {
        let result = try? FieldValidation.certificationCode(text).get()
        #expect((result != nil) == valid)
        if valid { #expect(result == text.uppercased()) }
    }

    @Test func datesAreStrict() {
        #expect((try? FieldValidation.date("29/02/2028").get()) == day("29/02/2028"))
        #expect((try? FieldValidation.date("29/02/2027").get()) == nil)
        #expect((try? FieldValidation.date("4/5/2027").get()) == nil)
        guard case .failure(let error) = FieldValidation.date("31/04/2027") else { Issue.record("accepted"); return }
        #expect(error.message.contains("31/04/2027"))
    }

    @Test func numbersAreWholeAndInRange() {
        #expect((try? FieldValidation.number("350", in: 0...5000).get()) == 350)
        #expect((try? FieldValidation.number("-3", in: 0...5000).get()) == nil)
        #expect((try? FieldValidation.number("3,5", in: 0...5000).get()) == nil)
        guard case .failure(let error) = FieldValidation.percent("120") else { Issue.record("accepted"); return }
        #expect(error.message == "120 est hors des limites : entre 0 et 100")
    }

    @Test func aCompleteApplicationMissesNothing() {
        #expect(Completeness.missingFields(sampleApplication()).isEmpty)
    }

    @Test func missingFieldsAreListedInFormOrder() {
        var application = sampleApplication()
        application.content.fundedPlaces = nil
        application.content.ownsCertification = false
        application.content.partners = []
        application.training.family = nil
        application.organization.siret = "73282932000075"
        #expect(Completeness.missingFields(application) == [.siret, .family, .partnershipEnd, .fundedPlaces, .partners])
        #expect(ContentField.partnershipEnd.displayName == "Fin de l'accord avec le certificateur")
    }

    @Test func remoteTrainingsMustSayTheirReceptionPlacesAndSubcontractorsTheirNDA() {
        var application = sampleApplication()
        application.content.remoteSharePercent = 60
        application.content.receptionPlaces = nil
        application.content.subcontractorName = "Sous-traitant SARL"
        #expect(Completeness.missingFields(application) == [.subcontractorNDA, .receptionPlaces])
        application.content.remoteSharePercent = 50
        application.content.subcontractorNDA = "11755555575"
        #expect(Completeness.missingFields(application).isEmpty)
    }
}
