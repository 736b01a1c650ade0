import Testing
@testable import GenLabelCore

private func d(_ text: String) -> CalendarDate { CalendarDate(french: text)! }

/// The two reference days of these tests: the properties must not depend on the date.
private let todays = ["03/12/2026", "15/06/2025"]

/// Generated once per day and shared by the tests (global lets are initialised once, thread-safely).
private let dataSet2026 = DemoGenerator(today: d("03/12/2026")).generate()
private let dataSet2025 = DemoGenerator(today: d("15/06/2025")).generate()

private func dataSet(_ today: String) -> DemoDataSet {
    switch today {
    case "03/12/2026": return dataSet2026
    case "15/06/2025": return dataSet2025
    default: return DemoGenerator(today: d(today)).generate()
    }
}

private func within(_ value: Int, _ target: Int, percent: Int) -> Bool {
    abs(value - target) * 100 <= target * percent
}

private struct AlertKey: Hashable { let kind: ObligationKind; let severity: Severity }

private func alertKeys(_ data: DemoDataSet, today: CalendarDate) -> [AlertKey: Int] {
    var counts: [AlertKey: Int] = [:]
    for alert in AlertEngine().alerts(for: data.monitoringSnapshot(), today: today) {
        counts[AlertKey(kind: alert.kind, severity: alert.severity), default: 0] += 1
    }
    return counts
}

@Suite("Demo data generator")
struct DemoGeneratorTests {
    // MARK: Random numbers

    @Test func seededGeneratorIsReproducibleAndBounded() {
        var a = SeededGenerator(seed: 42), b = SeededGenerator(seed: 42), c = SeededGenerator(seed: 43)
        let first = (0..<8).map { _ in a.next() }
        #expect(first == (0..<8).map { _ in b.next() })
        #expect(first != (0..<8).map { _ in c.next() })
        // SplitMix64's published first output for seed 0.
        var zero = SeededGenerator(seed: 0)
        #expect(zero.next() == 0xE220_A839_7B1D_CDAF)
        var r = SeededGenerator(seed: 7)
        var seen = Set<Int>()
        for _ in 0..<2_000 {
            let value = r.int(in: -3...3)
            #expect((-3...3).contains(value))
            seen.insert(value)
        }
        #expect(seen.count == 7)
        #expect((0..<1_000).filter { _ in r.bool(probability: 0.3) }.count > 200)
        #expect(r.pick(["a"]) == "a")
        #expect(r.int(in: 5...5) == 5)
    }

    // MARK: Counts and determinism

    @Test("counts at scale 1", arguments: todays)
    func countsAtScaleOne(today: String) {
        let data = dataSet(today)
        #expect(data.organizations.count == 80)
        #expect(data.trainings.count == 150)
        #expect(within(data.dossiers.count, 150, percent: 10))
        #expect(data.labels.count == 60)
        #expect(within(data.sessions.count, 200, percent: 10))
        #expect(within(data.learners.count, 2_500, percent: 10))
        #expect(data.committees.count >= 10)
    }

    @Test func scaleTwoDoublesTheCounts() {
        let one = dataSet2026
        let two = DemoGenerator(scale: 2, today: d("03/12/2026")).generate()
        #expect(two.organizations.count == 2 * one.organizations.count)
        #expect(two.trainings.count == 2 * one.trainings.count)
        #expect(two.dossiers.count == 2 * one.dossiers.count)
        #expect(two.labels.count == 2 * one.labels.count)
        #expect(two.sessions.count == 2 * one.sessions.count)
        #expect(two.learners.count == 2 * one.learners.count)
        #expect(two.committees == one.committees)
        #expect(Set(two.dossiers.map(\.state)).count == DossierState.allCases.count)
    }

