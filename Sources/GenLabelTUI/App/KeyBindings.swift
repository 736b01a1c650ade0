import GenLabelCore

/// What a key does. Bindings are data: the footer, the help screen and the README table come from
/// `KeyBindings.all`.
public enum Action: Sendable, Equatable {
    case nextPane, previousPane, goToPane(PaneKind)
    case moveUp, moveDown, pageUp, pageDown, first, last
    case open, back, help, quit
}

/// Where a binding applies.
public enum BindingContext: Sendable, Equatable, CaseIterable {
    case everywhere, list, detail
}

/// One key binding: the keys, the action, its description, and its short footer word (if shown there).
public struct KeyBinding: Sendable {
    public let keys: [Key]
    public let action: Action
    public let context: BindingContext
    public let description: TextKey
    public let footer: TextKey?

    /// Keys as shown to people: "↑ / k".
    public var keysText: String { keys.map(\.displayName).joined(separator: " / ") }
}

/// The key-binding table of the main screen.
public enum KeyBindings {
    public static let all: [KeyBinding] = [
        KeyBinding(keys: [.tab], action: .nextPane, context: .list, description: .keyNextPane, footer: .footerPanes),
        KeyBinding(keys: [.backTab], action: .previousPane, context: .list, description: .keyPreviousPane, footer: nil),
        KeyBinding(keys: (1...4).map { .character(Character(String($0))) }, action: .goToPane(.dossiers),
                   context: .list, description: .keyGoToPane, footer: nil),
        KeyBinding(keys: [.up, .character("k")], action: .moveUp, context: .list, description: .keyMoveUp, footer: nil),
        KeyBinding(keys: [.down, .character("j")], action: .moveDown, context: .list, description: .keyMoveDown,
                   footer: .footerMove),
        KeyBinding(keys: [.pageUp], action: .pageUp, context: .list, description: .keyPageUp, footer: nil),
        KeyBinding(keys: [.pageDown], action: .pageDown, context: .list, description: .keyPageDown, footer: nil),
        KeyBinding(keys: [.home, .character("g")], action: .first, context: .list, description: .keyFirst, footer: nil),
        KeyBinding(keys: [.end, .character("G")], action: .last, context: .list, description: .keyLast, footer: nil),
        KeyBinding(keys: [.enter], action: .open, context: .list, description: .keyOpen, footer: .footerOpen),
        KeyBinding(keys: [.up, .character("k")], action: .moveUp, context: .detail, description: .keyMoveUp, footer: nil),
        KeyBinding(keys: [.down, .character("j")], action: .moveDown, context: .detail, description: .keyMoveDown,
                   footer: .footerMove),
        KeyBinding(keys: [.pageUp], action: .pageUp, context: .detail, description: .keyPageUp, footer: nil),
        KeyBinding(keys: [.pageDown], action: .pageDown, context: .detail, description: .keyPageDown, footer: nil),
        KeyBinding(keys: [.escape], action: .back, context: .detail, description: .keyBack, footer: .footerBack),
        KeyBinding(keys: [.character("?")], action: .help, context: .everywhere, description: .keyHelp, footer: .footerHelp),
        KeyBinding(keys: [.character("q")], action: .quit, context: .everywhere, description: .keyQuit, footer: .footerQuit),
    ]

    /// The action of `key` in `context` (bindings of the context first, then those valid everywhere).
    public static func action(for key: Key, in context: BindingContext) -> Action? {
        if context == .list, case .character(let c) = key, let digit = c.wholeNumberValue,
           let pane = PaneKind(rawValue: digit - 1) {
            return .goToPane(pane)
        }
        for binding in all where binding.context == context && binding.keys.contains(key) { return binding.action }
        for binding in all where binding.context == .everywhere && binding.keys.contains(key) { return binding.action }
        return nil
    }

    /// The bindings shown in the footer for `context`, in table order.
    public static func footer(for context: BindingContext) -> [KeyBinding] {
        all.filter { ($0.context == context || $0.context == .everywhere) && $0.footer != nil }
    }
}
