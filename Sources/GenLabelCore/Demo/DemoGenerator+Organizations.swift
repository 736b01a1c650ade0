extension DemoGenerator {
    /// The organizations with the facts the generator keeps about them (not stored on `Organization`).
    struct OrganizationFacts {
        var records: [Organization]
        /// Region of each organization (its trainings are in that region).
        var regionCodes: [String]
        /// The commune of each organization's premises, where its first training takes place.
        var homeCommunes: [DemoCommune]
    }

    /// Relative weights of the regions for organizations beyond the first one per region (larger
    /// regions host more training organizations). Regions not listed weigh 1.
    static let regionWeights: [String: Int] = [
        "11": 7, "84": 5, "76": 4, "75": 4, "93": 4, "32": 4, "44": 3, "52": 3, "53": 3,
        "28": 2, "24": 2, "27": 2,
    ]

    /// Words of `DemoVocabulary.organizationNames` that tie a name to a region; names without any of
    /// them are generic and may be used anywhere.
    static let organizationNameRegions: [(word: String, regionCode: String)] = [
        ("Occitanie", "76"), ("Guyane", "03"), ("Hauts-de-France", "32"), ("Picardie", "32"),
        ("Normandie", "28"), ("Bretagne", "53"), ("Val de Loire", "24"), ("Lorraine", "44"), ("Grand Est", "44"),
        ("Île-de-France", "11"), ("Auvergne", "84"), ("Vallée du Rhône", "84"), ("Massif Central", "84"),
        ("Provence", "93"), ("Méditerranée", "93"), ("Bourgogne", "27"), ("Caribéen", "01"), ("Antilles", "02"),
        ("Océan Indien", "04"), ("Mahoraise", "06"), ("Corse", "94"), ("Landes et du Béarn", "75"),
        ("Pays de la Loire", "52"),
    ]

    static func regionOfOrganizationName(_ name: String) -> String? {
        organizationNameRegions.first { name.contains($0.word) }?.regionCode
    }

    /// Organizations: one per region first (so every region has trainings), then more in the larger
    /// regions. Mostly Qualiopi certified and up to date; a few with an audit scheduled (their labels are
    /// granted pending the audit, §2b-9), a lapsed certification, none at all, or obligations not up to
    /// date (§2b-10).
    func makeOrganizations(count: Int, rng: inout SeededGenerator) -> OrganizationFacts {
        let regions = RegionCatalog.all
        var regionCodes = regions.map(\.code)
        let weights = regions.map { Self.regionWeights[$0.code] ?? 1 }
        while regionCodes.count < count {
            regionCodes.append(regions[rng.weightedIndex(weights) ?? 0].code)
        }
        regionCodes = Array(rng.shuffled(regionCodes).prefix(count))
        if count < regions.count { regionCodes = Array(regions.map(\.code).prefix(count)) }

        // Qualiopi and obligations: exact quotas on shuffled positions, so every scale has each case.
        let order = rng.shuffled(Array(0..<count))
        let auditCount = max(2, count * 5 / 100)
        let lapsedCount = max(1, count * 3 / 100)
        let noneCount = max(1, count / 50)
        let lateCount = max(1, count * 5 / 100)
        var qualiopiKind = Array(repeating: 0, count: count) // 0 certified, 1 audit, 2 lapsed, 3 none
        for (rank, index) in order.enumerated() {
            if rank < auditCount { qualiopiKind[index] = 1 }
            else if rank < auditCount + lapsedCount { qualiopiKind[index] = 2 }
            else if rank < auditCount + lapsedCount + noneCount { qualiopiKind[index] = 3 }
        }
        let late = Set(rng.shuffled(Array(0..<count)).prefix(lateCount))

        var usedNames = Set<String>()
        var nextNameNumber: [String: Int] = [:]
        var usedSirets = Set<String>()
        var usedNDAs = Set<String>()
        var records: [Organization] = []
        var homes: [DemoCommune] = []
        for index in 0..<count {
            let region = regionCodes[index]
            let communes = DemoVocabulary.communes.filter { $0.regionCode == region }
            let home = communes.isEmpty ? rng.pick(DemoVocabulary.communes) : rng.pick(communes)
            homes.append(home)

            let name = organizationName(region: region, home: home, used: &usedNames, nextNumber: &nextNameNumber,
                                        rng: &rng)
            var siret = Self.makeSIRET(rng: &rng)
            while usedSirets.contains(siret) { siret = Self.makeSIRET(rng: &rng) }
            usedSirets.insert(siret)
            var nda = Self.makeNDA(regionCode: region, rng: &rng)
            while usedNDAs.contains(nda) { nda = Self.makeNDA(regionCode: region, rng: &rng) }
            usedNDAs.insert(nda)

            let qualiopi: QualiopiStatus
            switch qualiopiKind[index] {
            case 1: qualiopi = .auditScheduled(on: today.addingDays(rng.int(in: 10...120)))
            case 2: qualiopi = .certified(validUntil: today.addingDays(-rng.int(in: 5...90)))
            case 3: qualiopi = .none
            default: qualiopi = .certified(validUntil: today.addingDays(rng.int(in: 45...1_095)))
            }
            records.append(Organization(id: .init(Int64(index + 1)), name: name, siret: siret, nda: nda,
                                        qualiopi: qualiopi, obligationsUpToDate: !late.contains(index)))
        }
        return OrganizationFacts(records: records, regionCodes: regionCodes, homeCommunes: homes)
    }

    /// A name from the vocabulary that fits the region (tied to it, or generic), unused so far; when
    /// they run out, a generic name with the commune ("Les Clés du Code – Brest"), then a number.
    private func organizationName(region: String, home: DemoCommune, used: inout Set<String>,
                                  nextNumber: inout [String: Int], rng: inout SeededGenerator) -> String {
        // Same lists as filtering the vocabulary by `regionOfOrganizationName`, whose answer per name is
        // computed once (it searched every name for 23 words on each call: most of the time spent
        // generating the ×10 benchmark data).
        var fitting: [String] = [], fresh: [String] = [], tiedFresh: [String] = []
        for (name, tied) in zip(DemoVocabulary.organizationNames, Self.organizationNameRegionCodes)
        where tied == nil || tied == region {
            fitting.append(name)
            guard !used.contains(name) else { continue }
            fresh.append(name)
            if tied == region { tiedFresh.append(name) }
        }
        var name: String
        if let tied = tiedFresh.first, rng.bool(probability: 0.7) {
            name = tied
        } else if let pick = rng.pickIfAny(fresh) {
            name = pick
        } else {
            let generic = fitting.isEmpty ? DemoVocabulary.organizationNames : fitting
            name = "\(rng.pick(generic)) – \(home.name)"
        }
        if used.contains(name) {
            // "Name 2", "Name 3"…: the first free number; those below the one remembered are all taken.
            let base = name
            var number = nextNumber[base] ?? 2
            repeat {
                name = "\(base) \(number)"
                number += 1
            } while used.contains(name)
            nextNumber[base] = number
        }
        used.insert(name)
        return name
    }

    /// `regionOfOrganizationName` of each name of `DemoVocabulary.organizationNames`, in order.
    static let organizationNameRegionCodes: [String?] = DemoVocabulary.organizationNames.map(regionOfOrganizationName)

    // MARK: - Identifiers

    /// A SIRET: a SIREN (8 digits + Luhn check digit), then an establishment number (NIC) whose last
    /// digit makes the whole 14 digits pass the Luhn check, as INSEE's SIRET do.
    static func makeSIRET(rng: inout SeededGenerator) -> String {
        var digits = [rng.int(in: 1...9)] + (0..<7).map { _ in rng.int(in: 0...9) }
        digits.append(luhnCheckDigit(digits))
        digits += [0, 0, rng.int(in: 0...2), rng.int(in: 1...9)]
        digits.append(luhnCheckDigit(digits))
        return digits.map(String.init).joined()
    }

    /// A numéro de déclaration d'activité: 11 digits, starting with the region's code as real NDAs do.
    static func makeNDA(regionCode: String, rng: inout SeededGenerator) -> String {
        let prefix = regionCode.count == 2 && regionCode.allSatisfy(\.isNumber) ? regionCode : "11"
        return prefix + (0..<9).map { _ in String(rng.int(in: 0...9)) }.joined()
    }

    /// The digit that, appended to `payload`, makes it pass the Luhn check.
    static func luhnCheckDigit(_ payload: [Int]) -> Int {
        var sum = 0
        for (position, digit) in payload.reversed().enumerated() {
            // The appended digit is position 0 from the right; the payload's last digit is doubled.
            var value = digit
            if position % 2 == 0 {
                value *= 2
                if value > 9 { value -= 9 }
            }
            sum += value
        }
        return (10 - sum % 10) % 10
    }

    /// Whether a string of digits passes the Luhn check (SIRET, SIREN).
    static func isLuhnValid(_ text: String) -> Bool {
        let digits = text.compactMap(\.wholeNumberValue)
        guard !digits.isEmpty, digits.count == text.count else { return false }
        var sum = 0
        for (position, digit) in digits.reversed().enumerated() {
            var value = digit
            if position % 2 == 1 {
                value *= 2
                if value > 9 { value -= 9 }
            }
            sum += value
        }
        return sum % 10 == 0
    }
}
