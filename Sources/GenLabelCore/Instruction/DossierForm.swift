/// The dossier edit form (issue 3, "Every field is editable in a form"): every field of an application
/// (organization, training, certification, duration, sessions and publics, partners, notes) as text,
/// grouped like the application form. Pure: the TUI types into it, checks a field when it is left, and
/// asks for the application to save only when every field is valid. Nothing here touches the store.
public struct DossierForm: Sendable, Equatable {
    /// What is typed (text fields) or chosen (choice fields: the choice's code, "" for "not filled in").
    public var values: [FormField: String]
    /// The values when the form was opened (to know whether leaving loses something).
    public var original: [FormField: String]
    /// Why a field's value is refused, in French, until it is typed again.
    public var errors: [FormField: String] = [:]

    /// A form holding `application`'s values.
    public init(_ application: DossierApplication) {
        let values = Self.values(of: application)
        self.values = values
        self.original = values
    }

    /// An empty form for a new dossier (a draft): a new training, the organization found by its SIRET.
    public static func blank() -> DossierForm {
        var form = DossierForm(values: [:])
        form.values[.qualiopiStatus] = "none"
        form.values[.obligationsUpToDate] = "yes"
        form.values[.renewal] = "new"
        form.original = form.values
        return form
    }

    private init(values: [FormField: String]) { self.values = values; self.original = values }

    public func value(_ field: FormField) -> String { values[field] ?? "" }

    /// Whether leaving would lose something typed.
    public var hasChanges: Bool {
        FormField.allCases.contains { value($0) != (original[$0] ?? "") }
    }

    /// Whether `field` differs from what was read.
    public func isChanged(_ field: FormField) -> Bool { value(field) != (original[field] ?? "") }

    // MARK: Editing

    public mutating func type(_ character: Character, into field: FormField) {
        guard field.kind != .choice else { return }
        let current = value(field)
        guard current.count < field.maximumLength else { return }
        values[field] = current + String(character)
        errors[field] = nil
    }

    public mutating func deleteBackward(in field: FormField) {
        guard field.kind != .choice else { return }
        var current = value(field)
        if !current.isEmpty { current.removeLast() }
        values[field] = current
        errors[field] = nil
    }

    public mutating func clear(_ field: FormField) {
        values[field] = field.kind == .choice ? (field.choices.first?.code ?? "") : ""
        errors[field] = nil
    }

    /// Sets a field's whole text (the notes, after `$EDITOR`).
    public mutating func set(_ field: FormField, to text: String) {
        values[field] = text
        errors[field] = nil
    }

    /// Moves a choice field to the next (or previous) choice.
    public mutating func cycle(_ field: FormField, by delta: Int) {
        let choices = field.choices
        guard field.kind == .choice, !choices.isEmpty else { return }
        let index = choices.firstIndex { $0.code == value(field) } ?? 0
        values[field] = choices[(index + delta + choices.count) % choices.count].code
        errors[field] = nil
    }

    // MARK: Checks

    /// Checks one field as it is left: sets or clears its error; true when valid.
    @discardableResult
    public mutating func validate(_ field: FormField) -> Bool {
        errors[field] = problem(field)
        return errors[field] == nil
    }

    /// Checks every field; true when the form can be saved.
    @discardableResult
    public mutating func validateAll() -> Bool {
        for field in FormField.allCases { errors[field] = problem(field) }
        return errors.isEmpty
    }

    /// The fields in error, in form order.
    public var fieldsInError: [FormField] { FormField.allCases.filter { errors[$0] != nil } }

