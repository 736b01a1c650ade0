import Foundation
import Testing
import GenLabelCore
@testable import GenLabelCLI

@Suite("--read-only", .serialized)
struct ReadOnlyTests {
    let run = CapturedRun()

    @Test func aReadOnlyOpeningReadsAndNeverCreates() throws {
        #expect(run.run(["alerts", "--demo"]) == 1)
        let writable = run.output
        #expect(run.run(["alerts", "--demo", "--read-only"]) == 1)
        #expect(run.output == writable, "the same list, read without write access")
        let missing = run.directory + "/absente.sqlite"
        #expect(run.run(["alerts", "--db", missing, "--read-only"]) == 74)
        #expect(run.errors.contains("aucune base à"), "alerts never creates a database")
        #expect(run.run(["users", "--db", missing, "--read-only"]) == 74)
        #expect(run.errors.contains("en lecture seule, elle ne peut pas être créée"))
        #expect(!FileManager.default.fileExists(atPath: missing))
    }

    @Test func theOptionIsListedInTheHelp() {
        #expect(run.run(["--help"]) == 0)
        #expect(run.output.contains("--read-only"))
    }
}
