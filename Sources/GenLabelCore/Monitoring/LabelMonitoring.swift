/// What monitoring officers record about a label (issue 4, DOMAIN.md "Labels", §3, §4): state changes,
/// the steps of a withdrawal, modification requests, annual reports received, the officer in charge, a
/// renewal. Pure values and rules; the store writes them through the write path.

/// A step of a withdrawal procedure (§3, §4: sanctions "up to withdrawal"). The decision withdraws the label.
public enum WithdrawalStep: String, CaseIterable, Sendable, Hashable {
    /// A formal notice ("mise en demeure") sent to the holder.
    case warning
    /// The holder is heard ("audition", adversarial procedure).
    case hearing
    /// GEN decides the withdrawal: the label's state becomes `withdrawn`.
    case decision
}

/// One change an officer may make to a label from its detail (`e`).
public enum LabelAction: Sendable, Hashable {
    /// Move the label to another state.
    case state(LabelState)
    /// Record a step of a withdrawal (the decision also moves it to `withdrawn`).
    case withdrawal(WithdrawalStep)

    /// The state the label is in after the action.
    public func resultingState(from current: LabelState) -> LabelState {
        switch self {
        case .state(let target): return target
        case .withdrawal(.decision): return .withdrawn
        case .withdrawal: return current
        }
    }

    /// Withdrawal steps, a withdrawal, a termination and a step back (to active from a final state)
    /// need a reason; an audit passed or an expiry do not.
    public func needsReason(from current: LabelState) -> Bool {
        switch self {
        case .withdrawal: return true
        case .state(.terminated), .state(.withdrawn): return true
        case .state(.active): return current != .pendingQualiopiAudit
        case .state: return false
        }
    }
}

/// The actions offered from each state (README "Labels"). `active` ⇄ `pendingQualiopiAudit` only one way
/// (the audit is passed); a final state (expired, withdrawn, terminated) only goes back to active, with
/// a reason, to correct a mistake.
public enum LabelLifecycle {
    public static func actions(from state: LabelState) -> [LabelAction] {
        switch state {
        case .active:
            return [.withdrawal(.warning), .withdrawal(.hearing), .withdrawal(.decision), .state(.terminated), .state(.expired)]
        case .pendingQualiopiAudit:
            return [.state(.active), .withdrawal(.warning), .withdrawal(.hearing), .withdrawal(.decision), .state(.terminated)]
        case .expired, .withdrawn, .terminated:
            return [.state(.active)]
        }
    }

    /// Why `action` cannot be recorded on `label` on `date` with `reason`, nil when it can.
    public static func refusal(_ action: LabelAction, label: Label, on date: CalendarDate, reason: String,
                               today: CalendarDate, rules: RuleParameters = .standard) -> String? {
        guard actions(from: label.state).contains(action) else {
            return T(.lbRefusedAction, action.displayName(from: label.state), label.state.displayName)
        }
        if date > today { return T(.lbRefusedFuture, today.french) }
        if date < label.conventionSignedOn { return T(.lbRefusedBeforeSignature, label.conventionSignedOn.french) }
        if action.needsReason(from: label.state) && reason.trimmingWhitespace.isEmpty { return T(.lbReasonNeeded) }
        if action == .state(.expired) && date <= label.expiresOn(rules) {
            return T(.lbRefusedNotExpired, label.expiresOn(rules).french)
        }
        return nil
    }

    /// The state shown for `label` on `today`: a label still recorded active (or awaiting its audit)
    /// after its last day of validity is shown expired (**Choice**, README "Labels"), until an officer
    /// records its state.
    public static func shownState(_ label: Label, today: CalendarDate, rules: RuleParameters = .standard) -> LabelState {
        label.state.isMonitored && today > label.expiresOn(rules) ? .expired : label.state
    }
}

