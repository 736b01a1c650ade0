/// A typed cell of an import row.
public enum ImportValue: Sendable, Equatable {
    /// Text, digits, INSEE codes and choice codes.
    case text(String)
    case date(CalendarDate)
    case integer(Int)
    case decimal(Double)
    case boolean(Bool)

    public var text: String? { if case .text(let value) = self { return value }; return nil }
    public var date: CalendarDate? { if case .date(let value) = self { return value }; return nil }
    public var integer: Int? { if case .integer(let value) = self { return value }; return nil }
    public var decimal: Double? { if case .decimal(let value) = self { return value }; return nil }
    public var boolean: Bool? { if case .boolean(let value) = self { return value }; return nil }

    /// The form used in natural keys: folded text, ISO dates.
    public var keyText: String {
        switch self {
        case .text(let value): return TextFolding.fold(value)
        case .date(let value): return value.iso
        case .integer(let value): return String(value)
        case .decimal(let value): return String(value)
        case .boolean(let value): return value ? "1" : "0"
        }
    }

    /// The form shown in messages.
    public var displayText: String {
        switch self {
        case .text(let value): return value
        case .date(let value): return value.french
        case .integer(let value): return String(value)
        case .decimal(let value): return FrenchValues.text(value)
        case .boolean(let value): return FrenchValues.text(value)
        }
    }
}

/// One valid row: its line in the file and a value per column of the specification (nil when the
/// cell is empty or the column absent from the file).
public struct ImportRow: Sendable, Equatable {
    public let line: Int
    public var values: [ImportValue?]

    public init(line: Int, values: [ImportValue?]) { self.line = line; self.values = values }
}

/// Something wrong (or worth saying) about an import file, with its place.
public struct ImportIssue: Sendable, Equatable, Error, UserFacingError {
    public enum Severity: Sendable, Equatable { case error, warning }
    public let file: String
    /// Nil for a problem of the whole file.
    public let line: Int?
    /// The column's header, when the problem is one cell's.
    public let column: String?
    public let reason: String
    public let severity: Severity

    public init(file: String, line: Int?, column: String?, reason: String, severity: Severity = .error) {
        self.file = file; self.line = line; self.column = column; self.reason = reason; self.severity = severity
    }

    /// "fichier.csv, ligne 14, colonne « Date de naissance » : 04/15/2026 n'est pas une date (jj/mm/aaaa)".
    public var userMessage: String {
        switch (line, column) {
        case (let line?, let column?): return T(.importIssueCell, file, line, column, reason)
        case (let line?, nil): return T(.importIssueLine, file, line, reason)
        case (nil, let column?): return T(.importIssueColumn, file, column, reason)
        case (nil, nil): return T(.importIssueFile, file, reason)
        }
    }
}

/// A file checked against its format: the typed rows, the columns found, and the problems. Rows are
/// only meaningful when `errors` is empty.
public struct ValidatedImport: Sendable {
    public let specification: ImportSpecification
    public let file: String
    public internal(set) var rows: [ImportRow] = []
    /// Per column of the specification: whether the file has it (an absent optional column leaves the
    /// stored value alone; a present, empty cell clears it).
    public internal(set) var hasColumn: [Bool]
    public internal(set) var errors: [ImportIssue] = []
    /// Errors beyond `ImportValidator.maximumKeptErrors`, counted but not kept.
    public internal(set) var droppedErrorCount = 0
    public internal(set) var warnings: [ImportIssue] = []

    public var errorCount: Int { errors.count + droppedErrorCount }
    public var isValid: Bool { errorCount == 0 }

    public func has(_ field: ImportField) -> Bool {
        specification.indexOf[field].map { hasColumn[$0] } ?? false
    }

    mutating func record(_ issue: ImportIssue) {
        if issue.severity == .warning {
            warnings.append(issue)
        } else if errors.count < ImportValidator.maximumKeptErrors {
            errors.append(issue)
        } else {
            droppedErrorCount += 1
        }
    }
}

/// Checks a parsed CSV file against an import format: headers matched (case and accents ignored,
/// synonyms accepted), required columns present, every cell of the right type, no two rows with the
/// same natural key. Unknown columns are warnings (listed, then ignored). Pure.
public struct ImportValidator: Sendable {
    public let specification: ImportSpecification

