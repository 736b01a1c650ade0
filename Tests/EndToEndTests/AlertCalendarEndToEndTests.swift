import Foundation
import Testing

/// `genlabel alerts --format ics` read back by an independent parser (Python's `icalendar`), against
/// the JSON listing of the same alerts: one VEVENT per alert, on its due date (issue 4).
@Suite("genlabel alerts --format ics, parsed back", .serialized)
struct AlertCalendarEndToEndTests {
    static let parser = """
        import sys
        try:
            import icalendar
        except ImportError:
            print("ERREUR: le module Python icalendar manque (pip install icalendar)")
            sys.exit(3)
        calendar = icalendar.Calendar.from_ical(open(sys.argv[1], "rb").read())
        for event in calendar.walk("VEVENT"):
            start = event.decoded("DTSTART")
            end = event.decoded("DTEND")
            print("\\t".join([str(event["UID"]), start.isoformat(), end.isoformat(), str(event["SUMMARY"])]))
        """

    static var hasPython: Bool { (try? TmuxSession.run(["sh", "-c", "command -v python3"])) != nil }

    /// The first Python that imports `icalendar`: the one on PATH (a pip install), else Debian's
    /// (`python3-icalendar`, which `make test` installs) when PATH leads to another Python.
    static var python: String {
        for candidate in ["python3", "/usr/bin/python3"]
        where (try? TmuxSession.run([candidate, "-c", "import icalendar"])) != nil {
            return candidate
        }
        return "python3"
    }

    @Test func oneEventPerAlertOnItsDueDate() throws {
        guard Self.hasPython else {
            print("SKIPPED: python3 is missing, the iCalendar output cannot be parsed back by an independent parser")
            return
        }
        let tmux = try TmuxSession()
        let directory = tmux.directory
        let script = directory + "/parse.py"
        try Self.parser.write(toFile: script, atomically: true, encoding: .utf8)
        let environment = "XDG_DATA_HOME=\(TmuxSession.quote(directory + "/data")) HOME=\(TmuxSession.quote(directory))"
        let alerts = "\(environment) \(TmuxSession.quote(TmuxSession.binary)) alerts --demo --today 03/12/2026"
        // Exit status 1 says something is overdue: expected here, so the shell ignores it.
        try TmuxSession.run(["sh", "-c", "\(alerts) --format ics > \(directory)/alertes.ics; \(alerts) --format json > \(directory)/alertes.json; true"])
        let parsed = try TmuxSession.run([Self.python, script, directory + "/alertes.ics"])
        let events = parsed.split(separator: "\n").map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
        let json = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: directory + "/alertes.json")))
            as? [String: Any])
        let listed = try #require(json["alertes"] as? [[String: Any]])
        #expect(!listed.isEmpty)
        #expect(events.count == listed.count, "one VEVENT per alert")
        #expect(events.allSatisfy { $0.count == 4 })
        // Each event: its kind (the UID's prefix) on its due date (DTSTART, all-day), ending the day after.
        func kind(ofUID uid: String) -> String { String(uid.prefix { $0 != "-" }) }
        let fromCalendar = events.map { "\(kind(ofUID: $0[0])) \($0[1])" }.sorted()
        let fromList = listed.map { "\($0["obligation"] as? String ?? "?") \($0["echeance"] as? String ?? "?")" }.sorted()
        #expect(fromCalendar == fromList)
        #expect(Set(events.map { $0[0] }).count == events.count, "UIDs are unique")
        for event in events {
            let start = try #require(ISO8601Day(event[1]))
            let end = try #require(ISO8601Day(event[2]))
            #expect(end == start + 1, "all-day event \(event[0])")
        }
        // The obligations added by issue 4 are there too.
        #expect(fromList.contains { $0.hasPrefix("demande_modification ") })
        #expect(fromList.contains { $0.hasPrefix("audit_qualiopi ") })
    }

    /// Days since 1970 of an ISO date `yyyy-mm-dd`.
    func ISO8601Day(_ text: String) -> Int? {
        let parts = text.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3 else { return nil }
        var components = DateComponents()
        (components.year, components.month, components.day) = (parts[0], parts[1], parts[2])
        components.timeZone = TimeZone(identifier: "UTC")
        guard let date = Calendar(identifier: .gregorian).date(from: components) else { return nil }
        return Int(date.timeIntervalSince1970 / 86_400)
    }
}
