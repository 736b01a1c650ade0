extension DemoGenerator {
    /// Reasons a demo learner left early (invented, no person behind them).
    static let leavingReasons = [
        "a trouvé un emploi", "raisons de santé", "déménagement", "difficultés financières", "réorientation",
        "raisons familiales", "rythme de la formation", "problème de transport",
    ]

    /// Fills the learners' CROUS aid and outcomes (issue 4) from their own random stream, so the rest of
    /// the demo stays as it was. Following today's date:
    ///
    /// - about 25 % of learners under 26 and 4 % of the others receive the CROUS aid;
    /// - in a session that ended, about 82 % finished (on the session's end) and the others left before
    ///   it, with a date and a reason; those who finished obtained the certification 3 times out of 4;
    ///   every situation at the end is recorded, at 3 and 6 months once those dates have passed (about
    ///   two thirds positive, a few "unknown"), each with a chance of not being recorded yet;
    /// - in a running session, about 6 % already left; nothing else is recorded;
    /// - in a session not started, nothing is recorded.
    func addOutcomes(to learners: [Learner], sessions: [TrainingSession], rng: inout SeededGenerator) -> [Learner] {
        let byID = Dictionary(sessions.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        return learners.map { learner in
            var learner = learner
            guard let session = byID[learner.sessionID] else { return learner }
            let start = session.effectiveStart
            let young = start.year - learner.birthDate.year < 26
            learner.receivesCROUSAid = rng.bool(probability: young ? 0.25 : 0.04)
            if session.end < today {
                let finished = rng.bool(probability: 0.82)
                if finished {
                    learner.exitKind = .finished
                    learner.exitDate = session.end
                    learner.certificationObtained = rng.bool(probability: 0.75)
                } else {
                    learner.exitKind = .left
                    let span = max(session.end.dayNumber - start.dayNumber - 1, 0)
                    learner.exitDate = start.addingDays(rng.int(in: 0...span))
                    learner.exitReason = rng.pick(Self.leavingReasons)
                    learner.certificationObtained = rng.bool(probability: 0.5) ? false : nil
                }
                learner.situationAtEnd = situation(rng: &rng, positive: finished ? 0.45 : 0.35)
                let exit = learner.exitDate ?? session.end
                if exit.addingMonths(3) <= today, rng.bool(probability: 0.9) {
                    learner.situationAt3Months = situation(rng: &rng, positive: finished ? 0.68 : 0.5)
                }
                if exit.addingMonths(6) <= today, learner.situationAt3Months != nil, rng.bool(probability: 0.85) {
                    learner.situationAt6Months = situation(rng: &rng, positive: finished ? 0.74 : 0.55)
                }
            } else if start <= today, rng.bool(probability: 0.06) {
                learner.exitKind = .left
                let span = max(today.dayNumber - start.dayNumber, 0)
                learner.exitDate = start.addingDays(rng.int(in: 0...span))
                learner.exitReason = rng.pick(Self.leavingReasons)
            }
            return learner
        }
    }

    /// A situation: employment or training with probability `positive` (4 in 5 employment), else job
    /// seeking mostly, sometimes other or unknown.
    private func situation(rng: inout SeededGenerator, positive: Double) -> LearnerSituation {
        if rng.bool(probability: positive) { return rng.bool(probability: 0.8) ? .employment : .training }
        let roll = rng.unit()
        return roll < 0.75 ? .jobSeeking : roll < 0.88 ? .other : .unknown
    }
}
