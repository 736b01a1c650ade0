/// The label granted to one training, valid 3 years from the convention's signature (§2a, §3).
public struct Label: Hashable, Sendable, Identifiable {
    public typealias ID = EntityID<Label>
    public var id: ID
    public var trainingID: Training.ID
    public var dossierID: Dossier.ID?
    public var conventionSignedOn: CalendarDate
    public var state: LabelState

    public init(id: ID, trainingID: Training.ID, dossierID: Dossier.ID?, conventionSignedOn: CalendarDate,
                state: LabelState) {
        self.id = id; self.trainingID = trainingID; self.dossierID = dossierID
        self.conventionSignedOn = conventionSignedOn; self.state = state
    }

    /// Last day of validity: signature + 3 years, 29/02 clamped to 28/02 (DOMAIN.md, "Labels": **Choice**).
    public func expiresOn(_ rules: RuleParameters = .standard) -> CalendarDate {
        conventionSignedOn.addingYears(rules.labelValidityYears)
    }
}

/// Where a label stands (§3, §4, §2b-9).
public enum LabelState: String, CaseIterable, Sendable, Hashable {
    case active
    /// Granted while Qualiopi was only in progress; the initial audit is awaited (§2b-9).
    case pendingQualiopiAudit = "pending_audit"
    case expired
    case withdrawn
    /// Amicable termination ("résiliation à l'amiable").
    case terminated

    /// Whether monitoring obligations still run.
    public var isMonitored: Bool { self == .active || self == .pendingQualiopiAudit }
}
