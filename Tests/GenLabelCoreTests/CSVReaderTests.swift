import Testing
@testable import GenLabelCore

private func utf8(_ text: String) -> [UInt8] { Array(text.utf8) }

private func table(_ bytes: [UInt8], sourceLocation: SourceLocation = #_sourceLocation) throws -> CSVTable {
    switch CSVReader().read(bytes) {
    case .success(let table): return table
    case .failure(let error):
        Issue.record("unexpected error: \(error.userMessage)", sourceLocation: sourceLocation)
        throw error
    }
}

private func failure(_ bytes: [UInt8]) -> CSVReadError? {
    if case .failure(let error) = CSVReader().read(bytes) { return error }
    return nil
}

@Suite("CSVReader")
struct CSVReaderTests {
    @Test func utf8WithByteOrderMarkSemicolonsCRLF() throws {
        let t = try table([0xEF, 0xBB, 0xBF] + utf8("N°;Intitulé\r\nGEN-1;Développeuse\r\nGEN-2;Réseaux\r\n"))
        #expect(t.encoding == .utf8WithBOM)
        #expect(t.separator == ";")
        #expect(t.header == ["N°", "Intitulé"])
        #expect(t.headerLine == 1)
        #expect(t.rows == [CSVRecord(line: 2, fields: ["GEN-1", "Développeuse"]),
                           CSVRecord(line: 3, fields: ["GEN-2", "Réseaux"])])
    }

    @Test func utf8WithoutByteOrderMarkCommasLF() throws {
        let t = try table(utf8("a,b,c\n1,2,3\n"))
        #expect(t.encoding == .utf8)
        #expect(t.separator == ",")
        #expect(t.header == ["a", "b", "c"])
        #expect(t.rows == [CSVRecord(line: 2, fields: ["1", "2", "3"])])
    }

    @Test func separatorDetectedOutsideQuotesOnly() throws {
        // The header holds commas inside quotes, but `;` between fields.
        let t = try table(utf8("\"Nom, prénom\";\"Ville, pays\";Note\n\"Dupont, Léa\";Paris;12,5\n"))
        #expect(t.separator == ";")
        #expect(t.header == ["Nom, prénom", "Ville, pays", "Note"])
        #expect(t.rows[0].fields == ["Dupont, Léa", "Paris", "12,5"])
    }

    @Test func windows1252IsDecodedWithItsOwnTableNotLatin1() throws {
        // "Œuvre;Prix;Note" / "L’Œil;12 €;cœur…" in Windows-1252.
        let bytes: [UInt8] = [0x8C] + utf8("uvre;Prix;Note\r\nL") + [0x92, 0x8C] + utf8("il;12 ") + [0x80]
            + utf8(";c") + [0x9C] + utf8("ur") + [0x85] + utf8("\r\n")
        let t = try table(bytes)
        #expect(t.encoding == .windows1252)
        #expect(t.header == ["Œuvre", "Prix", "Note"])
        #expect(t.rows[0].fields == ["L’Œil", "12 €", "cœur…"])
    }

    @Test func windows1252AccentedLatinLetters() throws {
        // "Région;État" with é = 0xE9, É = 0xC9.
        let t = try table(utf8("R") + [0xE9] + utf8("gion;") + [0xC9] + utf8("tat\n"))
        #expect(t.header == ["Région", "État"])
        #expect(t.rows.isEmpty)
    }

    /// A UTF-8 file with one stray byte is not silently read as Windows-1252 ("Saint-Ã‰tienne"): the
    /// byte is reported with its line and column, whether the file has a BOM or other UTF-8 accents.
    @Test func aStrayByteInAUTF8FileIsReportedNotTranscoded() throws {
        let header = utf8("Code INSEE;Commune;ZRR\n42218;Saint-Étienne;non\n")
        let stray = header + utf8("42219;Ab") + [0xE9] + utf8("ville;oui\n")
        for bytes in [stray, [0xEF, 0xBB, 0xBF] + stray] {
            for result in [CSVReader().read(bytes), CSVReader().referenceRead(bytes)] {
                guard case .failure(let error) = result else { Issue.record("read as \(result)"); continue }
                #expect(error.line == 3 && error.column == 9, "\(error)")
                #expect(error.userMessage.hasPrefix("ligne 3, colonne 9 : "), "\(error.userMessage)")
            }
        }
        // A BOM and a stray byte, no other accent: still UTF-8 by its mark.
        let marked: [UInt8] = [0xEF, 0xBB, 0xBF] + utf8("Commune\nAb") + [0xE9] + utf8("ville\n")
        guard case .failure(let error) = CSVReader().read(marked) else { Issue.record("read"); return }
        #expect(error.kind == .invalidUTF8)
    }

    @Test func quotedFieldsWithSeparatorsDoubledQuotesAndLineBreaks() throws {
        let text = "N°;Commentaire;Fin\r\n"
            + "GEN-1;\"Salle A; puis B\";x\r\n"
            + "GEN-2;\"Il a dit \"\"oui\"\"\";y\r\n"
            + "GEN-3;\"ligne un\r\nligne deux\nligne trois\";z\r\n"
            + "GEN-4;\"\";w\r\n"
        let t = try table(utf8(text))
        #expect(t.rows.map(\.fields) == [
            ["GEN-1", "Salle A; puis B", "x"],
            ["GEN-2", "Il a dit \"oui\"", "y"],
            ["GEN-3", "ligne un\r\nligne deux\nligne trois", "z"],
            ["GEN-4", "", "w"],
        ])
        // A record with line breaks inside a field is reported at the line where it starts.
        #expect(t.rows.map(\.line) == [2, 3, 4, 7])
    }

    @Test func crlfWithQuotedLastFieldWithAndWithoutFinalLineBreak() throws {
        let withBreak = try table(utf8("a;b\r\n1;\"deux; trois\"\r\n"))
        #expect(withBreak.rows == [CSVRecord(line: 2, fields: ["1", "deux; trois"])])
        let withoutBreak = try table(utf8("a;b\r\n1;\"deux; trois\""))
        #expect(withoutBreak.rows == withBreak.rows)
    }

    @Test func emptyTrailingFieldsAndOldMacLineEnds() throws {
        let t = try table(utf8("a;b;c\r1;;\r;;\r"))
        #expect(t.rows == [CSVRecord(line: 2, fields: ["1", "", ""]), CSVRecord(line: 3, fields: ["", "", ""])])
    }

    @Test func blankLinesAreSkippedButCounted() throws {
        let t = try table(utf8("a;b\n\n1;2\n\n\n3;4\n"))
        #expect(t.rows == [CSVRecord(line: 3, fields: ["1", "2"]), CSVRecord(line: 6, fields: ["3", "4"])])
    }

    @Test func headerOnlyFile() throws {
        let t = try table([0xEF, 0xBB, 0xBF] + utf8("N°;Formation;Lieu\r\n"))
        #expect(t.header == ["N°", "Formation", "Lieu"])
        #expect(t.rows.isEmpty)
    }

    @Test func singleColumnFileDefaultsToSemicolon() throws {
        let t = try table(utf8("Siret\n12345678900011\n"))
        #expect(t.separator == ";")
        #expect(t.rows == [CSVRecord(line: 2, fields: ["12345678900011"])])
    }

    @Test func emptyFilesAreRefused() {
        for bytes: [UInt8] in [[], [0xEF, 0xBB, 0xBF], utf8("\r\n\n")] {
            let error = failure(bytes)
            #expect(error?.kind == .emptyFile)
            #expect(error?.userMessage.contains("vide") == true)
        }
    }

    @Test func utf16IsRefusedWithAnExplanation() {
        let error = failure([0xFF, 0xFE, 0x61, 0x00])
        #expect(error?.kind == .unsupportedEncoding)
    }

    @Test func unterminatedQuoteIsReportedWhereItOpens() {
        let error = failure(utf8("a;b\n1;2\n3;\"jamais\nfermé\n"))
        #expect(error == CSVReadError(kind: .unterminatedQuote, line: 3, column: 3, field: 2))
        #expect(error?.userMessage == "ligne 3, colonne 3 : le guillemet ouvert ici n'est jamais refermé")
    }

    @Test func textAfterClosingQuoteIsReported() {
        let error = failure(utf8("a;b\n\"x\"y;2\n"))
        #expect(error == CSVReadError(kind: .textAfterClosingQuote, line: 2, column: 4, field: 1))
        #expect(error?.userMessage.hasPrefix("ligne 2, colonne 4 :") == true)
    }

    @Test func quoteInsideUnquotedFieldIsReported() {
        let error = failure(utf8("a;b\n1;ab\"c\n"))
        #expect(error == CSVReadError(kind: .quoteInUnquotedField, line: 2, column: 5, field: 2))
    }

    @Test func writerOutputReadsBackIdentically() throws {
        let header = ["N°", "Commentaire", "Note"]
        let rows = [["GEN-1", "Salle A; \"B\"\r\nsuite", "12,5"], ["GEN-2", " espace ", ""], ["GEN-3", "L’Œil 12 €", "9"]]
        let document = CSVWriter().document(header: header, rows: rows)
        let t = try table(Array(document.utf8))
        #expect(t.encoding == .utf8WithBOM)
        #expect(t.header == header)
        #expect(t.rows.map(\.fields) == rows)
    }

    /// 2,000 random byte strings, biased towards the characters that matter to the parser: never a
    /// crash, always either a table or an error with a sensible place.
    @Test func randomBytesNeverCrash() {
        var generator = SeededGenerator(seed: 20_261_203)
        let alphabet: [UInt8] = [0x22, 0x22, 0x3B, 0x2C, 0x0D, 0x0A, 0x61, 0x20, 0xEF, 0xBB, 0xBF, 0x80, 0x9C, 0xC3, 0xA9, 0x00, 0xFF]
        var parsed = 0, refused = 0
        for _ in 0..<2_000 {
            let length = Int.random(in: 0...64, using: &generator)
            let bytes: [UInt8] = (0..<length).map { _ in
                Bool.random(using: &generator) ? alphabet.randomElement(using: &generator)! : UInt8.random(in: 0...255, using: &generator)
            }
            switch CSVReader().read(bytes) {
            case .success(let t):
                parsed += 1
                #expect(t.rows.allSatisfy { $0.line >= 1 && !$0.fields.isEmpty })
            case .failure(let error):
                refused += 1
                #expect(error.line >= 1 && error.column >= 1 && error.field >= 1)
                #expect(!error.userMessage.isEmpty)
            }
        }
        #expect(parsed + refused == 2_000)
        #expect(parsed > 0 && refused > 0)
    }

    // MARK: Byte parser against the scalar parser (issue 5's import speed)

    /// 5,000 random inputs (biased towards quotes, separators, line ends, BOMs, multi-byte UTF-8, bytes
    /// that are not UTF-8): the byte parser gives the same table, or the same error at the same place,
    /// as the former scalar-by-scalar parser.
    @Test func byteParserEqualsScalarParser() {
        var generator = SeededGenerator(seed: 7_0005)
        let pieces: [[UInt8]] = [[0x22], [0x22, 0x22], [0x3B], [0x2C], [0x0D], [0x0A], [0x0D, 0x0A], [0x61], [0x20],
                                 [0xEF, 0xBB, 0xBF], [0xC3, 0xA9], [0xE2, 0x80, 0x99], [0xF0, 0x9F, 0x98, 0x80],
                                 [0x80], [0x9C], [0xC3], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xC0, 0xAF],
                                 [0xE0, 0x80, 0xAF], [0x00], Array("Léa".utf8)]
        for round in 0..<5_000 {
            var bytes: [UInt8] = round % 7 == 0 ? [0xEF, 0xBB, 0xBF] : []
            for _ in 0..<Int.random(in: 0...40, using: &generator) {
                if Int.random(in: 0..<5, using: &generator) == 0 {
                    bytes.append(UInt8.random(in: 0...255, using: &generator))
                } else {
                    bytes += pieces.randomElement(using: &generator)!
                }
            }
            let fast = CSVReader().read(bytes), reference = CSVReader().referenceRead(bytes)
            switch (fast, reference) {
            case (.success(let a), .success(let b)):
                #expect(a == b, "\(bytes)")
                #expect(a.rows == b.rows && a.header == b.header, "\(bytes)")
            case (.failure(let a), .failure(let b)):
                #expect(a == b, "\(bytes)")
            default:
                Issue.record("byte parser \(fast) vs scalar parser \(reference) for \(bytes)")
            }
        }
    }

    /// The UTF-8 check accepts exactly what Swift's decoder accepts, around every boundary of the table.
    @Test func utf8CheckAgreesWithTheStandardDecoder() {
        var generator = SeededGenerator(seed: 8)
        let leads: [UInt8] = [0x00, 0x7F, 0x80, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0, 0xE1, 0xEC, 0xED, 0xEE, 0xEF, 0xF0, 0xF1,
                              0xF3, 0xF4, 0xF5, 0xFF]
        let continuations: [UInt8] = [0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xFF]
        for _ in 0..<20_000 {
            var bytes = Array(repeating: UInt8(0x61), count: Int.random(in: 0...9, using: &generator))
            bytes.append(leads.randomElement(using: &generator)!)
            for _ in 0..<Int.random(in: 0...3, using: &generator) { bytes.append(continuations.randomElement(using: &generator)!) }
            let expected = CSVReader.strictUTF8(bytes) != nil
            #expect(bytes.withUnsafeBufferPointer { CSVReader.isValidUTF8($0) } == expected, "\(bytes)")
        }
    }
}
