/// The figures of one group of learners (a session, a training, a region, everything) as measures with
/// their goals and warnings: pure, so the screen, the tests and any export show the same numbers.
public enum FigureLevel: Sendable, Hashable {
    case overall, region, training, session
}

/// What a measure counts.
public enum FigureMetric: Sendable, Hashable, CaseIterable {
    /// Target-public learners of a session (≥ 10, §2b-6), or their share among all learners of a group.
    case targetPublic
    /// Of a group's sessions, those with ≥ 10 target-public learners.
    case sessionsOnTarget
    case women
    case qpvZRR
    case completion
    case certification
    case positiveExit3
    case positiveExit6
}

/// One line of the figures: a rate, where its goal or reference mark goes, and whether it misses a goal.
public struct FigureMeasure: Sendable, Hashable {
    public var metric: FigureMetric
    public var rate: Rate
    /// Where the mark is drawn on the bar, in percent; nil for none.
    public var markPercent: Int?
    /// Whether the mark is a goal of the call (a miss is warned) or only a reference (never warned).
    public var markIsGoal: Bool
    /// The goal is missed: shown as a warning, never as an error.
    public var isMissed: Bool

    public init(metric: FigureMetric, rate: Rate, markPercent: Int?, markIsGoal: Bool, isMissed: Bool) {
        self.metric = metric; self.rate = rate; self.markPercent = markPercent; self.markIsGoal = markIsGoal
        self.isMissed = isMissed
    }
}

public enum FigureSheet {
    /// The measures of `tally` at `level`, in display order. With no learner, nothing is missed.
    public static func measures(_ tally: LearnerTally, level: FigureLevel, rules: RuleParameters = .standard) -> [FigureMeasure] {
        let minimum = rules.instruction.minimumTargetLearnersPerSession
        let warnsGoals = level != .session || rules.warnsGoalsPerSession
        let hasLearners = tally.learners > 0
        var result: [FigureMeasure] = []
        if level == .session {
            // The bar shows the target public among the session's learners; the goal is a count.
            let mark = tally.learners >= minimum && tally.learners > 0 ? minimum * 100 / tally.learners : nil
            result.append(FigureMeasure(metric: .targetPublic, rate: Rate(tally.targetPublic, of: tally.learners),
                                        markPercent: mark, markIsGoal: true,
                                        isMissed: hasLearners && tally.targetPublic < minimum))
        } else {
            result.append(FigureMeasure(metric: .targetPublic, rate: Rate(tally.targetPublic, of: tally.learners),
                                        markPercent: nil, markIsGoal: false, isMissed: false))
            result.append(FigureMeasure(metric: .sessionsOnTarget, rate: Rate(tally.sessionsMeetingTarget, of: tally.sessions),
                                        markPercent: 100, markIsGoal: true,
                                        isMissed: hasLearners && tally.sessionsMeetingTarget < tally.sessions))
        }
        let women = Rate(tally.women, of: tally.learners)
        result.append(FigureMeasure(metric: .women, rate: women, markPercent: rules.womenGoalPercent, markIsGoal: true,
                                    isMissed: warnsGoals && women.isBelow(percent: rules.womenGoalPercent)))
        let qpv = Rate(tally.qpvOrZRR, of: tally.learners)
        result.append(FigureMeasure(metric: .qpvZRR, rate: qpv, markPercent: rules.qpvZRRGoalPercent, markIsGoal: true,
                                    isMissed: warnsGoals && qpv.isBelow(percent: rules.qpvZRRGoalPercent)))
        result.append(FigureMeasure(metric: .completion, rate: Rate(tally.finished, of: tally.finished + tally.left),
                                    markPercent: nil, markIsGoal: false, isMissed: false))
        result.append(FigureMeasure(metric: .certification, rate: Rate(tally.certified, of: tally.certificationKnown),
                                    markPercent: nil, markIsGoal: false, isMissed: false))
        let reference = rules.positiveExitReferencePercent
        result.append(FigureMeasure(metric: .positiveExit3, rate: Rate(tally.positive3, of: tally.situation3Known),
                                    markPercent: reference, markIsGoal: false, isMissed: false))
        result.append(FigureMeasure(metric: .positiveExit6, rate: Rate(tally.positive6, of: tally.situation6Known),
                                    markPercent: reference, markIsGoal: false, isMissed: false))
        return result
    }

    /// The missed goals of `tally`, in French, for a warnings list.
    public static func warnings(_ tally: LearnerTally, level: FigureLevel, rules: RuleParameters = .standard) -> [String] {
        measures(tally, level: level, rules: rules).filter(\.isMissed).map { warning($0, tally: tally, rules: rules) }
    }

    /// The French warning of a missed measure.
    public static func warning(_ measure: FigureMeasure, tally: LearnerTally, rules: RuleParameters = .standard) -> String {
        let minimum = rules.instruction.minimumTargetLearnersPerSession
        switch measure.metric {
        case .targetPublic: return T(.figWarnTargetSession, tally.targetPublic, minimum)
        case .sessionsOnTarget: return T(.figWarnTargetSessions, tally.sessions - tally.sessionsMeetingTarget, tally.sessions, minimum)
        case .women: return T(.figWarnWomen, measure.rate.percent ?? 0, rules.womenGoalPercent)
        case .qpvZRR: return T(.figWarnQPV, measure.rate.percent ?? 0, rules.qpvZRRGoalPercent)
        default: return ""
        }
    }
}

extension FigureMetric {
    /// "Femmes", for the figures screen.
    public var displayName: String {
        switch self {
        case .targetPublic: return T(.figTargetPublic)
        case .sessionsOnTarget: return T(.figSessionsOnTarget)
        case .women: return T(.figWomen)
        case .qpvZRR: return T(.figQPVZRR)
        case .completion: return T(.figCompletion)
        case .certification: return T(.figCertification)
        case .positiveExit3: return T(.figPositive3)
        case .positiveExit6: return T(.figPositive6)
        }
    }
}
