import Foundation
import Testing
@testable import GenLabelTUI

/// Fitting a theme to the terminal: fewer colours, no colour at all.
struct ThemeAdaptationTests {
    /// A theme using every kind of colour.
    static let rich = try! Theme.parse("""
        normal   = default on default
        header   = brightwhite on blue bold
        overdue  = brightred bold
        dueSoon  = color(214)
        upcoming = color(245) on color(236)
        success  = color(2)
        warning  = color(11) underline
        error    = white on brightred
        """, name: "riche")

    /// Every colour used by `theme`.
    func colors(of theme: Theme) -> [ThemeColor] {
        StyleRole.allCases.flatMap { [theme[$0].foreground, theme[$0].background] }
    }

    @Test func twoHundredFiftySixColoursKeepTheTheme() {
        #expect(Self.rich.degraded(toColors: 256) == Self.rich)
        #expect(Self.rich.degraded(toColors: 16_777_216) == Self.rich)
    }

    @Test func sixteenColoursMapThePaletteToTheNearestBasicOrBright() {
        let theme = Self.rich.degraded(toColors: 16)
        #expect(theme[.dueSoon].foreground == .named(.yellow)) // 214 = (255, 175, 0), nearest (205, 205, 0)
        #expect(theme[.upcoming] == StyleSpec(foreground: .bright(.black), background: .named(.black)))
        #expect(theme[.success].foreground == .named(.green))
        #expect(theme[.warning] == StyleSpec(foreground: .bright(.yellow), attributes: [.underline]))
        #expect(theme[.overdue] == Self.rich[.overdue])
        for color in colors(of: theme) { #expect(color.cursesNumber < 16) }
    }

    @Test func eightColoursDropBrightnessAndAddBoldToForegrounds() {
        let theme = Self.rich.degraded(toColors: 8)
        #expect(theme[.header] == StyleSpec(foreground: .named(.white), background: .named(.blue),
                                            attributes: [.bold]))
        #expect(theme[.overdue] == StyleSpec(foreground: .named(.red), attributes: [.bold]))
        #expect(theme[.dueSoon] == StyleSpec(foreground: .named(.yellow))) // 214 is nearest to plain yellow
        #expect(theme[.warning] == StyleSpec(foreground: .named(.yellow), attributes: [.underline, .bold]))
        // A bright background becomes the basic colour, without bold.
        #expect(theme[.error] == StyleSpec(foreground: .named(.white), background: .named(.red)))
        #expect(theme[.normal] == StyleSpec())
        for color in colors(of: theme) { #expect(color.cursesNumber < 8) }
    }

    @Test func paletteColourNearBrightRed() {
        let theme = Theme(name: "", roles: [.overdue: StyleSpec(foreground: .color(196), background: .color(17))])
        #expect(theme.degraded(toColors: 16)[.overdue] == StyleSpec(foreground: .bright(.red),
                                                                    background: .named(.black)))
        #expect(theme.degraded(toColors: 8)[.overdue] == StyleSpec(foreground: .named(.red),
                                                                   background: .named(.black),
                                                                   attributes: [.bold]))
        #expect(theme.degraded(toColors: 88)[.overdue].foreground == .bright(.red))
    }

    @Test func fewerThanEightColoursIsMonochrome() {
        #expect(Self.rich.degraded(toColors: 2) == Theme.monochrome(from: Self.rich))
        #expect(Self.rich.degraded(toColors: 0) == Theme.monochrome(from: Self.rich))
    }

    @Test func monochromeHasNoColourAndKeepsDeadlinesAndSelectionDistinct() {
        for source in [Self.rich, Theme.builtIn, Theme(name: "vide")] {
            let theme = Theme.monochrome(from: source)
            for color in colors(of: theme) { #expect(color == .default) }
            let roles: [StyleRole] = [.overdue, .dueSoon, .upcoming, .selection]
            let looks = Set(roles.map { theme[$0].attributes })
            #expect(looks.count == roles.count, "\(source.name) : rôles confondus sans couleur")
            #expect(theme[.selection].attributes.contains(.reverse))
            #expect(theme[.selectionInactive] != theme[.selection])
            #expect(theme[.overdue].attributes == [.bold, .underline])
            #expect(theme[.dueSoon].attributes == [.bold])
            #expect(theme[.upcoming].attributes == [])
        }
    }

    @Test func monochromeKeepsTheAttributesOfOtherRoles() {
        let theme = Theme.monochrome(from: Theme.builtIn)
        #expect(theme[.columnHeader].attributes == [.bold])
        #expect(theme[.helpTitle].attributes == [.bold, .underline])
        #expect(theme[.label].attributes == [])
        #expect(theme.name == Theme.builtIn.name)
    }

    @Test func shippedMonochromeThemeIsAlreadyMonochrome() throws {
        let url = ThemeParsingTests.themesDirectory.appendingPathComponent("monochrome.theme")
        let theme = try Theme.load(from: url)
        #expect(Theme.monochrome(from: theme) == theme)
        #expect(theme.degraded(toColors: 8) == theme)
    }

    @Test(arguments: ["default", "solarized-light"])
    func shippedThemesFitEightColours(name: String) throws {
        let url = ThemeParsingTests.themesDirectory.appendingPathComponent(name + ".theme")
        let theme = try Theme.load(from: url).degraded(toColors: 8)
        for color in colors(of: theme) { #expect(color.cursesNumber < 8) }
        #expect(theme[.selection] != theme[.normal])
        #expect(theme[.overdue] != theme[.normal])
    }

    @Test func colourNamesAndNumbers() {
        #expect(ThemeColor(themeName: "default") == .default)
        #expect(ThemeColor(themeName: "magenta") == .named(.magenta))
        #expect(ThemeColor(themeName: "BrightCyan") == .bright(.cyan))
        #expect(ThemeColor(themeName: "color(0)") == .color(0))
        #expect(ThemeColor(themeName: "color(255)") == .color(255))
        #expect(ThemeColor(themeName: "color(256)") == nil)
        #expect(ThemeColor(themeName: "color(-1)") == nil)
        #expect(ThemeColor(themeName: "rouge") == nil)
        #expect(ThemeColor.default.cursesNumber == -1)
        #expect(ThemeColor.bright(.white).cursesNumber == 15)
        #expect(ThemeColor.bright(.red).description == "brightred")
        #expect(StyleSpec(foreground: .named(.white), background: .named(.blue), attributes: [.underline, .bold])
                .description == "white on blue bold underline")
    }
}
