/// A learner as typed in the form (issue 4): one text per field, checked field by field as the person
/// leaves it, and as a whole before anything is saved. Pure; the TUI's `LearnerForm` holds one.
public enum LearnerField: Int, CaseIterable, Sendable, Hashable {
    case lastName, firstName, gender, birthDate, address, inseeCode, commune
    case residesQPV, residesZRR, targetPublic, jobSeeker, crousAid
    case exitKind, exitDate, exitReason, certification, situationAtEnd, situationAt3Months, situationAt6Months

    /// How the field is typed.
    public enum Kind: Sendable, Equatable {
        /// Free text of at most this many characters.
        case text(maxLength: Int)
        /// `jj/mm/aaaa`.
        case date
        /// 5 characters: digits, or 2A/2B then 3 digits.
        case insee
        /// One of these codes, chosen with Espace or ←/→ (the empty code "" is "not filled in").
        case choice([String])
    }

    public static let yesNo = ["oui", "non"]
    public static let optionalYesNo = ["", "oui", "non"]

    public var kind: Kind {
        switch self {
        case .lastName, .firstName: return .text(maxLength: 200)
        case .address: return .text(maxLength: 500)
        case .commune: return .text(maxLength: 200)
        case .exitReason: return .text(maxLength: 500)
        case .birthDate, .exitDate: return .date
        case .inseeCode: return .insee
        case .gender: return .choice(Gender.allCases.map(\.rawValue))
        case .residesQPV, .residesZRR, .targetPublic, .jobSeeker, .crousAid: return .choice(Self.yesNo)
        case .exitKind: return .choice([""] + LearnerExitKind.allCases.map(\.rawValue))
        case .certification: return .choice(Self.optionalYesNo)
        case .situationAtEnd, .situationAt3Months, .situationAt6Months:
            return .choice([""] + LearnerSituation.allCases.map(\.rawValue))
        }
    }

    /// Must be filled in.
    public var isRequired: Bool { [.lastName, .firstName, .gender, .birthDate].contains(self) }

    /// Personal data (README "Rôles"): never in an audit entry's detail.
    public var isPersonal: Bool { [.lastName, .firstName, .birthDate, .address, .inseeCode, .commune, .exitReason].contains(self) }

    /// The field's label in the form.
    public var label: String {
        switch self {
        case .lastName: return T(.lrnLastName)
        case .firstName: return T(.lrnFirstName)
        case .gender: return T(.lrnGender)
        case .birthDate: return T(.lrnBirthDate)
        case .address: return T(.lrnAddress)
        case .inseeCode: return T(.lrnInsee)
        case .commune: return T(.lrnCommune)
        case .residesQPV: return T(.lrnQPV)
        case .residesZRR: return T(.lrnZRR)
        case .targetPublic: return T(.lrnTargetPublic)
        case .jobSeeker: return T(.lrnJobSeeker)
        case .crousAid: return T(.lrnCROUS)
        case .exitKind: return T(.lrnExitKind)
        case .exitDate: return T(.lrnExitDate)
        case .exitReason: return T(.lrnExitReason)
        case .certification: return T(.lrnCertification)
        case .situationAtEnd: return T(.lrnSituationEnd)
        case .situationAt3Months: return T(.lrnSituation3)
        case .situationAt6Months: return T(.lrnSituation6)
        }
    }

    /// The French word of a choice code ("—" for none).
    public func choiceText(_ code: String) -> String {
        if code.isEmpty { return T(.lrnNotFilled) }
        switch self {
        case .gender: return Gender(rawValue: code)?.displayName ?? code
        case .exitKind: return LearnerExitKind(rawValue: code)?.displayName ?? code
        case .situationAtEnd, .situationAt3Months, .situationAt6Months: return LearnerSituation(rawValue: code)?.displayName ?? code
        default: return code == "oui" ? T(.yes) : code == "non" ? T(.no) : code
        }
    }
}

/// What the checks of a learner need to know besides the typed values.
public struct LearnerCheckContext: Sendable, Equatable {
    public var today: CalendarDate
    /// The session's start (actual, else planned): an exit cannot be before it.
    public var sessionStart: CalendarDate
    public init(today: CalendarDate, sessionStart: CalendarDate) { self.today = today; self.sessionStart = sessionStart }
}

public struct LearnerDraft: Sendable, Equatable {
    public var values: [LearnerField: String]

    /// An empty learner: no names, "non" to the yes/no questions, nothing recorded about the outcome.
    public init() {
        values = [:]
        for field in LearnerField.allCases { values[field] = "" }
        for field in [LearnerField.residesQPV, .residesZRR, .targetPublic, .jobSeeker, .crousAid] { values[field] = "non" }
    }

    /// The values of a stored learner.
    public init(_ learner: Learner) {
        func yesNo(_ flag: Bool) -> String { flag ? "oui" : "non" }
        values = [
            .lastName: learner.lastName, .firstName: learner.firstName, .gender: learner.gender.rawValue,
            .birthDate: learner.birthDate.french, .address: learner.address, .inseeCode: learner.inseeCode,
            .commune: learner.commune, .residesQPV: yesNo(learner.residesInQPV), .residesZRR: yesNo(learner.residesInZRR),
            .targetPublic: yesNo(learner.isTargetPublic), .jobSeeker: yesNo(learner.isJobSeeker),
            .crousAid: yesNo(learner.receivesCROUSAid), .exitKind: learner.exitKind?.rawValue ?? "",
            .exitDate: learner.exitDate?.french ?? "", .exitReason: learner.exitReason,
            .certification: learner.certificationObtained.map(yesNo) ?? "",
            .situationAtEnd: learner.situationAtEnd?.rawValue ?? "",
            .situationAt3Months: learner.situationAt3Months?.rawValue ?? "",
            .situationAt6Months: learner.situationAt6Months?.rawValue ?? "",
        ]
    }

