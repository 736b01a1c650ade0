import Testing
import GenLabelCore
@testable import GenLabelCLI

/// The fast alert CSV must be byte-identical to `CSVWriter`.
@Suite("Alert CSV: single-pass quoting")
struct AlertCSVBufferTests {
    static let trickyFields = [
        "", "plain", "é à ç", " leading", "trailing ", " ", "  ", "a;b", ";", "\"", "say \"hi\"", "a\nb", "a\rb",
        "a\r\nb", "\r\n", "\u{037E}", "x\u{037E}y", "\"\u{301}", "a\"\u{301}b", ";\u{301}", " \u{301}x", "x \u{301}",
        "\u{301} x", "👩‍👩‍👧 ; 👍🏽", "tab\tsep", "comma,sep", "Développeuse / Développeur web — Vannes",
        "fin 31/03/2026 + 1 mois = 30/04/2026", "\u{FEFF}", "\u{00A0}nbsp\u{00A0}", "\n", "\r", "ab\u{0378}",
    ]

    static func reference(_ rows: [[String]], header: [String]) -> [UInt8] {
        Array(CSVWriter().document(header: header, rows: rows).utf8)
    }

    static func fast(_ rows: [[String]], header: [String]) -> [UInt8] {
        var buffer = CSVRowBuffer(capacity: 0)
        buffer.appendByteOrderMark()
        buffer.appendRow(header)
        for row in rows { buffer.appendRow(row) }
        return Array(buffer.string.utf8)
    }

    @Test func trickyFieldsQuotedExactlyAsCSVWriter() {
        for field in Self.trickyFields {
            #expect(Self.fast([[field]], header: ["h"]) == Self.reference([[field]], header: ["h"]), "\(Array(field.unicodeScalars))")
            for other in Self.trickyFields {
                let row = [field, other, field + other]
                #expect(Self.fast([row], header: ["a", "b", "c"]) == Self.reference([row], header: ["a", "b", "c"]))
            }
        }
    }

    @Test func demoAlertsRenderExactlyAsCSVWriter() {
        for text in ["03/12/2026", "01/01/2026", "15/06/2027"] {
            let today = CalendarDate(french: text)!
            let alerts = AlertEngine().alerts(for: DemoGenerator(today: today).generate().monitoringSnapshot(), today: today)
            #expect(!alerts.isEmpty)
            let expected = CSVWriter().document(header: AlertCSV.header, rows: alerts.map { alert in
                [SeverityCode.code(alert.severity), alert.dueDate.french, String(alert.daysPastDue), alert.kind.rawValue,
                 alert.trainingTitle, alert.place, RegionCatalog.region(code: alert.regionCode)?.name ?? alert.regionCode,
                 alert.subjectText, alert.computation.explanation]
            })
            #expect(Array(AlertCSV.render(alerts).utf8) == Array(expected.utf8))
        }
    }
}
