/// What the terminal application reads and writes about a label's monitoring and the alerts' handling
/// (issue 4). Writes check the actor's permission (`editMonitoring` for labels, `handleAlerts` for
/// alerts) and, for labels, the version the label was read at: a stale version throws the backend's
/// conflict error and writes nothing.
public protocol LabelStoring {
    /// The label's officer, version, history, modification requests and renewals.
    func labelMonitoring(_ id: Label.ID) throws -> LabelMonitoring
    /// Applies `write` to the label read at `expectedVersion`; returns the French notice to show.
    @discardableResult
    func apply(_ write: LabelWrite, label id: Label.ID, expectedVersion: Int64, by actor: Actor, at timestamp: String,
               today: CalendarDate) throws -> String
    /// Acknowledges, snoozes or clears the handling of an alert.
    func handleAlert(_ write: AlertHandlingWrite, by actor: Actor, at timestamp: String, today: CalendarDate) throws
}

/// A label write that cannot be made (a date after today, a missing reason…), in French.
public struct LabelWriteRefused: Error, Equatable, UserFacingError {
    public let reason: String
    public init(_ reason: String) { self.reason = reason }
    public var userMessage: String { reason }
}
