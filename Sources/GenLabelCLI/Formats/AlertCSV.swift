import GenLabelCore

/// `genlabel alerts --format csv`: for spreadsheets (UTF-8 with BOM, `;`, CRLF, dd/mm/yyyy).
enum AlertCSV {
    static let header = ["gravite", "echeance", "jours", "obligation", "formation", "lieu", "region", "concerne", "calcul"]

    static func render(_ alerts: [Alert]) -> String {
        CSVWriter().document(header: header, rows: alerts.map { alert in
            [SeverityCode.code(alert.severity), alert.dueDate.french, String(alert.daysPastDue), alert.kind.rawValue,
             alert.trainingTitle, alert.place, RegionCatalog.region(code: alert.regionCode)?.name ?? alert.regionCode,
             alert.subjectText, alert.computation.explanation]
        })
    }
}