    @Test func sameInputsSameDataOtherSeedOtherData() {
        let again = DemoGenerator(today: d("03/12/2026")).generate()
        #expect(again == dataSet2026)
        let other = DemoGenerator(seed: 7, today: d("03/12/2026")).generate()
        #expect(other != dataSet2026)
        #expect(other.learners.map(\.lastName) != dataSet2026.learners.map(\.lastName))
        #expect(other.organizations.map(\.siret) != dataSet2026.organizations.map(\.siret))
    }

    // MARK: Consistency

    @Test("ids are 1…n and every foreign id resolves", arguments: todays)
    func foreignIDsResolve(today: String) {
        let data = dataSet(today)
        func isSequence(_ ids: [Int64]) -> Bool { ids == Array(1...Int64(ids.count)) }
        #expect(isSequence(data.organizations.map(\.id.rawValue)))
        #expect(isSequence(data.trainings.map(\.id.rawValue)))
        #expect(isSequence(data.committees.map(\.id.rawValue)))
        #expect(isSequence(data.dossiers.map(\.id.rawValue)))
        #expect(isSequence(data.labels.map(\.id.rawValue)))
        #expect(isSequence(data.sessions.map(\.id.rawValue)))
        #expect(isSequence(data.learners.map(\.id.rawValue)))

        let organizations = Set(data.organizations.map(\.id)), trainings = Set(data.trainings.map(\.id))
        let committees = Set(data.committees.map(\.id)), labels = Set(data.labels.map(\.id))
        let sessions = Set(data.sessions.map(\.id))
        let dossiers = Dictionary(uniqueKeysWithValues: data.dossiers.map { ($0.id, $0) })
        #expect(data.trainings.allSatisfy { organizations.contains($0.organizationID) })
        #expect(data.dossiers.allSatisfy { trainings.contains($0.trainingID) })
        #expect(data.dossiers.allSatisfy { $0.committeeID.map(committees.contains) ?? true })
        #expect(data.labels.allSatisfy { trainings.contains($0.trainingID) })
        #expect(data.sessions.allSatisfy { labels.contains($0.labelID) })
        #expect(data.learners.allSatisfy { sessions.contains($0.sessionID) })
        #expect(data.annualReports.allSatisfy { labels.contains($0.labelID) })
        for label in data.labels {
            guard let dossierID = label.dossierID else { continue }
            let dossier = dossiers[dossierID]
            #expect(dossier?.state == .labelled)
            #expect(dossier?.trainingID == label.trainingID)
        }
        let dossierIDs = data.labels.compactMap(\.dossierID)
        #expect(Set(dossierIDs).count == dossierIDs.count)
        #expect(data.labels.filter { $0.dossierID != nil }.count >= 40)
    }

    @Test("dossiers: ten states, numbers, committees, scores, open ones", arguments: todays)
    func dossiers(today: String) {
        let data = dataSet(today)
        let now = d(today)
        #expect(Set(data.dossiers.map(\.state)) == Set(DossierState.allCases))
        #expect(Set(data.dossiers.map(\.number)).count == data.dossiers.count)
        #expect(data.dossiers.allSatisfy { $0.number.wholeMatch(of: /GEN-\d{4}-\d{4}/) != nil })

        let committees = Dictionary(uniqueKeysWithValues: data.committees.map { ($0.id, $0) })
        for dossier in data.dossiers {
            if dossier.state == .draft {
                #expect(dossier.submittedOn == nil && dossier.committeeID == nil)
                continue
            }
            guard let submitted = dossier.submittedOn, let committeeID = dossier.committeeID else {
                Issue.record("dossier \(dossier.number) has no submission or committee"); continue
            }
            #expect(submitted <= now)
            #expect(dossier.number.hasPrefix("GEN-\(submitted.year)-"))
            // The first committee whose cutoff is on or after the submission (§5a).
            let expected = data.committees.first { $0.cutoff() >= submitted }
            #expect(expected?.id == committeeID, "\(dossier.number)")
            let committee = committees[committeeID]!
            switch dossier.state {
            case .labelled, .rejected, .deferred: #expect(committee.date < now)
            case .submitted, .admissible, .underReview, .reviewed: #expect(committee.date > now)
            default: break
            }
        }
        let scored: Set<DossierState> = [.reviewed, .labelled, .rejected, .deferred]
        for dossier in data.dossiers {
            if let score = dossier.score {
                #expect(scored.contains(dossier.state))
                #expect((0...10).contains(score) && (score * 10).rounded() == score * 10)
            } else {
                #expect(!scored.contains(dossier.state))
            }
        }
        let renewals = data.dossiers.filter(\.isRenewal).count
        #expect(renewals >= 5 && renewals <= 30)

        // No two open dossiers for one training, and none next to a running label except a renewal.
        let open: Set<DossierState> = [.draft, .submitted, .admissible, .underReview, .reviewed, .deferred]
        let openTrainings = data.dossiers.filter { open.contains($0.state) }
        #expect(Set(openTrainings.map(\.trainingID)).count == openTrainings.count)
        let running = Set(data.labels.filter { $0.state.isMonitored && $0.expiresOn() > now.addingMonths(9) }.map(\.trainingID))
        #expect(openTrainings.allSatisfy { !running.contains($0.trainingID) })
    }