/// One dated entry of a label's history: a state change, a withdrawal step or a renewal opened.
public struct LabelEvent: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        case state, warning, hearing, decision, renewal
    }
    public var kind: Kind
    public var fromState: LabelState?
    public var toState: LabelState?
    public var on: CalendarDate
    public var login: String
    /// The reason; for a renewal, the new dossier's number.
    public var reason: String
    public init(kind: Kind, fromState: LabelState?, toState: LabelState?, on: CalendarDate, login: String, reason: String) {
        self.kind = kind; self.fromState = fromState; self.toState = toState; self.on = on; self.login = login
        self.reason = reason
    }
}

/// What a change needs GEN's approval for, before it is made (§4).
public enum ModificationKind: String, CaseIterable, Sendable, Hashable {
    case content, certification, modality, immersion, support
}

/// GEN's answer to a modification request.
public enum ModificationDecision: String, CaseIterable, Sendable, Hashable {
    case accepted, refused
}

/// A modification request of a label's holder (§4): pending until GEN decides.
public struct ModificationRequest: Sendable, Hashable, Identifiable {
    public var id: Int64
    public var labelID: Label.ID
    public var kind: ModificationKind
    public var requestedOn: CalendarDate
    public var decidedOn: CalendarDate?
    public var decision: ModificationDecision?
    public var note: String
    public init(id: Int64, labelID: Label.ID, kind: ModificationKind, requestedOn: CalendarDate,
                decidedOn: CalendarDate? = nil, decision: ModificationDecision? = nil, note: String = "") {
        self.id = id; self.labelID = labelID; self.kind = kind; self.requestedOn = requestedOn
        self.decidedOn = decidedOn; self.decision = decision; self.note = note
    }
    public var isPending: Bool { decision == nil }
}

/// A label's monitoring records, as its detail shows them.
public struct LabelMonitoring: Sendable, Hashable {
    /// The login of the monitoring officer in charge ("" when none).
    public var officer: String
    /// The label's version (every write on the label checks and bumps it).
    public var version: Int64
    public var events: [LabelEvent]
    public var requests: [ModificationRequest]
    /// Numbers of the renewal dossiers opened for the training after this label.
    public var renewals: [String]
    public init(officer: String = "", version: Int64 = 0, events: [LabelEvent] = [], requests: [ModificationRequest] = [],
                renewals: [String] = []) {
        self.officer = officer; self.version = version; self.events = events; self.requests = requests
        self.renewals = renewals
    }
    public static let empty = LabelMonitoring()
}

/// A write on a label, from its detail (issue 4). Each is checked by `LabelLifecycle`/`LabelWrite.refusal`,
/// written in one transaction with the label's version checked and bumped, and audited.
public enum LabelWrite: Sendable, Hashable {
    case action(LabelAction, on: CalendarDate, reason: String)
    case addRequest(ModificationKind, requestedOn: CalendarDate, note: String)
    case decideRequest(id: Int64, ModificationDecision, on: CalendarDate, note: String)
    /// The annual report of `year` received on a date (nil: clears a date recorded by mistake).
    case annualReport(year: Int, receivedOn: CalendarDate?)
    /// The officer in charge ("" clears it).
    case officer(String)
    /// Opens a renewal: a new draft dossier pre-filled from the training's last dossier.
    case openRenewal