    public subscript(field: LearnerField) -> String {
        get { values[field] ?? "" }
        set { values[field] = newValue }
    }

    /// Why `field`'s value is refused, in French; nil when it is acceptable. Checks the field alone and
    /// its links to the fields before it (an exit date needs an exit, a reason is required to leave…).
    public func error(_ field: LearnerField, context: LearnerCheckContext) -> String? {
        let text = self[field].trimmingWhitespace
        if text.isEmpty {
            if field.isRequired { return T(.lrnRequired) }
            switch field {
            case .exitDate where !self[.exitKind].isEmpty: return T(.lrnExitDateRequired)
            case .exitReason where self[.exitKind] == LearnerExitKind.left.rawValue: return T(.lrnExitReasonRequired)
            default: return nil
            }
        }
        switch field.kind {
        case .text(let maxLength):
            if text.count > maxLength { return T(.lrnTooLong, maxLength) }
        case .date:
            guard let date = CalendarDate(french: text) else { return T(.lrnBadDate, text) }
            if date > context.today { return T(.lrnFutureDate, context.today.french) }
            if field == .birthDate, date.year < 1900 { return T(.lrnBadDate, text) }
            if field == .exitDate {
                if self[.exitKind].isEmpty { return T(.lrnExitFirst) }
                if date < context.sessionStart { return T(.lrnExitBeforeStart, context.sessionStart.french) }
            }
        case .insee:
            if !Self.isINSEECode(text) { return T(.lrnBadInsee, text) }
        case .choice(let codes):
            if !codes.contains(text) { return T(.lrnBadChoice) }
        }
        switch field {
        case .exitReason where self[.exitKind].isEmpty: return T(.lrnExitFirst)
        case .situationAtEnd, .situationAt3Months, .situationAt6Months, .certification:
            if self[.exitKind].isEmpty { return T(.lrnExitFirst) }
        default: break
        }
        return nil
    }

    /// Every field's error, in form order.
    public func errors(context: LearnerCheckContext) -> [LearnerField: String] {
        var result: [LearnerField: String] = [:]
        for field in LearnerField.allCases { if let error = error(field, context: context) { result[field] = error } }
        return result
    }

    /// A commune code: 5 characters, digits, or `2A`/`2B` (Corsica) then 3 digits.
    public static func isINSEECode(_ text: String) -> Bool {
        let scalars = Array(text.uppercased().unicodeScalars)
        let isDigit = { (s: Unicode.Scalar) in s.value >= 0x30 && s.value <= 0x39 }
        return scalars.count == 5 && scalars[2...].allSatisfy(isDigit)
            && ((isDigit(scalars[0]) && isDigit(scalars[1])) || (scalars[0] == "2" && (scalars[1] == "A" || scalars[1] == "B")))
    }

    /// The learner these values describe, when every field is acceptable; nil otherwise.
    public func learner(id: Learner.ID, sessionID: TrainingSession.ID, context: LearnerCheckContext) -> Learner? {
        guard errors(context: context).isEmpty, let gender = Gender(rawValue: self[.gender]),
              let birth = CalendarDate(french: self[.birthDate].trimmingWhitespace) else { return nil }
        func text(_ field: LearnerField) -> String { self[field].trimmingWhitespace }
        func flag(_ field: LearnerField) -> Bool { self[field] == "oui" }
        let exitKind = LearnerExitKind(rawValue: self[.exitKind])
        return Learner(id: id, sessionID: sessionID, firstName: text(.firstName), lastName: text(.lastName), gender: gender,
                       birthDate: birth, address: text(.address), inseeCode: text(.inseeCode).uppercased(),
                       commune: text(.commune), residesInQPV: flag(.residesQPV), residesInZRR: flag(.residesZRR),
                       isTargetPublic: flag(.targetPublic), isJobSeeker: flag(.jobSeeker), receivesCROUSAid: flag(.crousAid),
                       exitKind: exitKind, exitDate: exitKind == nil ? nil : CalendarDate(french: text(.exitDate)),
                       exitReason: exitKind == nil ? "" : text(.exitReason),
                       certificationObtained: self[.certification].isEmpty ? nil : flag(.certification),
                       situationAtEnd: LearnerSituation(rawValue: self[.situationAtEnd]),
                       situationAt3Months: LearnerSituation(rawValue: self[.situationAt3Months]),
                       situationAt6Months: LearnerSituation(rawValue: self[.situationAt6Months]))
    }

    /// The fields whose values differ from `other`'s (for the audit entry and the conflict screen).
    public func changedFields(from other: LearnerDraft) -> [LearnerField] {
        LearnerField.allCases.filter { self[$0].trimmingWhitespace != other[$0].trimmingWhitespace }
    }
}

extension Gender {
    public var displayName: String {
        switch self {
        case .female: return T(.lrnGenderF)
        case .male: return T(.lrnGenderM)
        case .other: return T(.lrnGenderX)
        }
    }
}

extension LearnerExitKind {
    public var displayName: String {
        switch self {
        case .finished: return T(.lrnExitFinished)
        case .left: return T(.lrnExitLeft)
        }
    }
}

extension LearnerSituation {
    public var displayName: String {
        switch self {
        case .employment: return T(.lrnSitEmployment)
        case .training: return T(.lrnSitTraining)
        case .jobSeeking: return T(.lrnSitJobSeeking)
        case .other: return T(.lrnSitOther)
        case .unknown: return T(.lrnSitUnknown)
        }
    }
}
