/// The due-date rules of DOMAIN.md ("Monitoring obligations and deadlines"), one pure function each.
/// Month steps clamp to the month's end (31/01 + 1 month = 28/02 or 29/02).
public enum DeadlineRules {
    /// Committee collection: committee − 42 days, or the committee's explicit cutoff (§5a, FAQ).
    public static func collection(of committee: Committee, rules: RuleParameters = .standard) -> DeadlineComputation {
        if let explicit = committee.explicitCutoff {
            return DeadlineComputation(base: .committeeDate, baseDate: committee.date,
                                       step: .days(explicit.dayNumber - committee.date.dayNumber), result: explicit)
        }
        let step = -rules.collectionLeadDays
        return DeadlineComputation(base: .committeeDate, baseDate: committee.date, step: .days(step),
                                   result: committee.date.addingDays(step))
    }

    /// Annual report for calendar year N: due 31/01/N+1 inclusive (§4, **Choice**).
    public static func annualReport(year: Int, rules: RuleParameters = .standard) -> DeadlineComputation {
        let due = CalendarDate(year: year + 1, month: 1, day: rules.annualReportDueDayOfJanuary)!
        return DeadlineComputation(base: .reportYear, baseDate: CalendarDate(year: year, month: 12, day: 31)!,
                                   step: .januaryOfNextYear(day: rules.annualReportDueDayOfJanuary), result: due)
    }

    /// Start attestation: start + 1 calendar month, clamped (§4).
    public static func startAttestation(of session: TrainingSession, rules: RuleParameters = .standard) -> DeadlineComputation {
        monthsAfter(session.effectiveStart, rules.startAttestationMonths, base: .sessionStart)
    }

    /// End-of-session list: end (immersion included) + 1 calendar month, clamped (§4).
    public static func endOfSessionList(of session: TrainingSession, rules: RuleParameters = .standard) -> DeadlineComputation {
        monthsAfter(session.end, rules.endOfSessionListMonths, base: .sessionEnd)
    }

    /// First session: signature + 3 months, clamped (§2b-6).
    public static func firstSession(of label: Label, rules: RuleParameters = .standard) -> DeadlineComputation {
        monthsAfter(label.conventionSignedOn, rules.firstSessionMonths, base: .conventionSigned)
    }

    /// Postponed start: planned start + 2 months at the latest, clamped (§3a).
    public static func postponedStart(of session: TrainingSession, rules: RuleParameters = .standard) -> DeadlineComputation {
        monthsAfter(session.plannedStart, rules.maxPostponementMonths, base: .plannedStart)
    }

    /// Label expiry: signature + 3 years, 29/02 → 28/02 (§2a, **Choice**).
    public static func labelExpiry(of label: Label, rules: RuleParameters = .standard) -> DeadlineComputation {
        DeadlineComputation(base: .conventionSigned, baseDate: label.conventionSignedOn,
                            step: .years(rules.labelValidityYears), result: label.expiresOn(rules))
    }

    /// Pending modification request: requested + 1 calendar month, clamped (§4, **Choice**
    /// `modificationAnswerMonths`).
    public static func modificationAnswer(to request: ModificationRequest, rules: RuleParameters = .standard) -> DeadlineComputation {
        monthsAfter(request.requestedOn, rules.modificationAnswerMonths, base: .requestedOn)
    }

    /// Pending Qualiopi audit (§2b-9): due on the organization's audit date; without one, on the
    /// convention's signature (**Choice** `qualiopiAuditWithoutDateIsDueAtSignature`).
    public static func qualiopiAudit(of label: Label, auditOn: CalendarDate?, rules: RuleParameters = .standard) -> DeadlineComputation? {
        if let auditOn { return DeadlineComputation(base: .qualiopiAudit, baseDate: auditOn, step: .onDate, result: auditOn) }
        guard rules.qualiopiAuditWithoutDateIsDueAtSignature else { return nil }
        return DeadlineComputation(base: .conventionSigned, baseDate: label.conventionSignedOn, step: .onDate,
                                   result: label.conventionSignedOn)
    }

    private static func monthsAfter(_ date: CalendarDate, _ months: Int, base: DeadlineComputation.Base) -> DeadlineComputation {
        DeadlineComputation(base: base, baseDate: date, step: .months(months), result: date.addingMonths(months))
    }
}