    /// Why `field`'s value is refused, nil when it is valid.
    public func problem(_ field: FormField) -> String? {
        let text = value(field).trimmingWhitespace
        if text.isEmpty {
            if field.isRequired { return T(.formRequired) }
            if field == .qualiopiDate, value(.qualiopiStatus) != "none" { return T(.formQualiopiDateNeeded) }
            return nil
        }
        func failure<V>(_ result: Result<V, FieldError>) -> String? {
            if case .failure(let error) = result { return error.message }
            return nil
        }
        switch field {
        case .siret: return failure(FieldValidation.siret(text))
        case .nda, .subcontractorNDA: return failure(FieldValidation.nda(text))
        case .certificationCode: return failure(FieldValidation.certificationCode(text))
        case .qualiopiDate, .qualiopiCertifiedOn, .partnershipEndsOn: return failure(FieldValidation.date(text))
        case .hours: return failure(FieldValidation.number(text, in: 0...10_000))
        case .months: return failure(FieldValidation.number(text, in: 0...120))
        case .remoteShare, .plannedWomen: return failure(FieldValidation.percent(text))
        case .receptionPlaces, .immersionWeeks, .supportHours, .sessionsPerYear, .learnersPerSession,
             .targetLearnersPerSession, .fundedPlaces:
            return failure(FieldValidation.number(text, in: 0...100_000))
        case .inseeCode:
            let valid = text.count == 5 && text.allSatisfy { $0.isASCII && ($0.isNumber || $0 == "A" || $0 == "B") }
            return valid ? nil : T(.formBadInsee, text)
        case .partners:
            if case .failure(let error) = Self.partners(text) { return error.message }
            return nil
        case .region:
            return RegionCatalog.region(code: text) == nil ? T(.formRequired) : nil
        default: return nil
        }
    }

    // MARK: Reading and applying

    /// The application with the form's values over `base` (ids, number, state and score are kept);
    /// nil when a field is invalid (`validateAll` says which).
    public func applied(to base: DossierApplication) -> DossierApplication? {
        var form = self
        guard form.validateAll() else { return nil }
        func text(_ f: FormField) -> String { value(f).trimmingWhitespace }
        func optional(_ f: FormField) -> String? { text(f).isEmpty ? nil : text(f) }
        func int(_ f: FormField) -> Int? { optional(f).flatMap { Int($0) } }
        func date(_ f: FormField) -> CalendarDate? { optional(f).flatMap { CalendarDate(french: $0) } }
        func bool(_ f: FormField) -> Bool? { text(f) == "yes" ? true : text(f) == "no" ? false : nil }
        var result = base
        var o = result.organization
        o.name = text(.organizationName)
        o.siret = text(.siret).filter { $0 != " " }
        o.nda = text(.nda).filter { $0 != " " }
        switch text(.qualiopiStatus) {
        case "certified": o.qualiopi = date(.qualiopiDate).map { .certified(validUntil: $0) } ?? .none
        case "audit": o.qualiopi = date(.qualiopiDate).map { .auditScheduled(on: $0) } ?? .none
        default: o.qualiopi = .none
        }
        o.obligationsUpToDate = text(.obligationsUpToDate) == "yes"
        result.organization = o
        var t = result.training
        t.title = text(.trainingTitle)
        t.commune = text(.commune)
        t.inseeCode = text(.inseeCode)
        t.regionCode = text(.region)
        t.family = DigitalJobFamily(rawValue: text(.family))
        t.job = text(.job)
        t.certificationCode = optional(.certificationCode).map { $0.uppercased() } ?? ""
        t.certificationTitle = text(.certificationTitle)
        t.hours = int(.hours) ?? 0
        t.months = int(.months) ?? 0
        result.training = t
        result.dossier.isRenewal = text(.renewal) == "renewal"
        var c = result.content
        c.qualiopiCertifiedOn = date(.qualiopiCertifiedOn)
        c.subcontractorName = optional(.subcontractorName)
        c.subcontractorNDA = optional(.subcontractorNDA).map { $0.filter { $0 != " " } }
        c.ownsCertification = bool(.ownsCertification)
        c.partnershipEndsOn = date(.partnershipEndsOn)
        c.remoteSharePercent = int(.remoteShare)
        c.receptionPlaces = int(.receptionPlaces)
        c.immersionKind = ImmersionKind(rawValue: text(.immersionKind))
        c.immersionWeeks = int(.immersionWeeks)
        c.supportHours = int(.supportHours)
        c.sessionsPerYear = int(.sessionsPerYear)
        c.learnersPerSession = int(.learnersPerSession)
        c.targetLearnersPerSession = int(.targetLearnersPerSession)
        c.fundedPlaces = int(.fundedPlaces)
        c.plannedWomenPercent = int(.plannedWomen)
        c.locatedInQPVOrZRR = bool(.qpvZrrLocation)
        c.partners = (try? Self.partners(text(.partners)).get()) ?? []
        c.notes = value(.notes)
        result.content = c
        return result
    }

