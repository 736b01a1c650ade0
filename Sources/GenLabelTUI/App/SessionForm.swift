import GenLabelCore

/// Editing a session (issue 4), opened with `m` from its detail by the roles that record monitoring
/// (`suivi`, `admin`): planned and actual start, end, modality, capacity, the dates the start attestation
/// and the end-of-session list were received, and the three referencing dates. Every field is checked
/// as the person leaves it (its French error shows under it), and all of them before anything is
/// written. Échap asks before losing what was typed; a change made meanwhile by someone else is shown
/// with a choice. Pure value: `AppUpdate` changes it, `SessionFormView` draws it.
public struct SessionForm: Sendable, Equatable {
    /// The session as read, with its version.
    public var editing: EditableSession
    public var context: SessionCheckContext
    public var draft: SessionDraft
    /// What the fields held when the form opened (to know whether Échap loses anything).
    public var original: SessionDraft
    public var focus: SessionField = .plannedStart
    /// The errors of the fields already left (or of all fields after a refused save).
    public var errors: [SessionField: String] = [:]
    /// Échap was pressed with changes: "o" discards them, "n" goes on typing.
    public var isAskingToDiscard = false
    /// Someone else changed the session meanwhile: their values and version. Entrée keeps ours, Échap theirs.
    public var conflict: EditableSession?
    /// A refusal or a summary ("2 champ(s) à corriger"), in French.
    public var message: String?
    /// The session's detail to go back to.
    public var returnTo: DetailContent
    public var returnScroll: Int

    public init(editing: EditableSession, today: CalendarDate, returnTo: DetailContent, returnScroll: Int) {
        self.editing = editing
        self.context = SessionCheckContext(today: today)
        self.draft = SessionDraft(editing.session)
        self.original = draft
        self.returnTo = returnTo
        self.returnScroll = returnScroll
    }

    /// Whether leaving would lose something typed.
    public var hasChanges: Bool { !draft.changedFields(from: original).isEmpty }

    /// Checks the field being left, keeping or clearing its error.
    public mutating func checkFocus() {
        errors[focus] = draft.error(focus, context: context)
        // A later field whose error depended on this one is checked again (the end after the start).
        for field in SessionField.allCases where field.rawValue > focus.rawValue && errors[field] != nil {
            errors[field] = draft.error(field, context: context)
        }
    }

    /// Leaves the field (checking it) for the next (`by` 1) or previous (-1) one, wrapping around.
    public mutating func move(by delta: Int) {
        checkFocus()
        let count = SessionField.allCases.count
        focus = SessionField(rawValue: (focus.rawValue + delta + count) % count) ?? .plannedStart
    }

    /// A typed character in the focused field: digits and "/" in a date (10 at most), digits in the
    /// capacity; Espace changes the modality.
    public mutating func type(_ character: Character) {
        message = nil
        switch focus.kind {
        case .date:
            if draft[focus].count < 10, character.isASCII, character.isNumber || character == "/" { draft[focus].append(character) }
        case .number:
            if draft[focus].count < 6, character.isASCII, character.isNumber { draft[focus].append(character) }
        case .choice:
            if character == " " { cycle(by: 1) }
        }
    }

    /// The next (or previous) value of the modality.
    public mutating func cycle(by delta: Int) {
        guard case .choice(let codes) = focus.kind, !codes.isEmpty else { return }
        let index = codes.firstIndex(of: draft[focus]) ?? 0
        draft[focus] = codes[((index + delta) % codes.count + codes.count) % codes.count]
        errors[focus] = nil
    }

    public mutating func deleteBackward() {
        message = nil
        if case .choice = focus.kind { return }
        guard !draft[focus].isEmpty else { return }
        draft[focus].removeLast()
    }

    /// Ctrl-U: empties a typed field; the modality goes back to "non renseignée".
    public mutating func clearField() {
        message = nil
        draft[focus] = ""
        errors[focus] = nil
    }

    /// The session to write when every field is acceptable; else the errors are shown, the focus goes to
    /// the first wrong field and nothing is written.
    public mutating func validated() -> TrainingSession? {
        let all = draft.errors(context: context)
        errors = all
        guard all.isEmpty else {
            focus = SessionField.allCases.first { all[$0] != nil } ?? focus
            message = T(.sesFormErrors, all.count)
            return nil
        }
        return draft.session(from: editing.session, context: context)
    }
}

/// How a session's write ended.
public enum SessionWriteOutcome: Sendable, Equatable {
    /// Written (or nothing to write); the notice says so.
    case saved(notice: String, session: TrainingSession.ID)
    /// Someone changed (or removed, nil) the session meanwhile: nothing was written.
    case conflict(EditableSession?)
    /// Refused (role, read-only, a value the store refuses, busy database), in French. Nothing was written.
    case refused(String)
}
