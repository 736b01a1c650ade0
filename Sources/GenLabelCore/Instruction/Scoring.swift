/// The 6 selection criteria of §2c, graded 0…4 by each grader (DOMAIN.md **Choice**).

/// One grade of one criterion by one grader.
public struct Grade: Hashable, Sendable {
    public var criterion: Int
    public var value: Int
    public var comment: String
    public init(criterion: Int, value: Int, comment: String = "") {
        self.criterion = criterion; self.value = value; self.comment = comment
    }
}

/// Everything one grader gave one dossier.
public struct GraderSheet: Hashable, Sendable {
    public var grader: String
    public var grades: [Grade]
    public init(grader: String, grades: [Grade]) { self.grader = grader; self.grades = grades }

    public func grade(_ criterion: Int) -> Grade? { grades.first { $0.criterion == criterion } }

    /// The grade of each criterion 1…6, when all are given.
    public var values: [Int]? {
        let values = (1...6).compactMap { grade($0)?.value }
        return values.count == 6 ? values : nil
    }
}

/// The weights of the 6 criteria, per committee (default all equal), frozen once its list is collected.
public struct CriterionWeights: Hashable, Sendable {
    public var values: [Int]
    public init(_ values: [Int]) {
        precondition(values.count == 6, "six selection criteria")
        self.values = values
    }
    public static let equal = CriterionWeights(Array(repeating: 1, count: 6))

    public var isUsable: Bool { values.allSatisfy { $0 >= 0 } && values.contains { $0 > 0 } }
}

public enum ScoreFormula {
    /// score/10 = 10 × Σ(wᵢ·gᵢ/max) / Σwᵢ (DOMAIN.md §2c); nil when a grade is missing or out of range.
    public static func score(_ grades: [Int], weights: CriterionWeights = .equal,
                             rules: RuleParameters = .standard) -> Double? {
        let maximum = rules.instruction.maximumGrade
        guard grades.count == 6, weights.isUsable, maximum > 0,
              grades.allSatisfy({ (0...maximum).contains($0) }) else { return nil }
        let total = weights.values.reduce(0, +)
        var sum = 0.0
        for (grade, weight) in zip(grades, weights.values) { sum += Double(weight) * Double(grade) / Double(maximum) }
        return 10 * sum / Double(total)
    }

    /// The score as shown, one decimal: the value compared for ties in a ranking.
    public static func rounded(_ score: Double) -> Double { (score * 10).rounded() / 10 }
}

/// A dossier's score across its graders.
public struct DossierScore: Hashable, Sendable {
    public struct GraderScore: Hashable, Sendable {
        public var grader: String
        /// Nil while the grader has not given all six grades.
        public var score: Double?
        public var graded: Int
    }
    public var graders: [GraderScore]
    /// The mean of the complete sheets; nil when none is complete.
    public var mean: Double?
    /// Highest minus lowest complete score.
    public var spread: Double
    /// The spread exceeds the threshold: to discuss.
    public var isFlagged: Bool
}

public enum Scoring {
    public static func summary(_ sheets: [GraderSheet], weights: CriterionWeights = .equal,
                               rules: RuleParameters = .standard) -> DossierScore {
        let graders = sheets.sorted { $0.grader < $1.grader }.map { sheet in
            DossierScore.GraderScore(grader: sheet.grader,
                                     score: sheet.values.flatMap { ScoreFormula.score($0, weights: weights, rules: rules) },
                                     graded: sheet.grades.count)
        }
        let complete = graders.compactMap(\.score)
        let mean = complete.isEmpty ? nil : complete.reduce(0, +) / Double(complete.count)
        let spread = (complete.max() ?? 0) - (complete.min() ?? 0)
        // Compared on tenths, as shown, so 1.5 shown is not flagged because of a binary fraction.
        let isFlagged = ScoreFormula.rounded(spread) > rules.scoreSpreadThreshold
        return DossierScore(graders: graders, mean: mean, spread: spread, isFlagged: isFlagged)
    }
}

/// What the grid shows next to criteria 1 and 5.
public enum SelectionHints {
    /// Criterion 1: the region's needed jobs (§1f) and whether the training's job is among them.
    public static func neededJobs(for training: Training) -> (region: String, jobs: [String], isNeeded: Bool) {
        let region = RegionCatalog.region(code: training.regionCode)
        let jobs = region?.neededJobs ?? []
        return (region?.name ?? training.regionCode, jobs, jobs.contains(training.job))
    }

    /// Criterion 5: support hours as a share (percent) of the total hours, and whether it reaches the minimum.
    public static func supportShare(hours: Int, supportHours: Int?, rules: RuleParameters = .standard) -> (percent: Double, isEnough: Bool)? {
        guard let supportHours, hours > 0 else { return nil }
        let percent = Double(supportHours) * 100 / Double(hours)
        return (percent, percent >= Double(rules.instruction.minimumSupportSharePercent))
    }
}
