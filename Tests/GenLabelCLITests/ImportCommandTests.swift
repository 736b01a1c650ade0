import Foundation
import Testing
import GenLabelCore
import GenLabelStore
@testable import GenLabelCLI

@Suite("genlabel import", .serialized)
struct ImportCommandTests {
    /// One demo database for the suite; the tests leave it as they found it or re-import it.
    static let shared = CapturedRun()
    var run: CapturedRun { Self.shared }

    private func path(_ name: String) throws -> String {
        let directory = run.directory + "/imports"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        return directory + "/" + name
    }

    private func write(_ text: String, _ name: String) throws -> String {
        let file = try path(name)
        try Data(text.utf8).write(to: URL(fileURLWithPath: file))
        return file
    }

    private func exported(_ kind: String, _ name: String) throws -> (path: String, bytes: Data) {
        let file = try path(name)
        #expect(run.run(["export", kind, "--demo", "--output", file]) == 0, "\(run.errors)")
        return (file, try Data(contentsOf: URL(fileURLWithPath: file)))
    }

    private func rowCount(_ kind: String) -> Int {
        _ = run.run(["export", kind, "--demo"])
        guard case .success(let table) = CSVReader().read(Array(run.output.utf8)) else { return -1 }
        return table.rows.count
    }

    @Test func exportImportExportIsByteIdenticalForEveryKind() throws {
        // The reference lists start empty: give them content first.
        #expect(run.run(["import", "communes", try write("Code INSEE;Commune;ZRR\r\n42218;Saint-Étienne;non\r\n2A004;Ajaccio;oui\r\n", "c.csv"), "--demo"]) == 0)
        #expect(run.run(["import", "qpv", try write("Code QPV;Nom du quartier;Code INSEE;Commune\r\nQN04201M;Montreynaud;42218;Saint-Étienne\r\n", "q.csv"), "--demo"]) == 0)
        for kind in ["dossiers", "sessions", "learners", "reports", "communes", "qpv"] {
            let first = try exported(kind, "\(kind)-1.csv")
            #expect(first.bytes.count > 50, "\(kind)")
            #expect(run.run(["import", kind, first.path, "--demo"]) == 0, "\(kind): \(run.errors)")
            #expect(run.output.contains(": 0 ligne(s) créée(s), 0 modifiée(s), "), "\(kind): \(run.output)")
            // Learners' communes missing from the two-commune list are warnings, not errors.
            #expect(!run.errors.contains("Erreur"), "\(kind): \(run.errors)")
            #expect(kind == "learners" || run.errors.isEmpty, "\(kind): \(run.errors)")
            let second = try exported(kind, "\(kind)-2.csv")
            #expect(first.bytes == second.bytes, "\(kind)")
        }
    }

    @Test func aChangedRowIsUpdatedAndTheOriginalFileRestoresIt() throws {
        let original = try exported("learners", "learners-original.csv")
        var text = String(decoding: original.bytes, as: UTF8.self)
        var lines = text.components(separatedBy: "\r\n")
        var fields = lines[1].components(separatedBy: ";")
        fields[8] = "\"12 avenue Nouvelle; bât. C\""
        lines[1] = fields.joined(separator: ";")
        text = lines.joined(separator: "\r\n")
        let changed = try write(text, "learners-changed.csv")
        #expect(run.run(["import", "learners", changed, "--demo", "--dry-run"]) == 0)
        #expect(run.output.hasPrefix("Simulation"))
        #expect(run.output.contains("0 ligne(s) seraient créée(s), 1 modifiée(s)"))
        #expect(try exported("learners", "after-dry-run.csv").bytes == original.bytes, "a dry run writes nothing")
        #expect(run.run(["import", "learners", changed, "--demo"]) == 0)
        #expect(run.output.contains("0 ligne(s) créée(s), 1 modifiée(s)"))
        let afterChange = try exported("learners", "after-change.csv").bytes
        #expect(String(decoding: afterChange, as: UTF8.self).contains("\"12 avenue Nouvelle; bât. C\""))
        #expect(run.run(["import", "learners", original.path, "--demo"]) == 0)
        #expect(run.output.contains("0 ligne(s) créée(s), 1 modifiée(s)"))
        #expect(try exported("learners", "restored.csv").bytes == original.bytes)
    }

    @Test func invalidRowsAtTheStartMiddleOrEndWriteNothing() throws {
        let original = try exported("learners", "learners-base.csv")
        let lines = String(decoding: original.bytes, as: UTF8.self).components(separatedBy: "\r\n").filter { !$0.isEmpty }
        let header = lines[0]
        // New learners (a new first name), valid but for one row with an impossible birth date.
        let fresh = lines[1...30].map { line -> String in
            var fields = line.components(separatedBy: ";")
            fields[5] = "Nouvelle"
            return fields.joined(separator: ";")
        }
        let before = rowCount("learners")
        for position in [0, 15, 30] {
            var rows = fresh
            var bad = rows[min(position, 29)].components(separatedBy: ";")
            bad[5] = "Erronée"
            bad[7] = "04/15/2026"
            rows.insert(bad.joined(separator: ";"), at: position)
            let file = try write(([header] + rows).joined(separator: "\r\n") + "\r\n", "bad-\(position).csv")
            #expect(run.run(["import", "learners", file, "--demo"]) == 1)
            #expect(run.errors.contains("ligne \(position + 2), colonne « Date de naissance » : 04/15/2026 n'est pas une date (jj/mm/aaaa)"))
            #expect(run.errors.contains("Rien n'a été écrit : 1 erreur(s)"))
            #expect(run.output.isEmpty)
            #expect(rowCount("learners") == before, "nothing written (bad row at \(position))")
        }
    }