    /// The form's text of every field of `application`.
    public static func values(of application: DossierApplication) -> [FormField: String] {
        let o = application.organization, t = application.training, c = application.content
        func int(_ v: Int?) -> String { v.map(String.init) ?? "" }
        func bool(_ v: Bool?) -> String { v.map { $0 ? "yes" : "no" } ?? "" }
        var v: [FormField: String] = [:]
        v[.organizationName] = o.name
        v[.siret] = o.siret
        v[.nda] = o.nda
        switch o.qualiopi {
        case .certified(let until): v[.qualiopiStatus] = "certified"; v[.qualiopiDate] = until.french
        case .auditScheduled(let on): v[.qualiopiStatus] = "audit"; v[.qualiopiDate] = on.french
        case .none: v[.qualiopiStatus] = "none"; v[.qualiopiDate] = ""
        }
        v[.qualiopiCertifiedOn] = c.qualiopiCertifiedOn?.french ?? ""
        v[.obligationsUpToDate] = o.obligationsUpToDate ? "yes" : "no"
        v[.subcontractorName] = c.subcontractorName ?? ""
        v[.subcontractorNDA] = c.subcontractorNDA ?? ""
        v[.trainingTitle] = t.title
        v[.commune] = t.commune
        v[.inseeCode] = t.inseeCode
        v[.region] = t.regionCode
        v[.family] = t.family?.rawValue ?? ""
        v[.job] = t.job
        v[.renewal] = application.dossier.isRenewal ? "renewal" : "new"
        v[.certificationCode] = t.certificationCode
        v[.certificationTitle] = t.certificationTitle
        v[.ownsCertification] = bool(c.ownsCertification)
        v[.partnershipEndsOn] = c.partnershipEndsOn?.french ?? ""
        v[.hours] = t.hours == 0 ? "" : String(t.hours)
        v[.months] = t.months == 0 ? "" : String(t.months)
        v[.remoteShare] = int(c.remoteSharePercent)
        v[.receptionPlaces] = int(c.receptionPlaces)
        v[.immersionKind] = c.immersionKind?.rawValue ?? ""
        v[.immersionWeeks] = int(c.immersionWeeks)
        v[.supportHours] = int(c.supportHours)
        v[.sessionsPerYear] = int(c.sessionsPerYear)
        v[.learnersPerSession] = int(c.learnersPerSession)
        v[.targetLearnersPerSession] = int(c.targetLearnersPerSession)
        v[.fundedPlaces] = int(c.fundedPlaces)
        v[.plannedWomen] = int(c.plannedWomenPercent)
        v[.qpvZrrLocation] = bool(c.locatedInQPVOrZRR)
        v[.partners] = partnersText(c.partners)
        v[.notes] = c.notes
        return v
    }

    /// Partners as typed: `Nom (sourcing) ; Autre (emploi)`.
    public static func partnersText(_ partners: [Partner]) -> String {
        partners.map { "\($0.name) (\($0.kind.displayName))" }.joined(separator: " ; ")
    }

    /// Reads `Nom (sourcing) ; Autre (emploi)`; the kind is one of sourcing, emploi, financement (case and
    /// accents ignored).
    public static func partners(_ text: String) -> Result<[Partner], FieldError> {
        var result: [Partner] = []
        for piece in text.split(separator: ";") {
            let item = String(piece).trimmingWhitespace
            guard !item.isEmpty else { continue }
            guard item.hasSuffix(")"), let open = item.lastIndex(of: "(") else {
                return .failure(FieldError(T(.formBadPartner, item)))
            }
            let name = String(item[..<open]).trimmingWhitespace
            let kindText = TextFolding.fold(String(item[item.index(after: open)..<item.index(before: item.endIndex)]).trimmingWhitespace)
            guard !name.isEmpty,
                  let kind = PartnerKind.allCases.first(where: { TextFolding.fold($0.displayName) == kindText || $0.rawValue == kindText })
            else { return .failure(FieldError(T(.formBadPartner, item))) }
            result.append(Partner(name: name, kind: kind))
        }
        return .success(result)
    }

