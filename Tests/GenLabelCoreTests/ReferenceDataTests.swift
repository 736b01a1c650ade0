import Testing
@testable import GenLabelCore

@Suite("Reference data (§1f, §2b, §2c, §5a) and demo vocabulary")
struct ReferenceDataTests {
    // MARK: Regions (§1f)

    @Test func thirteenMetropolitanAndFiveOverseasRegions() {
        #expect(RegionCatalog.all.filter { !$0.isOverseas }.count == 13)
        #expect(RegionCatalog.all.filter(\.isOverseas).count == 5)
    }

    @Test func regionCodesAreUniqueAndOfficial() {
        let codes = RegionCatalog.all.map(\.code)
        #expect(Set(codes).count == codes.count)
        #expect(Set(codes) == ["84", "27", "53", "24", "94", "44", "32", "11", "28", "75", "76", "52", "93",
                               "01", "02", "03", "04", "06"])
    }

    @Test func accentedOfficialNames() {
        #expect(RegionCatalog.region(code: "11")?.name == "Île-de-France")
        #expect(RegionCatalog.region(code: "84")?.name == "Auvergne-Rhône-Alpes")
        #expect(RegionCatalog.region(code: "93")?.name == "Provence-Alpes-Côte d'Azur")
        #expect(RegionCatalog.region(code: "27")?.name == "Bourgogne-Franche-Comté")
        #expect(RegionCatalog.region(code: "24")?.name == "Centre-Val de Loire")
        #expect(RegionCatalog.region(code: "44")?.name == "Grand Est")
        #expect(RegionCatalog.region(code: "52")?.name == "Pays de la Loire")
        #expect(RegionCatalog.region(code: "04")?.name == "La Réunion")
        #expect(RegionCatalog.name(of: "04") == "La Réunion")
        #expect(RegionCatalog.name(of: "99") == "99", "an unknown code is shown as is")
        #expect(RegionCatalog.region(code: "99") == nil)
    }

    @Test func metropolitanRegionsHaveAtLeastFourNeededJobs() {
        for region in RegionCatalog.all where !region.isOverseas {
            #expect(region.neededJobs.count >= 4, "\(region.name)")
            #expect(Set(region.neededJobs).count == region.neededJobs.count, "\(region.name)")
        }
        for region in RegionCatalog.all where region.isOverseas {
            #expect(region.neededJobs.isEmpty, "\(region.name)")
        }
    }

    @Test func corseHasExactlyTheFourJobsOfTheTable() {
        #expect(RegionCatalog.region(code: "94")?.neededJobs == [
            "Technicien télécom",
            "Installateur de réseaux de télécoms/Technicien de fibre optique",
            "Community manager",
            "Développeur (full-stack)",
        ])
    }

    @Test func jobCountsMatchTheTable() {
        let expected = ["84": 10, "27": 7, "53": 7, "24": 7, "94": 4, "44": 9, "32": 9,
                        "11": 10, "28": 8, "75": 11, "76": 11, "52": 8, "93": 8]
        for (code, count) in expected {
            #expect(RegionCatalog.region(code: code)?.neededJobs.count == count, "region \(code)")
        }
        #expect(RegionCatalog.region(code: "11")?.neededJobs.first
                == "Développeur (full-stack, front-end, back-end, DevOps, mobile, IoT)")
    }

    // MARK: Criteria (§2b, §2c)

    @Test func tenAdmissibilityAndSixSelectionCriteriaNumberedInOrder() {
        #expect(CriterionCatalog.admissibility.map(\.number) == Array(1...10))
        #expect(CriterionCatalog.selection.map(\.number) == Array(1...6))
        for criterion in CriterionCatalog.admissibility + CriterionCatalog.selection {
            #expect(!criterion.title.isEmpty)
            #expect(!criterion.detail.isEmpty)
        }
        #expect(CriterionCatalog.admissibility[2].detail.contains("350 heures"))
        #expect(CriterionCatalog.selection[4].detail.contains("10 %"))
    }

    // MARK: Families and committees

    @Test func nineFamiliesWithDistinctFrenchLabels() {
        #expect(DigitalJobFamily.allCases.count == 9)
        #expect(Set(DigitalJobFamily.allCases.map(\.label)).count == 9)
    }

    @Test func committeeDates2022() {
        let dates = ReferenceCommittees.committeeDates2022.map { [$0.day, $0.month, $0.year] }
        #expect(dates == [[23, 6, 2022], [15, 9, 2022], [24, 11, 2022]])
    }

    // MARK: Demo vocabulary

    @Test func everyRegionHasAtLeastSixCommunes() {
        let regionCodes = Set(RegionCatalog.all.map(\.code))
        for region in RegionCatalog.all {
            let count = DemoVocabulary.communes.filter { $0.regionCode == region.code }.count
            #expect(count >= 6, "\(region.name): \(count)")
        }
        for commune in DemoVocabulary.communes {
            #expect(regionCodes.contains(commune.regionCode), "\(commune.name)")
        }
    }

    @Test func inseeCodesAreFiveCharactersAndUnique() {
        let codes = DemoVocabulary.communes.map(\.inseeCode)
        #expect(Set(codes).count == codes.count)
        for commune in DemoVocabulary.communes {
            #expect(commune.inseeCode.count == 5, "\(commune.name)")
            #expect(commune.postalCode.count == 5 && commune.postalCode.allSatisfy(\.isNumber), "\(commune.name)")
            #expect(commune.qpvNames.count <= 2, "\(commune.name)")
            // The department part of the INSEE code agrees with the region: overseas codes start with 97.
            let overseas = RegionCatalog.region(code: commune.regionCode)?.isOverseas ?? false
            #expect(commune.inseeCode.hasPrefix("97") == overseas, "\(commune.name)")
        }
    }

    @Test func everyTrainingJobIsANeededJob() {
        let jobs = Set(RegionCatalog.all.flatMap(\.neededJobs))
        for training in DemoVocabulary.trainingTitles {
            #expect(jobs.contains(training.job), "\(training.title): \(training.job)")
        }
    }

    @Test func certificationCodesMatchRNCPOrRS() throws {
        let pattern = try Regex("^(RNCP|RS)[0-9]+$")
        for certification in DemoVocabulary.certifications {
            #expect(certification.code.wholeMatch(of: pattern) != nil, "\(certification.code)")
            #expect(!certification.title.isEmpty)
        }
    }

    @Test func vocabularyListsHaveNoDuplicates() {
        let lists: [(String, [String])] = [
            ("femaleFirstNames", DemoVocabulary.femaleFirstNames),
            ("maleFirstNames", DemoVocabulary.maleFirstNames),
            ("surnames", DemoVocabulary.surnames),
            ("streetNames", DemoVocabulary.streetNames),
            ("organizationNames", DemoVocabulary.organizationNames),
            ("trainingTitles", DemoVocabulary.trainingTitles.map(\.title)),
            ("certification codes", DemoVocabulary.certifications.map(\.code)),
            ("certification titles", DemoVocabulary.certifications.map(\.title)),
            ("first names", DemoVocabulary.femaleFirstNames + DemoVocabulary.maleFirstNames),
        ]
        for (name, list) in lists {
            let duplicates = Dictionary(grouping: list, by: { $0 }).filter { $0.value.count > 1 }.keys.sorted()
            #expect(duplicates.isEmpty, "\(name): \(duplicates)")
        }
    }

    @Test func vocabularySizes() {
        #expect(DemoVocabulary.femaleFirstNames.count >= 55)
        #expect(DemoVocabulary.maleFirstNames.count >= 55)
        #expect(DemoVocabulary.surnames.count >= 110)
        #expect(DemoVocabulary.streetNames.count >= 25)
        #expect(DemoVocabulary.organizationNames.count >= 45)
        #expect(DemoVocabulary.trainingTitles.count >= 35)
        #expect(DemoVocabulary.certifications.count >= 20)
        #expect(DemoVocabulary.femaleFirstNames.contains("Maëlle"))
        #expect(DemoVocabulary.surnames.contains("N'Diaye"))
        #expect(DemoVocabulary.communes.contains { $0.inseeCode == "2A004" && $0.name == "Ajaccio" })
    }
}
