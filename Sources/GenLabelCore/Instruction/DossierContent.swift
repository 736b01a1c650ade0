/// What an application form carries beyond the organization's and the training's own records (issue 3,
/// "Dossier content"): one value per dossier. A `nil` is a field not filled in yet; the completeness
/// check lists them (a draft cannot be submitted while one is missing).
public struct DossierContent: Hashable, Sendable {
    /// Date of the organization's Qualiopi certification (the end of validity or the audit date are on
    /// the organization's `QualiopiStatus`).
    public var qualiopiCertifiedOn: CalendarDate?
    /// Name of the subcontractor running the training, if any (§2b-10).
    public var subcontractorName: String?
    /// The subcontractor's NDA (11 digits), required when there is a subcontractor.
    public var subcontractorNDA: String?
    /// Whether the holder owns the certification; if not, a partnership agreement is needed (§2b-2).
    public var ownsCertification: Bool?
    /// End of the partnership agreement with the certifier, when the holder does not own it.
    public var partnershipEndsOn: CalendarDate?
    /// Share of the modules given remotely, in percent (§2b-3).
    public var remoteSharePercent: Int?
    /// Collective reception places offered to remote learners at risk of dropping out (§2b-3).
    public var receptionPlaces: Int?
    public var immersionKind: ImmersionKind?
    /// Length of the work immersion, in weeks (§2b-5).
    public var immersionWeeks: Int?
    /// Hours of socio-professional and teaching support (§2c-5).
    public var supportHours: Int?
    public var sessionsPerYear: Int?
    public var learnersPerSession: Int?
    public var targetLearnersPerSession: Int?
    /// Places free for target publics, everything funded (§2b-7).
    public var fundedPlaces: Int?
    /// Planned share of women, in percent (goal ≥ 30 %, §1c); breaks ties in a committee's ranking.
    public var plannedWomenPercent: Int?
    /// Whether the training takes place in a QPV or a ZRR; breaks ties in a committee's ranking.
    public var locatedInQPVOrZRR: Bool?
    public var partners: [Partner]
    /// Free notes of the instruction staff.
    public var notes: String

    public init(qualiopiCertifiedOn: CalendarDate? = nil, subcontractorName: String? = nil,
                subcontractorNDA: String? = nil, ownsCertification: Bool? = nil, partnershipEndsOn: CalendarDate? = nil,
                remoteSharePercent: Int? = nil, receptionPlaces: Int? = nil, immersionKind: ImmersionKind? = nil,
                immersionWeeks: Int? = nil, supportHours: Int? = nil, sessionsPerYear: Int? = nil,
                learnersPerSession: Int? = nil, targetLearnersPerSession: Int? = nil, fundedPlaces: Int? = nil,
                plannedWomenPercent: Int? = nil, locatedInQPVOrZRR: Bool? = nil, partners: [Partner] = [],
                notes: String = "") {
        self.qualiopiCertifiedOn = qualiopiCertifiedOn; self.subcontractorName = subcontractorName
        self.subcontractorNDA = subcontractorNDA; self.ownsCertification = ownsCertification
        self.partnershipEndsOn = partnershipEndsOn; self.remoteSharePercent = remoteSharePercent
        self.receptionPlaces = receptionPlaces; self.immersionKind = immersionKind
        self.immersionWeeks = immersionWeeks; self.supportHours = supportHours
        self.sessionsPerYear = sessionsPerYear; self.learnersPerSession = learnersPerSession
        self.targetLearnersPerSession = targetLearnersPerSession; self.fundedPlaces = fundedPlaces
        self.plannedWomenPercent = plannedWomenPercent; self.locatedInQPVOrZRR = locatedInQPVOrZRR
        self.partners = partners; self.notes = notes
    }

    public static let empty = DossierContent()

    /// Whether a subcontractor is named.
    public var hasSubcontractor: Bool { !(subcontractorName ?? "").trimmingWhitespace.isEmpty }
}

/// The kind of work immersion (§2b-5).
public enum ImmersionKind: String, CaseIterable, Sendable, Hashable {
    case internship
    case workStudy = "work_study"
    case clientProject = "client_project"
}

/// A partner of the training and what it is for (§2c-1, §2c-6).
public struct Partner: Hashable, Sendable {
    public var name: String
    public var kind: PartnerKind
    public init(name: String, kind: PartnerKind) { self.name = name; self.kind = kind }
}

public enum PartnerKind: String, CaseIterable, Sendable, Hashable {
    /// Finding target-public learners.
    case sourcing
    /// Hiring or placing learners.
    case employment
    /// Funding the training.
    case funding
}

/// Everything an application is made of: the dossier, its training, its organization and its content.
public struct DossierApplication: Hashable, Sendable {
    public var dossier: Dossier
    public var training: Training
    public var organization: Organization
    public var content: DossierContent
    public init(dossier: Dossier, training: Training, organization: Organization, content: DossierContent) {
        self.dossier = dossier; self.training = training; self.organization = organization; self.content = content
    }
}
