import Testing
@testable import GenLabelCore

private func validated(_ kind: ImportKind, _ text: String, bytes: [UInt8]? = nil,
                       sourceLocation: SourceLocation = #_sourceLocation) -> ValidatedImport? {
    switch CSVReader().read(bytes ?? Array(text.utf8)) {
    case .success(let table): return ImportValidator(kind).validate(table, file: "f.csv")
    case .failure(let error):
        Issue.record("unreadable: \(error.userMessage)", sourceLocation: sourceLocation)
        return nil
    }
}

private let learnerHeader = "SIRET;Formation;Lieu de formation;Session;Nom;Prénom;Genre;Date de naissance;Adresse;Code INSEE;Commune;QPV;ZRR;Public cible;Demandeur d'emploi\r\n"
private func learnerLine(_ last: String = "Dupont", birth: String = "03/04/2001", gender: String = "F") -> String {
    "73282932000074;Développeur web;Saint-Étienne;S2026-01;\(last);Marie;\(gender);\(birth);\"3 rue A; bât. B\";42218;Saint-Étienne;oui;non;oui;non\r\n"
}

@Suite("French values")
struct FrenchValuesTests {
    @Test func dates() {
        #expect(FrenchValues.date("03/12/2026") == CalendarDate(year: 2026, month: 12, day: 3))
        #expect(FrenchValues.date("2026-12-03") == CalendarDate(year: 2026, month: 12, day: 3))
        #expect(FrenchValues.date("04/15/2026") == nil)
        #expect(FrenchValues.date("29/02/2025") == nil)
        #expect(FrenchValues.date("3/12/2026") == nil)
        #expect(FrenchValues.date("") == nil)
    }

    @Test func numbersTheFrenchWay() {
        #expect(FrenchValues.decimal("1 234,5") == 1234.5)
        #expect(FrenchValues.decimal("1\u{00A0}234,5") == 1234.5)
        #expect(FrenchValues.decimal("1\u{202F}234\u{202F}567,25") == 1_234_567.25)
        #expect(FrenchValues.decimal("14,5") == 14.5)
        #expect(FrenchValues.decimal("14.5") == 14.5)
        #expect(FrenchValues.decimal("-0,5") == -0.5)
        #expect(FrenchValues.decimal("12") == 12)
        #expect(FrenchValues.decimal("1,234,5") == nil)
        #expect(FrenchValues.decimal("12 34,5") == nil)
        #expect(FrenchValues.decimal("abc") == nil)
        #expect(FrenchValues.decimal("1e5") == nil)
        #expect(FrenchValues.decimal(",") == nil)
        #expect(FrenchValues.integer("1 234") == 1234)
        #expect(FrenchValues.integer("12,5") == nil)
        #expect(FrenchValues.integer("99999999999999999999999") == nil)
        #expect(FrenchValues.text(6.6667) == "6,67")
        #expect(FrenchValues.text(14) == "14")
        #expect(FrenchValues.text(12.5) == "12,5")
    }

    @Test func yesAndNo() {
        #expect(FrenchValues.boolean("Oui") == true)
        #expect(FrenchValues.boolean("NON") == false)
        #expect(FrenchValues.boolean("peut-être") == nil)
    }

    @Test func hmacSHA256MatchesRFC4231() {
        // RFC 4231, test case 2.
        let digest = SHA256.hmac(key: Array("Jefe".utf8), message: Array("what do ya want for nothing?".utf8))
        let hex = digest.map { String($0, radix: 16).count == 1 ? "0" + String($0, radix: 16) : String($0, radix: 16) }.joined()
        #expect(hex == "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843")
        let pseudonymizer = Pseudonymizer(key: Array(repeating: 7, count: 32))
        let a = pseudonymizer.pseudonym(for: "x"), b = pseudonymizer.pseudonym(for: "x")
        #expect(a == b && a.hasPrefix("Apprenant-") && a.count == "Apprenant-".count + 8)
        #expect(Pseudonymizer(key: Array(repeating: 8, count: 32)).pseudonym(for: "x") != a)
    }
}

@Suite("Import validation")
struct ImportValidatorTests {
    @Test func aValidLearnerFileGivesTypedRows() throws {
        let file = try #require(validated(.learners, learnerHeader + learnerLine()))
        #expect(file.isValid)
        #expect(file.warnings.isEmpty)
        let row = try #require(file.rows.first)
        let spec = ImportSpecification.learners
        #expect(row.line == 2)
        #expect(row.values[spec.indexOf[.birthDate]!] == .date(CalendarDate(year: 2001, month: 4, day: 3)!))
        #expect(row.values[spec.indexOf[.address]!] == .text("3 rue A; bât. B"))
        #expect(row.values[spec.indexOf[.residesQPV]!] == .boolean(true))
        #expect(row.values[spec.indexOf[.gender]!] == .text("F"))
    }

