import GenLabelCore

/// A small form over a detail or the lists (issue 4): a label's state change, a modification request and
/// its decision, an annual report received, the officer, a renewal; an alert's acknowledgement or snooze;
/// the Alertes pane's filters. A pure value: `AppUpdate` changes it, `SmallFormView` draws it. Nothing is
/// written before `submission` accepts what was typed.
public struct FormPrompt: Sendable, Equatable {
    public var title: String
    public var fields: [SmallFormField]
    /// The field keys go to.
    public var focus = 0
    /// Why the last Entrée was refused, in French.
    public var error: String?
    /// A line explaining the form (what it will do).
    public var note: String?
    public var purpose: FormPurpose
    public var returnTo: FormReturn

    public init(title: String, fields: [SmallFormField], purpose: FormPurpose, returnTo: FormReturn, note: String? = nil) {
        self.title = title; self.fields = fields; self.purpose = purpose; self.returnTo = returnTo; self.note = note
    }

    // MARK: Editing

    public mutating func type(_ character: Character) {
        error = nil
        guard fields.indices.contains(focus) else { return }
        var field = fields[focus]
        switch field.kind {
        case .choice:
            if character == " " { field.cycle(by: 1) }
        case .date:
            guard field.text.count < 10, character.isNumber || character == "/" else { return }
            field.text.append(character)
        case .number:
            guard field.text.count < 4, character.isNumber else { return }
            field.text.append(character)
        case .text:
            guard field.text.count < 300 else { return }
            field.text.append(character)
        }
        fields[focus] = field
    }

    public mutating func deleteBackward() {
        error = nil
        guard fields.indices.contains(focus), !fields[focus].text.isEmpty else { return }
        fields[focus].text.removeLast()
    }

    /// Ctrl-U: empties a typed field, puts a choice back on its first option.
    public mutating func clear() {
        error = nil
        guard fields.indices.contains(focus) else { return }
        fields[focus].text = ""
        fields[focus].choice = 0
    }

    public mutating func moveFocus(by delta: Int) {
        guard !fields.isEmpty else { return }
        focus = (focus + delta + fields.count) % fields.count
    }

    public mutating func cycleChoice(by delta: Int) {
        error = nil
        guard fields.indices.contains(focus) else { return }
        fields[focus].cycle(by: delta)
    }

    // MARK: Reading what was typed

    /// The date in field `index`: nil for an empty field when `optional`, else refused.
    func date(_ index: Int, optional: Bool = false) -> Result<CalendarDate?, FormRefusal> {
        let text = fields[index].text.trimmingWhitespace
        if text.isEmpty { return optional ? .success(nil) : .failure(FormRefusal(T(.formDateNeeded, fields[index].label))) }
        guard let date = CalendarDate(french: text) else { return .failure(FormRefusal(T(.promptBadDate, text))) }
        return .success(date)
    }

    func text(_ index: Int) -> String { fields[index].text.trimmingWhitespace }

    func choice(_ index: Int) -> Int { fields[index].choice }

    /// What Entrée asks for, or why it cannot be done.
    public func submission(today: CalendarDate) -> Result<FormSubmission, FormRefusal> {
        switch purpose {
        case .label(let form, let editable):
            return labelWrite(form, editable: editable, today: today).map { .label($0, editable) }
        case .handleAlert(let action, let alertID, let labelID):
            var until: CalendarDate?
            if action == .snoozed {
                switch date(0) {
                case .failure(let refusal): return .failure(refusal)
                case .success(let value): until = value
                }
            }
            let reason = text(action == .snoozed ? 1 : 0)
            if let refusal = AlertHandling.refusal(action: action, until: until, reason: reason, today: today) {
                return .failure(FormRefusal(refusal))
            }
            return .success(.alert(.handle(alertID: alertID, labelID: labelID, action, until: until, reason: reason)))
        case .alertFilters(let regions, let officers):
            var filter = AlertFilter()
            let kind = choice(0), severity = choice(1), region = choice(2), officer = choice(3)
            filter.kind = kind == 0 ? nil : ObligationKind.allCases[kind - 1]
            filter.severity = severity == 0 ? nil : Severity.allCases[severity - 1]
            filter.regionCode = region == 0 ? nil : regions[region - 1]
            filter.officer = officer == 0 ? nil : officer == 1 ? "" : officers[officer - 2]
            return .success(.filters(filter))
        }
    }

