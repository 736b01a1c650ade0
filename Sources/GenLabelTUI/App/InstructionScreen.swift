import GenLabelCore

/// The instruction screens (issue 3): a dossier's admissibility checklist, its scoring grid, its
/// life-cycle transitions; the committees and a committee's ranked list. A pure value: `AppUpdate`
/// changes it, `InstructionView` draws it.
public struct InstructionScreen: Sendable, Equatable {
    public enum Mode: Sendable, Equatable {
        case checklist, grid, transitions, committees
        case ranking(Committee.ID, date: CalendarDate)
    }

    public var mode: Mode
    /// The dossier shown (checklist, grid, transitions), as read with its version.
    public var file: InstructionFile?
    public var committees: [CommitteeOverview] = []
    public var ranking: [RankedDossier] = []
    /// The selected line: a criterion (0-based), a transition, a committee, a ranked dossier.
    public var selected = 0
    /// A reason or comment being typed.
    public var input: TextInput?
    /// Why the last action was refused, in French (shown in the screen until the next key).
    public var error: String?
    /// The detail to go back to with Échap (the dossier's), nil to go back to the lists.
    public var returnTo: DetailContent?
    /// For the ranking: the committees screen to go back to.
    public var returnCommittees: [CommitteeOverview]?
    /// For the ranking: the dossiers marked with Espace for a decision on several at once.
    public var marked: Set<Dossier.ID> = []
    /// A write refused because someone changed the dossier meanwhile: the dossier now and what was asked.
    public var conflict: InstructionConflict?
    /// For the ranking: what `/` typed (every word must appear, case and accents ignored), and whether
    /// it is being typed.
    public var rankingFilter = ""
    public var isTypingFilter = false

    public init(mode: Mode, file: InstructionFile? = nil, returnTo: DetailContent? = nil) {
        self.mode = mode; self.file = file; self.returnTo = returnTo
    }

    /// Number of selectable lines.
    public var itemCount: Int {
        switch mode {
        case .checklist: return 10
        case .grid: return 6
        case .transitions: return file.map { DossierLifecycle.targets(from: $0.dossier.state).count } ?? 0
        case .committees: return committees.count
        case .ranking: return shownRanking.count
        }
    }

    /// The ranked dossiers the filter keeps (all without one), in rank order; the selection counts in it.
    public var shownRanking: [RankedDossier] {
        let query = TextFolding.Query(rankingFilter)
        guard !query.isEmpty else { return ranking }
        return ranking.filter { query.matches(TextFolding.fold(Self.searchText($0))) }
    }

    /// What the ranking's filter looks in: number, training, region, job, state, QPV/ZRR.
    static func searchText(_ item: RankedDossier) -> String {
        let c = item.candidate
        return [c.number, c.trainingTitle, RegionCatalog.name(of: c.regionCode), c.job, c.state.displayName,
                c.locatedInQPVOrZRR ? "QPV ZRR" : ""].joined(separator: " ")
    }

    /// The transition targets offered, in order.
    public var targets: [DossierState] { file.map { DossierLifecycle.targets(from: $0.dossier.state) } ?? [] }
}

/// A line of text typed for a write: a reason or a comment.
public struct TextInput: Sendable, Equatable {
    public enum Purpose: Sendable, Equatable {
        /// A person's result for an admissibility criterion (1…10).
        case decide(criterion: Int, met: Bool)
        /// A comment on the actor's grade of a selection criterion (1…6).
        case comment(criterion: Int)
        /// The reason of a transition.
        case transition(DossierState)
        /// The convention date of a "Labellisé" decision (`jj/mm/aaaa`, today by default), for the dossier
        /// shown (empty list) or for the dossiers of a ranked list.
        case convention(dossiers: [Dossier.ID])
        /// The reason of a decision on dossiers of a ranked list.
        case bulk(DossierState, dossiers: [Dossier.ID])
        /// The weights of a committee's six selection criteria (committees view).
        case weights(Committee.ID, date: CalendarDate)
        /// The day a committee's list was collected (`jj/mm/aaaa`, today by default).
        case collect(Committee.ID, date: CalendarDate)
    }
    public var purpose: Purpose
    public var text: String
    /// What the box held when it opened: `Échap` asks before losing anything typed since.
    public var initial: String
    /// `Échap` was pressed with something typed: "Abandonner la saisie ? o / n".
    public var confirmingDiscard = false
    public init(purpose: Purpose, text: String = "") { self.purpose = purpose; self.text = text; self.initial = text }
}

/// What the instruction screens ask the store to read.
public enum InstructionRequest: Sendable, Equatable {
    case dossier(Dossier.ID, InstructionScreen.Mode)
    case committees
    case ranking(Committee.ID, date: CalendarDate)
}

/// A write of the instruction screens, on a dossier read at a version.
public enum InstructionWrite: Sendable, Equatable {
    case decide(criterion: Int, met: Bool?, reason: String)
    case grade(criterion: Int, value: Int?, comment: String?)
    case transition(DossierState, reason: String)
    /// "Labellisé", creating the label with this convention date.
    case label(conventionOn: CalendarDate, reason: String)
}

/// A write refused on a version conflict: the dossier as it is now and the write that was asked for.
/// Entrée writes ours again over their version; Échap keeps theirs.
public struct InstructionConflict: Sendable, Equatable {
    public var theirs: InstructionFile
    public var write: InstructionWrite
    public init(theirs: InstructionFile, write: InstructionWrite) { self.theirs = theirs; self.write = write }
}