    @Test func headersMatchWithoutCaseOrAccentsAndSynonymsAreAccepted() throws {
        let header = "siret;FORMATION;lieu;code session;nom;prenom;sexe;date de naissance\r\n"
        let file = try #require(validated(.learners, header + "73282932000074;Web;Lyon;S1;Martin;Léa;femme;2001-04-03\r\n"))
        #expect(file.isValid, "\(file.errors.map(\.userMessage))")
        #expect(file.rows.count == 1)
        #expect(!file.has(.address))
        #expect(file.rows[0].values[ImportSpecification.learners.indexOf[.gender]!] == .text("F"))
    }

    @Test func badDateIsReportedWithFileLineColumnAndReason() throws {
        let file = try #require(validated(.learners, learnerHeader + learnerLine() + learnerLine("Durand", birth: "04/15/2026")))
        #expect(!file.isValid)
        #expect(file.errors.map(\.userMessage) == ["f.csv, ligne 3, colonne « Date de naissance » : 04/15/2026 n'est pas une date (jj/mm/aaaa)"])
    }

    @Test func missingRequiredColumnIsAnError() throws {
        let file = try #require(validated(.learners, "SIRET;Formation;Lieu de formation;Session;Nom;Prénom;Genre\r\n"))
        #expect(file.errors.count == 1)
        #expect(file.errors.first?.column == "Date de naissance")
        #expect(file.errors.first?.userMessage.contains("colonne obligatoire absente") == true)
    }

    @Test func unknownColumnIsAWarningThatNamesIt() throws {
        let header = learnerHeader.replacingAll("\r\n", with: ";Remarque\r\n")
        let file = try #require(validated(.learners, header + learnerLine().replacingAll("\r\n", with: ";à rappeler\r\n")))
        #expect(file.isValid)
        #expect(file.warnings.count == 1)
        #expect(file.warnings.first?.userMessage.contains("« Remarque »") == true)
        #expect(file.rows.count == 1)
    }

    @Test func headerOnlyFileIsValidAndEmpty() throws {
        let file = try #require(validated(.learners, learnerHeader))
        #expect(file.isValid)
        #expect(file.rows.isEmpty)
    }

    @Test func duplicateNaturalKeyIsReportedWithTheFirstLine() throws {
        // Same person: case and accents do not make a different learner.
        let file = try #require(validated(.learners, learnerHeader + learnerLine() + learnerLine("DUPONT")))
        #expect(file.errors.count == 1)
        #expect(file.errors.first?.line == 3)
        #expect(file.errors.first?.reason.contains("doublon de la ligne 2") == true)
    }

    @Test func everyBadCellIsReported() throws {
        let text = "N° dossier;SIRET;Formation;Lieu de formation;État;Comité;Note;Renouvellement\r\n"
            + "GEN-1;123;Web;Lyon;Déposé;24/11/2026;4,5;oui\r\n"
            + "GEN-2;73282932000074;Web;Lyon;Perdu;24/11/2026;8;non\r\n"
            + "GEN-3;73282932000074;Web;Lyon;labelled;31/11/2026;douze;peut-être\r\n"
            + "GEN-4;732 829 320 00074;Web;Lyon;Labellisé;;1 234,5;\r\n"
            + "GEN-5;73282932000074;Web;Lyon;Labellisé;;9,75;\r\n"
        let file = try #require(validated(.dossiers, text))
        let messages = file.errors.map(\.userMessage)
        #expect(messages.contains("f.csv, ligne 2, colonne « SIRET » : « 123 » doit compter exactement 14 chiffres"))
        #expect(messages.contains { $0.hasPrefix("f.csv, ligne 3, colonne « État » : « Perdu » n'est pas une valeur possible (Brouillon, Déposé") })
        #expect(messages.contains("f.csv, ligne 4, colonne « Comité » : 31/11/2026 n'est pas une date (jj/mm/aaaa)"))
        #expect(messages.contains { $0.hasPrefix("f.csv, ligne 4, colonne « Note » : « douze » n'est pas un nombre") })
        #expect(messages.contains("f.csv, ligne 4, colonne « Renouvellement » : « peut-être » : répondez oui ou non"))
        #expect(messages.contains("f.csv, ligne 5, colonne « Note » : 1 234,5 est hors des limites (de 0 à 10)"))
        #expect(file.errorCount == 6, "\(messages)")
        #expect(file.rows.map(\.line) == [6])
        #expect(file.rows[0].values[ImportSpecification.dossiers.indexOf[.score]!] == .decimal(9.75))
    }

