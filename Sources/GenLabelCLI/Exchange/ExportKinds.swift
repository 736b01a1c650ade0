import GenLabelCore
import GenLabelStore

/// What `genlabel export` can write, and the columns of each (docs/formats/<kind>.md). The headers are
/// part of the file format, not of the interface: they stay the same whatever the interface language,
/// so that a later import can match them.
enum ExportKind: String, CaseIterable {
    case dossiers, sessions, labels, alerts

    /// The JSON root key.
    var jsonKey: String { rawValue }

    func table(_ repository: SQLiteRepository, today: CalendarDate) throws -> ExportTable {
        switch self {
        case .dossiers: return Self.dossiers(try repository.dossierRows())
        case .sessions: return Self.sessions(try repository.sessionRows())
        case .labels: return Self.labels(try repository.labelRows())
        case .alerts: return Self.alerts(AlertEngine().alerts(for: try repository.monitoringSnapshot(), today: today))
        }
    }

    static func dossiers(_ rows: [DossierRow]) -> ExportTable {
        ExportTable(columns: [
            .init(header: "N° dossier", key: "numero"), .init(header: "Formation", key: "formation"),
            .init(header: "Structure", key: "structure"), .init(header: "Code région", key: "code_region"),
            .init(header: "Région", key: "region"), .init(header: "État", key: "etat"),
            .init(header: "Comité", key: "comite"), .init(header: "Note", key: "note"),
        ], rows: rows.sorted { $0.number < $1.number }.map { row in
            [.text(row.number), .text(row.trainingTitle), .text(row.organizationName), .text(row.regionCode),
             .text(RegionCatalog.name(of: row.regionCode)), .choice(row.state.displayName, code: row.state.rawValue),
             .date(row.committeeDate), .decimal(row.score)]
        })
    }

    static func sessions(_ rows: [SessionRow]) -> ExportTable {
        ExportTable(columns: [
            .init(header: "Session", key: "session"), .init(header: "Formation", key: "formation"),
            .init(header: "Code région", key: "code_region"), .init(header: "Région", key: "region"),
            .init(header: "Début prévu", key: "debut_prevu"), .init(header: "Début réel", key: "debut_reel"),
            .init(header: "Fin", key: "fin"), .init(header: "Apprenants", key: "apprenants"),
            .init(header: "Attestation de démarrage reçue le", key: "attestation_recue_le"),
            .init(header: "Liste de fin de session reçue le", key: "liste_fin_recue_le"),
        ], rows: rows.sorted { ($0.code, $0.id.rawValue) < ($1.code, $1.id.rawValue) }.map { row in
            [.text(row.code), .text(row.trainingTitle), .text(row.regionCode), .text(RegionCatalog.name(of: row.regionCode)),
             .date(row.plannedStart), .date(row.actualStart), .date(row.end), .integer(row.learnerCount),
             .date(row.startAttestationReceivedOn), .date(row.endOfSessionListReceivedOn)]
        })
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
