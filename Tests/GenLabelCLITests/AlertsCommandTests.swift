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

@Suite("genlabel alerts --region and --officer (issue 4)", .serialized)
struct AlertsCommandRegionOfficerTests {
    let run = CapturedRun()

    /// The data rows of `genlabel alerts --format csv` with `extra` options.
    func csvRows(_ extra: [String]) -> [[String]] {
        _ = run.run(["alerts", "--demo", "--format", "csv"] + extra)
        return run.output.components(separatedBy: "\r\n").dropFirst().filter { !$0.isEmpty }
            .map { $0.components(separatedBy: ";") }
    }

    @Test func regionKeepsOnlyThatRegionWhetherGivenByCodeOrByNameWithoutCaseAccentsOrHyphens() throws {
        let all = csvRows([])
        let byRegion = Dictionary(grouping: all, by: { $0[6] })
        #expect(byRegion.count >= 3, "the demo spreads alerts over several regions")
        // The region with the most alerts but not all of them: ignoring the filter would show more rows.
        let (name, expected) = try #require(byRegion.filter { !$0.key.isEmpty }.max { $0.value.count < $1.value.count })
        let region = try #require(RegionCatalog.all.first { $0.name == name })
        #expect(expected.count < all.count)
        let typed = TextFolding.fold(region.name).uppercased().replacingOccurrences(of: "-", with: " ")
        for spelling in [region.code, region.name, typed, " " + region.name.lowercased() + " "] {
            let rows = csvRows(["--region", spelling])
            #expect(rows.count == expected.count, "--region \(spelling)")
            #expect(rows.allSatisfy { $0[6] == name }, "--region \(spelling)")
        }
        let other = try #require(byRegion.keys.first { !$0.isEmpty && $0 != name })
        let both = csvRows(["--region", region.code + "," + TextFolding.fold(other)])
        #expect(both.count == expected.count + (byRegion[other]?.count ?? 0))
    }

    @Test func accentsAndApostrophesInRegionNamesAreIgnored() {
        #expect(RegionCatalog.region(matching: "ile de france")?.code == "11")
        #expect(RegionCatalog.region(matching: "ÎLE-DE-FRANCE")?.code == "11")
        #expect(RegionCatalog.region(matching: "provence alpes cote d’azur")?.code == "93")
        #expect(RegionCatalog.region(matching: "la reunion")?.code == "04")
        #expect(RegionCatalog.region(matching: "bretagn") == nil)
        #expect(RegionCatalog.region(matching: "") == nil)
    }

    @Test func officerSplitsTheListByWhoFollowsEachLabelCaseIgnored() {
        let all = csvRows([])
        var total = 0
        for login in DemoOfficers.logins {
            let rows = csvRows(["--officer", login])
            #expect(!rows.isEmpty && rows.count < all.count, "\(login): \(rows.count) of \(all.count)")
            #expect(csvRows(["--officer", login.uppercased()]) == rows, "case is ignored")
            total += rows.count
        }
        let nobody = csvRows(["--officer", "personne"])
        #expect(!nobody.isEmpty && nobody.count < all.count)
        #expect(csvRows(["--officer", "(Personne)"]) == nobody)
        #expect(nobody.contains { $0[3] == "collecte" }, "a committee collection is followed by nobody")
        #expect(total + nobody.count == all.count, "each alert has one officer or none")
        let two = csvRows(["--officer", DemoOfficers.logins[0] + "," + DemoOfficers.logins[1]])
        #expect(two.count == csvRows(["--officer", DemoOfficers.logins[0]]).count
                + csvRows(["--officer", DemoOfficers.logins[1]]).count)
    }

    @Test func regionAndOfficerAddToTheOtherFiltersAndToTheExitStatus() throws {
        let overdue = csvRows(["--severity", "en_retard"])
        let login = try #require(DemoOfficers.logins.first { login in
            let rows = csvRows(["--officer", login, "--severity", "en_retard"])
            return !rows.isEmpty && rows.count < overdue.count
        }, "an officer follows some of the overdue alerts")
        let rows = csvRows(["--officer", login, "--severity", "en_retard"])
        #expect(rows.allSatisfy { $0[0] == "en_retard" })
        #expect(rows.count < csvRows(["--officer", login]).count)
        #expect(run.run(["alerts", "--demo", "--officer", login, "--severity", "en_retard"]) == 1)
        #expect(run.run(["alerts", "--demo", "--officer", login, "--severity", "a_venir"]) == 0)
        let region = try #require(rows.first?[6])
        let narrowed = csvRows(["--officer", login, "--severity", "en_retard", "--region", region])
        #expect(!narrowed.isEmpty && narrowed.allSatisfy { $0[6] == region && $0[0] == "en_retard" })
    }

    @Test func aKnownRegionWithoutAlertsListsNothingAndIsNotAnError() throws {
        let present = Set(csvRows([]).map { $0[6] })
        let absent = try #require(RegionCatalog.all.first { !present.contains($0.name) }, "the demo leaves a region out")
        #expect(run.run(["alerts", "--demo", "--region", absent.name]) == 0)
        #expect(run.output == "Aucune échéance ne correspond à ces filtres.\n")
    }

    @Test("unknown regions and officers are refused in French with status 64", arguments: [
        (["--region", "Atlantide"], "Erreur : région inconnue « Atlantide » pour --region"),
        (["--region", "53,"], "Erreur : région inconnue «  » pour --region"),
        (["--officer", "inconnu.x"], "Erreur : aucun label n'est suivi par « inconnu.x » (--officer) ; identifiants possibles : j.leroy, m.dupont, s.haddad, (personne)."),
        (["--officer", ""], "Erreur : aucun label n'est suivi par «  » (--officer)"),
    ])
    func refusals(extra: [String], message: String) {
        #expect(run.run(["alerts", "--demo"] + extra) == 64)
        #expect(run.errors.contains(message), "\(run.errors)")
        #expect(run.output.isEmpty)
    }

    @Test func helpNamesBothOptions() {
        #expect(run.run(["alerts", "--help"]) == 0)
        #expect(run.output.contains("--region RÉGION") && run.output.contains("--officer LOGIN"))
        #expect(run.output.contains("[--region …] [--officer …]"))
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
