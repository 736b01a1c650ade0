import Foundation
import Testing
@testable import GenLabelCLI

/// Commands that only read never answer from an empty database created by a mistyped path, and an
/// option typed before the command is explained with the line to type.
@Suite("Reading commands on a missing database; the command comes first", .serialized)
struct MissingDatabaseTests {
    let run = CapturedRun()

    @Test(arguments: [["alerts"], ["export", "dossiers"], ["audit"]])
    func aReadingCommandRefusesAMissingDatabaseAndCreatesNothing(command: [String]) {
        try? FileManager.default.createDirectory(atPath: run.directory, withIntermediateDirectories: true)
        let typo = run.directory + "/typo.sqlite"
        let status = run.run(command + ["--db", typo])
        #expect(status == ExitCode.database.rawValue, "\(run.output)\(run.errors)")
        #expect(run.errors.contains("aucune base à « \(typo) »"), "\(run.errors)")
        #expect(!run.output.contains("Aucune échéance"), "never 'nothing overdue' from no database")
        #expect(!FileManager.default.fileExists(atPath: typo), "no empty database left behind")
    }

    @Test func theUsersOwnDatabaseIsNotCreatedByAlertsEither() {
        #expect(run.run(["alerts"]) == ExitCode.database.rawValue)
        #expect(!FileManager.default.fileExists(atPath: run.directory + "/genlabel/genlabel.sqlite"))
    }

    @Test func theDemoDatabaseIsStillCreatedWhenAbsent() {
        #expect(run.run(["alerts", "--demo", "--format", "csv"]) == 1, "\(run.errors)")
        #expect(FileManager.default.fileExists(atPath: run.directory + "/genlabel/demo.sqlite"))
    }

    @Test func anOptionBeforeTheCommandIsExplainedWithTheLineToType() {
        #expect(run.run(["--demo", "alerts", "--format", "csv"]) == ExitCode.usage.rawValue)
        #expect(run.errors.contains("la commande vient en premier"), "\(run.errors)")
        #expect(run.errors.contains("tapez : genlabel alerts --demo --format csv"), "\(run.errors)")
        #expect(!FileManager.default.fileExists(atPath: run.directory + "/genlabel/demo.sqlite"), "nothing was run")
    }
}