    // MARK: Differences (audit, conflicts)

    /// One field whose value differs between two applications, as people read it.
    public struct Change: Sendable, Equatable {
        public var field: FormField
        public var old: String
        public var new: String
        public init(field: FormField, old: String, new: String) { self.field = field; self.old = old; self.new = new }
        /// `Places financées : — → 14`, for the audit trail.
        public var auditText: String { T(.formAuditChange, field.label, old, new) }
    }

    /// The fields that differ from `before` to `after`, in form order, with their shown values.
    public static func changes(from before: DossierApplication, to after: DossierApplication) -> [Change] {
        let old = values(of: before), new = values(of: after)
        return FormField.allCases.compactMap { field in
            let a = old[field] ?? "", b = new[field] ?? ""
            return a == b ? nil : Change(field: field, old: field.shown(a), new: field.shown(b))
        }
    }
}

/// The sections of the application form, in order.
public enum FormGroup: Int, CaseIterable, Sendable {
    case organization, training, certification, duration, sessions, partners, notes

    public var title: String {
        switch self {
        case .organization: return T(.formGroupOrganization)
        case .training: return T(.formGroupTraining)
        case .certification: return T(.formGroupCertification)
        case .duration: return T(.formGroupDuration)
        case .sessions: return T(.formGroupSessions)
        case .partners: return T(.formGroupPartners)
        case .notes: return T(.formGroupNotes)
        }
    }
}

/// One field of the dossier form, in form order.
public enum FormField: String, CaseIterable, Sendable, Hashable {
    case organizationName, siret, nda, qualiopiStatus, qualiopiDate, qualiopiCertifiedOn, obligationsUpToDate
    case subcontractorName, subcontractorNDA
    case trainingTitle, commune, inseeCode, region, family, job, renewal
    case certificationCode, certificationTitle, ownsCertification, partnershipEndsOn
    case hours, months, remoteShare, receptionPlaces, immersionKind, immersionWeeks, supportHours
    case sessionsPerYear, learnersPerSession, targetLearnersPerSession, fundedPlaces, plannedWomen, qpvZrrLocation
    case partners
    case notes

    public enum Kind: Sendable { case text, choice, notes }

    public var kind: Kind {
        switch self {
        case .qualiopiStatus, .obligationsUpToDate, .region, .family, .renewal, .ownsCertification, .immersionKind,
             .qpvZrrLocation:
            return .choice
        case .notes: return .notes
        default: return .text
        }
    }

    public var group: FormGroup {
        switch self {
        case .organizationName, .siret, .nda, .qualiopiStatus, .qualiopiDate, .qualiopiCertifiedOn, .obligationsUpToDate,
             .subcontractorName, .subcontractorNDA:
            return .organization
        case .trainingTitle, .commune, .inseeCode, .region, .family, .job, .renewal: return .training
        case .certificationCode, .certificationTitle, .ownsCertification, .partnershipEndsOn: return .certification
        case .hours, .months, .remoteShare, .receptionPlaces, .immersionKind, .immersionWeeks, .supportHours: return .duration
        case .sessionsPerYear, .learnersPerSession, .targetLearnersPerSession, .fundedPlaces, .plannedWomen,
             .qpvZrrLocation:
            return .sessions
        case .partners: return .partners
        case .notes: return .notes
        }
    }

    /// The fields a dossier needs even as a draft: who applies, for which training, where (the
    /// organization is found by its SIRET; the database requires a SIRET of 14 and an NDA of 11 digits).
    public var isRequired: Bool {
        [.organizationName, .siret, .nda, .trainingTitle, .commune, .region].contains(self)
    }

