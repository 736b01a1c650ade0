/// French names of the instruction values, from the catalogue.
extension ImmersionKind {
    public var displayName: String {
        switch self {
        case .internship: return T(.immersionInternship)
        case .workStudy: return T(.immersionWorkStudy)
        case .clientProject: return T(.immersionClientProject)
        }
    }
}

extension PartnerKind {
    public var displayName: String {
        switch self {
        case .sourcing: return T(.partnerSourcing)
        case .employment: return T(.partnerEmployment)
        case .funding: return T(.partnerFunding)
        }
    }
}

extension CriterionResult {
    public var displayName: String {
        switch self {
        case .met: return T(.resultMet)
        case .notMet: return T(.resultNotMet)
        case .toCheck: return T(.resultToCheck)
        }
    }
}

extension AdmissibilityVerdict {
    public var displayName: String {
        switch self {
        case .admissible: return T(.verdictAdmissible)
        case .inadmissible: return T(.verdictInadmissible)
        case .pending(let open): return T(.verdictPending, open.map(String.init).joined(separator: ", "))
        }
    }
}

extension ContentField {
    public var displayName: String {
        switch self {
        case .organizationName: return T(.cfOrganizationName)
        case .siret: return T(.fieldSiret)
        case .nda: return T(.fieldNda)
        case .trainingTitle: return T(.cfTrainingTitle)
        case .commune: return T(.fieldPlace)
        case .region: return T(.fieldRegion)
        case .family: return T(.fieldFamily)
        case .job: return T(.fieldJob)
        case .certificationCode: return T(.cfCertificationCode)
        case .certificationTitle: return T(.cfCertificationTitle)
        case .hours: return T(.fieldHours)
        case .months: return T(.fieldMonths)
        case .certificationOwnership: return T(.cfOwnership)
        case .partnershipEnd: return T(.cfPartnershipEnd)
        case .subcontractorNDA: return T(.cfSubcontractorNda)
        case .remoteShare: return T(.cfRemoteShare)
        case .receptionPlaces: return T(.cfReceptionPlaces)
        case .immersionKind: return T(.cfImmersionKind)
        case .immersionWeeks: return T(.cfImmersionWeeks)
        case .supportHours: return T(.cfSupportHours)
        case .sessionsPerYear: return T(.cfSessionsPerYear)
        case .learnersPerSession: return T(.cfLearnersPerSession)
        case .targetLearnersPerSession: return T(.cfTargetLearnersPerSession)
        case .fundedPlaces: return T(.cfFundedPlaces)
        case .plannedWomen: return T(.cfPlannedWomen)
        case .qpvZrrLocation: return T(.cfQpvZrrLocation)
        case .partners: return T(.cfPartners)
        }
    }
}