    /// Errors kept in full; further ones are only counted (a wrong file may have one per row).
    public static let maximumKeptErrors = 10_000

    /// The day dates of things that happened (a birth, an exit, a document received, a start) may not
    /// be after, as the forms check (issue 5: "anything invalid is reported"); nil checks no such date.
    public var today: CalendarDate?

    public init(_ kind: ImportKind, today: CalendarDate? = nil) { specification = kind.specification; self.today = today }
    public init(specification: ImportSpecification) { self.specification = specification }

    /// Fields that record something that happened: never after today.
    static let happenedFields: [ImportField] = [
        .birthDate, .exitDate, .actualStart, .startAttestationReceivedOn, .endListReceivedOn, .referencedCarifOrefOn,
        .referencedMonCompteFormationOn, .referencedKairosOn, .receivedOn, .submittedOn, .conventionSignedOn,
    ]
    /// No learner was born before this day.
    static let earliestBirth = CalendarDate(year: 1900, month: 1, day: 1)!

    /// Header text as compared: folded, spaces collapsed, a trailing "*" or ":" (marks of required
    /// fields in forms) dropped.
    public static func normalizedHeader(_ header: String) -> String {
        var folded = TextFolding.fold(header.replacingAll("\u{00A0}", with: " ").replacingAll("\u{202F}", with: " "))
        while let last = folded.last, last == " " || last == "*" || last == ":" { folded.removeLast() }
        while let first = folded.first, first == " " { folded.removeFirst() }
        return folded.split(separator: " ").joined(separator: " ")
    }

    /// Header → column index of the specification.
    var headerIndex: [String: Int] {
        var index: [String: Int] = [:]
        for (position, column) in specification.columns.enumerated() {
            for name in [column.header] + column.synonyms {
                let key = Self.normalizedHeader(name)
                if index[key] == nil { index[key] = position }
            }
        }
        return index
    }