    @Test func emptySpreadsheetRowsAreSkippedAndExtraFieldsRefused() throws {
        let file = try #require(validated(.communes, "Code INSEE;Commune;ZRR\r\n42218;Saint-Étienne;non\r\n;;\r\n01001;L'Abergement;oui;de trop\r\n"))
        #expect(file.rows.count == 1)
        #expect(file.errors.count == 1)
        #expect(file.errors.first?.line == 4)
    }

    @Test func windows1252FileWithOEEuroAndApostrophe() throws {
        // "Cœur d’Œuvre" and "€" in Windows-1252: œ = 9C, ’ = 92, Œ = 8C, € = 80.
        var bytes = Array("Code QPV;Nom du quartier;Code INSEE;Commune\r\nQN04201M;C".utf8)
        bytes += [0x9C] + Array("ur d".utf8) + [0x92, 0x8C] + Array("uvre ".utf8) + [0x80] + Array(";42218;Saint-".utf8)
        bytes += [0xC9] + Array("tienne\r\n".utf8)
        let file = try #require(validated(.qpv, "", bytes: bytes))
        #expect(file.isValid)
        #expect(file.rows.first?.values[1] == .text("Cœur d’Œuvre €"))
        #expect(file.rows.first?.values[3] == .text("Saint-Étienne"))
    }

    @Test func quotedFieldsWithSemicolonsAndLineBreaksAndCRLFWithQuotedLastField() throws {
        let text = "\u{FEFF}Code QPV;Nom du quartier;Code INSEE;Commune\r\nQN1;\"Les Tours; \"\"Nord\"\"\r\nbâtiment 2\";42218;\"Saint-Étienne\"\r\nQN2;Sud;42218;\"Lyon\"\r\n"
        let file = try #require(validated(.qpv, text))
        #expect(file.isValid)
        #expect(file.rows.map(\.line) == [2, 4])
        #expect(file.rows[0].values[1] == .text("Les Tours; \"Nord\"\r\nbâtiment 2"))
        #expect(file.rows[1].values[3] == .text("Lyon"))
    }

    @Test func sessionEndingBeforeItStartsIsRefused() throws {
        let text = "SIRET;Formation;Lieu de formation;Session;Début prévu;Fin;Capacité\r\n73282932000074;Web;Lyon;S1;10/01/2026;09/01/2026;1 200\r\n"
        let file = try #require(validated(.sessions, text))
        #expect(file.errors.first?.reason == "la fin (09/01/2026) précède le début prévu (10/01/2026)")
    }

    /// The byte path reads a choice's words as written (issue 7, import speed); it gives the choice the
    /// folded comparison of the text path gives only because no folded word or code of a list belongs to
    /// two choices: checked for every choice column of every format, then both paths on every word.
    @Test func choiceWordsReadFromBytesGiveTheTextPathsChoice() {
        for kind in ImportKind.allCases {
            for column in kind.specification.columns {
                guard case .choice(let choices) = column.type else { continue }
                var owner: [String: String] = [:]
                for choice in choices {
                    for word in [choice.code] + choice.words {
                        let folded = TextFolding.fold(word)
                        if let other = owner[folded] {
                            #expect(other == choice.code, "« \(word) » in two choices of \(column.header) (\(kind))")
                        }
                        owner[folded] = choice.code
                    }
                }
                for choice in choices {
                    for word in [choice.code] + choice.words + choice.words.map { $0.uppercased() } {
                        let bytes = Array(word.utf8)
                        let fromBytes = bytes.withUnsafeBufferPointer { ImportValidator.read(bytes: $0, as: column.type) }
                        let fromText = ImportValidator.read(word, as: column.type)
                        #expect(fromBytes.value == fromText.value, "« \(word) » in \(column.header) (\(kind))")
                        #expect(fromBytes.value == .text(choice.code), "« \(word) » in \(column.header) (\(kind))")
                    }
                }
            }
        }
    }
}

private extension Result where Success == ImportValue {
    var value: ImportValue? { if case .success(let value) = self { return value }; return nil }
}

