/// Checks of the typed fields of an application (issue 3): each gives the value or a French reason.
public enum FieldValidation {
    /// A SIRET: 14 digits passing the Luhn check (INSEE's check digit).
    public static func siret(_ text: String) -> Result<String, FieldError> {
        let value = text.filter { $0 != " " }
        guard value.count == 14, value.allSatisfy(\.isASCIIDigit) else { return .failure(FieldError(T(.validSiretDigits, text))) }
        guard Luhn.isValid(value) else { return .failure(FieldError(T(.validSiretCheck, value))) }
        return .success(value)
    }

    /// A numéro de déclaration d'activité: 11 digits.
    public static func nda(_ text: String) -> Result<String, FieldError> {
        let value = text.filter { $0 != " " }
        guard value.count == 11, value.allSatisfy(\.isASCIIDigit) else { return .failure(FieldError(T(.validNda, text))) }
        return .success(value)
    }

    /// A certification code: `RNCP` or `RS` followed by digits (§2b-2), upper case.
    public static func certificationCode(_ text: String) -> Result<String, FieldError> {
        let value = text.trimmingWhitespace.uppercased()
        for prefix in ["RNCP", "RS"] where value.hasPrefix(prefix) {
            let digits = value.dropFirst(prefix.count)
            if !digits.isEmpty, digits.allSatisfy(\.isASCIIDigit) { return .success(value) }
        }
        return .failure(FieldError(T(.validCertificationCode, text)))
    }

    /// A strict `jj/mm/aaaa` date that exists.
    public static func date(_ text: String) -> Result<CalendarDate, FieldError> {
        let value = text.trimmingWhitespace
        guard let date = CalendarDate(french: value) else { return .failure(FieldError(T(.promptBadDate, value))) }
        return .success(date)
    }

    /// A whole number within `range`.
    public static func number(_ text: String, in range: ClosedRange<Int>) -> Result<Int, FieldError> {
        let value = text.trimmingWhitespace
        guard !value.isEmpty, value.count <= 9, value.allSatisfy(\.isASCIIDigit), let number = Int(value) else {
            return .failure(FieldError(T(.validNumber, text)))
        }
        guard range.contains(number) else {
            return .failure(FieldError(T(.validNumberRange, number, range.lowerBound, range.upperBound)))
        }
        return .success(number)
    }

    /// A percentage, 0 to 100.
    public static func percent(_ text: String) -> Result<Int, FieldError> { number(text, in: 0...100) }
}

/// Why a typed value is refused, in French.
public struct FieldError: Error, Equatable, Sendable, UserFacingError {
    public let message: String
    public init(_ message: String) { self.message = message }
    public var userMessage: String { message }
}

/// The Luhn check used by SIREN and SIRET numbers.
public enum Luhn {
    public static func isValid(_ digits: String) -> Bool {
        let values = digits.compactMap(\.wholeNumberValue)
        guard !values.isEmpty, values.count == digits.count else { return false }
        var sum = 0
        for (position, digit) in values.reversed().enumerated() {
            var value = digit
            if position % 2 == 1 {
                value *= 2
                if value > 9 { value -= 9 }
            }
            sum += value
        }
        return sum % 10 == 0
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}

/// A field of the application form, as the completeness check names it.
public enum ContentField: String, CaseIterable, Sendable, Hashable {
    case organizationName, siret, nda, trainingTitle, commune, region, family, job, certificationCode
    case certificationTitle, hours, months, certificationOwnership, partnershipEnd, subcontractorNDA
    case remoteShare, receptionPlaces, immersionKind, immersionWeeks, supportHours, sessionsPerYear
    case learnersPerSession, targetLearnersPerSession, fundedPlaces, plannedWomen, qpvZrrLocation, partners
}

/// The completeness check: an incomplete dossier cannot be submitted (FAQ).
public enum Completeness {
    /// The fields missing or invalid, in form order; empty when the dossier can be submitted.
    public static func missingFields(_ application: DossierApplication, rules: RuleParameters = .standard) -> [ContentField] {
        let o = application.organization, t = application.training, c = application.content
        var missing: [ContentField] = []
        func blank(_ text: String) -> Bool { text.trimmingWhitespace.isEmpty }
        if blank(o.name) { missing.append(.organizationName) }
        if case .failure = FieldValidation.siret(o.siret) { missing.append(.siret) }
        if case .failure = FieldValidation.nda(o.nda) { missing.append(.nda) }
        if blank(t.title) { missing.append(.trainingTitle) }
        if blank(t.commune) { missing.append(.commune) }
        if RegionCatalog.region(code: t.regionCode) == nil { missing.append(.region) }
        if t.family == nil { missing.append(.family) }
        if blank(t.job) { missing.append(.job) }
        if case .failure = FieldValidation.certificationCode(t.certificationCode) { missing.append(.certificationCode) }
        if blank(t.certificationTitle) { missing.append(.certificationTitle) }
        if t.hours <= 0 { missing.append(.hours) }
        if t.months <= 0 { missing.append(.months) }
        if c.ownsCertification == nil { missing.append(.certificationOwnership) }
        if c.ownsCertification == false && c.partnershipEndsOn == nil { missing.append(.partnershipEnd) }
        if c.hasSubcontractor, case .failure = FieldValidation.nda(c.subcontractorNDA ?? "") { missing.append(.subcontractorNDA) }
        if c.remoteSharePercent == nil { missing.append(.remoteShare) }
        if let remote = c.remoteSharePercent, remote > rules.instruction.remoteShareThreshold, c.receptionPlaces == nil {
            missing.append(.receptionPlaces)
        }
        if c.immersionKind == nil { missing.append(.immersionKind) }
        if c.immersionWeeks == nil { missing.append(.immersionWeeks) }
        if c.supportHours == nil { missing.append(.supportHours) }
        if c.sessionsPerYear == nil { missing.append(.sessionsPerYear) }
        if c.learnersPerSession == nil { missing.append(.learnersPerSession) }
        if c.targetLearnersPerSession == nil { missing.append(.targetLearnersPerSession) }
        if c.fundedPlaces == nil { missing.append(.fundedPlaces) }
        if c.plannedWomenPercent == nil { missing.append(.plannedWomen) }
        if c.locatedInQPVOrZRR == nil { missing.append(.qpvZrrLocation) }
        if c.partners.isEmpty { missing.append(.partners) }
        return missing
    }
}
