import GenLabelCore
import GenLabelTUI

/// `genlabel alerts` for people: aligned columns, French headings, a summary line.
enum AlertTable {
    static func render(_ alerts: [Alert], today: CalendarDate, filtered: Bool = false) -> String {
        guard !alerts.isEmpty else { return (filtered ? T(.alertsNoneForFilters) : T(.emptyAlerts)) + "\n" }
        let header = [T(.colSeverity), T(.colDue), T(.colDelta), T(.colWhat), T(.colSubject), T(.colTraining)]
        let rows = alerts.map { alert in
            [alert.severity.marker + " " + alert.severity.displayName, alert.dueDate.french, alert.deltaText,
             alert.kind.displayName, alert.subjectText, alert.trainingText]
        }
        let widths = header.indices.map { column in
            ([header] + rows).map { DisplayWidth.of($0[column]) }.max() ?? 0
        }
        func line(_ fields: [String]) -> String {
            var text = ""
            for (index, field) in fields.enumerated() {
                let alignment: TextLayout.Alignment = index == 2 ? .right : .left
                text += index == fields.count - 1 ? field : TextLayout.pad(field, toWidth: widths[index], alignment: alignment) + "  "
            }
            return text + "\n"
        }
        let overdue = alerts.filter { $0.severity == .overdue }.count
        let soon = alerts.filter { $0.severity == .dueSoon }.count
        return line(header) + rows.map(line).joined()
            + "\n" + T(.alertsSummary, overdue, soon, alerts.count - overdue - soon) + " — " + T(.headerToday, today.french) + "\n"
    }
}
