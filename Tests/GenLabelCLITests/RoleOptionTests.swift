import Foundation
import Testing
import GenLabelCore
@testable import GenLabelCLI

/// `--role`: acting with fewer rights than one's stored role (issue 3).
@Suite("--role: fewer rights allowed, more refused", .serialized)
struct RoleOptionTests {
    let run = CapturedRun()

    func setUp() {
        _ = run.run(["users", "add", "chef", "admin", "--demo"], login: "chef")
        _ = run.run(["users", "add", "agent", "instruction", "--demo"], login: "chef")
        _ = run.run(["users", "add", "membre", "comite", "--demo"], login: "chef")
    }

    @Test func comiteIsAlwaysAllowedAndHidesPersonalData() {
        setUp()
        #expect(run.run(["export", "learners", "--demo", "--role", "comite"], login: "agent") == 0)
        #expect(run.errors.contains(T(.exportPseudonymizedForRole)))
        #expect(run.run(["users", "--demo", "--role", "comite"], login: "chef") == 0)
        #expect(run.output.contains("chef"))
        // An administrator acting as a committee member cannot manage users.
        #expect(run.run(["users", "add", "autre", "suivi", "--demo", "--role", "comite"], login: "chef") == 77)
        // Without a role at all, comite is still allowed.
        #expect(run.run(["alerts", "--demo", "--role", "comite", "--severity", "a_venir"], login: "inconnu") == 0)
    }

    @Test func moreRightsThanOnesOwnAreRefusedWith77() {
        setUp()
        #expect(run.run(["export", "dossiers", "--demo", "--role", "admin"], login: "agent") == 77)
        #expect(run.errors.contains("Erreur : le rôle « administration »") || run.errors.contains("donnerait plus de droits"))
        #expect(run.run(["users", "--demo", "--role", "suivi"], login: "agent") == 77)
        #expect(run.run(["users", "--demo", "--role", "instruction"], login: "membre") == 77)
        #expect(run.run(["users", "--demo", "--role", "instruction"], login: "agent") == 0, "the same rights")
    }

    @Test func anUnknownRoleIsAUsageError() {
        #expect(run.run(["alerts", "--demo", "--role", "chef"]) == 64)
        #expect(run.errors.contains("rôle « chef » inconnu (rôles : admin, instruction, suivi, comite)"))
    }

    @Test func actingAsIsASubsetOfPermissions() {
        let instruction = Actor(login: "a", role: .instruction)
        #expect(instruction.acting(as: .comite)?.role == .comite)
        #expect(instruction.acting(as: .suivi) == nil)
        #expect(instruction.acting(as: .admin) == nil)
        #expect(Actor(login: "b", role: nil).acting(as: .comite) != nil)
        #expect(Actor(login: "c", role: .admin, isProvisionalAdmin: true).acting(as: .suivi)?.isProvisionalAdmin == false)
    }
}

/// `$EDITOR` for long notes (issue 3): the command chosen, the temporary file, failures in French.
@Suite("External editor", .serialized)
struct ExternalEditorTests {
    @Test func editorUnsetMeansVi() {
        #expect(ExternalEditor.command(environment: [:]) == "vi")
        #expect(ExternalEditor.command(environment: ["EDITOR": "  "]) == "vi")
        #expect(ExternalEditor.command(environment: ["EDITOR": "nano -w"]) == "nano -w")
    }

    @Test func theTextGoesThroughAPrivateFileAndComesBack() throws {
        let directory = NSTemporaryDirectory() + "genlabel-editor-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        // The "editor" records the file's mode and appends a line.
        let outcome = ExternalEditor.edit("Première note\n", command: "stat -c %a \"$1\" > \(directory)/mode; printf 'ajout\\n' >>",
                                          directory: directory)
        #expect(outcome == .edited("Première note\najout\n"))
        #expect(try String(contentsOfFile: directory + "/mode", encoding: .utf8) == "600\n")
        let left = try FileManager.default.contentsOfDirectory(atPath: directory).filter { $0.hasPrefix("genlabel-notes-") }
        #expect(left.isEmpty, "the temporary file is removed")
    }

    @Test func aMissingEditorIsSaidInFrench() {
        let outcome = ExternalEditor.edit("x", command: "genlabel-editeur-qui-n-existe-pas")
        #expect(outcome == .failed("l'éditeur « genlabel-editeur-qui-n-existe-pas » n'a pas pu être lancé (commande introuvable) ; réglez la variable EDITOR"))
        #expect(ExternalEditor.edit("x", command: "false") == .failed("l'éditeur « false » s'est terminé en erreur (code 1) : texte inchangé"))
    }
}
