import GenLabelCore

/// `genlabel alerts --format csv`: for spreadsheets (UTF-8 with BOM, `;`, CRLF, dd/mm/yyyy).
enum AlertCSV {
    static let header = ["gravite", "echeance", "jours", "obligation", "formation", "lieu", "region", "concerne", "calcul"]

    /// Byte for byte what `CSVWriter().document(header:rows:)` gives for these rows, written in one
    /// buffer (see `CSVRowBuffer`).
    static func render(_ alerts: [Alert]) -> String {
        var buffer = CSVRowBuffer(capacity: 64 + alerts.count * 220)
        buffer.appendByteOrderMark()
        buffer.appendRow(header)
        // Many alerts share a computation (sessions ending on the same day, reports of the same year): its
        // text, built through the catalogue, is written once per distinct computation (issue 7).
        var explanations: [DeadlineComputation: String] = [:]
        for alert in alerts {
            let region = RegionCatalog.name(of: alert.regionCode)
            buffer.appendField(SeverityCode.code(alert.severity))
            buffer.appendField(alert.dueDate.french)
            buffer.appendField(String(alert.daysPastDue))
            buffer.appendField(alert.kind.rawValue)
            buffer.appendField(alert.trainingTitle)
            buffer.appendField(alert.place)
            buffer.appendField(region)
            buffer.appendField(alert.subjectText)
            if let known = explanations[alert.computation] {
                buffer.appendField(known)
            } else {
                let explanation = alert.computation.explanation
                explanations[alert.computation] = explanation
                buffer.appendField(explanation)
            }
            buffer.endRow()
        }
        return buffer.string
    }
}
