/// One run of a labelled training, with its learners ("session de formation", §4).
public struct TrainingSession: Hashable, Sendable, Identifiable {
    public typealias ID = EntityID<TrainingSession>
    public var id: ID
    public var labelID: Label.ID
    /// A short human reference, e.g. `S2026-03`.
    public var code: String
    public var plannedStart: CalendarDate
    public var actualStart: CalendarDate?
    /// End of the session, work immersion included (§4).
    public var end: CalendarDate
    public var capacity: Int
    public var startAttestationReceivedOn: CalendarDate?
    public var endOfSessionListReceivedOn: CalendarDate?

    public init(id: ID, labelID: Label.ID, code: String, plannedStart: CalendarDate, actualStart: CalendarDate?,
                end: CalendarDate, capacity: Int, startAttestationReceivedOn: CalendarDate?,
                endOfSessionListReceivedOn: CalendarDate?) {
        self.id = id; self.labelID = labelID; self.code = code; self.plannedStart = plannedStart
        self.actualStart = actualStart; self.end = end; self.capacity = capacity
        self.startAttestationReceivedOn = startAttestationReceivedOn
        self.endOfSessionListReceivedOn = endOfSessionListReceivedOn
    }

    /// The start the obligations count from: the actual start when known, else the planned one.
    public var effectiveStart: CalendarDate { actualStart ?? plannedStart }
}
