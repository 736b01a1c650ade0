/// A person in a session ("apprenant"). Holds personal data: names, birth date, address.
public struct Learner: Hashable, Sendable, Identifiable {
    public typealias ID = EntityID<Learner>
    public var id: ID
    public var sessionID: TrainingSession.ID
    public var firstName: String
    public var lastName: String
    public var gender: Gender
    public var birthDate: CalendarDate
    public var address: String
    public var inseeCode: String
    public var commune: String
    public var residesInQPV: Bool
    public var residesInZRR: Bool
    /// Far from employment and training (§1c): the public GEN targets.
    public var isTargetPublic: Bool
    public var isJobSeeker: Bool
    /// Receives the CROUS grant (issue 4).
    public var receivesCROUSAid: Bool
    /// How the learner left the session: finished it or left before its end; nil while in training.
    public var exitKind: LearnerExitKind?
    /// The day the learner finished or left.
    public var exitDate: CalendarDate?
    /// Why the learner left (required when `exitKind` is `.left`); empty otherwise.
    public var exitReason: String
    /// Whether the certification was obtained; nil while not known.
    public var certificationObtained: Bool?
    /// The professional situation at the end of the session, 3 and 6 months after; nil while not recorded.
    public var situationAtEnd: LearnerSituation?
    public var situationAt3Months: LearnerSituation?
    public var situationAt6Months: LearnerSituation?

    public init(id: ID, sessionID: TrainingSession.ID, firstName: String, lastName: String, gender: Gender,
                birthDate: CalendarDate, address: String, inseeCode: String, commune: String,
                residesInQPV: Bool, residesInZRR: Bool, isTargetPublic: Bool, isJobSeeker: Bool,
                receivesCROUSAid: Bool = false, exitKind: LearnerExitKind? = nil, exitDate: CalendarDate? = nil,
                exitReason: String = "", certificationObtained: Bool? = nil, situationAtEnd: LearnerSituation? = nil,
                situationAt3Months: LearnerSituation? = nil, situationAt6Months: LearnerSituation? = nil) {
        self.id = id; self.sessionID = sessionID; self.firstName = firstName; self.lastName = lastName
        self.gender = gender; self.birthDate = birthDate; self.address = address; self.inseeCode = inseeCode
        self.commune = commune; self.residesInQPV = residesInQPV; self.residesInZRR = residesInZRR
        self.isTargetPublic = isTargetPublic; self.isJobSeeker = isJobSeeker
        self.receivesCROUSAid = receivesCROUSAid; self.exitKind = exitKind; self.exitDate = exitDate
        self.exitReason = exitReason; self.certificationObtained = certificationObtained
        self.situationAtEnd = situationAtEnd; self.situationAt3Months = situationAt3Months
        self.situationAt6Months = situationAt6Months
    }
}

/// Gender as declared, used for the 30 % women goal (§1c).
public enum Gender: String, CaseIterable, Sendable, Hashable {
    case female = "F"
    case male = "M"
    case other = "X"
}

/// How a learner's time in the session ended (the end-of-session list, §4: "who finished and who left").
public enum LearnerExitKind: String, CaseIterable, Sendable, Hashable {
    /// Went to the end of the session, immersion included.
    case finished
    /// Left before the end.
    case left
}

/// A learner's professional situation at the end of the session and 3 and 6 months after (§4, DOMAIN.md
/// "positive exit"). Which of them count as a positive exit is `RuleParameters.positiveExitSituations`.
public enum LearnerSituation: String, CaseIterable, Sendable, Hashable {
    /// In employment (any contract, self-employment included).
    case employment
    /// In further training (another course, a work-study contract counts as employment).
    case training
    /// Looking for a job.
    case jobSeeking = "job_seeking"
    /// Anything else (inactive, moved away…).
    case other
    /// Asked, but not known (the learner could not be reached). Counts in the rates as not positive.
    case unknown
}