    /// Why the write cannot be made on `label` (with `monitoring`), nil when it can.
    public func refusal(label: Label, monitoring: LabelMonitoring, today: CalendarDate,
                        rules: RuleParameters = .standard) -> String? {
        switch self {
        case .action(let action, let date, let reason):
            return LabelLifecycle.refusal(action, label: label, on: date, reason: reason, today: today, rules: rules)
        case .addRequest(_, let date, _):
            if date > today { return T(.lbRefusedFuture, today.french) }
            if date < label.conventionSignedOn { return T(.lbRefusedBeforeSignature, label.conventionSignedOn.french) }
            if !AlertEngine.owesObligations(label.state) { return T(.lbRefusedClosed, label.state.displayName) }
        case .decideRequest(let id, _, let date, _):
            guard let request = monitoring.requests.first(where: { $0.id == id }) else { return T(.lbNoSuchRequest) }
            if !request.isPending { return T(.lbAlreadyDecided, request.decidedOn?.french ?? "—") }
            if date > today { return T(.lbRefusedFuture, today.french) }
            if date < request.requestedOn { return T(.lbDecisionBeforeRequest, request.requestedOn.french) }
        case .annualReport(let year, let date):
            let last = min(label.expiresOn(rules).year, today.year)
            if year < label.conventionSignedOn.year || year > last {
                return T(.lbReportYearRange, label.conventionSignedOn.year, last)
            }
            if let date {
                if date > today { return T(.lbRefusedFuture, today.french) }
                if date.year < year { return T(.lbReportTooEarly, year) }
            }
        case .officer(let login):
            if login.contains(where: { $0.isWhitespace }) || login.count > 64 { return T(.lbOfficerInvalid) }
        case .openRenewal:
            if label.state == .withdrawn || label.state == .terminated { return T(.lbRenewalClosed, label.state.displayName) }
        }
        return nil
    }
}

/// An alert acknowledged or snoozed by someone, with a reason (issue 4). Kept by the alert's identity
/// (`Alert.id`); a snooze ends by itself on its date: the alert is back that day (**Choice**).
public struct AlertHandling: Sendable, Hashable {
    public enum Action: String, Sendable, Hashable, CaseIterable {
        /// Seen and dealt with for now: the alert stays listed, dimmed, marked ✓.
        case acknowledged = "ack"
        /// Hidden from the list until a date (the alert comes back on that day).
        case snoozed = "snooze"
    }
    public var alertID: String
    public var labelID: Label.ID?
    public var action: Action
    /// For a snooze: the day the alert comes back.
    public var until: CalendarDate?
    public var reason: String
    public var login: String
    public var on: CalendarDate
    public init(alertID: String, labelID: Label.ID?, action: Action, until: CalendarDate?, reason: String, login: String,
                on: CalendarDate) {
        self.alertID = alertID; self.labelID = labelID; self.action = action; self.until = until; self.reason = reason
        self.login = login; self.on = on
    }

    /// How the handling stands on `today`.
    public func status(today: CalendarDate) -> AlertHandlingStatus {
        switch action {
        case .acknowledged: return .acknowledged
        case .snoozed: return (until.map { today < $0 } ?? false) ? .snoozed : .snoozeEnded
        }
    }

    /// Why a handling cannot be recorded, nil when it can: a reason is required; a snooze needs a
    /// date after today.
    public static func refusal(action: Action, until: CalendarDate?, reason: String, today: CalendarDate) -> String? {
        if reason.trimmingWhitespace.isEmpty { return T(.lbReasonNeeded) }
        if action == .snoozed {
            guard let until else { return T(.ahSnoozeDateNeeded) }
            if until <= today { return T(.ahSnoozeInPast, today.french) }
        }
        return nil
    }
}

/// Where an alert's handling stands on a given day.
public enum AlertHandlingStatus: Sendable, Hashable {
    case none, acknowledged, snoozed, snoozeEnded

    /// Acknowledged or snoozed now (an ended snooze no longer counts).
    public var isActive: Bool { self == .acknowledged || self == .snoozed }
}

/// A write on an alert's handling.
public enum AlertHandlingWrite: Sendable, Hashable {
    case handle(alertID: String, labelID: Label.ID?, AlertHandling.Action, until: CalendarDate?, reason: String)
    /// Removes the handling (the alert is listed as any other again).
    case clear(alertID: String, labelID: Label.ID?)
}

extension DossierState {
    /// A renewal dossier in this state stands for a renewal filed: submitted and not refused, declared
    /// inadmissible or withdrawn (a draft is only being prepared). Such a dossier for the label's training
    /// stops its "Fin du label" warning (**Choice**, README "Labels").
    public var standsForFiledRenewal: Bool {
        ![.draft, .inadmissible, .rejected, .withdrawn].contains(self)
    }
}
