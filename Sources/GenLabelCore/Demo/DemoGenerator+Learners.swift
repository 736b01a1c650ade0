extension DemoGenerator {
    /// Learners: exactly `count`, 8 to 18 per session and never more than its capacity.
    ///
    /// French names from the vocabulary (accents, hyphens, apostrophes); about 45 % women; 16 to 55 years
    /// old at the session's start, mostly young; a street address in a real commune of the training's
    /// region (half of them in the training's own commune); a QPV residence only in a commune that has
    /// one (60 % of those living there), a ZRR residence from the commune's flag; about 85 % target
    /// public (all QPV and ZRR residents) and 70 % job seekers (§1c). Demo people: all invented.
    func makeLearners(count: Int, sessions: [TrainingSession], labels: [Label], trainings: [Training],
                      rng: inout SeededGenerator) -> [Learner] {
        guard !sessions.isEmpty else { return [] }
        let upper = sessions.map { min(18, max(8, $0.capacity)) }
        var perSession = sessions.indices.map { rng.int(in: 8...min(17, upper[$0])) }
        var total = perSession.reduce(0, +)
        var attempts = 0
        while total != count && attempts < 200 * (sessions.count + abs(total - count)) {
            let index = rng.int(in: 0..<sessions.count)
            if total < count && perSession[index] < upper[index] { perSession[index] += 1; total += 1 }
            else if total > count && perSession[index] > 8 { perSession[index] -= 1; total -= 1 }
            attempts += 1
        }

        let labelTraining = Dictionary(labels.map { ($0.id, $0.trainingID) }, uniquingKeysWith: { first, _ in first })
        let communesByRegion = Dictionary(grouping: DemoVocabulary.communes, by: \.regionCode)
        let communesByCode = Dictionary(DemoVocabulary.communes.map { ($0.inseeCode, $0) },
                                        uniquingKeysWith: { first, _ in first })
        var learners: [Learner] = []
        learners.reserveCapacity(count)
        for (index, session) in sessions.enumerated() {
            guard let trainingID = labelTraining[session.labelID] else { continue }
            let training = trainings[Int(trainingID.rawValue) - 1]
            let regionCommunes = communesByRegion[training.regionCode] ?? DemoVocabulary.communes
            let home = communesByCode[training.inseeCode] ?? rng.pick(regionCommunes)
            for _ in 0..<perSession[index] {
                learners.append(makeLearner(id: .init(Int64(learners.count + 1)), session: session,
                                            home: home, regionCommunes: regionCommunes, rng: &rng))
            }
        }
        return learners
    }

    private func makeLearner(id: Learner.ID, session: TrainingSession, home: DemoCommune,
                             regionCommunes: [DemoCommune], rng: inout SeededGenerator) -> Learner {
        let roll = rng.unit()
        let gender: Gender = roll < 0.45 ? .female : roll < 0.99 ? .male : .other
        let firstName: String
        switch gender {
        case .female: firstName = rng.pick(DemoVocabulary.femaleFirstNames)
        case .male: firstName = rng.pick(DemoVocabulary.maleFirstNames)
        case .other: firstName = rng.pick(DemoVocabulary.femaleFirstNames + DemoVocabulary.maleFirstNames)
        }
        let lastName = rng.pick(DemoVocabulary.surnames)

        let ageRoll = rng.unit()
        let age = ageRoll < 0.05 ? rng.int(in: 16...17)
            : ageRoll < 0.50 ? rng.int(in: 18...25)
            : ageRoll < 0.82 ? rng.int(in: 26...40)
            : rng.int(in: 41...55)
        let birthDate = session.effectiveStart.addingYears(-age).addingDays(-rng.int(in: 0...364))

        let commune = rng.bool(probability: 0.5) ? home : rng.pick(regionCommunes)
        let qpv = commune.qpvNames.isEmpty || !rng.bool(probability: 0.6) ? nil : rng.pick(commune.qpvNames)
        let number = rng.int(in: 1...120)
        let suffix = rng.bool(probability: 0.05) ? " bis" : ""
        var address = "\(number)\(suffix) \(rng.pick(DemoVocabulary.streetNames))"
        if let qpv { address += " (quartier \(qpv))" }

        let targetPublic = qpv != nil || commune.isZRR || rng.bool(probability: 0.7)
        return Learner(id: id, sessionID: session.id, firstName: firstName, lastName: lastName, gender: gender,
                       birthDate: birthDate, address: address, inseeCode: commune.inseeCode, commune: commune.name,
                       residesInQPV: qpv != nil, residesInZRR: commune.isZRR, isTargetPublic: targetPublic,
                       isJobSeeker: rng.bool(probability: 0.7))
    }
}
