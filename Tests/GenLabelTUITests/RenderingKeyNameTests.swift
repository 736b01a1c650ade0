import Testing
@testable import GenLabelTUI

/// The key names shown in the footer and the help screen.
struct RenderingKeyNameTests {
    @Test(arguments: [
        (Key.up, "↑"), (.down, "↓"), (.left, "←"), (.right, "→"), (.pageUp, "PgUp"), (.pageDown, "PgDn"),
        (.home, "Début"), (.end, "Fin"), (.enter, "Entrée"), (.escape, "Échap"), (.tab, "Tab"),
        (.backTab, "Maj-Tab"), (.backspace, "Retour"), (.delete, "Suppr"), (.insert, "Inser"),
        (.function(1), "F1"), (.function(12), "F12"), (.control("x"), "Ctrl-X"), (.character("q"), "q"),
        (.character("é"), "é"), (.character(" "), "Espace"), (.character("/"), "/"),
    ])
    func displayName(key: Key, name: String) {
        #expect(key.displayName == name)
    }

    @Test func keysAreHashable() {
        let keys: Set<Key> = [.character("a"), .character("a"), .control("a"), .function(1)]
        #expect(keys.count == 3)
    }
}
