extension DemoGenerator {
    /// Annual reports received (§4: the report on year N is due before 31 January of N+1), for every
    /// year from the signature to the label's expiry or this year. Most come in January, some late;
    /// a few past ones never came (always at least one overdue report on an active label).
    func makeAnnualReports(labels: [Label], plans: [LabelPlan], rng: inout SeededGenerator) -> [AnnualReport] {
        // The last year whose report is already overdue today.
        let lastOverdueYear = DeadlineRules.annualReport(year: today.year - 1, rules: rules).result < today
            ? today.year - 1 : today.year - 2
        let eligible = labels.indices.filter { index in
            labels[index].state == .active && plans[index].scenario == .none
                && labels[index].conventionSignedOn.year <= lastOverdueYear
        }
        var forcedMissing = Set<String>()
        for index in rng.shuffled(eligible).prefix(2 * scale) {
            let year = rng.int(in: labels[index].conventionSignedOn.year...lastOverdueYear)
            forcedMissing.insert("\(index)|\(year)")
        }

        var reports: [AnnualReport] = []
        for (index, label) in labels.enumerated() {
            let owes = label.state != .withdrawn && label.state != .terminated
            let lastYear = min(label.expiresOn(rules).year, today.year)
            guard label.conventionSignedOn.year <= lastYear else { continue }
            for year in label.conventionSignedOn.year...lastYear {
                if forcedMissing.contains("\(index)|\(year)") { continue }
                let due = DeadlineRules.annualReport(year: year, rules: rules).result
                if owes && due < today && rng.bool(probability: 0.04) { continue }
                let received = rng.bool(probability: 0.88)
                    ? CalendarDate(year: year + 1, month: 1, day: rng.int(in: 2...max(2, due.day)))!
                    : due.addingDays(rng.int(in: 1...45))
                guard received <= today else { continue }
                reports.append(AnnualReport(labelID: label.id, year: year, receivedOn: received))
            }
        }
        return reports
    }
}