    public func validate(_ table: CSVTable, file: String) -> ValidatedImport {
        let columns = specification.columns
        var result = ValidatedImport(specification: specification, file: file,
                                     hasColumn: Array(repeating: false, count: columns.count))
        // Headers.
        let known = headerIndex
        var fieldOfPosition: [Int?] = []
        var positionOfColumn: [Int?] = Array(repeating: nil, count: columns.count)
        var unknown: [String] = []
        for (position, header) in table.header.enumerated() {
            let normalized = Self.normalizedHeader(header)
            guard let column = known[normalized] else {
                fieldOfPosition.append(nil)
                if !normalized.isEmpty { unknown.append(header) }
                continue
            }
            if let earlier = positionOfColumn[column] {
                result.record(ImportIssue(file: file, line: table.headerLine, column: header,
                                          reason: T(.importDuplicateColumn, earlier + 1, position + 1)))
                fieldOfPosition.append(nil)
                continue
            }
            positionOfColumn[column] = position
            fieldOfPosition.append(column)
            result.hasColumn[column] = true
        }
        if !unknown.isEmpty {
            result.record(ImportIssue(file: file, line: table.headerLine, column: nil,
                                      reason: T(.importUnknownColumns, unknown.map { "« \($0) »" }.joined(separator: ", "),
                                                specification.kind.rawValue),
                                      severity: .warning))
        }
        let missing = columns.indices.filter { columns[$0].isRequired && !result.hasColumn[$0] }
        for index in missing {
            result.record(ImportIssue(file: file, line: nil, column: columns[index].header,
                                      reason: T(.importMissingColumn, columns.filter(\.isRequired).map(\.header).joined(separator: " ; "))))
        }
        if !missing.isEmpty || !result.isValid { return result }

        // Rows, read from the file's bytes: a cell becomes a `String` only when it is text.
        let keyPositions = specification.naturalKey.compactMap { specification.indexOf[$0] }
        // The fields naming what a row belongs to (training, session) repeat from row to row: folded once
        // per run of equal values.
        let repeating: Set<ImportField> = [.siret, .trainingTitle, .trainingPlace, .sessionCode, .conventionSignedOn]
        let memoized = keyPositions.map { repeating.contains(columns[$0].field) }
        var lastText = [String?](repeating: nil, count: keyPositions.count)
        var lastFolded = [[UInt8]](repeating: [], count: keyPositions.count)
        var keyBytes: [UInt8] = []
        keyBytes.reserveCapacity(256)
        let records = table.records
        var seenKeys = ByteKeyTable(capacity: records.count)
        result.rows.reserveCapacity(records.count)
        let used = columns.indices.filter { result.hasColumn[$0] && !columns[$0].isInformative }
        let headerCount = table.header.count
        // Per column: the last cell read and its value, for the columns whose cells repeat from row to row.
        let repeats = columns.map { repeating.contains($0.field) || $0.field == .commune || $0.field == .inseeCode }
        var previous = [([UInt8], ImportValue)?](repeating: nil, count: columns.count)
        // A column's type and whether it is required, read per cell without copying the whole
        // `ImportColumn` (its header, synonyms and choices) for every cell (issue 7).
        let rowPositions = RowRulePositions(specification, checksToday: today != nil)
        let types = columns.map(\.type)
        let required = columns.map(\.isRequired)
        for r in 0..<records.count {
            let fieldCount = records.fieldCount(r)
            let line = records.line(r)
            var isEmptyRow = true
            for f in 0..<fieldCount where records.withField(r, f, { Self.trimmed(bytes: $0).count }) > 0 {
                isEmptyRow = false
                break
            }
            if isEmptyRow { continue } // an empty spreadsheet row
            if fieldCount > headerCount,
               (headerCount..<fieldCount).contains(where: { records.withField(r, $0, { Self.trimmed(bytes: $0).count }) > 0 }) {
                result.record(ImportIssue(file: file, line: line, column: nil,
                                          reason: T(.importTooManyFields, fieldCount, headerCount)))
                continue
            }
            var values = [ImportValue?](repeating: nil, count: columns.count)
            var rowValid = true
            for column in used {
                let position = positionOfColumn[column]!
                let read: Result<ImportValue, Refusal>? = position < fieldCount ? records.withField(r, position) { raw in
                    let text = Self.trimmed(bytes: raw)
                    if text.isEmpty { return nil }
                    // A cell equal to the one above (the training and session of consecutive learners) is
                    // the value already read: no new `String`.
                    if let (bytes, value) = previous[column], bytes.elementsEqual(text) { return .success(value) }
                    let read = Self.read(bytes: text, as: types[column])
                    if case .success(let value) = read, repeats[column] { previous[column] = (Array(text), value) }
                    return read
                } : nil
                switch read {
                case nil:
                    if required[column] {
                        result.record(ImportIssue(file: file, line: line, column: columns[column].header,
                                                  reason: T(.importMissingValue)))
                        rowValid = false
                    }
                case .success(let value)?: values[column] = value
                case .failure(let reason)?:
                    result.record(ImportIssue(file: file, line: line, column: columns[column].header, reason: reason.message))
                    rowValid = false
                }
            }
            guard rowValid else { continue }
            if let problem = rowRule(values, rowPositions) {
                result.record(ImportIssue(file: file, line: line, column: problem.column, reason: problem.reason))
                continue
            }
            // The natural key, folded, fields separated by U+001F.
            keyBytes.removeAll(keepingCapacity: true)
            for (rank, position) in keyPositions.enumerated() {
                if case .text(let text)? = values[position] {
                    if memoized[rank] {
                        if lastText[rank] != text {
                            lastFolded[rank].removeAll(keepingCapacity: true)
                            TextFolding.appendFolded(text, to: &lastFolded[rank])
                            lastText[rank] = text
                        }
                        keyBytes.append(contentsOf: lastFolded[rank])
                    } else {
                        TextFolding.appendFolded(text, to: &keyBytes)
                    }
                } else if let value = values[position] {
                    keyBytes.append(contentsOf: value.keyText.utf8)
                }
                keyBytes.append(0x1F)
            }
            if let earlier = seenKeys.valueOrInsert(keyBytes, line) {
                let described = keyPositions.map { "\(columns[$0].header) « \(values[$0]?.displayText ?? "") »" }
                    .joined(separator: ", ")
                result.record(ImportIssue(file: file, line: line, column: nil,
                                          reason: T(.importDuplicateKey, earlier, described)))
                continue
            }
            result.rows.append(ImportRow(line: line, values: values))
        }
        return result
    }

