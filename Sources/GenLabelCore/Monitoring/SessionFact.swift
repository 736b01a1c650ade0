/// A fact a monitoring officer records on a session (DOMAIN.md "Monitoring obligations", issue 4):
/// each fulfils or changes an obligation of the alert list. `nil` clears a date recorded by mistake.
public enum SessionFact: Sendable, Hashable {
    /// The start attestation was received on this date (fulfils "attestation de démarrage").
    case startAttestationReceived(CalendarDate?)
    /// The end-of-session list was received on this date (fulfils "liste de fin de session").
    case endListReceived(CalendarDate?)
    /// The session actually started on this date (ends "premier démarrage" and "démarrage reporté").
    case actualStart(CalendarDate?)

    /// The date the fact carries.
    public var date: CalendarDate? {
        switch self {
        case .startAttestationReceived(let date), .endListReceived(let date), .actualStart(let date): return date
        }
    }

    /// The value the session holds for this fact.
    public func current(in session: TrainingSession) -> CalendarDate? {
        switch self {
        case .startAttestationReceived: return session.startAttestationReceivedOn
        case .endListReceived: return session.endOfSessionListReceivedOn
        case .actualStart: return session.actualStart
        }
    }

    /// The fact with another date.
    public func with(_ date: CalendarDate?) -> SessionFact {
        switch self {
        case .startAttestationReceived: return .startAttestationReceived(date)
        case .endListReceived: return .endListReceived(date)
        case .actualStart: return .actualStart(date)
        }
    }

    /// What the fact is called, e.g. "Attestation de démarrage reçue le".
    public var label: String {
        switch self {
        case .startAttestationReceived: return T(.factStartAttestation)
        case .endListReceived: return T(.factEndList)
        case .actualStart: return T(.factActualStart)
        }
    }

    /// Why `self` cannot be recorded on `session` today, or nil when it can. A document cannot be
    /// received in the future; a start attestation or an end list cannot predate the session's
    /// start; an actual start more than 2 months after the planned one is allowed (it is what the
    /// "démarrage reporté" alert reports, §3a) but not before the planned start minus a year (a typo).
    public func refusal(for session: TrainingSession, today: CalendarDate) -> String? {
        guard let date else { return nil }
        switch self {
        case .startAttestationReceived, .endListReceived:
            if date > today { return T(.factRefusedFuture, today.french) }
            if date < session.effectiveStart { return T(.factRefusedBeforeStart, session.effectiveStart.french) }
        case .actualStart:
            if date > today { return T(.factRefusedFutureStart, today.french) }
            if date < session.plannedStart.addingYears(-1) { return T(.factRefusedStartTooEarly, session.plannedStart.french) }
        }
        return nil
    }

    /// The audit trail's words for the change from `previous` to `self`.
    public func auditDetail(previous: CalendarDate?) -> String {
        T(.auditFactChanged, label, previous?.french ?? "—", date?.french ?? "—")
    }
}
