import Foundation
import Testing
import GenLabelCore
@testable import GenLabelCLI

/// Runs `genlabel` in-process with captured output, on a private data directory holding the demo database.
final class CapturedRun: @unchecked Sendable {
    let directory = NSTemporaryDirectory() + "genlabel-cli-\(UUID().uuidString)"
    var output = ""
    var errors = ""

    deinit { try? FileManager.default.removeItem(atPath: directory) }

    /// Runs `arguments` as `login`; `input` lines answer questions, as if typed on a terminal when
    /// `terminal` is true.
    func run(_ arguments: [String], login: String = "testeur", input: [String] = [], terminal: Bool = false) -> Int32 {
        output = ""
        errors = ""
        var lines = input[...]
        let context = CommandContext(paths: DataPaths(environment: ["XDG_DATA_HOME": directory, "HOME": directory]),
                                     environment: [:], standardOutput: { self.output += $0 },
                                     standardError: { self.errors += $0 },
                                     clock: { CalendarDate(year: 2026, month: 12, day: 3)! },
                                     login: login, wallClock: { 1_796_324_265 },
                                     readLine: { lines.popFirst() }, inputIsTerminal: terminal)
        return GenLabelCommand.main(arguments, context: context)
    }
}

@Suite("genlabel alerts", .serialized)
struct AlertsCommandTests {
    let run = CapturedRun()

    @Test func tableListsOverdueFirstAndExitsOneWhenSomethingIsOverdue() {
        #expect(run.run(["alerts", "--demo"]) == 1)
        let lines = run.output.split(separator: "\n").map(String.init)
        #expect(lines.first?.hasPrefix("Gravité") == true)
        #expect(lines.dropFirst().first?.hasPrefix("!! En retard") == true)
        #expect(run.output.contains("en retard : "))
    }

    @Test func nothingOverdueExitsZero() {
        #expect(run.run(["alerts", "--demo", "--severity", "a_venir"]) == 0)
        #expect(!run.output.contains("En retard  "))
        #expect(run.output.contains("À venir"))
    }

    @Test func anEmptyFilteredListSaysSoAndNotThatNothingIsOverdue() {
        #expect(run.run(["alerts", "--demo", "--kind", "collecte", "--severity", "en_retard"]) == 0)
        #expect(run.output == "Aucune échéance ne correspond à ces filtres.\n")
    }

    @Test func annualReportsNameTheirConvention() {
        _ = run.run(["alerts", "--demo", "--kind", "rapport_annuel", "--format", "csv"])
        let rows = run.output.components(separatedBy: "\r\n").dropFirst().filter { !$0.isEmpty }
        #expect(!rows.isEmpty)
        #expect(rows.allSatisfy { $0.contains("(conv. ") })
        #expect(Set(rows).count == rows.count, "no two rows are the same")
    }

    @Test func csvIsForFrenchSpreadsheets() throws {
        #expect(run.run(["alerts", "--demo", "--format", "csv", "--kind", "liste_fin_session"]) == 1)
        #expect(run.output.hasPrefix("\u{FEFF}gravite;echeance;jours;obligation;formation;lieu;region;concerne;calcul\r\n"))
        let rows = run.output.dropFirst().components(separatedBy: "\r\n").dropFirst().filter { !$0.isEmpty }
        #expect(!rows.isEmpty)
        for row in rows {
            #expect(row.contains(";liste_fin_session;"))
            let due = row.split(separator: ";")[1]
            #expect(CalendarDate(french: String(due)) != nil, "dates are dd/mm/yyyy: \(due)")
        }
    }

    @Test func jsonParsesAndMatchesTheTable() throws {
        #expect(run.run(["alerts", "--demo", "--format", "json"]) == 1)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any])
        #expect(object["aujourdhui"] as? String == "2026-12-03")
        let alerts = try #require(object["alertes"] as? [[String: Any]])
        #expect(run.run(["alerts", "--demo"]) == 1)
        let tableRows = run.output.split(separator: "\n").filter { $0.hasPrefix("!") || $0.hasPrefix("·") }.count
        #expect(alerts.count == tableRows)
        #expect(alerts.first?["gravite"] as? String == "en_retard")
    }

    @Test func icsHasOneAllDayEventPerItemWithFoldedCRLFLines() throws {
        _ = run.run(["alerts", "--demo", "--format", "ics"])
        let ics = run.output
        #expect(ics.hasPrefix("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"))
        #expect(ics.hasSuffix("END:VCALENDAR\r\n"))
        let lines = ics.components(separatedBy: "\r\n").dropLast()
        #expect(lines.allSatisfy { $0.utf8.count <= 75 }, "folded at 75 octets")
        #expect(!ics.replacingOccurrences(of: "\r\n", with: "").contains("\n"), "no bare LF")
        _ = run.run(["alerts", "--demo", "--format", "csv"])
        let csvRows = run.output.components(separatedBy: "\r\n").filter { !$0.isEmpty }.count - 1
        #expect(ics.components(separatedBy: "BEGIN:VEVENT").count - 1 == csvRows)
        #expect(ics.contains("DTSTART;VALUE=DATE:"))
    }

    @Test("bad options are refused with status 64", arguments: [
        ["alerts", "--format", "xml"], ["alerts", "--severity", "rouge"], ["alerts", "--kind", "collecte,"],
        ["alerts", "--today", "31/02/2026"], ["alerts", "extra"], ["nonsense"],
    ])
    func refusals(arguments: [String]) {
        #expect(run.run(arguments) == 64)
        #expect(run.errors.hasPrefix("Erreur : "))
    }

    @Test func helpExplainsTheExitStatus() {
        #expect(run.run(["help", "alerts"]) == 0)
        #expect(run.output.contains("CODE DE SORTIE"))
        #expect(run.run(["alerts", "--help"]) == 0)
        #expect(run.run(["--help"]) == 0)
        #expect(run.output.contains("alerts"))
    }
}

@Suite("genlabel alerts: the obligations of issue 4", .serialized)
struct AlertsCommandLabelKindsTests {
    let run = CapturedRun()

    @Test func pendingRequestsAndAuditsAreKindsOfTheirOwn() {
        _ = run.run(["alerts", "--demo", "--kind", "demande_modification", "--format", "csv"])
        let rows = run.output.components(separatedBy: "\r\n").dropFirst().filter { !$0.isEmpty }
        #expect(!rows.isEmpty)
        #expect(rows.allSatisfy { $0.contains(";demande_modification;") && $0.contains("demande ") && $0.contains("+ 1 mois") })
        _ = run.run(["alerts", "--demo", "--kind", "audit_qualiopi", "--format", "json"])
        #expect(run.output.contains("\"obligation\": \"audit_qualiopi\""))
        #expect(run.output.contains("audit Qualiopi prévu le"))
        #expect(run.run(["alerts", "--help"]) == 0)
        #expect(run.output.contains("demande_modification") && run.output.contains("audit_qualiopi"))
    }
}
