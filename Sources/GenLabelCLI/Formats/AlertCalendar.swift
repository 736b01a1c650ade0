import GenLabelCore

/// `genlabel alerts --format ics`: an iCalendar file (RFC 5545) with one all-day event per item on its
/// due date, for calendar programs. Lines end in CRLF and are folded at 75 octets; text is escaped.
enum AlertCalendar {
    static func render(_ alerts: [Alert], today: CalendarDate) -> String {
        let stamp = compact(today) + "T000000Z"
        var lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Grande Ecole du Numerique//genlabel//FR",
                     "CALSCALE:GREGORIAN", "METHOD:PUBLISH", "X-WR-CALNAME:" + escape("genlabel — " + T(.paneAlerts))]
        for alert in alerts {
            var summary = alert.kind.displayName + " — " + alert.subjectText
            if !alert.trainingTitle.isEmpty { summary += " — " + alert.trainingText }
            lines += [
                "BEGIN:VEVENT",
                "UID:" + alert.id.replacingAll(":", with: "-") + "@genlabel",
                "DTSTAMP:" + stamp,
                "DTSTART;VALUE=DATE:" + compact(alert.dueDate),
                "DTEND;VALUE=DATE:" + compact(alert.dueDate.addingDays(1)),
                "SUMMARY:" + escape(summary),
                "DESCRIPTION:" + escape(alert.severity.displayName + " (" + alert.deltaText + ") — " + alert.computation.explanation),
                "CATEGORIES:" + escape(alert.kind.displayName),
                "TRANSP:TRANSPARENT",
                "END:VEVENT",
            ]
        }
        lines.append("END:VCALENDAR")
        return lines.map(fold).joined(separator: "\r\n") + "\r\n"
    }

    static func compact(_ date: CalendarDate) -> String { date.iso.replacingAll("-", with: "") }

    /// TEXT escaping of RFC 5545 §3.3.11.
    static func escape(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "\\": out += "\\\\"
            case ";": out += "\\;"
            case ",": out += "\\,"
            case "\n", "\r\n": out += "\\n"
            default: out.append(character)
            }
        }
        return out
    }

    /// Folds a content line so no line exceeds 75 octets, never splitting a UTF-8 sequence (§3.1).
    static func fold(_ line: String) -> String {
        var result = ""
        var octets = 0
        for character in line {
            let size = String(character).utf8.count
            if octets + size > 75 {
                result += "\r\n "
                octets = 1
            }
            result.append(character)
            octets += size
        }
        return result
    }
}