    private func labelWrite(_ form: LabelForm, editable: EditableLabel, today: CalendarDate) -> Result<LabelWrite, FormRefusal> {
        let write: LabelWrite
        do {
            switch form {
            case .action(let actions):
                guard let on = try date(1).get() else { return .failure(FormRefusal(T(.lbRefusedFuture, today.french))) }
                write = .action(actions[choice(0)], on: on, reason: text(2))
            case .request:
                guard let on = try date(1).get() else { return .failure(FormRefusal(T(.lbRefusedFuture, today.french))) }
                write = .addRequest(ModificationKind.allCases[choice(0)], requestedOn: on, note: text(2))
            case .decide(let requests):
                guard !requests.isEmpty else { return .failure(FormRefusal(T(.lbNoSuchRequest))) }
                guard let on = try date(2).get() else { return .failure(FormRefusal(T(.lbRefusedFuture, today.french))) }
                write = .decideRequest(id: requests[choice(0)], ModificationDecision.allCases[choice(1)], on: on, note: text(3))
            case .report:
                guard let year = Int(text(0)) else { return .failure(FormRefusal(T(.formYearNeeded))) }
                write = .annualReport(year: year, receivedOn: try date(1, optional: true).get())
            case .officer:
                write = .officer(text(0))
            case .renewal:
                write = .openRenewal
            }
        } catch let refusal as FormRefusal {
            return .failure(refusal)
        } catch {
            return .failure(FormRefusal(userMessage(for: error)))
        }
        if let refusal = write.refusal(label: editable.detail.label, monitoring: editable.detail.monitoring, today: today) {
            return .failure(FormRefusal(refusal))
        }
        return .success(write)
    }
}

/// Why a form was refused, in French.
public struct FormRefusal: Error, Sendable, Equatable {
    public let reason: String
    public init(_ reason: String) { self.reason = reason }
}

/// One field of a form.
public struct SmallFormField: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        /// `jj/mm/aaaa`.
        case date
        /// Digits (a year).
        case number
        case text
        /// One of the options, changed with ← → (or the space bar).
        case choice([String])
    }
    public var label: String
    public var kind: Kind
    public var text: String
    public var choice: Int

    public init(_ label: String, _ kind: Kind, text: String = "", choice: Int = 0) {
        self.label = label; self.kind = kind; self.text = text; self.choice = choice
    }

    /// What the field shows.
    public var shown: String {
        if case .choice(let options) = kind { return options.indices.contains(choice) ? options[choice] : "" }
        return text
    }

    mutating func cycle(by delta: Int) {
        guard case .choice(let options) = kind, !options.isEmpty else { return }
        choice = (choice + delta + options.count) % options.count
    }
}

/// What a form is for.
public enum FormPurpose: Sendable, Equatable {
    case label(LabelForm, EditableLabel)
    case handleAlert(AlertHandling.Action, alertID: String, labelID: Label.ID?)
    /// The options offered for regions (codes) and officers (logins), after "toutes" (and "(aucun)").
    case alertFilters(regions: [String], officers: [String])
}

/// The forms of a label's detail.
public enum LabelForm: Sendable, Equatable {
    /// `e`: the actions offered from the label's state.
    case action([LabelAction])
    /// `m`: a new modification request.
    case request
    /// `x`: decide one of the pending requests (their ids, in the order offered).
    case decide([Int64])
    /// `p`: an annual report received.
    case report
    /// `o`: the officer in charge.
    case officer
    /// `R`: open a renewal dossier.
    case renewal
}

/// Where a form goes back to.
public enum FormReturn: Sendable, Equatable {
    case panes
    case detail(DetailContent, scroll: Int)
}

/// What a form asks for once accepted.
public enum FormSubmission: Sendable, Equatable {
    case label(LabelWrite, EditableLabel)
    case alert(AlertHandlingWrite)
    case filters(AlertFilter)
}

/// A label as read for an edit: its detail (with its monitoring records and version).
public struct EditableLabel: Sendable, Equatable {
    public var detail: LabelDetail
    public var version: Int64 { detail.monitoring.version }
    public init(detail: LabelDetail) { self.detail = detail }
}

/// The Alertes pane's filters (issue 4): nil is "all"; an officer "" is "no officer assigned".
public struct AlertFilter: Sendable, Equatable {
    public var kind: ObligationKind?
    public var severity: Severity?
    public var regionCode: String?
    public var officer: String?
    /// `v`: also list the alerts snoozed until a later date (hidden by default).
    public var showsSnoozed = false

    public init() {}

    /// Whether any of kind, severity, region, officer narrows the list.
    public var narrows: Bool { kind != nil || severity != nil || regionCode != nil || officer != nil }

    public func includes(_ alert: Alert) -> Bool {
        if let kind, alert.kind != kind { return false }
        if let severity, alert.severity != severity { return false }
        if let regionCode, alert.regionCode != regionCode { return false }
        if let officer, alert.officer != officer { return false }
        if !showsSnoozed && alert.handlingStatus == .snoozed { return false }
        return true
    }

    /// "Rapport annuel · En retard · Bretagne · jleroy", for the pane's title.
    public var summary: String {
        var parts: [String] = []
        if let kind { parts.append(kind.displayName) }
        if let severity { parts.append(severity.displayName) }
        if let regionCode { parts.append(RegionCatalog.name(of: regionCode)) }
        if let officer { parts.append(officer.isEmpty ? T(.afNoOfficer) : officer) }
        return parts.joined(separator: " · ")
    }
}
