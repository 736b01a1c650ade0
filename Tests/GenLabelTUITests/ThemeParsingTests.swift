import Foundation
import Testing
@testable import GenLabelTUI

/// Theme file parsing, errors with line numbers, shipped themes and the theme locator.
struct ThemeParsingTests {
    /// The repository's Themes directory, found from this file's path.
    static let themesDirectory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Themes")

    /// The error thrown by parsing `text`, or nil.
    func parseError(_ text: String) -> ThemeError? {
        do {
            _ = try Theme.parse(text)
            return nil
        } catch {
            return error
        }
    }

    @Test func validFile() throws {
        let theme = try Theme.parse("""
            # Thème d'essai
            name = Essai

            normal    = white on black
            header    = white on blue bold   # barre du haut
            selection = black on cyan
            overdue   = brightred bold underline
            dueSoon   = color(214)
            label     = bold
            upcoming  = on color(236)
            """)
        #expect(theme.name == "Essai")
        #expect(theme[.normal] == StyleSpec(foreground: .named(.white), background: .named(.black)))
        #expect(theme[.header] == StyleSpec(foreground: .named(.white), background: .named(.blue),
                                            attributes: [.bold]))
        #expect(theme[.selection] == StyleSpec(foreground: .named(.black), background: .named(.cyan)))
        #expect(theme[.overdue] == StyleSpec(foreground: .bright(.red), background: .named(.black),
                                             attributes: [.bold, .underline]))
        // Omitted background or foreground comes from normal.
        #expect(theme[.dueSoon] == StyleSpec(foreground: .color(214), background: .named(.black)))
        #expect(theme[.label] == StyleSpec(foreground: .named(.white), background: .named(.black),
                                           attributes: [.bold]))
        #expect(theme[.upcoming] == StyleSpec(foreground: .named(.white), background: .color(236)))
    }

    @Test func unlistedRolesInheritNormalEvenWhenNormalComesLast() throws {
        let theme = try Theme.parse("overdue = red\nnormal = green on black underline\n", name: "fichier")
        #expect(theme.name == "fichier")
        for role in StyleRole.allCases where role != .overdue && role != .normal {
            #expect(theme[role] == theme[.normal])
        }
        #expect(theme[.normal] == StyleSpec(foreground: .named(.green), background: .named(.black),
                                            attributes: [.underline]))
        #expect(theme[.overdue] == StyleSpec(foreground: .named(.red), background: .named(.black)))
        let empty = try Theme.parse("# rien\n\n")
        #expect(empty == Theme(name: ""))
        #expect(empty[.selection] == StyleSpec())
    }

    @Test func namesAreCaseInsensitiveAndCRLFAndBOMAreAccepted() throws {
        let theme = try Theme.parse("\u{FEFF}DueSoon = BrightYellow On Blue BOLD\r\nNAME = x\r\n")
        #expect(theme[.dueSoon] == StyleSpec(foreground: .bright(.yellow), background: .named(.blue),
                                             attributes: [.bold]))
        #expect(theme.name == "x")
    }

    @Test(arguments: [
        ("normal = default\nheader white on blue\n", ThemeError.missingEquals(line: 2),
         "ligne 2 : « = » manquant (forme attendue : rôle = couleur [on fond] [attributs])"),
        ("\n\n= red\n", .missingRole(line: 3), "ligne 3 : rôle manquant avant « = »"),
        ("# x\nentete = red\n", .unknownRole(line: 2, name: "entete"), "ligne 2 : rôle inconnu « entete »"),
        ("normal = default\n\n\noverdue = rouge bold\n", .unknownColor(line: 4, token: "rouge"),
         "ligne 4 : couleur inconnue « rouge »"),
        ("overdue = red on rouge\n", .unknownColor(line: 1, token: "rouge"),
         "ligne 1 : couleur inconnue « rouge »"),
        ("overdue = color(x)\n", .unknownColor(line: 1, token: "color(x)"),
         "ligne 1 : couleur inconnue « color(x) »"),
        ("overdue = red gras\n", .unknownAttribute(line: 1, token: "gras"),
         "ligne 1 : attribut inconnu « gras »"),
        ("\noverdue = color(300)\n", .colorOutOfRange(line: 2, token: "color(300)"),
         "ligne 2 : couleur hors limites « color(300) » (de color(0) à color(255))"),
        ("overdue = red on\n", .missingBackground(line: 1), "ligne 1 : couleur de fond manquante après « on »"),
        ("overdue = on black yellow\n", .misplacedColor(line: 1, token: "yellow"),
         "ligne 1 : « yellow » mal placé (forme attendue : rôle = couleur [on fond] [attributs])"),
        ("overdue = red bold on black\n", .misplacedColor(line: 1, token: "on"),
         "ligne 1 : « on » mal placé (forme attendue : rôle = couleur [on fond] [attributs])"),
        ("overdue =   # rien\n", .emptyValue(line: 1, key: "overdue"), "ligne 1 : valeur manquante pour « overdue »"),
        ("name =\n", .emptyValue(line: 1, key: "name"), "ligne 1 : valeur manquante pour « name »"),
        ("overdue = red\nheader = blue\noverdue = red\n", .duplicate(line: 3, key: "overdue", firstLine: 1),
         "ligne 3 : « overdue » déjà défini ligne 1"),
        ("name = a\nname = b\n", .duplicate(line: 2, key: "name", firstLine: 1),
         "ligne 2 : « name » déjà défini ligne 1"),
    ])
    func errorsCarryTheLineAndAFrenchMessage(text: String, expected: ThemeError, message: String) {
        let error = parseError(text)
        #expect(error == expected)
        #expect(error?.line == expected.line)
        #expect(error?.description == message)
        #expect(error?.localizedDescription == message)
    }

    @Test func fileErrors() throws {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("genlabel-theme-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let missing = directory.appendingPathComponent("absent.theme")
        #expect(throws: ThemeError.unreadableFile(path: missing.path)) { try Theme.load(from: missing) }
        let latin1 = directory.appendingPathComponent("latin1.theme")
        try Data([0x23, 0x20, 0xC9, 0x63, 0x68, 0xE9, 0x61, 0x6E, 0x63, 0x65, 0x0A]).write(to: latin1)
        #expect(throws: ThemeError.invalidEncoding(path: latin1.path)) { try Theme.load(from: latin1) }
        #expect(ThemeError.unreadableFile(path: "/x").line == nil)
        #expect(ThemeError.invalidEncoding(path: "/x/y.theme").description
                == "thème /x/y.theme : le fichier n'est pas du texte UTF-8")
        let named = directory.appendingPathComponent("sombre.theme")
        try "overdue = red\n".write(to: named, atomically: true, encoding: .utf8)
        #expect(try Theme.load(from: named).name == "sombre")
    }

    @Test func fileTextRoundTrips() throws {
        for theme in [Theme.builtIn, try Theme.parse("normal = color(240) on color(230)\nlabel = italic dim\n")] {
            #expect(try Theme.parse(theme.fileText) == theme)
        }
    }

    @Test(arguments: ["default", "monochrome", "solarized-light"])
    func shippedThemesParse(name: String) throws {
        let url = Self.themesDirectory.appendingPathComponent(name + ".theme")
        let theme = try Theme.load(from: url)
        #expect(!theme.name.isEmpty)
        // Every shipped theme lists every role explicitly.
        let text = try String(contentsOf: url, encoding: .utf8)
        for role in StyleRole.allCases {
            #expect(text.contains("\n" + role.rawValue + " "), "\(name).theme ne définit pas \(role.rawValue)")
        }
    }

    @Test func builtInThemeIsTheDefaultFile() throws {
        let file = try Theme.load(from: Self.themesDirectory.appendingPathComponent("default.theme"))
        #expect(file == Theme.builtIn)
        #expect(Theme.builtIn.name == "défaut")
        #expect(Theme.builtIn[.overdue].attributes.contains(.bold))
        #expect(Theme.builtIn[.selection] != Theme.builtIn[.normal])
    }

    @Test func locatorSearchesDirectoriesInOrder() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("genlabel-loc-\(UUID().uuidString)")
        let first = root.appendingPathComponent("a")
        let second = root.appendingPathComponent("b")
        try FileManager.default.createDirectory(at: first, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: second, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }
        try "normal = red\n".write(to: second.appendingPathComponent("sombre.theme"), atomically: true, encoding: .utf8)
        try "normal = blue\n".write(to: second.appendingPathComponent("clair.theme"), atomically: true, encoding: .utf8)
        try FileManager.default.createDirectory(at: first.appendingPathComponent("dossier.theme"),
                                                withIntermediateDirectories: true)
        try "normal = green\n".write(to: first.appendingPathComponent("clair.theme"), atomically: true, encoding: .utf8)
        let paths = ["", root.appendingPathComponent("absent").path, first.path, second.path]

        #expect(ThemeLocator.find(name: "sombre", searchPaths: paths)?.lastPathComponent == "sombre.theme")
        #expect(ThemeLocator.find(name: "clair", searchPaths: paths)?.deletingLastPathComponent().lastPathComponent == "a")
        #expect(ThemeLocator.find(name: "clair.theme", searchPaths: paths) != nil)
        #expect(ThemeLocator.find(name: "dossier", searchPaths: paths) == nil) // a directory is not a theme
        #expect(ThemeLocator.find(name: "inconnu", searchPaths: paths) == nil)
        #expect(ThemeLocator.find(name: "", searchPaths: paths) == nil)
        let byPath = second.appendingPathComponent("sombre").path
        #expect(ThemeLocator.find(name: byPath, searchPaths: [])?.lastPathComponent == "sombre.theme")
        #expect(ThemeLocator.availableThemes(searchPaths: paths) == ["clair", "sombre"])
        #expect(ThemeLocator.find(name: "default", searchPaths: [Self.themesDirectory.path]) != nil)
    }
}
