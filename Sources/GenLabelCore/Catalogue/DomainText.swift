/// French names of domain values, from the catalogue.
extension DossierState {
    public var displayName: String {
        switch self {
        case .draft: return T(.stateDraft)
        case .submitted: return T(.stateSubmitted)
        case .admissible: return T(.stateAdmissible)
        case .inadmissible: return T(.stateInadmissible)
        case .underReview: return T(.stateUnderReview)
        case .reviewed: return T(.stateReviewed)
        case .labelled: return T(.stateLabelled)
        case .rejected: return T(.stateRejected)
        case .deferred: return T(.stateDeferred)
        case .withdrawn: return T(.stateWithdrawn)
        }
    }
}

extension LabelState {
    public var displayName: String {
        switch self {
        case .active: return T(.labelActive)
        case .pendingQualiopiAudit: return T(.labelPendingAudit)
        case .expired: return T(.labelExpired)
        case .withdrawn: return T(.labelWithdrawn)
        case .terminated: return T(.labelTerminated)
        }
    }
}

extension Severity {
    public var displayName: String {
        switch self {
        case .overdue: return T(.severityOverdue)
        case .dueSoon: return T(.severityDueSoon)
        case .upcoming: return T(.severityUpcoming)
        }
    }

    /// A two-column marker so severities stay distinct without colour (NO_COLOR).
    public var marker: String {
        switch self {
        case .overdue: return T(.severityMarkerOverdue)
        case .dueSoon: return T(.severityMarkerDueSoon)
        case .upcoming: return T(.severityMarkerUpcoming)
        }
    }
}

extension ObligationKind {
    public var displayName: String {
        switch self {
        case .committeeCollection: return T(.kindCommitteeCollection)
        case .annualReport: return T(.kindAnnualReport)
        case .startAttestation: return T(.kindStartAttestation)
        case .endOfSessionList: return T(.kindEndOfSessionList)
        case .firstSession: return T(.kindFirstSession)
        case .postponedStart: return T(.kindPostponedStart)
        case .labelExpiry: return T(.kindLabelExpiry)
        case .modificationRequest: return T(.kindModificationRequest)
        case .qualiopiAudit: return T(.kindQualiopiAudit)
        }
    }
}

extension Alert {
    /// `J-5`, `J+3` or `Jour J`.
    public var deltaText: String {
        if daysPastDue == 0 { return T(.deltaToday) }
        return daysPastDue > 0 ? T(.deltaAfter, daysPastDue) : T(.deltaBefore, -daysPastDue)
    }

    /// What the alert concerns beyond the training: the session, the year, the committee.
    public var subjectText: String {
        switch subject {
        case .committee: return T(.subjectCommittee, computation.baseDate.french)
        case .session(_, let code): return T(.subjectSession, code)
        case .annualReport(_, let year):
            guard let signed = conventionSignedOn else { return T(.subjectReport, year) }
            return T(.subjectReportOfLabel, year, signed.french)
        case .label:
            if kind == .qualiopiAudit, let signed = conventionSignedOn { return T(.subjectLabel, signed.french) }
            return T(.subjectLabel, computation.baseDate.french)
        case .modificationRequest(_, _, let requestKind):
            return T(.subjectModificationRequest, requestKind.displayName, computation.baseDate.french)
        }
    }

    /// "Développeuse / Développeur web — Vannes": the title alone is not unique from place to place.
    public var trainingText: String {
        place.isEmpty ? trainingTitle : trainingTitle + " — " + place
    }
}

extension DeadlineComputation {
    /// "fin 31/03/2026 + 1 mois = 30/04/2026", "comité 23/06/2022 − 42 jours = 12/05/2022".
    public var explanation: String {
        let baseName: String
        switch base {
        case .committeeDate: baseName = T(.baseCommitteeDate)
        case .sessionStart: baseName = T(.baseSessionStart)
        case .sessionEnd: baseName = T(.baseSessionEnd)
        case .plannedStart: baseName = T(.basePlannedStart)
        case .conventionSigned: baseName = T(.baseConventionSigned)
        case .reportYear: baseName = T(.baseReportYear)
        case .requestedOn: baseName = T(.baseRequestedOn)
        case .qualiopiAudit: baseName = T(.baseQualiopiAudit)
        }
        let amount: Int
        let unit: TextKey
        switch step {
        case .januaryOfNextYear:
            return T(.explanationAnnualReport, baseDate.year, result.french)
        case .onDate:
            if base == .qualiopiAudit { return T(.explanationAuditOn, result.french) }
            return T(.explanationAuditUnknown, baseName, baseDate.french)
        case .days(let n): amount = n; unit = .stepDays
        case .months(let n): amount = n; unit = .stepMonths
        case .years(let n): amount = n; unit = .stepYears
        }
        return T(.explanation, baseName, baseDate.french, amount < 0 ? "−" : "+", T(unit, abs(amount)), result.french)
    }
}

extension QualiopiStatus {
    public var displayName: String {
        switch self {
        case .certified(let until): return T(.qualiopiCertified, until.french)
        case .auditScheduled(let on): return T(.qualiopiAudit, on.french)
        case .none: return T(.qualiopiNone)
        }
    }
}

extension Alert {
    /// "en retard de 3 jours", "dans 1 jour", "aujourd'hui".
    public var deltaLongText: String {
        let days = abs(daysPastDue)
        let amount = days == 1 ? T(.oneDay) : T(.days, FrenchNumber.format(days))
        if daysPastDue == 0 { return T(.deltaLongToday) }
        return daysPastDue > 0 ? T(.deltaLongLate, amount) : T(.deltaLongAhead, amount)
    }
}

/// Whole numbers the French way: "2 500", "12 345" (a no-break space between thousands).
public enum FrenchNumber {
    public static func format(_ value: Int) -> String {
        let digits = String(abs(value))
        var groups: [Substring] = []
        var end = digits.endIndex
        while end > digits.startIndex {
            let start = digits.index(end, offsetBy: -3, limitedBy: digits.startIndex) ?? digits.startIndex
            groups.insert(digits[start..<end], at: 0)
            end = start
        }
        return (value < 0 ? "-" : "") + groups.joined(separator: "\u{00A0}")
    }
}

/// French names of roles and permissions (README "Rôles").
public enum DomainText {
    /// "née le 03/04/2001", "né le …", "né·e le …" when the gender is neither.
    public static func born(_ gender: Gender, on date: CalendarDate) -> String {
        switch gender {
        case .female: return T(.learnerBornFemale, date.french)
        case .male: return T(.learnerBornMale, date.french)
        case .other: return T(.learnerBorn, date.french)
        }
    }

    public static func role(_ role: Role) -> String {
        switch role {
        case .admin: return T(.roleAdmin)
        case .instruction: return T(.roleInstruction)
        case .suivi: return T(.roleSuivi)
        case .comite: return T(.roleComite)
        }
    }

    public static func permission(_ permission: Permission) -> String {
        switch permission {
        case .readPersonalData: return T(.permissionReadPersonalData)
        case .editDossiers: return T(.permissionEditDossiers)
        case .editMonitoring: return T(.permissionEditMonitoring)
        case .handleAlerts: return T(.permissionHandleAlerts)
        case .importData: return T(.permissionImportData)
        case .manageUsers: return T(.permissionManageUsers)
        case .purgePersonalData: return T(.permissionPurgePersonalData)
        case .restoreDatabase: return T(.permissionRestoreDatabase)
        }
    }
}
