import Foundation
import Testing
import GenLabelCore
@testable import GenLabelCLI

@Suite("Command line")
struct RunOptionsTests {
    @Test func defaultsOpenTheUsersDatabaseToday() throws {
        let options = try RunOptions.parse([])
        #expect(options.common.database == .userDefault)
        #expect(options.common.today == nil)
        #expect(options.themeName == "default")
    }

    @Test func everyOptionIsRead() throws {
        let options = try RunOptions.parse(["--demo", "--demo-scale", "3", "--today", "29/02/2028", "--theme=monochrome"])
        #expect(options.common.database == .demo(scale: 3))
        #expect(options.common.today == CalendarDate(year: 2028, month: 2, day: 29))
        #expect(options.themeName == "monochrome")
        #expect(try RunOptions.parse(["--db", "/tmp/x.sqlite"]).common.database == .path("/tmp/x.sqlite"))
        #expect(try RunOptions.parse(["-h"]).showHelp)
        #expect(try RunOptions.parse(["--version"]).showVersion)
    }

    @Test("bad input gives a precise French message", arguments: [
        (["--today", "04/15/2026"], "la date « 04/15/2026 » n'existe pas dans le calendrier."),
        (["--today", "29/02/2027"], "la date « 29/02/2027 » n'existe pas dans le calendrier."),
        (["--today", "01/01/0001"], "date « 01/01/0001 » hors de la plage prise en charge (du 01/01/1900 au 31/12/2199)."),
        (["--demo", "--demo-scale", "+5"], "nombre invalide « +5 » pour --demo-scale : attendu un entier de 1 à 100."),
        (["--today", "2026-12-03"], "date invalide « 2026-12-03 » : attendu jj/mm/aaaa, par exemple 03/12/2026."),
        (["--today", "3/12/2026"], "date invalide « 3/12/2026 » : attendu jj/mm/aaaa, par exemple 03/12/2026."),
        (["--today"], "l'option --today attend une valeur."),
        (["--frobnicate"], "option inconnue « --frobnicate »."),
        (["dossiers.csv"], "commande inconnue « dossiers.csv » (genlabel --help liste les commandes)."),
        (["--demo", "--db", "x"], "les options --db et --demo ne vont pas ensemble."),
        (["--demo-scale", "2"], "--demo-scale ne s'emploie qu'avec --demo."),
        (["--demo", "--demo-scale", "0"], "nombre invalide « 0 » pour --demo-scale : attendu un entier de 1 à 100."),
        (["--demo", "--demo-scale", "dix"], "nombre invalide « dix » pour --demo-scale : attendu un entier de 1 à 100."),
        (["--help=yes"], "argument inattendu « --help=yes »."),
    ])
    func refusals(arguments: [String], message: String) {
        #expect(throws: UsageError(message)) { try RunOptions.parse(arguments) }
    }

    @Test func helpListsEveryOptionInFrench() {
        let text = HelpText.render(paths: DataPaths(environment: ["HOME": "/home/léa"]))
        for spec in RunOptions.parser.specs { #expect(text.contains("--" + spec.name)) }
        #expect(text.contains("APERÇU"))
        #expect(text.contains("/home/léa/.local/share/genlabel/genlabel.sqlite"))
    }

    @Test func dataDirectoryFollowsXDG() {
        #expect(DataPaths(environment: ["XDG_DATA_HOME": "/srv/données", "HOME": "/h"]).defaultDatabase
                == "/srv/données/genlabel/genlabel.sqlite")
        #expect(DataPaths(environment: ["XDG_DATA_HOME": "relatif", "HOME": "/h"]).defaultDatabase
                == "/h/.local/share/genlabel/genlabel.sqlite", "a relative XDG_DATA_HOME is ignored, as the spec says")
        #expect(DataPaths(environment: ["HOME": "/h"]).demoDatabase(scale: 10) == "/h/.local/share/genlabel/demo-x10.sqlite")
    }

    @Test func parisClockUsesTheParisCalendarDay() {
        // 2026-12-31 23:30 UTC is already 01/01/2027 in Paris.
        let instant = Date(timeIntervalSince1970: 1_798_759_800)
        #expect(ParisClock.today(now: instant) == CalendarDate(year: 2027, month: 1, day: 1))
    }
}
