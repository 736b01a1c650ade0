/// A labelling committee ("comité de labellisation", §5a).
public struct Committee: Hashable, Sendable, Identifiable {
    public typealias ID = EntityID<Committee>
    public var id: ID
    public var date: CalendarDate
    /// An explicit collection date that overrides the 6-week rule (DOMAIN.md, "Committees": **Choice**).
    public var explicitCutoff: CalendarDate?
    /// The day the dossiers were collected for this committee; fulfils the collection obligation.
    public var listCollectedOn: CalendarDate?

    public init(id: ID, date: CalendarDate, explicitCutoff: CalendarDate? = nil, listCollectedOn: CalendarDate? = nil) {
        self.id = id; self.date = date; self.explicitCutoff = explicitCutoff; self.listCollectedOn = listCollectedOn
    }

    /// Collection date: the explicit cutoff when set, else committee − 42 days (§5a, FAQ).
    public func cutoff(_ rules: RuleParameters = .standard) -> CalendarDate {
        explicitCutoff ?? date.addingDays(-rules.collectionLeadDays)
    }

    /// Whether the cutoff comes from an explicit date rather than the 6-week rule (shown on screen).
    public var hasExplicitCutoff: Bool { explicitCutoff != nil }
}
