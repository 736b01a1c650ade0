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
    /// Edit the dossier shown in its form (issue 3).
    case editDossier
    /// The dossier's audit trail (issue 3).
    case dossierHistory
    /// The form of a new dossier (issue 3).
    case newDossier
    /// Filters of the Dossiers list by state, committee, region, instructor (issue 3).
    case dossierFacets
    /// Open a form of the label shown (issue 4).
    case labelForm(LabelFormKind)
    /// In the Alertes pane: acknowledge or snooze the selected alert, undo that, filters, snoozed shown.
    case handleAlert(AlertHandling.Action)
    case clearAlertHandling
    case alertFilters
    case toggleSnoozed
    /// Open the learners of the session shown, to edit them (issue 4).
    case learners
    /// Edit the session shown in its form: dates, modality, capacity, documents, referencing (issue 4).
    case editSession
    /// Open the figures: overall from the lists, the record's group from a detail (issue 4).
    case figures
    /// Import a file (issue 5): its kind, its path, a preview, then the import.
    case importFile
}

/// The forms of a label's detail, as keys name them.
public enum LabelFormKind: Sendable, Equatable, CaseIterable {
    case action, request, decide, report, officer, renewal
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

    /// Where, within its context, the binding applies (a kind of record, a pane): one key may mean
    /// "edit" on a dossier and on a label, each with its own binding. Absent: everywhere in the context.
    public let scope: BindingScope?

    init(keys: [Key], action: Action, context: BindingContext, description: TextKey, footer: TextKey?,
         footerKeys: String? = nil, footerPriority: Int = 0, scope: BindingScope? = nil) {
        self.keys = keys; self.action = action; self.context = context; self.description = description
        self.footer = footer; self.footerKeys = footerKeys; self.footerPriority = footerPriority; self.scope = scope
    }

    /// Keys as shown to people: "↑ / k".
    public var keysText: String { keys.map(\.displayName).joined(separator: " / ") }
}

/// Where a binding applies within its context.
public enum BindingScope: Sendable, Equatable {
    /// In a list, when this pane is the active one.
    case pane(PaneKind)
    /// In the detail of a dossier, a session or a label.
    case dossierDetail, sessionDetail, labelDetail

