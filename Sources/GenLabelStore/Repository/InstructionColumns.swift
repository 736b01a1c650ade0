import GenLabelCore

/// The application content's columns on `dossiers` (migration 0007) and their conversion.
enum InstructionColumns {
    static let content = ["qualiopi_certified_on", "subcontractor_name", "subcontractor_nda", "owns_certification",
                          "partnership_ends_on", "remote_share_percent", "reception_places", "immersion_kind",
                          "immersion_weeks", "support_hours", "sessions_per_year", "learners_per_session",
                          "target_learners_per_session", "funded_places", "planned_women_percent", "located_qpv_zrr",
                          "notes"]

    static var selectList: String { content.joined(separator: ", ") }

    static func values(_ c: DossierContent) -> [(column: String, value: SQLValue)] {
        func int(_ v: Int?) -> SQLValue { v.map { .integer(Int64($0)) } ?? .null }
        func bool(_ v: Bool?) -> SQLValue { v.map { .integer($0 ? 1 : 0) } ?? .null }
        func text(_ v: String?) -> SQLValue { v.map { .text($0) } ?? .null }
        let values: [SQLValue] = [
            text(c.qualiopiCertifiedOn?.iso), text(c.subcontractorName), text(c.subcontractorNDA), bool(c.ownsCertification),
            text(c.partnershipEndsOn?.iso), int(c.remoteSharePercent), int(c.receptionPlaces), text(c.immersionKind?.rawValue),
            int(c.immersionWeeks), int(c.supportHours), int(c.sessionsPerYear), int(c.learnersPerSession),
            int(c.targetLearnersPerSession), int(c.fundedPlaces), int(c.plannedWomenPercent), bool(c.locatedInQPVOrZRR),
            .text(c.notes),
        ]
        return Array(zip(content, values)).map { (column: $0.0, value: $0.1) }
    }

    /// The content from the columns of `selectList`, starting at `first`.
    static func content(_ s: Statement, from first: Int) throws -> DossierContent {
        func i(_ k: Int) -> Int { first + k }
        func bool(_ k: Int) -> Bool? { s.optionalInt(i(k)).map { $0 != 0 } }
        return DossierContent(
            qualiopiCertifiedOn: try s.optionalDate(i(0), "dossiers", content[0]),
            subcontractorName: s.optionalString(i(1)), subcontractorNDA: s.optionalString(i(2)),
            ownsCertification: bool(3), partnershipEndsOn: try s.optionalDate(i(4), "dossiers", content[4]),
            remoteSharePercent: s.optionalInt(i(5)), receptionPlaces: s.optionalInt(i(6)),
            immersionKind: try s.optionalString(i(7)).map { raw in
                guard let kind = ImmersionKind(rawValue: raw) else {
                    throw StoreError.corruptValue(table: "dossiers", column: content[7], value: raw)
                }
                return kind
            },
            immersionWeeks: s.optionalInt(i(8)), supportHours: s.optionalInt(i(9)), sessionsPerYear: s.optionalInt(i(10)),
            learnersPerSession: s.optionalInt(i(11)), targetLearnersPerSession: s.optionalInt(i(12)),
            fundedPlaces: s.optionalInt(i(13)), plannedWomenPercent: s.optionalInt(i(14)), locatedInQPVOrZRR: bool(15),
            notes: s.optionalString(i(16)) ?? "")
    }
}
