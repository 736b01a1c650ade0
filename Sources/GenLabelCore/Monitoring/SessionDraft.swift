/// A session as typed in its form (issue 4, `m` in a session's detail): one text per field, checked
/// field by field as the person leaves it, and as a whole before anything is saved (by the form, and
/// again by the store inside its transaction). Pure; the TUI's `SessionForm` holds one.
public enum SessionField: Int, CaseIterable, Sendable, Hashable {
    case plannedStart, actualStart, end, modality, capacity
    case startAttestation, endList
    case carifOref, monCompteFormation, kairos

    /// How the field is typed.
    public enum Kind: Sendable, Equatable {
        /// `jj/mm/aaaa`, strictly (two digits, two digits, four digits).
        case date
        /// Digits.
        case number
        /// One of these codes, chosen with Espace or ←/→ (the empty code "" is "not recorded").
        case choice([String])
    }

    public var kind: Kind {
        switch self {
        case .capacity: return .number
        case .modality: return .choice([""] + SessionModality.allCases.map(\.rawValue))
        default: return .date
        }
    }

    /// Must be filled in.
    public var isRequired: Bool { [.plannedStart, .end, .capacity].contains(self) }

    /// The referencing platform of a referencing field.
    public var platform: ReferencingPlatform? {
        switch self {
        case .carifOref: return .carifOref
        case .monCompteFormation: return .monCompteFormation
        case .kairos: return .kairos
        default: return nil
        }
    }

    /// The field's label in the form and in the audit trail.
    public var label: String {
        switch self {
        case .plannedStart: return T(.fieldPlannedStart)
        case .actualStart: return T(.fieldActualStart)
        case .end: return T(.fieldEnd)
        case .modality: return T(.fieldModality)
        case .capacity: return T(.fieldCapacity)
        case .startAttestation: return T(.factStartAttestation)
        case .endList: return T(.factEndList)
        case .carifOref, .monCompteFormation, .kairos: return T(.sesReferencedOn, platform?.displayName ?? "")
        }
    }

    /// The French word of a choice code ("non renseignée" for none).
    public func choiceText(_ code: String) -> String {
        if code.isEmpty { return T(.modalityNotRecorded) }
        return SessionModality(rawValue: code)?.displayName ?? code
    }

    /// The largest capacity accepted (the import's bound; "100 000" in the error message).
    public static let maximumCapacity = 100_000
}

/// What the checks of a session need to know besides the typed values.
public struct SessionCheckContext: Sendable, Equatable {
    public var today: CalendarDate
    public init(today: CalendarDate) { self.today = today }
}

public struct SessionDraft: Sendable, Equatable {
    public var values: [SessionField: String]

    /// The values of a stored session.
    public init(_ session: TrainingSession) {
        values = [
            .plannedStart: session.plannedStart.french, .actualStart: session.actualStart?.french ?? "",
            .end: session.end.french, .modality: session.modality?.rawValue ?? "", .capacity: String(session.capacity),
            .startAttestation: session.startAttestationReceivedOn?.french ?? "",
            .endList: session.endOfSessionListReceivedOn?.french ?? "",
        ]
        for platform in ReferencingPlatform.allCases {
            values[SessionField.field(of: platform)] = session.referencing[platform]?.french ?? ""
        }
    }

    public subscript(field: SessionField) -> String {
        get { values[field] ?? "" }
        set { values[field] = newValue }
    }

    /// A date typed strictly as `jj/mm/aaaa` that exists, between 1900 and 2199 (the range `--today` takes).
    static func date(_ text: String) -> CalendarDate? {
        guard let date = CalendarDate(french: text), (1900...2199).contains(date.year) else { return nil }
        return date
    }

    private func date(_ field: SessionField) -> CalendarDate? { Self.date(self[field].trimmingWhitespace) }

    /// The start the documents count from as typed: the actual start when it is a date, else the planned one.
    private var effectiveStart: CalendarDate? { date(.actualStart) ?? date(.plannedStart) }