    var maximumLength: Int {
        switch self {
        case .siret: return 17
        case .nda, .subcontractorNDA: return 14
        case .qualiopiDate, .qualiopiCertifiedOn, .partnershipEndsOn: return 10
        case .inseeCode: return 5
        case .hours, .months, .remoteShare, .receptionPlaces, .immersionWeeks, .supportHours, .sessionsPerYear,
             .learnersPerSession, .targetLearnersPerSession, .fundedPlaces, .plannedWomen:
            return 9
        case .partners: return 1000
        case .notes: return 20_000
        default: return 200
        }
    }

    /// The field's name, in French.
    public var label: String {
        switch self {
        case .organizationName: return T(.cfOrganizationName)
        case .siret: return T(.fieldSiret)
        case .nda: return T(.fieldNda)
        case .qualiopiStatus: return T(.fieldQualiopi)
        case .qualiopiDate: return T(.formQualiopiDate)
        case .qualiopiCertifiedOn: return T(.formQualiopiCertifiedOn)
        case .obligationsUpToDate: return T(.fieldObligations)
        case .subcontractorName: return T(.formSubcontractor)
        case .subcontractorNDA: return T(.cfSubcontractorNda)
        case .trainingTitle: return T(.cfTrainingTitle)
        case .commune: return T(.formCommune)
        case .inseeCode: return T(.formInsee)
        case .region: return T(.fieldRegion)
        case .family: return T(.fieldFamily)
        case .job: return T(.fieldJob)
        case .renewal: return T(.fieldKind)
        case .certificationCode: return T(.cfCertificationCode)
        case .certificationTitle: return T(.cfCertificationTitle)
        case .ownsCertification: return T(.cfOwnership)
        case .partnershipEndsOn: return T(.cfPartnershipEnd)
        case .hours: return T(.fieldHours)
        case .months: return T(.fieldMonths)
        case .remoteShare: return T(.formRemoteShare)
        case .receptionPlaces: return T(.cfReceptionPlaces)
        case .immersionKind: return T(.cfImmersionKind)
        case .immersionWeeks: return T(.formImmersionWeeks)
        case .supportHours: return T(.cfSupportHours)
        case .sessionsPerYear: return T(.cfSessionsPerYear)
        case .learnersPerSession: return T(.cfLearnersPerSession)
        case .targetLearnersPerSession: return T(.cfTargetLearnersPerSession)
        case .fundedPlaces: return T(.cfFundedPlaces)
        case .plannedWomen: return T(.formPlannedWomen)
        case .qpvZrrLocation: return T(.cfQpvZrrLocation)
        case .partners: return T(.cfPartners)
        case .notes: return T(.formNotes)
        }
    }

    /// What a field expects, shown beside an empty field ("jj/mm/aaaa", "14 chiffres"…).
    public var hint: String? {
        switch self {
        case .siret: return T(.formHintSiret)
        case .nda, .subcontractorNDA: return T(.formHintNda)
        case .qualiopiDate, .qualiopiCertifiedOn, .partnershipEndsOn: return T(.formHintDate)
        case .certificationCode: return T(.formHintCode)
        case .partners: return T(.formHintPartners)
        case .remoteShare, .plannedWomen: return T(.formHintPercent)
        case .notes: return T(.formHintNotes)
        default: return nil
        }
    }

    /// The choices of a choice field: a code (stored in the form) and its French label.
    public var choices: [(code: String, label: String)] {
        let unset = ("", T(.formUnset))
        let yesNo = [unset, ("yes", T(.formYes)), ("no", T(.formNo))]
        switch self {
        case .qualiopiStatus:
            return [("none", T(.formQualiopiNone)), ("certified", T(.formQualiopiCertified)), ("audit", T(.formQualiopiAudit))]
        case .obligationsUpToDate: return [("yes", T(.formYes)), ("no", T(.formNo))]
        case .region: return [unset] + RegionCatalog.all.map { ($0.code, $0.name) }
        case .family: return [unset] + DigitalJobFamily.allCases.map { ($0.rawValue, $0.label) }
        case .renewal: return [("new", T(.formKindNew)), ("renewal", T(.formKindRenewal))]
        case .ownsCertification: return [unset, ("yes", T(.formOwned)), ("no", T(.formPartnership))]
        case .immersionKind: return [unset] + ImmersionKind.allCases.map { ($0.rawValue, $0.displayName) }
        case .qpvZrrLocation: return yesNo
        default: return []
        }
    }

