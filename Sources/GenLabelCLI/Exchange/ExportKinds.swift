import GenLabelCore
import GenLabelStore

/// How an export is narrowed and what it may show.
struct ExportOptions {
    var filter = ExchangeFilter()
    /// `--pseudonymize`: learners' names and addresses replaced by stable pseudonyms.
    var pseudonymize = false
    /// Whether learners' personal data may be exported at all: the person's role must allow reading it
    /// (`Permission.readPersonalData`); without it, learners are always pseudonymized.
    var includePersonalData = true
}

/// What `genlabel export` can write, and the columns of each (docs/formats/<kind>.md). The headers are
/// part of the file format, not of the interface: they stay the same whatever the interface language.
/// The kinds that can be imported (dossiers, sessions, learners, reports, communes, qpv) write the
/// columns of their import format (`ImportSpecification`), so that an export re-imports as it is.
enum ExportKind: String, CaseIterable {
    case dossiers, ranking, sessions, learners, reports, labels, alerts, communes, qpv

    /// The JSON root key.
    var jsonKey: String { rawValue }

    /// The import format this export follows, if any.
    var importKind: ImportKind? {
        switch self {
        case .dossiers: return .dossiers
        case .sessions: return .sessions
        case .learners: return .learners
        case .reports: return .reports
        case .communes: return .communes
        case .qpv: return .qpv
        case .ranking, .labels, .alerts: return nil
        }
    }

    func table(_ repository: SQLiteRepository, today: CalendarDate, options: ExportOptions = ExportOptions()) throws -> ExportTable {
        let region = options.filter.region
        switch self {
        case .learners:
            var rows = try repository.exchangeRows(.learners, filter: options.filter)
            if options.pseudonymize || !options.includePersonalData {
                rows = Self.pseudonymized(rows, Pseudonymizer(key: try repository.pseudonymKey()))
            }
            return Self.exchange(.learners, rows)
        case .dossiers, .sessions, .reports, .communes, .qpv:
            return Self.exchange(importKind!, try repository.exchangeRows(importKind!, filter: options.filter))
        case .ranking:
            var ranks: [String: Int] = [:]
            if let date = options.filter.committee, let committee = try repository.committee(on: date) {
                for ranked in try repository.committeeRanking(committee.id) { ranks[ranked.candidate.number] = ranked.rank }
            }
            return Self.ranking(try repository.exchangeRows(.dossiers, filter: options.filter), ranks: ranks)
        case .labels: return Self.labels(try repository.labelRows().filter { region == nil || $0.regionCode == region })
        case .alerts:
            return Self.alerts(AlertEngine().alerts(for: try repository.monitoringSnapshot(), today: today)
                .filter { region == nil || $0.regionCode == region })
        }
    }

    /// The columns of an import format, and its rows.
    static func exchange(_ kind: ImportKind, _ rows: [[ImportValue?]]) -> ExportTable {
        let spec = kind.specification
        return ExportTable(columns: spec.columns.map { .init(header: $0.header, key: $0.field.rawValue) },
                           rows: rows.map { row in zip(row, spec.columns).map { cell($0, $1.type) } })
    }

    static func cell(_ value: ImportValue?, _ type: ImportValueType) -> ExportTable.Cell {
        guard let value else { return .empty }
        switch value {
        case .text(let text):
            if case .choice(let choices) = type, let choice = choices.first(where: { $0.code == text }) {
                return .choice(choice.words.first ?? text, code: text)
            }
            return .text(text)
        case .date(let date): return .date(date)
        case .integer(let number): return .integer(number)
        case .decimal(let number): return .decimal(number)
        case .boolean(let flag): return .boolean(flag)
        }
    }

