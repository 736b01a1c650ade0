extension DemoGenerator {
    /// Trainings: a title of `DemoVocabulary.trainingTitles` in one commune of the organization's
    /// region. Each organization has at least one (its first in its home commune); the others go to the
    /// organizations at random. In metropolitan regions most titles train for a job the region needs
    /// (§1f, selection criterion 1). Sorted by organization, ids 1…n.
    func makeTrainings(count: Int, organizations: OrganizationFacts, rng: inout SeededGenerator) -> [Training] {
        let organizationCount = organizations.records.count
        guard organizationCount > 0 else { return [] }
        var perOrganization = Array(repeating: 1, count: organizationCount)
        if count < organizationCount {
            perOrganization = (0..<organizationCount).map { $0 < count ? 1 : 0 }
        } else {
            for _ in 0..<(count - organizationCount) { perOrganization[rng.int(in: 0..<organizationCount)] += 1 }
        }

        let titles = DemoVocabulary.trainingTitles
        var usedTitleCommunes = Set<String>()
        var trainings: [Training] = []
        for (index, organization) in organizations.records.enumerated() {
            let region = organizations.regionCodes[index]
            let neededJobs = Set(RegionCatalog.region(code: region)?.neededJobs ?? [])
            let communes = DemoVocabulary.communes.filter { $0.regionCode == region }
            let fittingTitles = titles.indices.filter { neededJobs.contains(titles[$0].job) }
            var usedHere = Set<String>()
            for number in 0..<perOrganization[index] {
                var commune = organizations.homeCommunes[index]
                var titleIndex = 0
                for attempt in 0..<12 {
                    if number > 0 && !communes.isEmpty && rng.bool(probability: 0.5) { commune = rng.pick(communes) }
                    titleIndex = !fittingTitles.isEmpty && rng.bool(probability: 0.7)
                        ? rng.pick(fittingTitles) : rng.int(in: 0..<titles.count)
                    let key = titles[titleIndex].title + "|" + commune.inseeCode
                    if !usedHere.contains(key) && (!usedTitleCommunes.contains(key) || attempt >= 8) { break }
                }
                var key = titles[titleIndex].title + "|" + commune.inseeCode
                if usedHere.contains(key) {
                    // Same organization, same title, same place would be the same training: take the
                    // first title this organization does not run there yet.
                    titleIndex = titles.indices.first { !usedHere.contains(titles[$0].title + "|" + commune.inseeCode) } ?? 0
                    key = titles[titleIndex].title + "|" + commune.inseeCode
                }
                usedHere.insert(key)
                usedTitleCommunes.insert(key)

                let title = titles[titleIndex]
                let certification = DemoVocabulary.certifications[Self.certificationIndexByTitle[titleIndex]]
                // 12 to 34 weeks of 35 hours; months from a pace of 80 to 150 hours a month.
                let hours = 35 * rng.int(in: 12...34)
                let pace = rng.int(in: 80...150)
                let months = min(18, max(4, (hours + pace - 1) / pace))
                trainings.append(Training(
                    id: .init(Int64(trainings.count + 1)), organizationID: organization.id, title: title.title,
                    commune: commune.name, inseeCode: commune.inseeCode, regionCode: region, family: title.family,
                    job: title.job, certificationCode: certification.code, certificationTitle: certification.title,
                    hours: hours, months: months))
            }
        }
        return trainings
    }

    /// Certifications chosen by hand where word matching picks a poor one (title → certification code).
    static let certificationOverrides: [String: String] = [
        "Gestionnaire de bases de données": "RS5129",
        "Webmarketeur·se": "RNCP34112",
        "Négociateur·rice technico-commercial·e en solutions numériques": "RNCP34591",
        "Technicien·ne cybersécurité": "RS5370",
        "Analyste SOC (centre des opérations de sécurité)": "RNCP35963",
        "Référent·e cybersécurité en TPE-PME": "RS5370",
        "Technicien·ne support utilisateurs": "RNCP35288",
        "Installateur·rice de réseaux de fibre optique": "RNCP34841",
        "Développeur·se intégrateur·rice web": "RS5643",
    ]

    /// For each training title, its certification: the hand-chosen one, else the one whose title shares
    /// the most words with it (by their first six letters, so "Développeuse" and "Développeur",
    /// "raccorder" and "Raccordeur·se" match).
    static let certificationIndexByTitle: [Int] = DemoVocabulary.trainingTitles.map { title in
        if let code = certificationOverrides[title.title],
           let index = DemoVocabulary.certifications.firstIndex(where: { $0.code == code }) {
            return index
        }
        let titleWords = stems(title.title)
        var best = 0
        var bestOverlap = -1
        for (index, certification) in DemoVocabulary.certifications.enumerated() {
            let overlap = titleWords.intersection(stems(certification.title)).count
            if overlap > bestOverlap { best = index; bestOverlap = overlap }
        }
        return best
    }

    private static let stopWords: Set<String> = ["les", "des", "une", "pour", "dans", "avec", "mettre", "œuvre"]

    /// Lower-cased word stems (first six letters) of a title, without inclusive-writing endings
    /// ("Développeur·se" → "dévelo") and short words.
    static func stems(_ text: String) -> Set<String> {
        var result = Set<String>()
        var word = ""
        var skipping = false
        func flush() {
            if word.count >= 3 && !stopWords.contains(word) { result.insert(String(word.prefix(6))) }
            word = ""
        }
        for character in text.lowercased() {
            if character == "·" { skipping = true; continue }
            if character.isLetter {
                if !skipping { word.append(character) }
            } else {
                flush()
                skipping = false
            }
        }
        flush()
        return result
    }
}
