import Foundation
import Testing
import GenLabelCore
import GenLabelStore
@testable import GenLabelCLI

@Suite("genlabel backup and check", .serialized)
struct BackupCheckCommandTests {
    static let shared = CapturedRun()
    var run: CapturedRun { Self.shared }

    private func freshPath(_ name: String) throws -> String {
        let directory = run.directory + "/backups"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let path = directory + "/" + name
        try? FileManager.default.removeItem(atPath: path)
        return path
    }

    private func mode(_ path: String) throws -> Int? {
        (try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? NSNumber)?.intValue
    }

    @Test func backupIsPrivateCompleteAndSound() throws {
        let path = try freshPath("copie.sqlite")
        let previous = umask(0o000)
        defer { umask(previous) }
        #expect(run.run(["backup", path, "--demo"]) == 0, "\(run.errors)")
        #expect(try mode(path) == 0o600)
        #expect(run.errors.contains("Sauvegarde de"))
        #expect(run.run(["check", "--db", path]) == 0)
        #expect(run.output.contains("La base est saine."))
        // The copy holds the same data.
        #expect(run.run(["export", "dossiers", "--db", path]) == 0)
        let fromCopy = run.output
        #expect(run.run(["export", "dossiers", "--demo"]) == 0)
        #expect(fromCopy == run.output)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: run.directory + "/backups").filter { $0.hasSuffix(".tmp") }
        #expect(leftovers.isEmpty)
    }

    @Test func backupRefusesToOverwriteUnlessForced() throws {
        let path = try freshPath("existant.sqlite")
        try Data("précieux".utf8).write(to: URL(fileURLWithPath: path))
        #expect(run.run(["backup", path, "--demo"]) == 64)
        #expect(run.errors.contains("existe déjà"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == Data("précieux".utf8))
        #expect(run.run(["backup", path, "--demo", "--force"]) == 0)
        #expect(run.run(["check", "--db", path]) == 0)
    }

    @Test func backupNeedsAFile() {
        #expect(run.run(["backup", "--demo"]) == 64)
        #expect(run.errors.contains("genlabel backup FICHIER"))
    }

    @Test func checkOfTheDemoIsSound() {
        #expect(run.run(["check", "--demo"]) == 0)
        #expect(run.output.contains("fichier intact"))
        #expect(run.output.contains("liens entre tables complets"))
        #expect(run.output.contains("version de la base connue et à jour"))
    }

    @Test func checkReportsABrokenLinkInPlainFrenchAndExitsOne() throws {
        let path = try freshPath("cassee.sqlite")
        #expect(run.run(["backup", path, "--demo"]) == 0)
        let database = try Database(path: path)
        try database.execute(sql: "PRAGMA foreign_keys = OFF")
        try database.execute(sql: "UPDATE sessions SET label_id = 999999 WHERE id = (SELECT min(id) FROM sessions)")
        database.close()
        #expect(run.run(["check", "--db", path]) == 1)
        #expect(run.output.contains("1 ligne(s) renvoient à un élément qui n'existe plus"))
        #expect(run.output.contains("La base a des problèmes"))
    }

    @Test func checkReportsAFileFromANewerGenlabel() throws {
        let path = try freshPath("future.sqlite")
        #expect(run.run(["backup", path, "--demo"]) == 0)
        let database = try Database(path: path)
        try database.execute(sql: "INSERT INTO schema_migrations (identifier, applied_at) VALUES ('v99-futur', '2030-01-01')")
        database.close()
        #expect(run.run(["check", "--db", path]) == 1)
        #expect(run.output.contains("version plus récente"))
    }

    @Test func checkOfADamagedFileExitsNonZero() throws {
        let path = try freshPath("abimee.sqlite")
        #expect(run.run(["backup", path, "--demo"]) == 0)
        var bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        // Scribble over pages after the first (the header stays valid, so the file still opens).
        for index in stride(from: 4096 * 2, to: min(bytes.count, 4096 * 40), by: 1) { bytes[index] = UInt8(truncatingIfNeeded: index * 31) }
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        let status = run.run(["check", "--db", path])
        #expect(status == 1 || status == 74)
        #expect(!(run.output + run.errors).contains("La base est saine."))
    }

    @Test func checkOfAMissingDatabaseIsAnOpeningError() {
        #expect(run.run(["check", "--db", run.directory + "/nulle-part.sqlite"]) == 74)
    }