    /// A value as people read it: a choice's label, "—" for nothing, the notes' first line.
    public func shown(_ value: String) -> String {
        if kind == .choice {
            let label = choices.first { $0.code == value }?.label ?? value
            return value.isEmpty ? "—" : label
        }
        if value.trimmingWhitespace.isEmpty { return "—" }
        if kind == .notes {
            let lines = value.split(separator: "\n", omittingEmptySubsequences: false)
            let first = String(lines.first ?? "")
            let cut = first.count > 60 ? String(first.prefix(59)) + "…" : first
            return lines.count > 1 ? T(.formNotesLines, cut, lines.count) : cut
        }
        return value
    }
}

/// The versions of the three records an application is made of, as read for an edit.
public struct ApplicationVersions: Sendable, Hashable {
    public var organization: Int64
    public var training: Int64
    public var dossier: Int64
    public init(organization: Int64, training: Int64, dossier: Int64) {
        self.organization = organization; self.training = training; self.dossier = dossier
    }
}

/// An application as read for the edit form: its values and the versions they were read at.
public struct EditableApplication: Sendable, Hashable {
    public var application: DossierApplication
    public var versions: ApplicationVersions
    public init(application: DossierApplication, versions: ApplicationVersions) {
        self.application = application; self.versions = versions
    }

    /// An empty application for the form of a new dossier (ids are assigned when it is created).
    public static var new: EditableApplication {
        let organization = Organization(id: .init(0), name: "", siret: "", nda: "", qualiopi: .none, obligationsUpToDate: true)
        let training = Training(id: .init(0), organizationID: .init(0), title: "", commune: "", inseeCode: "", regionCode: "",
                                family: nil, job: "", certificationCode: "", certificationTitle: "", hours: 0, months: 0)
        let dossier = Dossier(id: .init(0), number: "", trainingID: .init(0), state: .draft, committeeID: nil,
                              submittedOn: nil, score: nil, isRenewal: false)
        return EditableApplication(application: DossierApplication(dossier: dossier, training: training,
                                                                   organization: organization, content: .empty),
                                   versions: ApplicationVersions(organization: 0, training: 0, dossier: 0))
    }

    /// Whether this is the form of a dossier not created yet.
    public var isNew: Bool { application.dossier.id.rawValue == 0 }
}

/// One line of a dossier's audit trail as people read it (issue 3, "viewable per dossier").
public struct DossierHistoryEntry: Sendable, Hashable {
    /// `yyyy-mm-ddThh:mm:ssZ`.
    public var timestamp: String
    public var login: String
    /// What changed: `Places financées : — → 14`, a step, a grade…
    public var detail: String
    public init(timestamp: String, login: String, detail: String) {
        self.timestamp = timestamp; self.login = login; self.detail = detail
    }
}

/// The dossier form's reads and writes (issue 3). Writes check `.editDossiers`, the versions read (a
/// stale one throws the backend's conflict error and writes nothing) and audit each field changed
/// under the dossier's number, with French field names.
public protocol DossierFormStoring {
    func editableApplication(_ id: Dossier.ID) throws -> EditableApplication?
    /// Saves the application over the records read at `versions`; returns the fields changed.
    @discardableResult
    func saveApplication(_ application: DossierApplication, versions: ApplicationVersions, by actor: Actor,
                         at timestamp: String) throws -> [DossierForm.Change]
    /// Creates a draft dossier (its organization found by SIRET, else created; its training found by
    /// organization, title and place, else created); returns its id and number.
    func createDossier(_ application: DossierApplication, by actor: Actor, at timestamp: String,
                       today: CalendarDate) throws -> (id: Dossier.ID, number: String)
    /// The dossier's audit trail, oldest first.
    func dossierHistory(_ number: String) throws -> [DossierHistoryEntry]
    /// The logins that graded each dossier (the "instructeur" filter), by dossier.
    func dossierInstructors() throws -> [Dossier.ID: [String]]
}