    /// Whether the screen of `state` is in this scope.
    func holds(in state: AppState) -> Bool {
        switch self {
        case .pane(let pane): return state.activePane == pane
        case .dossierDetail:
            if case .detail(let content, _) = state.screen { return content.dossierID != nil }
        case .sessionDetail:
            if case .detail(let content, _) = state.screen { return content.editableSession != nil }
        case .labelDetail:
            if case .detail(let content, _) = state.screen { return content.editableLabel != nil }
        }
        return false
    }
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
                   description: .keyRecordAttestation, footer: .footerRecordAttestation, footerPriority: 3, scope: .sessionDetail),
        KeyBinding(keys: [.character("l")], action: .recordFact(.endListReceived(nil)), context: .detail,
                   description: .keyRecordEndList, footer: .footerRecordEndList, footerPriority: 3, scope: .sessionDetail),
        KeyBinding(keys: [.character("d")], action: .recordFact(.actualStart(nil)), context: .detail,
                   description: .keyRecordActualStart, footer: .footerRecordActualStart, footerPriority: 2, scope: .sessionDetail),
        KeyBinding(keys: [.character("r")], action: .instruction(.checklist), context: .detail,
                   description: .keyChecklist, footer: .footerChecklist, footerPriority: 3),
        KeyBinding(keys: [.character("n")], action: .instruction(.grid), context: .detail,
                   description: .keyGrid, footer: .footerGrid, footerPriority: 3),
        KeyBinding(keys: [.character("t")], action: .instruction(.transitions), context: .detail,
                   description: .keyTransitions, footer: .footerTransitions, footerPriority: 2),
        KeyBinding(keys: [.character("e")], action: .editDossier, context: .detail, description: .keyEditDossier,
                   footer: .footerEditDossier, footerPriority: 3, scope: .dossierDetail),
        KeyBinding(keys: [.character("h")], action: .dossierHistory, context: .detail, description: .keyDossierHistory,
                   footer: .footerDossierHistory, footerPriority: 1, scope: .dossierDetail),
        KeyBinding(keys: [.character("e")], action: .labelForm(.action), context: .detail,
                   description: .keyLabelAction, footer: .footerLabelAction, footerPriority: 3, scope: .labelDetail),
        // Before the label's `m` (unscoped): the first binding whose scope holds wins.
        KeyBinding(keys: [.character("m")], action: .editSession, context: .detail, description: .keyEditSession,
                   footer: .footerEditSession, footerPriority: 3, scope: .sessionDetail),
        KeyBinding(keys: [.character("m")], action: .labelForm(.request), context: .detail,
                   description: .keyLabelRequest, footer: .footerLabelRequest, footerPriority: 2),
        KeyBinding(keys: [.character("x")], action: .labelForm(.decide), context: .detail,
                   description: .keyLabelDecide, footer: .footerLabelDecide, footerPriority: 2),
        KeyBinding(keys: [.character("p")], action: .labelForm(.report), context: .detail,
                   description: .keyLabelReport, footer: .footerLabelReport, footerPriority: 2),
        KeyBinding(keys: [.character("o")], action: .labelForm(.officer), context: .detail,
                   description: .keyLabelOfficer, footer: .footerLabelOfficer, footerPriority: 1),
        KeyBinding(keys: [.character("R")], action: .labelForm(.renewal), context: .detail,
                   description: .keyLabelRenewal, footer: .footerLabelRenewal, footerPriority: 1),
        KeyBinding(keys: [.character("f")], action: .alertFilters, context: .list, description: .keyAlertFilters,
                   footer: .footerAlertFilters, footerPriority: 4, scope: .pane(.alerts)),
        KeyBinding(keys: [.character("a")], action: .handleAlert(.acknowledged), context: .list,
                   description: .keyAcknowledge, footer: .footerAcknowledge, footerPriority: 3),
        KeyBinding(keys: [.character("z")], action: .handleAlert(.snoozed), context: .list,
                   description: .keySnooze, footer: .footerSnooze, footerPriority: 2),
        KeyBinding(keys: [.character("u")], action: .clearAlertHandling, context: .list,
                   description: .keyClearHandling, footer: nil),
        KeyBinding(keys: [.character("v")], action: .toggleSnoozed, context: .list, description: .keyToggleSnoozed,
                   footer: nil),
        KeyBinding(keys: [.character("c")], action: .committees, context: .list, description: .keyCommittees,
                   footer: .footerCommittees, footerPriority: 3),
        KeyBinding(keys: [.character("n")], action: .newDossier, context: .list, description: .keyNewDossier,
                   footer: .footerNewDossier, footerPriority: 2),
        KeyBinding(keys: [.character("f")], action: .dossierFacets, context: .list, description: .keyDossierFacets,
                   footer: .footerDossierFacets, footerPriority: 3, scope: .pane(.dossiers)),
        KeyBinding(keys: [.character("e")], action: .learners, context: .detail, description: .keyLearners,
                   footer: .footerLearners, footerPriority: 3, scope: .sessionDetail),
        KeyBinding(keys: [.character("%")], action: .figures, context: .list, description: .keyFiguresList,
                   footer: .footerFigures, footerPriority: 2),
        KeyBinding(keys: [.character("f")], action: .figures, context: .detail, description: .keyFiguresDetail,
                   footer: .footerFigures, footerPriority: 2),
        KeyBinding(keys: [.character("i")], action: .importFile, context: .list, description: .keyImport,
                   footer: .footerImport, footerPriority: 1),
        KeyBinding(keys: [.character("?"), .function(1)], action: .help, context: .everywhere, description: .keyHelp, footer: .footerHelp,
                   footerPriority: 9),
        KeyBinding(keys: [.character("q")], action: .quit, context: .everywhere, description: .keyQuit, footer: .footerQuit,
                   footerPriority: 10),
    ]

    /// The action of `key` in `context` on the screen of `state`: among the bindings of that key, the
    /// first whose scope holds there (so `e` edits a dossier in a dossier's detail and a label in a
    /// label's).
    public static func action(for key: Key, in context: BindingContext, state: AppState) -> Action? {
        if context == .list, case .character(let c) = key, let digit = c.wholeNumberValue,
           let pane = PaneKind(rawValue: digit - 1) {
            return .goToPane(pane)
        }
        return all.first { binding in
            binding.context.applies(in: context) && binding.keys.contains(key) && (binding.scope?.holds(in: state) ?? true)
        }?.action
    }

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
