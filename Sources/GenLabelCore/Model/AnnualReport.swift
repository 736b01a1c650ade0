/// The yearly report a label holder sends for calendar year N, due before 31 January of N+1 (§4).
public struct AnnualReport: Hashable, Sendable {
    public var labelID: Label.ID
    public var year: Int
    public var receivedOn: CalendarDate?

    public init(labelID: Label.ID, year: Int, receivedOn: CalendarDate?) {
        self.labelID = labelID; self.year = year; self.receivedOn = receivedOn
    }
}
