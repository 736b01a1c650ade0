extension DemoGenerator {
    /// The committees: the three of §5a (`ReferenceCommittees`) and a series on Thursdays about every
    /// three months, from early 2023 to about 9 months after `today`.
    ///
    /// The series is anchored on the next committee: its collection cutoff (committee − 42 days) falls
    /// 5 to 12 days after `today` (a collection due soon), the following one is about 2 months later
    /// (its collection upcoming). Committees whose cutoff is past have their list collected on the
    /// cutoff; the others have none yet. Sorted by date, ids 1…n.
    func makeCommittees(rng: inout SeededGenerator) -> [Committee] {
        let lead = rules.collectionLeadDays
        // The next committee: a Thursday whose cutoff is 5…12 days after today (not a public holiday
        // when the window offers another Thursday).
        var candidates: [CalendarDate] = []
        var thursday = Self.thursday(onOrAfter: today.addingDays(lead + 5))
        while thursday <= today.addingDays(lead + 12) {
            candidates.append(thursday)
            thursday = thursday.addingDays(7)
        }
        let suitable = candidates.filter(Self.isWorkingCommitteeDay)
        let next = rng.pick(suitable.isEmpty ? candidates : suitable)
        // About two months later (6 to 10 weeks), so its collection is listed as upcoming.
        let target = next.addingMonths(2)
        let following = stride(from: 42, through: 70, by: 7).map { next.addingDays($0) }
            .filter(Self.isWorkingCommitteeDay)
            .min { abs($0.days(until: target)) < abs($1.days(until: target)) } ?? target
        let anchors = [next, following]
        var generated = anchors

        let horizon = today.addingMonths(9).addingDays(20)
        var cursor = following
        while true {
            cursor = Self.committeeDay(near: cursor.addingMonths(3).addingDays(rng.int(in: -7...7)))
            if cursor > horizon { break }
            generated.append(cursor)
        }

        let references = ReferenceCommittees.committeeDates2022.compactMap {
            CalendarDate(year: $0.year, month: $0.month, day: $0.day)
        }
        // Back in time, every ~3 months, down to a few months after the last committee of §5a, and no
        // further than 6 years (the data only looks 3.5 years back).
        let floor = Self.later(references.max()?.addingDays(75) ?? today.addingYears(-6), today.addingYears(-6))
        cursor = next
        while true {
            cursor = Self.committeeDay(near: cursor.addingMonths(-3).addingDays(rng.int(in: -7...7)))
            if cursor <= floor { break }
            generated.append(cursor)
        }

        // The committees of §5a, which win over a generated date too close to them (only when today is
        // in 2022), except the two anchors the alert list relies on.
        for reference in references {
            generated.removeAll { date in
                !anchors.contains(date) && abs(date.days(until: reference)) < 45
            }
            if !generated.contains(reference) { generated.append(reference) }
        }

        return generated.sorted().enumerated().map { offset, date in
            var committee = Committee(id: .init(Int64(offset + 1)), date: date)
            let cutoff = committee.cutoff(rules)
            committee.listCollectedOn = cutoff < today ? cutoff : nil
            return committee
        }
    }

    /// The Thursday nearest to `date`, moved a week on while it is a public holiday, in August or in
    /// the Christmas break.
    static func committeeDay(near date: CalendarDate) -> CalendarDate {
        var day = nearestThursday(date)
        while !isWorkingCommitteeDay(day) { day = day.addingDays(7) }
        return day
    }

    /// Not a French public holiday that can fall on a Thursday (Ascension always does), not in August,
    /// not between Christmas Eve and 2 January.
    static func isWorkingCommitteeDay(_ date: CalendarDate) -> Bool {
        let fixedHolidays: Set<Int> = [101, 501, 508, 714, 815, 1101, 1111, 1225]
        if fixedHolidays.contains(date.month * 100 + date.day) { return false }
        if date.month == 8 || (date.month == 12 && date.day >= 24) || (date.month == 1 && date.day <= 2) { return false }
        return date != easter(date.year).addingDays(39)
    }

    /// Easter Sunday of a year (Gregorian computus, Meeus/Jones/Butcher).
    static func easter(_ year: Int) -> CalendarDate {
        let a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4
        let f = (b + 8) / 25, g = (b - f + 1) / 3
        let h = (19 * a + b - d - g + 15) % 30
        let i = c / 4, k = c % 4
        let l = (32 + 2 * e + 2 * i - h - k) % 7
        let m = (a + 11 * h + 22 * l) / 451
        let month = (h + l - 7 * m + 114) / 31
        let day = (h + l - 7 * m + 114) % 31 + 1
        return CalendarDate(year: year, month: month, day: day) ?? CalendarDate(year: year, month: 4, day: 1)!
    }

    /// Index of the first committee whose cutoff is on or after `date` (where a dossier submitted on
    /// `date` goes, §5a), if any.
    func committeeIndex(forSubmissionOn date: CalendarDate, committees: [Committee]) -> Int? {
        committees.firstIndex { $0.cutoff(rules) >= date }
    }

    /// A submission date for a dossier of committee `index`: after the previous committee's cutoff and
    /// on or before this one's (and not after today), most of them close to the cutoff.
    func submissionDate(forCommittee index: Int, committees: [Committee], rng: inout SeededGenerator) -> CalendarDate {
        let cutoff = committees[index].cutoff(rules)
        let high = Self.earlier(cutoff, today)
        let low = index > 0 ? committees[index - 1].cutoff(rules).addingDays(1) : cutoff.addingDays(-150)
        let span = max(0, low.days(until: high))
        let back = min(rng.int(in: 0...span), rng.int(in: 0...span))
        return high.addingDays(-back)
    }
}
