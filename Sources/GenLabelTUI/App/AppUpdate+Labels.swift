import GenLabelCore

/// Keys of a label's detail and of the Alertes pane (issue 4), and the forms they open.
extension AppUpdate {
    // MARK: Opening forms

    /// `e`, `m`, `x`, `p`, `o`, `R` in a label's detail.
    static func openLabelForm(_ kind: LabelFormKind, content: DetailContent, scroll: Int, _ state: inout AppState) {
        guard let editable = content.editableLabel else {
            state.statusMessage = T(.lbNotALabel)
            return
        }
        guard mayWrite(.editMonitoring, &state) else { return }
        let label = editable.detail.label
        let today = state.today
        let returnTo = FormReturn.detail(content, scroll: scroll)
        let purpose: FormPurpose
        let title: String
        var fields: [SmallFormField]
        var note: String?
        switch kind {
        case .action:
            let actions = LabelLifecycle.actions(from: label.state)
            purpose = .label(.action(actions), editable)
            title = T(.formTitleAction, label.state.displayName)
            fields = [SmallFormField(T(.formChange), .choice(actions.map { $0.displayName(from: label.state) })),
                      SmallFormField(T(.formDate), .date, text: today.french),
                      SmallFormField(T(.formReason), .text)]
            note = T(.formNoteAction)
        case .request:
            purpose = .label(.request, editable)
            title = T(.formTitleRequest)
            fields = [SmallFormField(T(.formRequestKind), .choice(ModificationKind.allCases.map(\.displayName))),
                      SmallFormField(T(.formRequestedOn), .date, text: today.french),
                      SmallFormField(T(.formNote), .text)]
            note = T(.formNoteRequest, state.rules.modificationAnswerMonths)
        case .decide:
            let pending = editable.detail.monitoring.requests.filter(\.isPending)
            guard !pending.isEmpty else {
                state.statusMessage = T(.lbNoSuchRequest)
                return
            }
            purpose = .label(.decide(pending.map(\.id)), editable)
            title = T(.formTitleDecide)
            fields = [SmallFormField(T(.formRequest), .choice(pending.map { T(.formRequestOption, $0.kind.displayName, $0.requestedOn.french) })),
                      SmallFormField(T(.formDecision), .choice(ModificationDecision.allCases.map(\.displayName))),
                      SmallFormField(T(.formDecidedOn), .date, text: today.french),
                      SmallFormField(T(.formNote), .text)]
        case .report:
            let received = Set(editable.detail.annualReports.filter { $0.receivedOn != nil }.map(\.year))
            let last = min(label.expiresOn(state.rules).year, today.year)
            let first = label.conventionSignedOn.year
            let year = first <= last ? ((first...last).first { !received.contains($0) } ?? last) : today.year
            purpose = .label(.report, editable)
            title = T(.formTitleReport)
            fields = [SmallFormField(T(.formYear), .number, text: String(year)),
                      SmallFormField(T(.formReceivedOn), .date, text: today.french)]
            note = T(.formNoteReport)
        case .officer:
            purpose = .label(.officer, editable)
            title = T(.formTitleOfficer)
            fields = [SmallFormField(T(.formLogin), .text, text: editable.detail.monitoring.officer)]
            note = T(.formNoteOfficer)
        case .renewal:
            purpose = .label(.renewal, editable)
            title = T(.formTitleRenewal)
            fields = []
            note = T(.formNoteRenewal)
        }
        state.screen = .smallForm(FormPrompt(title: title, fields: fields, purpose: purpose, returnTo: returnTo, note: note))
    }

    /// `a`, `z` on the selected alert (list) or the alert shown (detail).
    static func openAlertForm(_ action: AlertHandling.Action, alert: Alert, returnTo: FormReturn, _ state: inout AppState) {
        guard mayWrite(.handleAlerts, &state) else { return }
        let purpose = FormPurpose.handleAlert(action, alertID: alert.id, labelID: alert.labelID)
        let subject = "\(alert.kind.displayName) — \(alert.subjectText)"
        var fields: [SmallFormField] = []
        if action == .snoozed {
            let until = alert.handling?.until.flatMap { $0 > state.today ? $0 : nil } ?? state.today.addingDays(7)
            fields.append(SmallFormField(T(.formUntil), .date, text: until.french))
        }
        fields.append(SmallFormField(T(.formReason), .text, text: alert.handling?.reason ?? ""))
        let title = action == .acknowledged ? T(.formTitleAcknowledge) : T(.formTitleSnooze)
        let note = action == .acknowledged ? T(.formNoteAcknowledge, subject) : T(.formNoteSnooze, subject)
        state.screen = .smallForm(FormPrompt(title: title, fields: fields, purpose: purpose, returnTo: returnTo, note: note))
    }