    /// Where the row rules' columns are, found once per file (not per row: a learners file has
    /// hundreds of thousands of rows).
    struct RowRulePositions {
        /// The columns of `happenedFields` this format has, when today is checked.
        let happened: [Int]
        let birth: Int?
        /// A session's planned start and end.
        let span: (start: Int, end: Int)?

        init(_ specification: ImportSpecification, checksToday: Bool) {
            happened = checksToday ? ImportValidator.happenedFields.compactMap { specification.indexOf[$0] } : []
            birth = specification.indexOf[.birthDate]
            if specification.kind == .sessions, let start = specification.indexOf[.plannedStart],
               let end = specification.indexOf[.end] {
                span = (start, end)
            } else {
                span = nil
            }
        }
    }

    /// Checks that involve several cells of one row.
    func rowRule(_ values: [ImportValue?], _ positions: RowRulePositions) -> (column: String?, reason: String)? {
        if let today {
            for index in positions.happened {
                if let date = values[index]?.date, date > today {
                    return (specification.columns[index].header, T(.importDateAfterToday, date.french, today.french))
                }
            }
        }
        if let index = positions.birth, let birth = values[index]?.date, birth < Self.earliestBirth {
            return (specification.columns[index].header, T(.importBirthTooEarly, birth.french))
        }
        guard let (startIndex, endIndex) = positions.span,
              let start = values[startIndex]?.date, let end = values[endIndex]?.date, end < start else { return nil }
        return (specification.columns[endIndex].header, T(.importEndBeforeStart, end.french, start.french))
    }

    /// Without leading and trailing spaces, tabs and no-break spaces.
    static func trimmed(_ text: String) -> String {
        let scalars = text.unicodeScalars
        guard let first = scalars.first, let last = scalars.last else { return text }
        if !isBlank(first) && !isBlank(last) { return text }
        guard let start = scalars.firstIndex(where: { !isBlank($0) }) else { return "" }
        let end = scalars.lastIndex(where: { !isBlank($0) })!
        return String(scalars[start...end])
    }

    static func isBlank(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\t" || scalar == "\u{00A0}" || scalar == "\u{202F}"
    }

    struct Refusal: Error { let message: String }

    /// `trimmed(_:)` on UTF-8 bytes: without leading and trailing spaces, tabs, U+00A0 (C2 A0) and U+202F
    /// (E2 80 AF). C2 and E2 only ever lead a sequence, so a match at the end is that very character.
    static func trimmed(bytes: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        var start = 0, end = bytes.count
        while start < end {
            let byte = bytes[start]
            if byte == 0x20 || byte == 0x09 { start += 1; continue }
            if byte == 0xC2, start + 1 < end, bytes[start + 1] == 0xA0 { start += 2; continue }
            if byte == 0xE2, start + 2 < end, bytes[start + 1] == 0x80, bytes[start + 2] == 0xAF { start += 3; continue }
            break
        }
        while end > start {
            let byte = bytes[end - 1]
            if byte == 0x20 || byte == 0x09 { end -= 1; continue }
            if byte == 0xA0, end - 2 >= start, bytes[end - 2] == 0xC2 { end -= 2; continue }
            if byte == 0xAF, end - 3 >= start, bytes[end - 3] == 0xE2, bytes[end - 2] == 0x80 { end -= 3; continue }
            break
        }
        return UnsafeBufferPointer(rebasing: bytes[start..<end])
    }