    /// The dossiers of a committee in the order of its ranked list (`CommitteeRanking`: score, then
    /// QPV/ZRR location, planned share of women, submission date, number — the same order as the
    /// TUI's ranked list); dossiers not on the list (not scored, not admissible) last, by number,
    /// without a rank.
    static func ranking(_ rows: [[ImportValue?]], ranks: [String: Int]) -> ExportTable {
        let spec = ImportSpecification.dossiers
        let numberIndex = spec.indexOf[.dossierNumber]!
        func number(_ row: [ImportValue?]) -> String { row[numberIndex]?.text ?? "" }
        let sorted = rows.sorted { a, b in
            switch (ranks[number(a)], ranks[number(b)]) {
            case let (ra?, rb?): return ra < rb
            case (.some, nil): return true
            case (nil, .some): return false
            case (nil, nil): return number(a) < number(b)
            }
        }
        let base = exchange(.dossiers, sorted)
        return ExportTable(columns: [.init(header: "Rang", key: "rang")] + base.columns,
                           rows: zip(sorted, base.rows).map { values, cells in
                               guard let rank = ranks[number(values)] else { return [.empty] + cells }
                               return [.integer(rank)] + cells
                           })
    }

    /// Learners with names and address replaced by a stable pseudonym, the birth date reduced to its
    /// year (01/01/yyyy), the free-text reason for leaving emptied; commune, INSEE code, the yes/no
    /// answers and the outcome codes kept.
    static func pseudonymized(_ rows: [[ImportValue?]], _ pseudonymizer: Pseudonymizer) -> [[ImportValue?]] {
        let spec = ImportSpecification.learners
        func index(_ field: ImportField) -> Int { spec.indexOf[field]! }
        return rows.map { row in
            var row = row
            let text = { (field: ImportField) in row[index(field)]?.text ?? "" }
            guard let birth = row[index(.birthDate)]?.date else { return row }
            let key = Pseudonymizer.naturalKey(siret: text(.siret), trainingTitle: text(.trainingTitle), place: text(.trainingPlace),
                                               sessionCode: text(.sessionCode), lastName: text(.lastName),
                                               firstName: text(.firstName), birthDate: birth)
            row[index(.lastName)] = .text(pseudonymizer.pseudonym(for: key))
            row[index(.firstName)] = nil
            row[index(.address)] = nil
            row[index(.exitReason)] = nil
            row[index(.birthDate)] = CalendarDate(year: birth.year, month: 1, day: 1).map { .date($0) }
            return row
        }
    }

    static func labels(_ rows: [LabelRow]) -> ExportTable {
        ExportTable(columns: [
            .init(header: "N° label", key: "numero"), .init(header: "Formation", key: "formation"),
            .init(header: "Structure", key: "structure"), .init(header: "Code région", key: "code_region"),
            .init(header: "Région", key: "region"), .init(header: "Convention signée le", key: "convention_signee_le"),
            .init(header: "Fin de validité", key: "fin_validite"), .init(header: "État", key: "etat"),
            .init(header: "Sessions", key: "sessions"),
        ], rows: rows.sorted { $0.id.rawValue < $1.id.rawValue }.map { row in
            [.integer(Int(row.id.rawValue)), .text(row.trainingTitle), .text(row.organizationName), .text(row.regionCode),
             .text(RegionCatalog.name(of: row.regionCode)), .date(row.signedOn), .date(row.expiresOn),
             .choice(row.state.displayName, code: row.state.rawValue), .integer(row.sessionCount)]
        })
    }

    static func alerts(_ alerts: [Alert]) -> ExportTable {
        ExportTable(columns: [
            .init(header: "Gravité", key: "gravite"), .init(header: "Échéance", key: "echeance"),
            .init(header: "Jours de retard", key: "jours"), .init(header: "Obligation", key: "obligation"),
            .init(header: "Formation", key: "formation"), .init(header: "Lieu", key: "lieu"),
            .init(header: "Région", key: "region"), .init(header: "Concerne", key: "concerne"),
            .init(header: "Calcul", key: "calcul"),
        ], rows: alerts.map { alert in
            [.choice(alert.severity.displayName, code: SeverityCode.code(alert.severity)), .date(alert.dueDate),
             .integer(alert.daysPastDue), .choice(alert.kind.displayName, code: alert.kind.rawValue),
             .text(alert.trainingTitle), .text(alert.place), .text(RegionCatalog.name(of: alert.regionCode)),
             .text(alert.subjectText), .text(alert.computation.explanation)]
        })
    }
}