@Suite("Import fuzzing")
struct ImportFuzzTests {
    /// Thousands of seeded random byte strings and mutated valid files: the reader and the validator
    /// never trap, and what they return is coherent.
    @Test func randomAndMutatedInputsNeverCrash() {
        var generator = SeededGenerator(seed: 20_261_203)
        let valid = Array((learnerHeader + learnerLine() + learnerLine("Durand") + learnerLine("Roux", gender: "M")).utf8)
        let alphabet: [UInt8] = Array(";,\"\r\n \u{0}".utf8) + [0xEF, 0xBB, 0xBF, 0x80, 0x9C, 0xC3, 0xA9, 0xFF, 0xFE] + Array("aZ09/-é".utf8)
        var readable = 0, validRows = 0
        for round in 0..<3000 {
            var bytes: [UInt8]
            if round % 2 == 0 {
                let count = Int.random(in: 0...200, using: &generator)
                bytes = (0..<count).map { _ in
                    Bool.random(using: &generator) ? alphabet.randomElement(using: &generator)! : UInt8.random(in: 0...255, using: &generator)
                }
            } else {
                bytes = valid
                for _ in 0..<Int.random(in: 1...8, using: &generator) {
                    let position = Int.random(in: 0..<max(bytes.count, 1), using: &generator)
                    switch Int.random(in: 0..<3, using: &generator) {
                    case 0 where !bytes.isEmpty: bytes[position] = alphabet.randomElement(using: &generator)!
                    case 1: bytes.insert(alphabet.randomElement(using: &generator)!, at: min(position, bytes.count))
                    default: if !bytes.isEmpty { bytes.remove(at: position) }
                    }
                }
            }
            for kind in [ImportKind.learners, .qpv] {
                switch CSVReader().read(bytes) {
                case .failure(let error):
                    #expect(!error.userMessage.isEmpty)
                    #expect(error.line >= 1)
                case .success(let table):
                    readable += 1
                    let file = ImportValidator(kind).validate(table, file: "x.csv")
                    #expect(file.rows.count <= table.rows.count)
                    #expect(file.rows.allSatisfy { $0.values.count == kind.specification.columns.count })
                    #expect(file.errors.allSatisfy { !$0.userMessage.isEmpty })
                    if !file.isValid { #expect(file.errorCount > 0) }
                    validRows += file.rows.count
                }
            }
        }
        #expect(readable > 100)
        #expect(validRows > 0, "some mutated files stay valid")
    }
}

/// Issue 5 ("anything invalid is reported"), as the forms check: dates of what happened are not after
/// today, and a birth date is not before 1900 (a tester imported births in 2099 and 1800).
@Suite("Import: dates of what happened")
struct ImportHappenedDatesTests {
    func read(_ kind: ImportKind, _ text: String, today: CalendarDate?) -> ValidatedImport? {
        guard case .success(let table) = CSVReader().read(Array(text.utf8)) else { return nil }
        return ImportValidator(kind, today: today).validate(table, file: "f.csv")
    }

    let today = CalendarDate(year: 2026, month: 12, day: 3)!

    @Test func aBirthAfterTodayOrBefore1900IsRefusedWithItsColumn() throws {
        let future = try #require(read(.learners, learnerHeader + learnerLine(birth: "01/01/2099"), today: today))
        #expect(future.errors.map(\.column) == ["Date de naissance"])
        #expect(future.errors.first?.reason == "« 01/01/2099 » est après aujourd'hui (03/12/2026) : cette date note ce qui a déjà eu lieu")
        let ancient = try #require(read(.learners, learnerHeader + learnerLine(birth: "01/01/1800"), today: today))
        #expect(ancient.errors.first?.reason.hasPrefix("« 01/01/1800 » : une date de naissance avant 1900") == true)
        let sound = try #require(read(.learners, learnerHeader + learnerLine(birth: "03/12/2008"), today: today))
        #expect(sound.errors.isEmpty && sound.rows.count == 1)
        // Without a day to judge by (a test of the format alone), only the 1900 rule holds.
        #expect(try #require(read(.learners, learnerHeader + learnerLine(birth: "01/01/2099"), today: nil)).errors.isEmpty)
    }

    @Test func aDocumentReceivedTomorrowIsRefusedTodayIsAccepted() throws {
        let header = "SIRET;Formation;Lieu de formation;Session;Début prévu;Fin;Capacité;Attestation de démarrage reçue le\r\n"
        func line(_ received: String) -> String {
            header + "73282932000074;Développeur web;Saint-Étienne;S2026-01;01/09/2026;30/11/2026;14;\(received)\r\n"
        }
        let tomorrow = try #require(read(.sessions, line("04/12/2026"), today: today))
        #expect(tomorrow.errors.map(\.column) == ["Attestation de démarrage reçue le"])
        let onTheDay = try #require(read(.sessions, line("03/12/2026"), today: today))
        #expect(onTheDay.errors.isEmpty, "\(onTheDay.errors.map(\.reason))")
    }
}
