/// The body that applies for the label ("structure porteuse", §2b-9, §2b-10).
public struct Organization: Hashable, Sendable, Identifiable {
    public typealias ID = EntityID<Organization>
    public var id: ID
    public var name: String
    /// 14 digits.
    public var siret: String
    /// Numéro de déclaration d'activité, 11 digits.
    public var nda: String
    public var qualiopi: QualiopiStatus
    /// Declared up to date with legal, tax and social obligations (§2b-10).
    public var obligationsUpToDate: Bool

    public init(id: ID, name: String, siret: String, nda: String, qualiopi: QualiopiStatus,
                obligationsUpToDate: Bool) {
        self.id = id; self.name = name; self.siret = siret; self.nda = nda
        self.qualiopi = qualiopi; self.obligationsUpToDate = obligationsUpToDate
    }
}

/// Qualiopi certification of an organization (§2b-9).
public enum QualiopiStatus: Hashable, Sendable {
    case certified(validUntil: CalendarDate)
    /// A certification contract is signed and the initial audit is scheduled.
    case auditScheduled(on: CalendarDate)
    case none
}
