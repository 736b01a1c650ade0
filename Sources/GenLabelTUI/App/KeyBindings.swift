import GenLabelCore

/// What a key does. Bindings are data: the footer, the help screen and the README table come from
/// `KeyBindings.all`.
public enum Action: Sendable, Equatable {
    case nextPane, previousPane, goToPane(PaneKind)
    case moveUp, moveDown, pageUp, pageDown, first, last
    case open, back, help, quit
    case filter, clearFilter, sort, reverseSort
    /// Record a session fact (its date is entered in a prompt); the fact carries no date here.
    case recordFact(SessionFact)
    /// Open an instruction screen of the dossier shown (issue 3).
    case instruction(InstructionScreen.Mode)
    /// Open the committees (issue 3).
    case committees
    /// Open the learners of the session shown, to edit them (issue 4).
    case learners
    /// Open the figures: overall from the lists, the record's group from a detail (issue 4).
    case figures
}

/// Where a binding applies. `moving` bindings work in lists and in details alike.
public enum BindingContext: Sendable, Equatable, CaseIterable {
    case everywhere, moving, list, detail

    /// Whether a binding of this context is active in `screen` (a list or a detail).
    func applies(in screen: BindingContext) -> Bool {
        self == screen || self == .everywhere || (self == .moving && (screen == .list || screen == .detail))
    }
}

/// One key binding: the keys, the action, its description, and its short footer word (if shown there).
public struct KeyBinding: Sendable {
    public let keys: [Key]
    public let action: Action
    public let context: BindingContext
    public let description: TextKey
    public let footer: TextKey?
    /// The keys as the footer shows them ("↑↓"), when not just the first key.
    public let footerKeys: String?
    /// Which footer hints stay when the line is too narrow: the highest.
    public let footerPriority: Int

    init(keys: [Key], action: Action, context: BindingContext, description: TextKey, footer: TextKey?,
         footerKeys: String? = nil, footerPriority: Int = 0) {
        self.keys = keys; self.action = action; self.context = context; self.description = description
        self.footer = footer; self.footerKeys = footerKeys; self.footerPriority = footerPriority
    }

    /// Keys as shown to people: "↑ / k".
    public var keysText: String { keys.map(\.displayName).joined(separator: " / ") }
}

/// The key-binding table of the main screen.
public enum KeyBindings {
    public static let all: [KeyBinding] = [
        KeyBinding(keys: [.tab], action: .nextPane, context: .list, description: .keyNextPane, footer: .footerPanes,
                   footerPriority: 6),
        KeyBinding(keys: [.backTab], action: .previousPane, context: .list, description: .keyPreviousPane, footer: nil),
        KeyBinding(keys: (1...4).map { .character(Character(String($0))) }, action: .goToPane(.dossiers),
                   context: .list, description: .keyGoToPane, footer: nil),
        KeyBinding(keys: [.up, .character("k")], action: .moveUp, context: .moving, description: .keyMoveUp, footer: nil),
        KeyBinding(keys: [.down, .character("j")], action: .moveDown, context: .moving, description: .keyMoveDown,
                   footer: .footerMove, footerKeys: "↑↓", footerPriority: 8),
        KeyBinding(keys: [.pageUp], action: .pageUp, context: .moving, description: .keyPageUp, footer: nil),
        KeyBinding(keys: [.pageDown], action: .pageDown, context: .moving, description: .keyPageDown, footer: nil),
        KeyBinding(keys: [.home, .character("g")], action: .first, context: .moving, description: .keyFirst, footer: nil),
        KeyBinding(keys: [.end, .character("G")], action: .last, context: .moving, description: .keyLast, footer: nil),
        KeyBinding(keys: [.enter], action: .open, context: .list, description: .keyOpen, footer: .footerOpen,
                   footerPriority: 7),
        KeyBinding(keys: [.character("/")], action: .filter, context: .list, description: .keyFilter, footer: .footerFilter,
                   footerPriority: 5),
        KeyBinding(keys: [.escape], action: .clearFilter, context: .list, description: .clearFilterKey, footer: nil),
        KeyBinding(keys: [.character("s")], action: .sort, context: .list, description: .keySort, footer: .footerSort,
                   footerPriority: 4),
        KeyBinding(keys: [.character("S")], action: .reverseSort, context: .list, description: .keyReverseSort, footer: nil),
        KeyBinding(keys: [.enter], action: .open, context: .detail, description: .keyOpenTarget, footer: .footerOpenTarget,
                   footerPriority: 7),
        KeyBinding(keys: [.escape], action: .back, context: .detail, description: .keyBack, footer: .footerBack,
                   footerPriority: 8),
        KeyBinding(keys: [.character("a")], action: .recordFact(.startAttestationReceived(nil)), context: .detail,
                   description: .keyRecordAttestation, footer: .footerRecordAttestation, footerPriority: 3),
        KeyBinding(keys: [.character("l")], action: .recordFact(.endListReceived(nil)), context: .detail,
                   description: .keyRecordEndList, footer: .footerRecordEndList, footerPriority: 3),
        KeyBinding(keys: [.character("d")], action: .recordFact(.actualStart(nil)), context: .detail,
                   description: .keyRecordActualStart, footer: .footerRecordActualStart, footerPriority: 2),
        KeyBinding(keys: [.character("r")], action: .instruction(.checklist), context: .detail,
                   description: .keyChecklist, footer: .footerChecklist, footerPriority: 3),
        KeyBinding(keys: [.character("n")], action: .instruction(.grid), context: .detail,
                   description: .keyGrid, footer: .footerGrid, footerPriority: 3),
        KeyBinding(keys: [.character("t")], action: .instruction(.transitions), context: .detail,
                   description: .keyTransitions, footer: .footerTransitions, footerPriority: 2),
        KeyBinding(keys: [.character("c")], action: .committees, context: .list, description: .keyCommittees,
                   footer: .footerCommittees, footerPriority: 3),
        KeyBinding(keys: [.character("e")], action: .learners, context: .detail, description: .keyLearners,
                   footer: .footerLearners, footerPriority: 3),
        KeyBinding(keys: [.character("f")], action: .figures, context: .list, description: .keyFiguresList,
                   footer: .footerFigures, footerPriority: 2),
        KeyBinding(keys: [.character("f")], action: .figures, context: .detail, description: .keyFiguresDetail,
                   footer: .footerFigures, footerPriority: 2),
        KeyBinding(keys: [.character("?")], action: .help, context: .everywhere, description: .keyHelp, footer: .footerHelp,
                   footerPriority: 9),
        KeyBinding(keys: [.character("q")], action: .quit, context: .everywhere, description: .keyQuit, footer: .footerQuit,
                   footerPriority: 10),
    ]

    /// The action of `key` in `context` (a list or a detail).
    public static func action(for key: Key, in context: BindingContext) -> Action? {
        if context == .list, case .character(let c) = key, let digit = c.wholeNumberValue,
           let pane = PaneKind(rawValue: digit - 1) {
            return .goToPane(pane)
        }
        return all.first { $0.context.applies(in: context) && $0.keys.contains(key) }?.action
    }

    /// The bindings shown in the footer for `context`, in table order.
    public static func footer(for context: BindingContext) -> [KeyBinding] {
        all.filter { $0.context.applies(in: context) && $0.footer != nil }
    }
}
