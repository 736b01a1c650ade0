/// One application for one training, to one committee (DOMAIN.md glossary).
public struct Dossier: Hashable, Sendable, Identifiable {
    public typealias ID = EntityID<Dossier>
    public var id: ID
    /// The human reference, e.g. `GEN-2022-0042`; the natural key of a dossier.
    public var number: String
    public var trainingID: Training.ID
    public var state: DossierState
    public var committeeID: Committee.ID?
    public var submittedOn: CalendarDate?
    /// Score out of 10 (mean of the graders), when scored.
    public var score: Double?
    public var isRenewal: Bool

    public init(id: ID, number: String, trainingID: Training.ID, state: DossierState, committeeID: Committee.ID?,
                submittedOn: CalendarDate?, score: Double?, isRenewal: Bool) {
        self.id = id; self.number = number; self.trainingID = trainingID; self.state = state
        self.committeeID = committeeID; self.submittedOn = submittedOn; self.score = score; self.isRenewal = isRenewal
    }
}