    /// `u`: the alert is listed as any other again.
    static func clearHandling(of alert: Alert, _ state: inout AppState) -> [Effect] {
        guard alert.handling != nil else {
            state.statusMessage = T(.ahNothingToClear)
            return []
        }
        guard mayWrite(.handleAlerts, &state) else { return [] }
        return [.handleAlert(.clear(alertID: alert.id, labelID: alert.labelID))]
    }

    /// `f` in the Alertes pane: kind, severity, region and officer, each "all" or one value.
    static func openFilterForm(_ state: inout AppState) {
        let filter = state.alertFilter
        let regions = Array(Set(state.alerts.map(\.regionCode).filter { !$0.isEmpty }))
            .sorted { RegionCatalog.name(of: $0) < RegionCatalog.name(of: $1) }
        let officers = Array(Set(state.alerts.map(\.officer).filter { !$0.isEmpty })).sorted()
        let kindChoice = filter.kind.flatMap { ObligationKind.allCases.firstIndex(of: $0) }.map { $0 + 1 } ?? 0
        let severityChoice = filter.severity.flatMap { Severity.allCases.firstIndex(of: $0) }.map { $0 + 1 } ?? 0
        let regionChoice = filter.regionCode.flatMap { regions.firstIndex(of: $0) }.map { $0 + 1 } ?? 0
        let officerChoice = filter.officer.map { $0.isEmpty ? 1 : (officers.firstIndex(of: $0).map { $0 + 2 } ?? 0) } ?? 0
        let fields = [
            SmallFormField(T(.afKind), .choice([T(.afAll)] + ObligationKind.allCases.map(\.displayName)), choice: kindChoice),
            SmallFormField(T(.afSeverity), .choice([T(.afAllFeminine)] + Severity.allCases.map(\.displayName)), choice: severityChoice),
            SmallFormField(T(.afRegion), .choice([T(.afAllFeminine)] + regions.map { RegionCatalog.name(of: $0) }), choice: regionChoice),
            SmallFormField(T(.afOfficer), .choice([T(.afAll), T(.afNoOfficer)] + officers), choice: officerChoice),
        ]
        state.screen = .smallForm(FormPrompt(title: T(.afTitle), fields: fields,
                                        purpose: .alertFilters(regions: regions, officers: officers), returnTo: .panes,
                                        note: T(.afNote)))
    }

    /// The actions of the Alertes pane's keys, on the selected alert.
    static func performAlertAction(_ action: Action, _ state: inout AppState) -> [Effect] {
        guard state.activePane == .alerts else {
            state.statusMessage = T(.afOnlyAlerts)
            return []
        }
        if action == .alertFilters { openFilterForm(&state); return [] }
        if action == .toggleSnoozed {
            state.alertFilter.showsSnoozed.toggle()
            applyAlertFilter(&state)
            state.notice = T(state.alertFilter.showsSnoozed ? .afSnoozedShown : .afSnoozedHidden)
            return []
        }
        let position = state.cursor(.alerts).selected
        guard position < state.rowCount(.alerts) else { return [] }
        let alert = state.alerts[state.order(.alerts)[position]]
        switch action {
        case .handleAlert(let handling): openAlertForm(handling, alert: alert, returnTo: .panes, &state)
        case .clearAlertHandling: return clearHandling(of: alert, &state)
        default: break
        }
        return []
    }

    /// Keys of an alert's detail that act on it: `a`, `z`, `u`. Nil for the other keys.
    static func alertDetailKey(_ key: Key, alert: Alert, content: DetailContent, scroll: Int,
                               _ state: inout AppState) -> [Effect]? {
        switch key {
        case .character("a"):
            openAlertForm(.acknowledged, alert: alert, returnTo: .detail(content, scroll: scroll), &state)
        case .character("z"):
            openAlertForm(.snoozed, alert: alert, returnTo: .detail(content, scroll: scroll), &state)
        case .character("u"):
            return clearHandling(of: alert, &state)
        default:
            return nil
        }
        return []
    }

