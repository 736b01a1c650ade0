import Foundation
import Testing
import GenLabelCore
import GenLabelStore
@testable import GenLabelCLI

@Suite("genlabel users, audit, purge-personal-data and check of the audit chain", .serialized)
struct UsersAuditPurgeCommandTests {
    let run = CapturedRun()
    var db: String { run.directory + "/base.sqlite" }

    init() throws {
        try FileManager.default.createDirectory(atPath: run.directory, withIntermediateDirectories: true)
    }

    @Test func rolesAreManagedByAdministratorsOnlyAndEveryChangeIsAudited() {
        #expect(run.run(["users", "--db", db]) == 0)
        #expect(run.output.contains("administration provisoire"))
        #expect(run.run(["users", "add", "chef", "admin", "--db", db], login: "proprio") == 0)
        #expect(run.errors.contains("Rôle attribué à chef : administration."))
        #expect(run.errors.contains("n'agissez plus en administrateur provisoire"))
        #expect(run.run(["users", "add", "membre", "comite", "--db", db], login: "proprio") == 77)
        #expect(run.errors == "Erreur : votre rôle ne le permet pas (gérer les utilisateurs).\n")
        #expect(run.run(["users", "add", "membre", "comite", "--db", db], login: "chef") == 0)
        #expect(run.run(["users", "add", "x", "chef", "--db", db], login: "chef") == 64)
        #expect(run.errors.contains("admin, instruction, suivi, comite"))
        #expect(run.run(["users", "list", "--db", db], login: "membre") == 0)
        #expect(run.output == "chef    admin (administration)\nmembre  comite (comité)\nVous êtes membre : comité.\n")
        #expect(run.run(["users", "remove", "membre", "--db", db], login: "chef") == 0)
        #expect(run.run(["audit", "--db", db]) == 0)
        let lines = run.output.split(separator: "\n")
        #expect(lines.count == 3)
        #expect(lines.first == "1  03/12/2026 18:57:45 UTC  proprio : utilisateur chef — rôle attribué : administration")
        #expect(lines.last?.hasSuffix("chef : utilisateur membre — rôle retiré : comité") == true)
        #expect(run.run(["audit", "--db", db, "--key", "membre", "--limit", "1"]) == 0)
        #expect(run.output.split(separator: "\n").count == 1)
    }

    @Test func checkNamesTheFirstAlteredAuditEntry() throws {
        #expect(run.run(["users", "add", "chef", "admin", "--db", db]) == 0)
        #expect(run.run(["users", "add", "agent", "suivi", "--db", db], login: "chef") == 0)
        #expect(run.run(["check", "--db", db]) == 0)
        #expect(run.output.contains("✓ journal d'audit intact (2 entrée(s), chaîne SHA-256 vérifiée)"))
        let database = try Database(path: db)
        try database.execute(sql: "DROP TRIGGER audit_log_no_update")
        try database.execute("UPDATE audit_log SET login = 'quelquun' WHERE sequence = 2", [])
        database.close()
        #expect(run.run(["check", "--db", db]) == 1)
        #expect(run.output.contains("✗ journal d'audit altéré à l'entrée n° 2 : son contenu a été modifié après coup"))
        #expect(run.output.hasSuffix("La base a des problèmes : voir ci-dessus.\n"))
    }

    @Test func purgeAsksForConfirmationAndKeepsFigures() throws {
        #expect(run.run(["users", "add", "chef", "admin", "--demo"]) == 0)
        #expect(run.run(["users", "add", "agent", "suivi", "--demo"], login: "chef") == 0)
        #expect(run.run(["purge-personal-data", "--before", "01/01/2026", "--demo"], login: "agent") == 77)
        // No terminal and no --yes: nothing happens.
        #expect(run.run(["purge-personal-data", "--before", "01/01/2026", "--demo"], login: "chef") == 64)
        #expect(run.errors.contains("relancez avec --yes"))
        // A terminal, and anything but OUI: cancelled.
        #expect(run.run(["purge-personal-data", "--before", "01/01/2026", "--demo"], login: "chef", input: ["oui"], terminal: true) == 0)
        #expect(run.errors.contains("Annulé : rien n'a été effacé."))
        let announced = run.errors.split(separator: "\n").first.map(String.init) ?? ""
        #expect(announced.contains("apprenants de"))
        #expect(run.run(["purge-personal-data", "--before", "01/01/2026", "--demo"], login: "chef", input: ["OUI"], terminal: true) == 0)
        #expect(run.errors.contains("Données personnelles effacées pour"))
        #expect(run.run(["purge-personal-data", "--before", "01/01/2026", "--demo", "--yes"], login: "chef") == 0)
        #expect(run.errors.contains("Aucune donnée personnelle à effacer"))
        #expect(run.run(["audit", "--demo", "--subject", "base"]) == 0)
        #expect(run.output.contains("données personnelles effacées : "))
        #expect(run.run(["purge-personal-data", "--before", "31/02/2026", "--demo"], login: "chef") == 64)
    }
}
