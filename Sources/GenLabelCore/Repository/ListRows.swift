/// Read models: one row of each list pane, as the store assembles them (joins done by the store).

/// One row of the Dossiers pane.
public struct DossierRow: Hashable, Sendable, Identifiable {
    public var id: Dossier.ID
    public var number: String
    public var trainingTitle: String
    public var organizationName: String
    public var regionCode: String
    public var state: DossierState
    public var committeeDate: CalendarDate?
    public var score: Double?

    public init(id: Dossier.ID, number: String, trainingTitle: String, organizationName: String, regionCode: String,
                state: DossierState, committeeDate: CalendarDate?, score: Double?) {
        self.id = id; self.number = number; self.trainingTitle = trainingTitle
        self.organizationName = organizationName; self.regionCode = regionCode; self.state = state
        self.committeeDate = committeeDate; self.score = score
    }
}

/// One row of the Sessions pane.
public struct SessionRow: Hashable, Sendable, Identifiable {
    public var id: TrainingSession.ID
    public var code: String
    public var trainingTitle: String
    public var regionCode: String
    public var plannedStart: CalendarDate
    public var actualStart: CalendarDate?
    public var end: CalendarDate
    public var learnerCount: Int
    public var startAttestationReceivedOn: CalendarDate?
    public var endOfSessionListReceivedOn: CalendarDate?

    public init(id: TrainingSession.ID, code: String, trainingTitle: String, regionCode: String,
                plannedStart: CalendarDate, actualStart: CalendarDate?, end: CalendarDate, learnerCount: Int,
                startAttestationReceivedOn: CalendarDate?, endOfSessionListReceivedOn: CalendarDate?) {
        self.id = id; self.code = code; self.trainingTitle = trainingTitle; self.regionCode = regionCode
        self.plannedStart = plannedStart; self.actualStart = actualStart; self.end = end
        self.learnerCount = learnerCount; self.startAttestationReceivedOn = startAttestationReceivedOn
        self.endOfSessionListReceivedOn = endOfSessionListReceivedOn
    }
}

/// One row of the Labels pane.
public struct LabelRow: Hashable, Sendable, Identifiable {
    public var id: Label.ID
    public var trainingTitle: String
    public var organizationName: String
    public var regionCode: String
    public var signedOn: CalendarDate
    public var expiresOn: CalendarDate
    public var state: LabelState
    public var sessionCount: Int
    /// The login of the monitoring officer in charge ("" when none).
    public var officer: String
    /// Past its expiry date while still recorded active or awaiting its audit: shown "Expiré (auto)"
    /// (set by the application for its "today", README "Labels").
    public var isPastExpiry = false

    public init(id: Label.ID, trainingTitle: String, organizationName: String, regionCode: String,
                signedOn: CalendarDate, expiresOn: CalendarDate, state: LabelState, sessionCount: Int,
                officer: String = "") {
        self.id = id; self.trainingTitle = trainingTitle; self.organizationName = organizationName
        self.regionCode = regionCode; self.signedOn = signedOn; self.expiresOn = expiresOn; self.state = state
        self.sessionCount = sessionCount; self.officer = officer
    }

    /// The state as the Labels list shows it.
    public var shownState: String { isPastExpiry ? T(.lbExpiredAuto) : state.displayName }
}

// MARK: The store's order of each list (the order `dossierRows()`, `sessionRows()` and `labelRows()`
// return), so that a row read again after a change goes back to its place.

extension DossierRow {
    /// Number descending, compared as bytes (SQLite's BINARY collation).
    public static func listedBefore(_ a: DossierRow, _ b: DossierRow) -> Bool {
        if a.number != b.number { return b.number.utf8.lexicographicallyPrecedes(a.number.utf8) }
        return a.id < b.id
    }
}

extension SessionRow {
    /// Latest start (actual, else planned) first, then by id.
    public static func listedBefore(_ a: SessionRow, _ b: SessionRow) -> Bool {
        let (sa, sb) = ((a.actualStart ?? a.plannedStart).dayNumber, (b.actualStart ?? b.plannedStart).dayNumber)
        return sa != sb ? sa > sb : a.id < b.id
    }
}

extension LabelRow {
    /// Latest convention first, then by id.
    public static func listedBefore(_ a: LabelRow, _ b: LabelRow) -> Bool {
        a.signedOn != b.signedOn ? a.signedOn > b.signedOn : a.id < b.id
    }
}