    /// Whether this person may make this kind of change; if not, says why in the footer.
    private static func mayWrite(_ permission: Permission, _ state: inout AppState) -> Bool {
        if state.isReadOnly {
            state.statusMessage = T(.storeReadOnly)
            return false
        }
        guard state.actor.may(permission) else {
            state.statusMessage = T(.storeForbidden, DomainText.permission(permission))
            return false
        }
        return true
    }

    // MARK: The form

    static func handleForm(_ key: Key, _ form: FormPrompt, _ state: inout AppState) -> [Effect] {
        var form = form
        switch key {
        case .escape:
            leave(form, &state)
            return []
        case .tab, .down: form.moveFocus(by: 1)
        case .backTab, .up: form.moveFocus(by: -1)
        case .left: form.cycleChoice(by: -1)
        case .right: form.cycleChoice(by: 1)
        case .character(let character): form.type(character)
        case .backspace, .delete: form.deleteBackward()
        case .control("u"): form.clear()
        case .enter:
            switch form.submission(today: state.today) {
            case .failure(let refusal):
                form.error = refusal.reason
            case .success(.filters(var filter)):
                filter.showsSnoozed = state.alertFilter.showsSnoozed
                state.alertFilter = filter
                leave(form, &state)
                applyAlertFilter(&state)
                return []
            case .success(.label(let write, let editable)):
                form.error = nil
                state.screen = .smallForm(form)
                return [.writeLabel(write, label: editable.detail.label.id, expectedVersion: editable.version)]
            case .success(.alert(let write)):
                form.error = nil
                state.screen = .smallForm(form)
                return [.handleAlert(write)]
            }
        default: break
        }
        state.screen = .smallForm(form)
        return []
    }

    private static func leave(_ form: FormPrompt, _ state: inout AppState) {
        switch form.returnTo {
        case .panes: state.screen = .panes
        case .detail(let content, let scroll): state.screen = .detail(content, scroll: scroll)
        }
    }

    static func finishForm(_ outcome: SmallFormOutcome, _ state: inout AppState) -> [Effect] {
        guard case .smallForm(var form) = state.screen else {
            switch outcome {
            case .saved(let notice, let reload):
                state.notice = notice
                return (reload.map { [Effect.loadDetail($0)] } ?? []) + [.readChanges]
            case .conflict(let reload):
                state.statusMessage = T(.lbConflict)
                return (reload.map { [Effect.loadDetail($0)] } ?? []) + [.readChanges]
            case .refused(let reason):
                state.statusMessage = reason
                return []
            }
        }
        switch outcome {
        case .saved(let notice, let reload):
            state.notice = notice
            leave(form, &state)
            return (reload.map { [Effect.loadDetail($0)] } ?? []) + [.readChanges]
        case .conflict(let reload):
            state.statusMessage = T(.lbConflict)
            leave(form, &state)
            return (reload.map { [Effect.loadDetail($0)] } ?? []) + [.readChanges]
        case .refused(let reason):
            form.error = reason
            state.screen = .smallForm(form)
            return []
        }
    }

    // MARK: Data

    /// After the filters changed: the Alertes pane's rows again, keeping the selection when still shown.
    static func applyAlertFilter(_ state: inout AppState) {
        let key = selectionKey(.alerts, state)
        refreshRows(.alerts, &state, rowsChanged: true)
        reselect(.alerts, key: key, &state)
    }

    /// An alert's detail on screen follows the list: after a change (its acknowledgement, a snooze) it is
    /// built again from the alert as now computed.
    static func refreshAlertDetail(_ state: inout AppState) {
        guard case .detail(let content, let scroll) = state.screen, let shown = content.alert,
              let current = state.alerts.first(where: { $0.id == shown.id }), current != shown else { return }
        state.screen = .detail(DetailBuilder.alert(current, today: state.today), scroll: scroll)
    }

    /// Labels still recorded active (or awaiting their audit) after their last day are shown expired.
    /// Returns whether a row changed.
    @discardableResult
    static func markPastExpiry(_ state: inout AppState) -> Bool {
        let today = state.today
        var changed = false
        for index in state.data.labels.indices {
            let row = state.data.labels[index]
            let past = row.state.isMonitored && today > row.expiresOn
            if row.isPastExpiry != past {
                state.data.labels[index].isPastExpiry = past
                changed = true
            }
        }
        return changed
    }
}
