/// French names of the label-monitoring values (issue 4), from the catalogue.
extension WithdrawalStep {
    public var displayName: String {
        switch self {
        case .warning: return T(.lbStepWarning)
        case .hearing: return T(.lbStepHearing)
        case .decision: return T(.lbStepDecision)
        }
    }
}

extension LabelAction {
    /// What the action is called in the label's menu, from `current`.
    public func displayName(from current: LabelState) -> String {
        switch self {
        case .withdrawal(let step): return step.displayName
        case .state(.active): return current == .pendingQualiopiAudit ? T(.lbActionAuditPassed) : T(.lbActionRestore)
        case .state(.terminated): return T(.lbActionTerminate)
        case .state(.expired): return T(.lbActionExpire)
        case .state(let state): return state.displayName
        }
    }
}

extension ModificationKind {
    public var displayName: String {
        switch self {
        case .content: return T(.modContent)
        case .certification: return T(.modCertification)
        case .modality: return T(.modModality)
        case .immersion: return T(.modImmersion)
        case .support: return T(.modSupport)
        }
    }
}

extension ModificationDecision {
    public var displayName: String {
        switch self {
        case .accepted: return T(.modAccepted)
        case .refused: return T(.modRefused)
        }
    }
}

extension LabelEvent {
    /// "15/03/2027 · Mise en demeure envoyée · par mdupont · « rapport 2026 manquant »".
    public var summary: String {
        let what: String
        switch kind {
        case .state:
            what = T(.lbEventState, fromState?.displayName ?? "—", toState?.displayName ?? "—")
        case .warning: what = WithdrawalStep.warning.displayName
        case .hearing: what = WithdrawalStep.hearing.displayName
        case .decision: what = WithdrawalStep.decision.displayName
        case .renewal: return T(.lbEventRenewal, reason, login)
        }
        let because = reason.isEmpty ? "" : T(.lbReasonQuoted, reason)
        return T(.lbEventLine, what, login, because)
    }
}

extension ModificationRequest {
    /// "Contenu · demandée le 02/11/2026 · en attente" or "… · acceptée le 20/11/2026".
    public var summary: String {
        let status: String
        if let decision, let decidedOn {
            status = T(.modDecidedOn, decision.displayName, decidedOn.french)
        } else {
            status = T(.modPending)
        }
        let note = self.note.isEmpty ? "" : T(.lbReasonQuoted, self.note)
        return T(.modLine, kind.displayName, requestedOn.french, status, note)
    }
}

extension AlertHandling {
    /// "Acquittée par mdupont le 03/12/2026 : « relancé par téléphone »", "Reportée au 15/01/2027 …".
    public func summary(today: CalendarDate) -> String {
        let what: String
        switch status(today: today) {
        case .acknowledged, .none: what = T(.ahAcknowledgedBy, login, on.french)
        case .snoozed: what = T(.ahSnoozedBy, until?.french ?? "—", login, on.french)
        case .snoozeEnded: what = T(.ahSnoozeEndedBy, until?.french ?? "—", login, on.french)
        }
        return what + T(.lbReasonQuoted, reason)
    }
}

extension AlertHandlingStatus {
    /// One column marker in the alert list: ✓ acknowledged, z snoozed (shown with `v`).
    public var marker: String {
        switch self {
        case .acknowledged: return "✓"
        case .snoozed: return "z"
        case .none, .snoozeEnded: return ""
        }
    }
}