    /// `read(_:as:)` on a trimmed, non-empty cell's UTF-8 bytes: the common cases are read from the bytes
    /// (text that fits, dates, plain digits, INSEE codes, oui/non, a choice's own code); anything else
    /// goes through `read(_:as:)` on the text, which gives every refusal.
    static func read(bytes: UnsafeBufferPointer<UInt8>, as type: ImportValueType) -> Result<ImportValue, Refusal> {
        func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
        func string() -> String { String(decoding: bytes, as: UTF8.self) }
        switch type {
        case .text(let maxLength):
            if bytes.count <= maxLength { return .success(.text(string())) }
        case .digits(let count):
            if bytes.count == count && bytes.allSatisfy(isDigit) { return .success(.text(string())) }
        case .inseeCode:
            if bytes.count == 5, bytes[2...].allSatisfy(isDigit),
               (isDigit(bytes[0]) && isDigit(bytes[1])) || (bytes[0] == 0x32 && (bytes[1] == 0x41 || bytes[1] == 0x42)) {
                return .success(.text(string()))
            }
        case .date:
            if let date = FrenchValues.date(bytes: bytes) { return .success(.date(date)) }
        case .boolean:
            if bytes.count == 3 {
                let word = (bytes[0] | 0x20, bytes[1] | 0x20, bytes[2] | 0x20)
                if word == (0x6F, 0x75, 0x69) { return .success(.boolean(true)) }    // oui, any case
                if word == (0x6E, 0x6F, 0x6E) { return .success(.boolean(false)) }   // non, any case
            }
        case .choice(let choices):
            for choice in choices where choice.code.utf8.elementsEqual(bytes) { return .success(.text(choice.code)) }
            // A word as the exports write it ("Terminée", "Recherche d'emploi"): the choice the folded
            // comparison of `read(_:as:)` finds too, since no folded word or code belongs to two choices
            // of a list (ImportValidatorTests checks every list).
            for choice in choices where choice.words.contains(where: { $0.utf8.elementsEqual(bytes) }) {
                return .success(.text(choice.code))
            }
        case .integer, .decimal:
            break
        }
        return read(string(), as: type)
    }

    /// The value of a non-empty, trimmed cell.
    static func read(_ text: String, as type: ImportValueType) -> Result<ImportValue, Refusal> {
        switch type {
        case .text(let maxLength):
            if text.utf8.count <= maxLength { return .success(.text(text)) }
            let count = text.count
            return count <= maxLength ? .success(.text(text)) : .failure(Refusal(message: T(.importTooLong, count, maxLength)))
        case .digits(let count):
            var digits = ""
            for scalar in text.unicodeScalars where !FrenchValues.isGroupSeparator(scalar) {
                guard scalar.isASCII, scalar.value >= 0x30, scalar.value <= 0x39 else {
                    return .failure(Refusal(message: T(.importBadDigits, text, count)))
                }
                digits.unicodeScalars.append(scalar)
            }
            return digits.count == count ? .success(.text(digits)) : .failure(Refusal(message: T(.importBadDigits, text, count)))
        case .inseeCode:
            let upper = text.uppercased()
            let scalars = Array(upper.unicodeScalars)
            let isDigit = { (s: Unicode.Scalar) in s.value >= 0x30 && s.value <= 0x39 }
            let valid = scalars.count == 5 && scalars[2...].allSatisfy(isDigit)
                && ((isDigit(scalars[0]) && isDigit(scalars[1])) || (scalars[0] == "2" && (scalars[1] == "A" || scalars[1] == "B")))
            return valid ? .success(.text(upper)) : .failure(Refusal(message: T(.importBadInsee, text)))
        case .date:
            return FrenchValues.date(text).map { .success(.date($0)) } ?? .failure(Refusal(message: T(.importNotADate, text)))
        case .integer(let range):
            guard let value = FrenchValues.integer(text) else { return .failure(Refusal(message: T(.importNotAnInteger, text))) }
            return range.contains(value) ? .success(.integer(value))
                : .failure(Refusal(message: T(.importOutOfRange, text, range.lowerBound, range.upperBound)))
        case .decimal(let range):
            guard let value = FrenchValues.decimal(text) else { return .failure(Refusal(message: T(.importNotADecimal, text))) }
            return range.contains(value) ? .success(.decimal(value))
                : .failure(Refusal(message: T(.importOutOfRange, text, FrenchValues.text(range.lowerBound), FrenchValues.text(range.upperBound))))
        case .boolean:
            switch text {
            case "oui", "Oui", "OUI": return .success(.boolean(true))
            case "non", "Non", "NON": return .success(.boolean(false))
            default: break
            }
            return FrenchValues.boolean(text).map { .success(.boolean($0)) } ?? .failure(Refusal(message: T(.importNotABoolean, text)))
        case .choice(let choices):
            for choice in choices where choice.code == text { return .success(.text(choice.code)) }
            let folded = TextFolding.fold(text)
            for choice in choices {
                if TextFolding.fold(choice.code) == folded || choice.words.contains(where: { TextFolding.fold($0) == folded }) {
                    return .success(.text(choice.code))
                }
            }
            return .failure(Refusal(message: T(.importBadChoice, text, choices.map { $0.words.first ?? $0.code }.joined(separator: ", "))))
        }
    }
}