    @Test func unknownColumnsAreReportedAndMissingOnesRefused() throws {
        let file = try write("Code INSEE;Commune;ZRR;Population\r\n42218;Saint-Étienne;non;170000\r\n", "unknown.csv")
        #expect(run.run(["import", "communes", file, "--demo"]) == 0)
        #expect(run.errors.contains("Attention : "))
        #expect(run.errors.contains("« Population »"))
        let missing = try write("Code INSEE;Commune\r\n42218;Saint-Étienne\r\n", "missing.csv")
        #expect(run.run(["import", "communes", missing, "--demo"]) == 1)
        #expect(run.errors.contains("colonne « ZRR » : colonne obligatoire absente"))
    }

    @Test func headerOnlyFileImportsNothing() throws {
        let file = try write("\u{FEFF}Code QPV;Nom du quartier\r\n", "empty.csv")
        #expect(run.run(["import", "qpv", file, "--demo"]) == 0)
        #expect(run.output.contains(": 0 ligne(s) créée(s), 0 modifiée(s), 0 inchangée(s)."))
    }

    @Test func manyErrorsAreCappedWithACount() throws {
        let rows = (0..<80).map { "9\($0);Commune \($0);peut-être" }
        let file = try write((["Code INSEE;Commune;ZRR"] + rows).joined(separator: "\n") + "\n", "many.csv")
        #expect(run.run(["import", "communes", file, "--demo"]) == 1)
        let errorLines = run.errors.components(separatedBy: "\n").filter { $0.hasPrefix("Erreur : ") }
        #expect(errorLines.count == ImportCommand.printedErrors)
        #expect(run.errors.contains("… et \(160 - ImportCommand.printedErrors) autres erreurs."))
        #expect(run.errors.contains("Rien n'a été écrit : 160 erreur(s)"))
    }

    @Test func usageAndIOErrors() throws {
        #expect(run.run(["import", "--demo"]) == 64)
        #expect(run.run(["import", "apprenants", "x.csv", "--demo"]) == 64)
        #expect(run.run(["import", "learners", "--demo"]) == 64)
        #expect(run.run(["import", "learners", "a.csv", "b.csv", "--demo"]) == 64)
        #expect(run.run(["import", "learners", try path("absent.csv"), "--demo"]) == 74)
        #expect(run.errors.contains("impossible de lire"))
        #expect(run.run(["import", "learners", run.directory, "--demo"]) == 74)
        let utf16 = try path("utf16.csv")
        try Data([0xFF, 0xFE, 0x41, 0x00]).write(to: URL(fileURLWithPath: utf16))
        #expect(run.run(["import", "qpv", utf16, "--demo"]) == 1)
        #expect(run.errors.contains("UTF-16"))
        #expect(run.run(["import", "--help"]) == 0)
        #expect(run.output.contains("--dry-run"))
    }

    @Test func progressBarIsDrawnOnlyWhenEnabled() {
        var written = ""
        var off = ImportProgress(enabled: false, write: { written += $0 })
        off.update(done: 10, total: 100)
        off.finish()
        #expect(written.isEmpty)
        var on = ImportProgress(enabled: true, write: { written += $0 })
        on.update(done: 50, total: 100)
        #expect(written.hasPrefix("\r["))
        #expect(written.contains("50 / 100 lignes"))
        on.finish()
        #expect(written.hasSuffix("\r\u{1B}[K"))
        #expect(ImportProgress.line(done: 50_000, total: 150_000, elapsed: 1).contains("50000 / 150000 lignes, 50000 lignes/s, reste 2 s"))
    }

    /// The real binary, its standard error a pipe: a large import draws no progress bar.
    @Test func noProgressOutputOnAPipe() throws {
        let binary: String = {
            if let path = ProcessInfo.processInfo.environment["GENLABEL_BIN"], !path.isEmpty { return path }
            return URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
                .deletingLastPathComponent().appendingPathComponent(".build/debug/genlabel").path
        }()
        try #require(FileManager.default.isExecutableFile(atPath: binary), "build genlabel first or set GENLABEL_BIN")
        let database = try path("pipe.sqlite")
        let rows = (0..<(DataImporter.progressInterval * 2 + 10)).map { "\(String(format: "%05d", $0));Commune \($0);non" }
        let file = try write((["Code INSEE;Commune;ZRR"] + rows).joined(separator: "\r\n") + "\r\n", "large.csv")
        var pipeEnds: [Int32] = [0, 0]
        #expect(pipe(&pipeEnds) == 0)
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_adddup2(&actions, pipeEnds[1], 1)
        posix_spawn_file_actions_adddup2(&actions, pipeEnds[1], 2)
        posix_spawn_file_actions_addclose(&actions, pipeEnds[0])
        let arguments = [binary, "import", "communes", file, "--db", database]
        let argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        #expect(posix_spawn(&pid, binary, &actions, nil, argv, environ) == 0)
        close(pipeEnds[1])
        var output: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = read(pipeEnds[0], &buffer, buffer.count)
            if count <= 0 { break }
            output += buffer[0..<count]
        }
        close(pipeEnds[0])
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        let text = String(decoding: output, as: UTF8.self)
        #expect(status == 0, "\(text)")
        #expect(text == "Import de \(file) (Communes) : \(rows.count) ligne(s) créée(s), 0 modifiée(s), 0 inchangée(s).\n")
        #expect(!text.contains("\r") && !text.contains("lignes/s"))
    }
}
