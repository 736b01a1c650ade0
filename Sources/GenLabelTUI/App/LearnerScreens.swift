import GenLabelCore

/// A session's learners, to add, edit or remove one (issue 4), opened with `e` from the session's
/// detail by the roles that may record monitoring and read personal data. Pure value.
public struct LearnerListScreen: Sendable, Equatable {
    public var session: TrainingSession
    /// "S2026-09 — Développeur web — Vannes".
    public var title: String
    public var learners: [VersionedLearner]
    public var selected = 0
    /// `x` was pressed: "o" removes the selected learner, "n" or Échap does not.
    public var isConfirmingRemoval = false
    /// Why the last action was refused, in French.
    public var error: String?
    /// The session's detail to go back to.
    public var returnTo: DetailContent
    public var returnScroll: Int

    public init(session: TrainingSession, title: String, learners: [VersionedLearner], returnTo: DetailContent,
                returnScroll: Int) {
        self.session = session; self.title = title; self.learners = learners; self.returnTo = returnTo
        self.returnScroll = returnScroll
    }

    public var selectedLearner: VersionedLearner? { learners.indices.contains(selected) ? learners[selected] : nil }
}

/// Adding or editing one learner: every field of `LearnerDraft`, checked as the person leaves it (the
/// error shows next to the field), and all of them before anything is written. Échap asks before
/// losing what was typed; a change made meanwhile by someone else is shown with a choice.
public struct LearnerForm: Sendable, Equatable {
    /// The learner as read, with its version; nil when adding.
    public var editing: VersionedLearner?
    public var sessionID: TrainingSession.ID
    public var context: LearnerCheckContext
    public var draft: LearnerDraft
    /// What the fields held when the form opened (to know whether Échap loses anything).
    public var original: LearnerDraft
    public var focus: LearnerField = .lastName
    /// The errors of the fields already left (or of all fields after a refused save).
    public var errors: [LearnerField: String] = [:]
    /// Échap was pressed with changes: "o" discards them, "n" goes on typing.
    public var isAskingToDiscard = false
    /// Someone else changed the learner meanwhile: their values and version. Entrée keeps ours, Échap theirs.
    public var conflict: VersionedLearner?
    /// A refusal or a summary ("2 champs à corriger"), in French.
    public var message: String?
    /// The list to go back to.
    public var returnTo: LearnerListScreen

    public init(editing: VersionedLearner?, list: LearnerListScreen, today: CalendarDate) {
        self.editing = editing
        self.sessionID = list.session.id
        self.context = LearnerCheckContext(today: today, sessionStart: list.session.effectiveStart)
        self.draft = editing.map { LearnerDraft($0.learner) } ?? LearnerDraft()
        self.original = draft
        self.returnTo = list
    }

    public var isAdding: Bool { editing == nil }

    /// Whether leaving would lose something typed.
    public var hasChanges: Bool { !draft.changedFields(from: original).isEmpty }

    /// Checks the field being left, keeping or clearing its error.
    public mutating func checkFocus() {
        errors[focus] = draft.error(focus, context: context)
        // A later field whose error depended on this one is checked again (an exit date after the exit).
        for field in LearnerField.allCases where field.rawValue > focus.rawValue && errors[field] != nil {
            errors[field] = draft.error(field, context: context)
        }
    }

    /// Leaves the field (checking it) for the next (`by` 1) or previous (-1) one, wrapping around.
    public mutating func move(by delta: Int) {
        checkFocus()
        let count = LearnerField.allCases.count
        focus = LearnerField(rawValue: (focus.rawValue + delta + count) % count) ?? .lastName
    }

    /// A typed character in the focused field. Text and date fields take it; a choice field takes Espace
    /// (next value) and, for the yes/no fields, "o" and "n".
    public mutating func type(_ character: Character) {
        message = nil
        switch focus.kind {
        case .text(let maxLength):
            if draft[focus].count < maxLength { draft[focus].append(character) }
        case .date:
            if draft[focus].count < 10, character.isNumber || character == "/" { draft[focus].append(character) }
        case .insee:
            if draft[focus].count < 5, character.isLetter || character.isNumber { draft[focus].append(Character(character.uppercased())) }
        case .choice(let codes):
            if character == " " { cycle(by: 1) }
            else if codes.contains("oui"), character == "o" || character == "O" { draft[focus] = "oui"; errors[focus] = nil }
            else if codes.contains("non"), character == "n" || character == "N" { draft[focus] = "non"; errors[focus] = nil }
            else if let code = codes.first(where: { !$0.isEmpty && $0.uppercased().first == Character(character.uppercased()) }),
                    focus == .gender {
                draft[focus] = code; errors[focus] = nil
            }
        }
    }

    /// The next (or previous) value of a choice field.
    public mutating func cycle(by delta: Int) {
        guard case .choice(let codes) = focus.kind, !codes.isEmpty else { return }
        let index = codes.firstIndex(of: draft[focus]) ?? -1
        draft[focus] = codes[((index + delta) % codes.count + codes.count) % codes.count]
        errors[focus] = nil
    }

    public mutating func deleteBackward() {
        message = nil
        guard !draft[focus].isEmpty else { return }
        if case .choice = focus.kind { return }
        draft[focus].removeLast()
    }

    public mutating func clearField() {
        message = nil
        if case .choice = focus.kind { return }
        draft[focus] = ""
    }

    /// The learner to write when every field is acceptable; else the errors are shown, the focus goes to
    /// the first one and nothing is written.
    public mutating func validated() -> Learner? {
        let all = draft.errors(context: context)
        errors = all
        guard all.isEmpty else {
            focus = LearnerField.allCases.first { all[$0] != nil } ?? focus
            message = T(.lrnFormErrors, all.count)
            return nil
        }
        return draft.learner(id: editing?.learner.id ?? .init(0), sessionID: sessionID, context: context)
    }
}

/// A learner write asked by the screens.
public enum LearnerWrite: Sendable, Equatable {
    case add(Learner)
    case update(Learner, expectedVersion: Int64)
    case remove(Learner.ID, session: TrainingSession.ID, expectedVersion: Int64)
}

/// How a learner write ended.
public enum LearnerWriteOutcome: Sendable, Equatable {
    case saved(notice: String, session: TrainingSession.ID)
    /// Someone changed (or removed, nil) the learner meanwhile: nothing was written.
    case conflict(VersionedLearner?)
    case refused(String)
}
