/// A committee's ranked list and the committees' overview (issue 3).

/// A dossier that may appear on a committee's list.
public struct RankingCandidate: Hashable, Sendable {
    public var dossierID: Dossier.ID
    public var number: String
    public var trainingTitle: String
    public var regionCode: String
    public var job: String
    public var state: DossierState
    public var score: Double
    public var spread: Double
    public var isFlagged: Bool
    public var locatedInQPVOrZRR: Bool
    public var plannedWomenPercent: Int?
    public var submittedOn: CalendarDate?
    /// The dossier's version as read for the list: a decision taken from the list is written over this
    /// version only (someone else's change meanwhile refuses it).
    public var version: Int64
    public init(dossierID: Dossier.ID, number: String, trainingTitle: String, regionCode: String, job: String,
                state: DossierState, score: Double, spread: Double, isFlagged: Bool, locatedInQPVOrZRR: Bool,
                plannedWomenPercent: Int?, submittedOn: CalendarDate?, version: Int64 = 0) {
        self.version = version
        self.dossierID = dossierID; self.number = number; self.trainingTitle = trainingTitle
        self.regionCode = regionCode; self.job = job; self.state = state; self.score = score; self.spread = spread
        self.isFlagged = isFlagged; self.locatedInQPVOrZRR = locatedInQPVOrZRR
        self.plannedWomenPercent = plannedWomenPercent; self.submittedOn = submittedOn
    }
}

public struct RankedDossier: Hashable, Sendable {
    public var rank: Int
    public var candidate: RankingCandidate
}

public enum CommitteeRanking {
    /// The states of the dossiers a committee's list holds: scored and admissible, decided or not.
    public static let rankedStates: Set<DossierState> = [.reviewed, .labelled, .rejected]

    /// Candidates in rank order: score as shown (one decimal) descending; ties broken by a location in
    /// a QPV or ZRR first, then the planned share of women (higher first, unknown last), then
    /// (**Choice**) the earlier submission, then the dossier number, so the order is total and stable.
    public static func rank(_ candidates: [RankingCandidate]) -> [RankedDossier] {
        let sorted = candidates.filter { rankedStates.contains($0.state) }.sorted { a, b in
            let sa = ScoreFormula.rounded(a.score), sb = ScoreFormula.rounded(b.score)
            if sa != sb { return sa > sb }
            if a.locatedInQPVOrZRR != b.locatedInQPVOrZRR { return a.locatedInQPVOrZRR }
            let wa = a.plannedWomenPercent ?? -1, wb = b.plannedWomenPercent ?? -1
            if wa != wb { return wa > wb }
            let da = a.submittedOn ?? .latest, db = b.submittedOn ?? .latest
            if da != db { return da < db }
            return a.number < b.number
        }
        return sorted.enumerated().map { RankedDossier(rank: $0.offset + 1, candidate: $0.element) }
    }
}

/// What the "Comités" view shows of one committee.
public struct CommitteeOverview: Hashable, Sendable {
    public var committee: Committee
    public var cutoff: CalendarDate
    /// The committee a dossier submitted today would go to.
    public var takesSubmissionsToday: Bool
    public var counts: [DossierState: Int]
    /// Dossiers submitted after this committee's cutoff but before its date: they go to a later one.
    public var missedCutoff: [String]
    /// The committee's weights of the six selection criteria (equal unless set).
    public var weights: CriterionWeights = .equal
    /// Weights are frozen once the list is collected.
    public var weightsFrozen: Bool { committee.listCollectedOn != nil }
}

/// The few fields of a dossier the overview counts.
public struct DossierPlacement: Hashable, Sendable {
    public var number: String
    public var state: DossierState
    public var committeeID: Committee.ID?
    public var submittedOn: CalendarDate?
    public init(number: String, state: DossierState, committeeID: Committee.ID?, submittedOn: CalendarDate?) {
        self.number = number; self.state = state; self.committeeID = committeeID; self.submittedOn = submittedOn
    }
}

public enum CommitteeBoard {
    public static func overview(_ committees: [Committee], dossiers: [DossierPlacement], today: CalendarDate,
                                rules: RuleParameters = .standard) -> [CommitteeOverview] {
        let current = CommitteeAssignment.committee(forSubmissionOn: today, among: committees, rules: rules)
        return committees.sorted { $0.date < $1.date }.map { committee in
            let cutoff = committee.cutoff(rules)
            var counts: [DossierState: Int] = [:]
            for dossier in dossiers where dossier.committeeID == committee.id { counts[dossier.state, default: 0] += 1 }
            let missed = dossiers.filter { dossier in
                guard let submitted = dossier.submittedOn else { return false }
                return submitted > cutoff && submitted <= committee.date
            }.map(\.number).sorted()
            return CommitteeOverview(committee: committee, cutoff: cutoff, takesSubmissionsToday: committee.id == current?.id,
                                     counts: counts, missedCutoff: missed)
        }
    }
}
