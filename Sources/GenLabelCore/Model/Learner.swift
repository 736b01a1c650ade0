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

    public init(id: ID, sessionID: TrainingSession.ID, firstName: String, lastName: String, gender: Gender,
                birthDate: CalendarDate, address: String, inseeCode: String, commune: String,
                residesInQPV: Bool, residesInZRR: Bool, isTargetPublic: Bool, isJobSeeker: Bool) {
        self.id = id; self.sessionID = sessionID; self.firstName = firstName; self.lastName = lastName
        self.gender = gender; self.birthDate = birthDate; self.address = address; self.inseeCode = inseeCode
        self.commune = commune; self.residesInQPV = residesInQPV; self.residesInZRR = residesInZRR
        self.isTargetPublic = isTargetPublic; self.isJobSeeker = isJobSeeker
    }
}

/// Gender as declared, used for the 30 % women goal (§1c).
public enum Gender: String, CaseIterable, Sendable, Hashable {
    case female = "F"
    case male = "M"
    case other = "X"
}
