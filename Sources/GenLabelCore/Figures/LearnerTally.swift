/// Anonymous counts about learners (DOMAIN.md "Target-public figures"): what every figure is computed
/// from. A tally holds no personal data, so every role may read it. Tallies add up: a training's tally
/// is the sum of its sessions', a region's the sum of its trainings', and so on.
///
/// **Choice** (README "Chiffres"): each rate's denominator is the learners for whom the thing is
/// recorded: completion over the learners who finished or left, certification over the learners whose
/// result is known, positive exits over the learners whose situation at 3 (6) months is recorded — an
/// "unknown" situation counts there as not positive; a learner not asked yet does not count.
public struct LearnerTally: Sendable, Hashable {
    public var learners = 0
    public var targetPublic = 0
    public var women = 0
    /// Residing in a QPV or a ZRR (or both: counted once).
    public var qpvOrZRR = 0
    public var crousAid = 0
    public var finished = 0
    public var left = 0
    public var certificationKnown = 0
    public var certified = 0
    public var situation3Known = 0
    public var positive3 = 0
    public var situation6Known = 0
    public var positive6 = 0
    /// Sessions counted, and those with at least the minimum of target-public learners (§2b-6).
    public var sessions = 0
    public var sessionsMeetingTarget = 0

    public init() {}

    public init(learners: Int, targetPublic: Int, women: Int, qpvOrZRR: Int, crousAid: Int = 0, finished: Int = 0,
                left: Int = 0, certificationKnown: Int = 0, certified: Int = 0, situation3Known: Int = 0,
                positive3: Int = 0, situation6Known: Int = 0, positive6: Int = 0, sessions: Int = 0,
                sessionsMeetingTarget: Int = 0) {
        self.learners = learners; self.targetPublic = targetPublic; self.women = women; self.qpvOrZRR = qpvOrZRR
        self.crousAid = crousAid; self.finished = finished; self.left = left
        self.certificationKnown = certificationKnown; self.certified = certified
        self.situation3Known = situation3Known; self.positive3 = positive3
        self.situation6Known = situation6Known; self.positive6 = positive6
        self.sessions = sessions; self.sessionsMeetingTarget = sessionsMeetingTarget
    }

    /// The counts of one session's learners, computed in memory (the store computes the same in SQL).
    public init(sessionOf learners: [Learner], rules: RuleParameters = .standard) {
        self.init()
        for learner in learners {
            self.learners += 1
            if learner.isTargetPublic { targetPublic += 1 }
            if learner.gender == .female { women += 1 }
            if learner.residesInQPV || learner.residesInZRR { qpvOrZRR += 1 }
            if learner.receivesCROUSAid { crousAid += 1 }
            switch learner.exitKind {
            case .finished?: finished += 1
            case .left?: left += 1
            case nil: break
            }
            if let obtained = learner.certificationObtained {
                certificationKnown += 1
                if obtained { certified += 1 }
            }
            if let situation = learner.situationAt3Months {
                situation3Known += 1
                if rules.positiveExitSituations.contains(situation) { positive3 += 1 }
            }
            if let situation = learner.situationAt6Months {
                situation6Known += 1
                if rules.positiveExitSituations.contains(situation) { positive6 += 1 }
            }
        }
        closeSession(rules: rules)
    }

    /// Marks this tally as one session's: counts it, and whether it reaches the target-public minimum.
    public mutating func closeSession(rules: RuleParameters = .standard) {
        sessions = 1
        sessionsMeetingTarget = targetPublic >= rules.instruction.minimumTargetLearnersPerSession ? 1 : 0
    }

    public static func + (a: LearnerTally, b: LearnerTally) -> LearnerTally {
        LearnerTally(learners: a.learners + b.learners, targetPublic: a.targetPublic + b.targetPublic,
                     women: a.women + b.women, qpvOrZRR: a.qpvOrZRR + b.qpvOrZRR, crousAid: a.crousAid + b.crousAid,
                     finished: a.finished + b.finished, left: a.left + b.left,
                     certificationKnown: a.certificationKnown + b.certificationKnown, certified: a.certified + b.certified,
                     situation3Known: a.situation3Known + b.situation3Known, positive3: a.positive3 + b.positive3,
                     situation6Known: a.situation6Known + b.situation6Known, positive6: a.positive6 + b.positive6,
                     sessions: a.sessions + b.sessions, sessionsMeetingTarget: a.sessionsMeetingTarget + b.sessionsMeetingTarget)
    }

    public static func += (a: inout LearnerTally, b: LearnerTally) { a = a + b }
}

/// A part of a whole: "38 sur 124", with its percentage when the whole is not zero.
public struct Rate: Sendable, Hashable {
    public var part: Int
    public var whole: Int
    public init(_ part: Int, of whole: Int) { self.part = part; self.whole = whole }

    /// The share in 0…1, nil when there is nothing to count.
    public var fraction: Double? { whole > 0 ? Double(part) / Double(whole) : nil }

    /// The rounded percentage, nil when there is nothing to count.
    public var percent: Int? { fraction.map { Int(($0 * 100).rounded()) } }

    /// Whether the share is below `goal` percent (exactly: 3 of 10 meets 30 %). False when nothing is counted.
    public func isBelow(percent goal: Int) -> Bool { whole > 0 && part * 100 < goal * whole }
}
