/// The kinds of dated obligation that feed the alert list (DOMAIN.md, "Monitoring obligations and deadlines").
public enum ObligationKind: String, CaseIterable, Sendable, Hashable {
    /// Dossiers are collected 6 weeks before each committee (§5a).
    case committeeCollection = "collecte"
    /// Annual report for calendar year N, due 31/01/N+1 (§4).
    case annualReport = "rapport_annuel"
    /// Start attestation, within one month of the session's start (§4).
    case startAttestation = "attestation_demarrage"
    /// End-of-session list, within one month of the session's end, immersion included (§4).
    case endOfSessionList = "liste_fin_session"
    /// First session within 3 months of the convention's signature (§2b-6).
    case firstSession = "premiere_session"
    /// A postponed start may slip by 2 months at most (§3a).
    case postponedStart = "report_demarrage"
    /// Label expiry and renewal, warned 6 months ahead (§2a).
    case labelExpiry = "expiration_label"
    /// A modification request awaiting GEN's decision (§4), due `modificationAnswerMonths` after it was made.
    case modificationRequest = "demande_modification"
    /// A label granted pending the Qualiopi audit (§2b-9): due on the organization's audit date.
    case qualiopiAudit = "audit_qualiopi"
}

/// How urgent an item is (DOMAIN.md: overdue from the day after the due date; due soon within 14 days).
public enum Severity: Int, CaseIterable, Sendable, Hashable, Comparable {
    case overdue = 0
    case dueSoon = 1
    case upcoming = 2

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rawValue < rhs.rawValue }

    /// Severity of an item due on `due`, seen on `today`: due on the date itself is not overdue.
    public static func of(due: CalendarDate, today: CalendarDate, rules: RuleParameters = .standard) -> Severity {
        let daysLeft = today.days(until: due)
        if daysLeft < 0 { return .overdue }
        if daysLeft <= rules.dueSoonDays { return .dueSoon }
        return .upcoming
    }
}