    /// Why `field`'s value is refused, in French; nil when it is acceptable. Checks the field alone and
    /// its links to the fields before it (the end after the start, documents not before the start).
    public func error(_ field: SessionField, context: SessionCheckContext) -> String? {
        let text = self[field].trimmingWhitespace
        if text.isEmpty { return field.isRequired ? T(.sesRequired) : nil }
        switch field.kind {
        case .number:
            guard text.allSatisfy({ $0.isASCII && $0.isNumber }), text.count <= 6, let value = Int(text),
                  value <= SessionField.maximumCapacity else { return T(.sesBadCapacity, text, "100 000") }
            return nil
        case .choice(let codes):
            return codes.contains(text) ? nil : T(.sesBadChoice)
        case .date:
            break
        }
        guard let value = Self.date(text) else { return T(.sesBadDate, text) }
        switch field {
        case .plannedStart:
            return nil
        case .actualStart:
            if value > context.today { return T(.sesFutureDate, context.today.french) }
            if let planned = date(.plannedStart), value < planned.addingYears(-1) { return T(.sesStartTooEarly, planned.french) }
        case .end:
            if let planned = date(.plannedStart), value < planned { return T(.sesEndBeforeStart, planned.french) }
            if let actual = date(.actualStart), value < actual { return T(.sesEndBeforeStart, actual.french) }
        case .startAttestation, .endList:
            if value > context.today { return T(.sesFutureDate, context.today.french) }
            if let start = effectiveStart, value < start { return T(.sesBeforeStart, start.french) }
        case .carifOref, .monCompteFormation, .kairos:
            if value > context.today { return T(.sesFutureDate, context.today.french) }
        case .modality, .capacity:
            break
        }
        return nil
    }

    /// Every field's error.
    public func errors(context: SessionCheckContext) -> [SessionField: String] {
        var result: [SessionField: String] = [:]
        for field in SessionField.allCases { if let error = error(field, context: context) { result[field] = error } }
        return result
    }

    /// `base` with these values, when every field is acceptable; nil otherwise. The id, label and code
    /// are `base`'s: the form does not move a session.
    public func session(from base: TrainingSession, context: SessionCheckContext) -> TrainingSession? {
        guard errors(context: context).isEmpty, let planned = date(.plannedStart), let end = date(.end),
              let capacity = Int(self[.capacity].trimmingWhitespace) else { return nil }
        var session = base
        session.plannedStart = planned
        session.actualStart = date(.actualStart)
        session.end = end
        session.capacity = capacity
        session.modality = SessionModality(rawValue: self[.modality].trimmingWhitespace)
        session.startAttestationReceivedOn = date(.startAttestation)
        session.endOfSessionListReceivedOn = date(.endList)
        for platform in ReferencingPlatform.allCases { session.referencing[platform] = date(SessionField.field(of: platform)) }
        return session
    }

    /// The fields whose values differ from `other`'s (for the audit entry and the conflict screen).
    public func changedFields(from other: SessionDraft) -> [SessionField] {
        SessionField.allCases.filter { self[$0].trimmingWhitespace != other[$0].trimmingWhitespace }
    }

    /// How a value shows in the audit trail and the conflict screen ("—" when empty).
    public static func shown(_ value: String, of field: SessionField) -> String {
        if case .choice = field.kind { return value.isEmpty ? "—" : field.choiceText(value) }
        return value.isEmpty ? "—" : value
    }

    /// The audit trail's words for the change from `old` to `new`: "Début prévu : 07/09/2026 →
    /// 14/09/2026 ; Modalité : — → Hybride". Sessions carry no personal data: every value is written.
    public static func auditDetail(from old: TrainingSession, to new: TrainingSession) -> String {
        let before = SessionDraft(old), after = SessionDraft(new)
        let parts = after.changedFields(from: before).map {
            T(.sesAuditChange, $0.label, shown(before[$0], of: $0), shown(after[$0], of: $0))
        }
        return parts.isEmpty ? T(.sesAuditUnchanged) : T(.sesAuditChanged, parts.joined(separator: " ; "))
    }
}

extension SessionField {
    /// The referencing field of `platform`.
    public static func field(of platform: ReferencingPlatform) -> SessionField {
        switch platform {
        case .carifOref: return .carifOref
        case .monCompteFormation: return .monCompteFormation
        case .kairos: return .kairos
        }
    }
}
