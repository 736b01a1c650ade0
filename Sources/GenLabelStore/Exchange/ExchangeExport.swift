import GenLabelCore

/// Which rows an export keeps. Nil means no filter.
public struct ExchangeFilter: Sendable, Equatable {
    /// INSEE region code of the training.
    public var region: String?
    /// Dossier state codes.
    public var states: [String]?
    /// Dossiers of the committee of that date.
    public var committee: CalendarDate?

    public init(region: String? = nil, states: [String]? = nil, committee: CalendarDate? = nil) {
        self.region = region; self.states = states; self.committee = committee
    }
}

/// The rows of the importable kinds, as their import formats describe them (one value per column of
/// `ImportSpecification`, nil when empty): what `genlabel export` writes, so that an export
/// re-imports as it is.
extension SQLiteRepository {
    public func exchangeRows(_ kind: ImportKind, filter: ExchangeFilter = ExchangeFilter()) throws -> [[ImportValue?]] {
        let spec = kind.specification
        var conditions: [String] = []
        var arguments: [SQLValue] = []
        if let region = filter.region, kind != .communes, kind != .qpv {
            conditions.append("t.region_code = ?")
            arguments.append(.text(region))
        }
        if kind == .dossiers {
            if let states = filter.states {
                conditions.append("d.state IN (" + states.map { _ in "?" }.joined(separator: ", ") + ")")
                arguments += states.map { .text($0) }
            }
            if let committee = filter.committee {
                conditions.append("c.date = ?")
                arguments.append(.text(committee.iso))
            }
        }
        let whereClause = conditions.isEmpty ? "" : " WHERE " + conditions.joined(separator: " AND ")
        let training = """
            JOIN trainings t ON t.id = %TRAINING%
            JOIN organizations o ON o.id = t.organization_id
            LEFT JOIN regions r ON r.code = t.region_code
            """
        let sql: String
        switch kind {
        case .dossiers:
            sql = """
                SELECT d.number, o.siret, o.name, t.title, t.commune, t.region_code, coalesce(r.name, t.region_code),
                       d.state, d.submitted_on, c.date, d.score, d.is_renewal
                FROM dossiers d \(training.replacingAll("%TRAINING%", with: "d.training_id"))
                LEFT JOIN committees c ON c.id = d.committee_id\(whereClause)
                ORDER BY d.number, d.id
                """
        case .sessions:
            sql = """
                SELECT o.siret, o.name, t.title, t.commune, t.region_code, coalesce(r.name, t.region_code),
                       lb.convention_signed_on, s.code, s.planned_start, s.actual_start, s.end_date, s.capacity,
                       (SELECT count(*) FROM learners l WHERE l.session_id = s.id),
                       s.start_attestation_received_on, s.end_list_received_on, s.modality,
                       s.referenced_carif_oref_on, s.referenced_mcf_on, s.referenced_kairos_on
                FROM sessions s JOIN labels lb ON lb.id = s.label_id \(training.replacingAll("%TRAINING%", with: "lb.training_id"))\(whereClause)
                ORDER BY s.code, o.siret, t.title, t.commune, s.id
                """
        case .learners:
            sql = """
                SELECT o.siret, t.title, t.commune, s.code, l.last_name, l.first_name, l.gender, l.birth_date, l.address,
                       l.insee_code, l.commune, l.resides_qpv, l.resides_zrr, l.is_target_public, l.is_job_seeker,
                       l.crous_aid, l.exit_kind, l.exit_date, l.exit_reason, l.certified, l.situation_end,
                       l.situation_3m, l.situation_6m
                FROM learners l JOIN sessions s ON s.id = l.session_id JOIN labels lb ON lb.id = s.label_id
                \(training.replacingAll("%TRAINING%", with: "lb.training_id"))\(whereClause)
                ORDER BY o.siret, t.title, t.commune, s.code, s.id, l.last_name, l.first_name, l.birth_date, l.id
                """
        case .reports:
            sql = """
                SELECT o.siret, o.name, t.title, t.commune, lb.convention_signed_on, a.year, a.received_on
                FROM annual_reports a JOIN labels lb ON lb.id = a.label_id
                \(training.replacingAll("%TRAINING%", with: "lb.training_id"))\(whereClause)
                ORDER BY o.siret, t.title, t.commune, lb.convention_signed_on, a.year
                """
        case .communes:
            sql = "SELECT insee_code, name, is_zrr FROM communes ORDER BY insee_code"
        case .qpv:
            sql = "SELECT code, name, insee_code, commune FROM qpv ORDER BY code"
        }
        var rows: [[ImportValue?]] = []
        let types = spec.columns.map(\.type)
        try database.forEachRow(sql, arguments) { statement in
            var values: [ImportValue?] = []
            values.reserveCapacity(types.count)
            for (index, type) in types.enumerated() {
                guard !statement.isNull(index) else { values.append(nil); continue }
                switch type {
                case .date:
                    guard let date = statement.isoDate(index) else {
                        throw StoreError.corruptValue(table: kind.rawValue, column: spec.columns[index].header, value: statement.string(index))
                    }
                    values.append(.date(date))
                case .integer: values.append(.integer(statement.int(index)))
                case .decimal: values.append(.decimal(statement.double(index)))
                case .boolean: values.append(.boolean(statement.int(index) != 0))
                case .text, .digits, .inseeCode, .choice: values.append(.text(statement.string(index)))
                }
            }
            rows.append(values)
        }
        return rows
    }

    /// The dates of the committees, in order.
    /// The committee held on `date`, if any.
    public func committee(on date: CalendarDate) throws -> Committee? {
        try committees(where: "date = ?", [.text(date.iso)]).first
    }

    public func committeeDates() throws -> [CalendarDate] {
        try database.fetchAll("SELECT date FROM committees ORDER BY date", []) { try $0.date(0, "committees", "date") }
    }

    /// The secret key of this database's pseudonyms (migration 0005).
    public func pseudonymKey() throws -> [UInt8] {
        guard let row = try database.fetchOne("SELECT key FROM pseudonym_key WHERE id = 1", []),
              case .blob(let key) = row.values[0] else {
            throw StoreError.corruptValue(table: "pseudonym_key", column: "key", value: "")
        }
        return key
    }
}
