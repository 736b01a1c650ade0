import GenLabelCore

/// `genlabel alerts --format json`: one object per alert, ISO dates, stable key order, UTF-8.
enum AlertJSON {
    static func render(_ alerts: [Alert], today: CalendarDate) -> String {
        var text = "{\n  \"aujourdhui\": \(string(today.iso)),\n  \"alertes\": ["
        for (index, alert) in alerts.enumerated() {
            let fields: [(String, String)] = [
                ("gravite", string(SeverityCode.code(alert.severity))),
                ("echeance", string(alert.dueDate.iso)),
                ("jours", String(alert.daysPastDue)),
                ("obligation", string(alert.kind.rawValue)),
                ("formation", string(alert.trainingTitle)),
                ("lieu", string(alert.place)),
                ("region", string(RegionCatalog.name(of: alert.regionCode))),
                ("concerne", string(alert.subjectText)),
                ("calcul", string(alert.computation.explanation)),
            ]
            text += index == 0 ? "\n" : ",\n"
            text += "    {" + fields.map { "\(string($0.0)): \($0.1)" }.joined(separator: ", ") + "}"
        }
        text += alerts.isEmpty ? "]\n}\n" : "\n  ]\n}\n"
        return text
    }

    /// A JSON string literal (RFC 8259 escapes; non-ASCII kept as UTF-8).
    static func string(_ value: String) -> String {
        var out = "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