    // MARK: restore

    private func dossierCount(_ path: String) throws -> Int {
        let database = try Database(path: path, readOnly: true, create: false)
        defer { database.close() }
        return try database.fetchAll("SELECT count(*) FROM dossiers", [SQLValue]()) { Int($0.int64(0)) }.first ?? -1
    }

    @Test func restoreReplacesTheContentAndKeepsThePreviousOne() throws {
        let saved = try freshPath("avant.sqlite"), live = try freshPath("vivante.sqlite")
        try? FileManager.default.removeItem(atPath: live + ".avant-restauration")
        #expect(run.run(["backup", saved, "--demo"]) == 0)
        #expect(run.run(["backup", live, "--demo"]) == 0)
        let before = try dossierCount(live)
        let database = try Database(path: live)
        try database.execute(sql: "PRAGMA foreign_keys = OFF")
        try database.execute(sql: "DELETE FROM dossiers WHERE id IN (SELECT id FROM dossiers LIMIT 5)")
        database.close()
        #expect(try dossierCount(live) == before - 5)

        #expect(run.run(["restore", saved, "--db", live]) == 0, "\(run.errors)")
        #expect(run.errors.contains("avant-restauration"))
        #expect(try dossierCount(live) == before)
        #expect(try dossierCount(live + ".avant-restauration") == before - 5)
        #expect(try mode(live + ".avant-restauration") == 0o600)
        #expect(run.run(["check", "--db", live]) == 0)
    }

    @Test func restoreRefusesAnUnsoundBackupAndChangesNothing() throws {
        let bad = try freshPath("mauvaise.sqlite"), live = try freshPath("intacte.sqlite")
        try? FileManager.default.removeItem(atPath: live + ".avant-restauration")
        #expect(run.run(["backup", bad, "--demo"]) == 0)
        #expect(run.run(["backup", live, "--demo"]) == 0)
        let database = try Database(path: bad)
        try database.execute(sql: "PRAGMA foreign_keys = OFF")
        try database.execute(sql: "UPDATE sessions SET label_id = 999999 WHERE id = (SELECT min(id) FROM sessions)")
        database.close()
        let original = try Data(contentsOf: URL(fileURLWithPath: live))
        #expect(run.run(["restore", bad, "--db", live]) == 1)
        #expect(run.errors.contains("rien n'a été modifié"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: live)) == original)
        #expect(!FileManager.default.fileExists(atPath: live + ".avant-restauration"))
    }

    @Test func restoreRefusesAFileThatIsNotAGenlabelDatabase() throws {
        let other = try freshPath("autre.txt"), live = try freshPath("cible.sqlite")
        try Data("pas une base".utf8).write(to: URL(fileURLWithPath: other))
        #expect(run.run(["backup", live, "--demo"]) == 0)
        let status = run.run(["restore", other, "--db", live])
        #expect(status == 74 || status == 1)
        #expect(run.errors.contains("rien n'a été modifié"))
        #expect(run.run(["restore", run.directory + "/absente.sqlite", "--db", live]) == 74)
        #expect(run.run(["restore", "--db", live]) == 64)
        #expect(run.run(["restore", other, "--db", live, "--read-only"]) == 64)
        #expect(run.errors.contains("--read-only"))
    }

    @Test func restoreOverADamagedBaseKeepsItsBytesAndRepairsIt() throws {
        let saved = try freshPath("saine.sqlite"), live = try freshPath("abimee-vivante.sqlite")
        try? FileManager.default.removeItem(atPath: live + ".avant-restauration")
        #expect(run.run(["backup", saved, "--demo"]) == 0)
        #expect(run.run(["backup", live, "--demo"]) == 0)
        var bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: live)))
        for index in stride(from: 4096 * 2, to: min(bytes.count, 4096 * 40), by: 1) { bytes[index] = UInt8(truncatingIfNeeded: index * 31) }
        try Data(bytes).write(to: URL(fileURLWithPath: live))
        #expect(run.run(["restore", saved, "--db", live]) == 0, "\(run.errors)")
        #expect(run.run(["check", "--db", live]) == 0)
        #expect(try Data(contentsOf: URL(fileURLWithPath: live + ".avant-restauration")) == Data(bytes))
        #expect(try mode(live + ".avant-restauration") == 0o600)
    }
}
