import Foundation
import Testing
@testable import GenLabelCLI

@Suite("Unknown commands: the French word or the beginning of a command is recognised")
struct UnknownCommandTests {
    let run = CapturedRun()

    @Test(arguments: [("alertes", "alerts"), ("Sauvegarde", "backup"), ("vérifier", "check"), ("exp", "export")])
    func suggestsTheCommand(typed: String, command: String) {
        #expect(run.run([typed]) == ExitCode.usage.rawValue)
        #expect(run.errors.contains("vouliez-vous dire « genlabel \(command) » ?"), "\(run.errors)")
        #expect(run.run(["help", typed]) == ExitCode.usage.rawValue)
        #expect(run.errors.contains("« genlabel \(command) »"), "\(run.errors)")
    }

    @Test func nothingToSuggestSaysUnknown() {
        #expect(run.run(["zzz"]) == ExitCode.usage.rawValue)
        #expect(run.errors.contains("commande inconnue « zzz » (genlabel --help liste les commandes)."), "\(run.errors)")
    }
}

@Suite("An option given twice is refused, not guessed")
struct RepeatedOptionTests {
    let run = CapturedRun()

    @Test func todayTwice() {
        #expect(run.run(["alerts", "--demo", "--today", "03/12/2026", "--today", "04/12/2026"]) == ExitCode.usage.rawValue)
        #expect(run.errors.contains("l'option --today est donnée deux fois"), "\(run.errors)")
        #expect(run.run(["alerts", "--demo", "--today=03/12/2026", "--format", "csv"]) == 1, "once is fine: \(run.errors)")
    }
}
