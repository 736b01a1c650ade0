import GenLabelCore

/// Entering one date for a session fact (attestation received, end list received, actual start),
/// over the session's detail. Pure value: `AppUpdate` changes it, `PromptView` draws it. The date is
/// checked when Entrée is pressed (strict `jj/mm/aaaa`, then the fact's own rules); an empty field
/// clears a date recorded by mistake. Nothing is written before the check passes.
public struct FactPrompt: Sendable, Equatable {
    /// Which fact, carrying the value read.
    public var fact: SessionFact
    public var editable: EditableSession
    /// What is typed.
    public var text: String
    /// What the field held when opened (to know whether Échap loses anything).
    public let original: String
    /// Why the last Entrée was refused, in French.
    public var error: String?
    /// Échap was pressed with changes: "o" discards them, "n" goes on typing.
    public var isAskingToDiscard = false
    /// The session was changed by someone else meanwhile: their values; Entrée keeps ours, Échap theirs.
    public var conflict: EditableSession?
    /// The detail to go back to, and its scroll.
    public var returnTo: DetailContent
    public var returnScroll: Int

    /// Opens the prompt for `fact` on `editable`: the field holds the date already recorded, else today.
    public init(fact: SessionFact, editable: EditableSession, today: CalendarDate, returnTo: DetailContent, scroll: Int) {
        let recorded = fact.current(in: editable.session)
        self.fact = fact.with(recorded)
        self.editable = editable
        self.text = (recorded ?? today).french
        self.original = recorded?.french ?? ""
        self.returnTo = returnTo
        self.returnScroll = scroll
    }

    /// Whether leaving would lose something typed.
    public var hasChanges: Bool { text != original }

    /// Adds a typed character (the field holds at most 10: `jj/mm/aaaa`).
    public mutating func type(_ character: Character) {
        error = nil
        guard text.count < 10, character.isNumber || character == "/" else { return }
        text.append(character)
    }

    public mutating func deleteBackward() {
        error = nil
        if !text.isEmpty { text.removeLast() }
    }

    public mutating func clear() {
        error = nil
        text = ""
    }

    /// The fact to record, or the reason it cannot be (set in `error`).
    public mutating func validated(today: CalendarDate) -> SessionFact? {
        let trimmed = text.trimmingWhitespace
        let date: CalendarDate?
        if trimmed.isEmpty {
            date = nil
        } else if let parsed = CalendarDate(french: trimmed) {
            date = parsed
        } else {
            error = T(.promptBadDate, trimmed)
            return nil
        }
        let candidate = fact.with(date)
        let session = conflict?.session ?? editable.session
        if let refusal = candidate.refusal(for: session, today: today) {
            error = refusal
            return nil
        }
        return candidate
    }
}
