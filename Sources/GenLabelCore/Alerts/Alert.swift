/// One dated item of the live alert list: an obligation not yet fulfilled, with how its date was computed.
public struct Alert: Hashable, Sendable, Identifiable {
    public let kind: ObligationKind
    public let dueDate: CalendarDate
    public let severity: Severity
    /// `today − due` in days: positive when late (J+n), negative when still ahead (J−n), 0 on the day.
    public let daysPastDue: Int
    public let subject: AlertSubject
    /// The training concerned (empty for a committee collection).
    public let trainingTitle: String
    /// The commune of the training (empty for a committee collection).
    public let place: String
    /// The signature of the label's convention (nil for a committee collection): it tells apart two
    /// labels of the same training, an old one and its renewal.
    public let conventionSignedOn: CalendarDate?
    /// Region code of the training (empty for a committee collection).
    public let regionCode: String
    public let computation: DeadlineComputation
    /// The label the obligation belongs to (nil for a committee collection): a change to a label's
    /// records recomputes its alerts only.
    public let labelID: Label.ID?
    /// The login of the label's monitoring officer ("" when none, or a committee collection).
    public var officer: String = ""
    /// Acknowledged or snoozed (issue 4), as recorded; nil when nobody handled it.
    public var handling: AlertHandling?
    /// How `handling` stands on the day the list was computed (an ended snooze no longer counts).
    public var handlingStatus: AlertHandlingStatus = .none

    public init(kind: ObligationKind, dueDate: CalendarDate, today: CalendarDate, subject: AlertSubject,
                trainingTitle: String, place: String = "", conventionSignedOn: CalendarDate? = nil, regionCode: String,
                computation: DeadlineComputation,
                rules: RuleParameters = .standard, labelID: Label.ID? = nil) {
        self.labelID = labelID
        self.kind = kind
        self.dueDate = dueDate
        self.severity = Severity.of(due: dueDate, today: today, rules: rules)
        self.daysPastDue = dueDate.days(until: today)
        self.subject = subject
        self.trainingTitle = trainingTitle
        self.place = place
        self.conventionSignedOn = conventionSignedOn
        self.regionCode = regionCode
        self.computation = computation
    }

    /// Stable identity: one obligation of one record.
    public var id: String { "\(kind.rawValue):\(subject.key)" }
}

/// The record an alert is about, so the UI can jump to it.
public enum AlertSubject: Hashable, Sendable {
    case committee(Committee.ID)
    case label(Label.ID)
    case session(TrainingSession.ID, code: String)
    case annualReport(Label.ID, year: Int)
    /// A modification request of a label (its id in the store) and what it is about.
    case modificationRequest(Label.ID, request: Int64, kind: ModificationKind)

    var key: String {
        switch self {
        case .committee(let id): return "c\(id)"
        case .label(let id): return "l\(id)"
        case .session(let id, _): return "s\(id)"
        case .annualReport(let id, let year): return "r\(id)-\(year)"
        case .modificationRequest(_, let request, _): return "m\(request)"
        }
    }
}

/// How a due date was obtained, so each alert can explain itself ("fin 31/03/2026 + 1 mois = 30/04/2026").
public struct DeadlineComputation: Hashable, Sendable {
    /// What the base date is.
    public enum Base: String, Sendable, Hashable {
        case committeeDate, sessionStart, sessionEnd, plannedStart, conventionSigned, reportYear
        /// The day a modification request was made.
        case requestedOn
        /// The organization's Qualiopi audit date.
        case qualiopiAudit
    }
    /// The step added to the base.
    public enum Step: Hashable, Sendable {
        case days(Int), months(Int), years(Int)
        /// The annual report's fixed date: 31 January of the following year.
        case januaryOfNextYear(day: Int)
        /// Due on the base date itself (a Qualiopi audit).
        case onDate
    }
    public let base: Base
    public let baseDate: CalendarDate
    public let step: Step
    public let result: CalendarDate

    public init(base: Base, baseDate: CalendarDate, step: Step, result: CalendarDate) {
        self.base = base; self.baseDate = baseDate; self.step = step; self.result = result
    }
}
