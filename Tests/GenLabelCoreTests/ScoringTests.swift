import Testing
@testable import GenLabelCore

private func sheet(_ grader: String, _ values: [Int]) -> GraderSheet {
    GraderSheet(grader: grader, grades: values.enumerated().map { Grade(criterion: $0.offset + 1, value: $0.element) })
}

@Suite("Scoring: 6 criteria graded 0–4 (DOMAIN.md §2c)")
struct ScoringTests {
    @Test func formulaWithEqualWeights() throws {
        #expect(ScoreFormula.score([4, 4, 4, 4, 4, 4]) == 10)
        #expect(ScoreFormula.score([0, 0, 0, 0, 0, 0]) == 0)
        // 10 × (3+2+4+1+3+2)/4 / 6 = 10 × 15/24 = 6.25
        #expect(ScoreFormula.score([3, 2, 4, 1, 3, 2]) == 6.25)
    }

    @Test func formulaWithWeights() throws {
        // 10 × (2·4/4 + 1·0/4 + …) / Σw: weights 2,1,1,1,1,0 → 10 × (2 + 0 + 0.5 + 0.5 + 0.5 + 0)/6
        let weights = CriterionWeights([2, 1, 1, 1, 1, 0])
        let score = try #require(ScoreFormula.score([4, 0, 2, 2, 2, 4], weights: weights))
        #expect(abs(score - 10 * 3.5 / 6) < 1e-9)
        #expect(ScoreFormula.rounded(score) == 5.8)
    }

    @Test func incompleteOrOutOfRangeGradesGiveNoScore() {
        #expect(ScoreFormula.score([4, 4, 4, 4, 4]) == nil)
        #expect(ScoreFormula.score([4, 4, 4, 4, 4, 5]) == nil)
        #expect(ScoreFormula.score([4, 4, 4, 4, 4, 4], weights: CriterionWeights([0, 0, 0, 0, 0, 0])) == nil)
    }

    @Test func meanOverGradersAndSpreadFlag() throws {
        // 7.5 and 5.0: spread 2.5 > 1.5
        let summary = Scoring.summary([sheet("zoé", [3, 3, 3, 3, 3, 3]), sheet("ali", [2, 2, 2, 2, 2, 2])])
        #expect(summary.graders.map(\.grader) == ["ali", "zoé"])
        #expect(summary.mean == 6.25)
        #expect(summary.spread == 2.5)
        #expect(summary.isFlagged)
        // 7.5 and 6.25 → spread 1.25, not flagged
        let close = Scoring.summary([sheet("a", [3, 3, 3, 3, 3, 3]), sheet("b", [3, 3, 2, 3, 2, 2])])
        #expect(close.spread == 1.25)
        #expect(!close.isFlagged)
    }

    @Test func aSpreadOfExactly1Point5IsNotFlagged() {
        // Five criteria weighted 1, the sixth 0: a 20-point scale, steps of 0.5.
        let five = CriterionWeights([1, 1, 1, 1, 1, 0])
        let a = sheet("a", [4, 4, 4, 4, 4, 0]) // 10
        let b = sheet("b", [4, 4, 4, 3, 2, 0]) // 10 × 17/20 = 8.5
        let summary = Scoring.summary([a, b], weights: five)
        #expect(summary.spread == 1.5)
        #expect(!summary.isFlagged)
        let c = sheet("c", [4, 4, 3, 3, 2, 0]) // 8.0: spread 2.0
        #expect(Scoring.summary([a, c], weights: five).isFlagged)
    }

    @Test func incompleteSheetsDoNotCountInTheMean() {
        let partial = GraderSheet(grader: "b", grades: [Grade(criterion: 1, value: 0)])
        let summary = Scoring.summary([sheet("a", [4, 4, 4, 4, 4, 4]), partial])
        #expect(summary.mean == 10)
        #expect(summary.graders.last?.score == nil)
        #expect(summary.graders.last?.graded == 1)
        #expect(Scoring.summary([partial]).mean == nil)
    }

    @Test func criterion1ShowsTheRegionsNeededJobs() {
        let training = sampleApplication().training
        let hint = SelectionHints.neededJobs(for: training)
        #expect(hint.region == "Auvergne-Rhône-Alpes")
        #expect(hint.jobs == RegionCatalog.region(code: "84")?.neededJobs)
        #expect(hint.isNeeded)
        var other = training
        other.job = "Dresseur de licornes"
        #expect(!SelectionHints.neededJobs(for: other).isNeeded)
    }

    @Test func criterion5ShowsSupportHoursAsAShareOfTotalHours() throws {
        let enough = try #require(SelectionHints.supportShare(hours: 700, supportHours: 70))
        #expect(enough.percent == 10)
        #expect(enough.isEnough)
        let short = try #require(SelectionHints.supportShare(hours: 700, supportHours: 69))
        #expect(!short.isEnough)
        #expect(SelectionHints.supportShare(hours: 700, supportHours: nil) == nil)
    }
}