    @Test("committees: §5a, the 6-week cutoff, one collection due soon", arguments: todays)
    func committees(today: String) {
        let data = dataSet(today)
        let now = d(today)
        let dates = data.committees.map(\.date)
        for reference in ["23/06/2022", "15/09/2022", "24/11/2022"] { #expect(dates.contains(d(reference))) }
        #expect(dates == dates.sorted() && Set(dates).count == dates.count)
        for committee in data.committees {
            #expect(committee.listCollectedOn == (committee.cutoff() < now ? committee.cutoff() : nil))
        }
        let ahead = data.committees.map { now.days(until: $0.cutoff()) }
        #expect(ahead.contains { (5...12).contains($0) })
        #expect(ahead.contains { (40...90).contains($0) })
        #expect(dates.contains { $0 > now.addingMonths(6) })
    }

    @Test("labels, sessions and learners are plausible", arguments: todays)
    func plausibleRecords(today: String) {
        let data = dataSet(today)
        let now = d(today)
        let states = Set(data.labels.map(\.state))
        #expect(states == Set(LabelState.allCases))
        for label in data.labels {
            #expect(label.conventionSignedOn < now && label.conventionSignedOn >= now.addingMonths(-43))
            #expect((label.state == .expired) == (label.expiresOn() < now) || label.state == .withdrawn
                    || label.state == .terminated)
        }
        var perLabel: [Label.ID: [TrainingSession]] = [:]
        for session in data.sessions { perLabel[session.labelID, default: []].append(session) }
        #expect(perLabel.count == data.labels.count)
        #expect(perLabel.values.allSatisfy { (2...5).contains($0.count) })
        #expect(perLabel.values.allSatisfy { Set($0.map(\.code)).count == $0.count })
        for session in data.sessions {
            #expect(session.code == "S\(session.plannedStart.iso.prefix(7))")
            #expect(session.effectiveStart < session.end)
            #expect((12...20).contains(session.capacity))
            if let start = session.actualStart { #expect(start <= now) }
            if let received = session.startAttestationReceivedOn { #expect(received <= now && received > session.effectiveStart) }
            if let received = session.endOfSessionListReceivedOn { #expect(received <= now && received >= session.end) }
        }
        let sessions = Dictionary(uniqueKeysWithValues: data.sessions.map { ($0.id, $0) })
        var perSession: [TrainingSession.ID: Int] = [:]
        for learner in data.learners { perSession[learner.sessionID, default: 0] += 1 }
        #expect(perSession.count == data.sessions.count)
        for (id, count) in perSession {
            #expect((8...18).contains(count) && count <= sessions[id]!.capacity)
        }
        for learner in data.learners {
            let start = sessions[learner.sessionID]!.effectiveStart
            #expect(learner.birthDate <= start.addingYears(-16) && learner.birthDate > start.addingYears(-56))
        }
        let women = data.learners.filter { $0.gender == .female }.count * 100 / data.learners.count
        let qpv = data.learners.filter(\.residesInQPV).count * 100 / data.learners.count
        let target = data.learners.filter(\.isTargetPublic).count * 100 / data.learners.count
        let seekers = data.learners.filter(\.isJobSeeker).count * 100 / data.learners.count
        #expect((38...52).contains(women))
        #expect((20...40).contains(qpv))
        #expect((78...92).contains(target))
        #expect((62...78).contains(seekers))
    }

    @Test func learnersHaveFrenchNamesAndRealCommunesOfTheRegion() {
        let data = dataSet2026
        let names = data.learners.flatMap { [$0.firstName, $0.lastName] }
        #expect(names.contains { $0.contains { "éèêëàâäîïôöûüùçÉÈ".contains($0) } })
        #expect(names.contains { $0.contains("-") })
        #expect(names.contains { $0.contains("'") })
        let communes = Dictionary(DemoVocabulary.communes.map { ($0.inseeCode, $0) }, uniquingKeysWith: { a, _ in a })
        let trainingOfSession: [TrainingSession.ID: Training] = {
            let trainings = Dictionary(uniqueKeysWithValues: data.trainings.map { ($0.id, $0) })
            let labels = Dictionary(uniqueKeysWithValues: data.labels.map { ($0.id, $0) })
            return Dictionary(uniqueKeysWithValues: data.sessions.map { ($0.id, trainings[labels[$0.labelID]!.trainingID]!) })
        }()
        for learner in data.learners {
            let commune = communes[learner.inseeCode]
            #expect(commune?.name == learner.commune)
            #expect(commune?.regionCode == trainingOfSession[learner.sessionID]?.regionCode)
            #expect(learner.residesInZRR == commune?.isZRR)
            if learner.residesInQPV { #expect(commune?.qpvNames.isEmpty == false) }
            #expect(learner.address.first?.isNumber == true)
        }
    }

    @Test("organizations and trainings", arguments: todays)
    func organizationsAndTrainings(today: String) {
        let data = dataSet(today)
        for organization in data.organizations {
            #expect(organization.siret.count == 14 && organization.siret.allSatisfy(\.isNumber))
            #expect(DemoGenerator.isLuhnValid(organization.siret), "\(organization.siret)")
            #expect(DemoGenerator.isLuhnValid(String(organization.siret.prefix(9))))
            #expect(organization.nda.count == 11 && organization.nda.allSatisfy(\.isNumber))
        }
        #expect(Set(data.organizations.map(\.siret)).count == data.organizations.count)
        #expect(Set(data.organizations.map(\.name)).count == data.organizations.count)
        let certified = data.organizations.filter {
            if case .certified(let until) = $0.qualiopi { return until > d(today) } else { return false }
        }
        #expect(certified.count * 100 >= data.organizations.count * 85)
        #expect(data.organizations.contains { if case .auditScheduled = $0.qualiopi { true } else { false } })
        #expect(data.organizations.filter(\.obligationsUpToDate).count * 100 >= data.organizations.count * 90)

        #expect(Set(data.trainings.map(\.regionCode)) == Set(RegionCatalog.all.map(\.code)))
        #expect(Set(data.trainings.map(\.organizationID)).count == data.organizations.count)
        let titles = Dictionary(DemoVocabulary.trainingTitles.map { ($0.title, $0) }, uniquingKeysWith: { a, _ in a })
        let communes = Dictionary(DemoVocabulary.communes.map { ($0.inseeCode, $0) }, uniquingKeysWith: { a, _ in a })
        let certifications = Set(DemoVocabulary.certifications.map(\.code))
        var keys = Set<String>()
        for training in data.trainings {
            #expect(titles[training.title]?.job == training.job)
            #expect(titles[training.title]?.family == training.family)
            #expect(communes[training.inseeCode]?.name == training.commune)
            #expect(communes[training.inseeCode]?.regionCode == training.regionCode)
            #expect(certifications.contains(training.certificationCode))
            #expect((400...1_200).contains(training.hours) && (4...18).contains(training.months))
            #expect(keys.insert("\(training.organizationID)|\(training.title)|\(training.commune)").inserted)
        }
        // Pending-audit labels belong to organizations whose audit is scheduled.
        let organizations = Dictionary(uniqueKeysWithValues: data.organizations.map { ($0.id, $0) })
        let trainings = Dictionary(uniqueKeysWithValues: data.trainings.map { ($0.id, $0) })
        for label in data.labels where label.state == .pendingQualiopiAudit {
            let organization = organizations[trainings[label.trainingID]!.organizationID]!
            #expect({ if case .auditScheduled = organization.qualiopi { true } else { false } }())
        }
    }

    // MARK: The alert list

    @Test("the alert list holds every kind in every severity", arguments: todays)
    func alertsOfEveryKind(today: String) {
        let data = dataSet(today)
        let snapshot = data.monitoringSnapshot()
        let trainings = Dictionary(uniqueKeysWithValues: data.trainings.map { ($0.id, $0) })
        #expect(snapshot.labels.map(\.label) == data.labels)
        #expect(snapshot.labels.allSatisfy { $0.trainingTitle == trainings[$0.label.trainingID]?.title })
        #expect(snapshot.labels.allSatisfy { $0.regionCode == trainings[$0.label.trainingID]?.regionCode })
        let counts = alertKeys(data, today: d(today))
        for kind in [ObligationKind.startAttestation, .endOfSessionList] {
            for severity in Severity.allCases {
                #expect((counts[AlertKey(kind: kind, severity: severity)] ?? 0) >= 1, "\(kind) \(severity)")
            }
        }
        func total(_ kind: ObligationKind, _ severities: [Severity] = Severity.allCases) -> Int {
            severities.reduce(0) { $0 + (counts[AlertKey(kind: kind, severity: $1)] ?? 0) }
        }
        #expect(total(.annualReport, [.overdue]) >= 1)
        #expect(total(.committeeCollection, [.dueSoon]) >= 1)
        #expect(total(.committeeCollection, [.upcoming]) >= 1)
        #expect(total(.committeeCollection, [.overdue]) == 0)
        #expect(total(.labelExpiry) >= 1)
        #expect(total(.firstSession, [.overdue]) >= 1)
        #expect(total(.firstSession, [.dueSoon, .upcoming]) >= 1)
        #expect(total(.postponedStart, [.overdue]) >= 1)
        #expect(total(.postponedStart, [.dueSoon, .upcoming]) >= 1)
    }

    @Test("the alert list is complete whatever today is", arguments: [
        "01/01/2024", "29/02/2024", "31/01/2025", "01/02/2025", "30/09/2025", "31/12/2025",
        "15/03/2027", "31/08/2027", "29/02/2028", "10/11/2029",
    ])
    func alertsOnOtherDays(today: String) {
        let now = d(today)
        let data = DemoGenerator(seed: UInt64(now.dayNumber), today: now).generate()
        let counts = alertKeys(data, today: now)
        for kind in [ObligationKind.startAttestation, .endOfSessionList] {
            for severity in Severity.allCases {
                #expect((counts[AlertKey(kind: kind, severity: severity)] ?? 0) >= 1, "\(kind) \(severity)")
            }
        }
        for kind in [ObligationKind.annualReport, .firstSession, .postponedStart] {
            #expect((counts[AlertKey(kind: kind, severity: .overdue)] ?? 0) >= 1, "\(kind)")
        }
        #expect((counts[AlertKey(kind: .committeeCollection, severity: .dueSoon)] ?? 0) >= 1)
        #expect(counts.keys.contains { $0.kind == .labelExpiry })
        #expect(Set(data.dossiers.map(\.state)) == Set(DossierState.allCases))
    }
}
