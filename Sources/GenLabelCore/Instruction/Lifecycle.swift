/// The dossier life cycle of DOMAIN.md, enforced: which transitions exist, which are refused and why.

/// One step of a dossier's life, dated and attributed.
public struct DossierTransition: Hashable, Sendable {
    public var from: DossierState
    public var to: DossierState
    public var on: CalendarDate
    public var login: String
    public var reason: String
    public init(from: DossierState, to: DossierState, on: CalendarDate, login: String, reason: String) {
        self.from = from; self.to = to; self.on = on; self.login = login; self.reason = reason
    }
}

/// What a transition's checks need to know about the dossier.
public struct TransitionContext: Sendable {
    public var missingFields: [ContentField]
    public var verdict: AdmissibilityVerdict
    public var score: DossierScore
    /// The committee the dossier would go to (submission) or is on.
    public var committee: Committee?
    /// For a deferral: the committee after the current one.
    public var nextCommittee: Committee?
    public init(missingFields: [ContentField], verdict: AdmissibilityVerdict, score: DossierScore,
                committee: Committee?, nextCommittee: Committee?) {
        self.missingFields = missingFields; self.verdict = verdict; self.score = score
        self.committee = committee; self.nextCommittee = nextCommittee
    }
}

public enum DossierLifecycle {
    /// The forward steps of DOMAIN.md.
    static let forward: [DossierState: [DossierState]] = [
        .draft: [.submitted, .withdrawn],
        .submitted: [.admissible, .inadmissible, .withdrawn],
        .admissible: [.underReview, .withdrawn],
        .underReview: [.reviewed, .withdrawn],
        .reviewed: [.labelled, .rejected, .deferred, .withdrawn],
        .deferred: [.underReview, .withdrawn],
    ]

    /// **Choice** (DOMAIN.md: "reversible only by an explicit, recorded action"): the way back from
    /// each state, which needs a reason. A label already created is not undone here.
    static let reversals: [DossierState: DossierState] = [
        .submitted: .draft,
        .admissible: .submitted,
        .inadmissible: .submitted,
        .underReview: .admissible,
        .reviewed: .underReview,
        .rejected: .reviewed,
        .deferred: .reviewed,
        .withdrawn: .draft,
    ]

    /// Every state a dossier in `state` could move to, forward first, then the reversal.
    public static func targets(from state: DossierState) -> [DossierState] {
        (forward[state] ?? []) + (reversals[state].map { [$0] } ?? [])
    }

    public static func isReversal(from: DossierState, to: DossierState) -> Bool { reversals[from] == to }

    /// Why moving from `from` to `to` is refused, in French; nil when it is allowed.
    public static func refusal(from: DossierState, to: DossierState, reason: String,
                               context: TransitionContext) -> String? {
        guard from != to else { return T(.lcSameState, to.displayName) }
        guard targets(from: from).contains(to) else {
            let allowed = targets(from: from).map(\.displayName).joined(separator: ", ")
            return allowed.isEmpty ? T(.lcNoWayOut, from.displayName)
                                   : T(.lcNotAllowed, from.displayName, to.displayName, allowed)
        }
        if isReversal(from: from, to: to) || to == .withdrawn {
            return reason.trimmingWhitespace.isEmpty ? T(.lcReasonNeeded, to.displayName) : nil
        }
        switch to {
        case .submitted:
            if !context.missingFields.isEmpty {
                return T(.lcIncomplete, context.missingFields.map(\.displayName).joined(separator: ", "))
            }
            if context.committee == nil { return T(.lcNoCommittee) }
        case .admissible:
            switch context.verdict {
            case .admissible: break
            case .inadmissible: return T(.lcVerdictInadmissible)
            case .pending(let open): return T(.lcVerdictPending, open.map(String.init).joined(separator: ", "))
            }
        case .inadmissible:
            switch context.verdict {
            case .inadmissible: break
            case .admissible: return T(.lcVerdictAdmissible)
            case .pending(let open): return T(.lcVerdictPending, open.map(String.init).joined(separator: ", "))
            }
        case .reviewed:
            if context.score.mean == nil { return T(.lcNotScored) }
            if context.score.graders.contains(where: { $0.score == nil }) { return T(.lcGraderIncomplete) }
        case .deferred:
            if context.nextCommittee == nil { return T(.lcNoNextCommittee) }
        default: break
        }
        return nil
    }
}

/// Which committee a dossier goes to (§5a, FAQ).
public enum CommitteeAssignment {
    /// The first committee (by date) whose collection date is on or after `submittedOn`.
    public static func committee(forSubmissionOn submittedOn: CalendarDate, among committees: [Committee],
                                 rules: RuleParameters = .standard) -> Committee? {
        committees.sorted { $0.date < $1.date }.first { $0.cutoff(rules) >= submittedOn }
    }

    /// The committee after `committee` (a deferral moves the dossier there).
    public static func next(after committee: Committee, among committees: [Committee]) -> Committee? {
        committees.sorted { $0.date < $1.date }.first { $0.date > committee.date }
    }
}
