extension DemoGenerator {
    /// Fills each session's modality and referencing dates (issue 4) from their own random stream, so
    /// the rest of the demo stays as it was. Following today's date:
    ///
    /// - about 5 % have no modality recorded yet; the others are taught on site (70 %) or hybrid, and a
    ///   third of the sessions of trainings of 6 months or less at a distance (§2b-3 limits remote
    ///   trainings to 6 months);
    /// - a session is referenced on CARIF-OREF (9 times out of 10) and on Mon Compte Formation (8 out of
    ///   10) one to ten weeks before its planned start, when that date has come;
    /// - the job seekers of a started session are recorded on KAIROS (3 times out of 4) within ten days
    ///   of its start, when that date has come.
    func addReferencing(to sessions: [TrainingSession], labels: [Label], trainings: [Training],
                        rng: inout SeededGenerator) -> [TrainingSession] {
        let trainingOfLabel = Dictionary(labels.map { ($0.id, $0.trainingID) }, uniquingKeysWith: { first, _ in first })
        let months = Dictionary(trainings.map { ($0.id, $0.months) }, uniquingKeysWith: { first, _ in first })
        return sessions.map { session in
            var session = session
            let short = trainingOfLabel[session.labelID].flatMap { months[$0] }.map { $0 <= 6 } ?? false
            let draw = rng.int(in: 0..<100)
            switch (draw, short) {
            case (0..<5, _): session.modality = nil
            case (5..<45, true), (5..<75, false): session.modality = .presentiel
            case (45..<67, true), (75..., false): session.modality = .hybrid
            default: session.modality = .remote
            }
            for (platform, probability) in [(ReferencingPlatform.carifOref, 0.9), (.monCompteFormation, 0.8)] {
                let on = session.plannedStart.addingDays(-rng.int(in: 7...70))
                if rng.bool(probability: probability), on <= today { session.referencing[platform] = on }
            }
            let kairos = session.effectiveStart.addingDays(rng.int(in: 0...10))
            if rng.bool(probability: 0.75), session.actualStart != nil, kairos <= today { session.referencing.kairos = kairos }
            return session
        }
    }
}
