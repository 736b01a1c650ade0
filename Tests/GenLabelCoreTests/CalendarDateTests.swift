import Testing
@testable import GenLabelCore

private func d(_ text: String) -> CalendarDate { CalendarDate(french: text)! }

@Suite("Calendar dates")
struct CalendarDateTests {
    @Test("strict dd/mm/yyyy parsing", arguments: [
        ("03/12/2026", true), ("29/02/2024", true), ("29/02/2025", false), ("31/04/2026", false),
        ("04/15/2026", false), ("4/5/2026", false), ("03-12-2026", false), ("03/12/26", false),
        ("", false), ("aa/bb/cccc", false), ("00/01/2026", false), ("31/12/9999", true), (" 3/12/2026", false),
    ])
    func parsing(text: String, valid: Bool) {
        #expect((CalendarDate(french: text) != nil) == valid)
    }

    @Test func formatsRoundTrip() {
        let date = d("07/03/2025")
        #expect(date.french == "07/03/2025")
        #expect(date.iso == "2025-03-07")
        #expect(CalendarDate(iso: "2025-03-07") == date)
        #expect(CalendarDate(iso: "2025-02-29") == nil)
    }

    @Test("month arithmetic clamps to the month's end (DOMAIN.md)", arguments: [
        ("31/01/2026", 1, "28/02/2026"), ("31/01/2024", 1, "29/02/2024"), ("31/03/2026", 1, "30/04/2026"),
        ("15/11/2026", 2, "15/01/2027"), ("31/12/2026", 2, "28/02/2027"), ("31/03/2026", -1, "28/02/2026"),
        ("29/02/2024", 36, "28/02/2027"), ("29/02/2024", 48, "29/02/2028"), ("30/11/2025", 3, "28/02/2026"),
    ])
    func months(start: String, months: Int, expected: String) {
        #expect(d(start).addingMonths(months) == d(expected))
    }

    @Test func yearsClampLeapDay() {
        #expect(d("29/02/2024").addingYears(3) == d("28/02/2027"))
        #expect(d("28/02/2023").addingYears(3) == d("28/02/2026"))
    }

    @Test("day arithmetic crosses months and years", arguments: [
        ("23/06/2022", -42, "12/05/2022"), ("15/09/2022", -42, "04/08/2022"), ("24/11/2022", -42, "13/10/2022"),
        ("31/12/2026", 1, "01/01/2027"), ("01/03/2024", -1, "29/02/2024"), ("01/03/2025", -1, "28/02/2025"),
    ])
    func days(start: String, days: Int, expected: String) {
        #expect(d(start).addingDays(days) == d(expected))
        #expect(d(start).days(until: d(expected)) == days)
    }

    @Test func dayNumberIsABijectionOverCenturies() {
        var previous = CalendarDate(year: 1899, month: 12, day: 31)!
        for n in (previous.dayNumber + 1)...(CalendarDate(year: 2101, month: 1, day: 1)!.dayNumber) {
            let date = CalendarDate(dayNumber: n)
            #expect(date.dayNumber == n)
            #expect(previous < date)
            previous = date
        }
        #expect(CalendarDate(dayNumber: 0) == CalendarDate(year: 1970, month: 1, day: 1))
    }
}

@Suite("Calendar arithmetic at the edges of the calendar")
struct CalendarEdgeTests {
    @Test func arithmeticSaturatesInsteadOfCrashing() {
        let last = CalendarDate(year: 9999, month: 12, day: 31)!
        #expect(last.addingYears(3) == .latest)
        #expect(last.addingMonths(1) == .latest)
        #expect(last.addingDays(1) == .latest)
        let first = CalendarDate(year: 1, month: 1, day: 1)!
        #expect(first.addingDays(-42) == .earliest)
        #expect(first.addingMonths(-1) == .earliest)
        #expect(first.addingYears(Int.max) == .latest)
        #expect(first.addingDays(Int.min) == .earliest)
        #expect(CalendarDate(year: 9999, month: 11, day: 30)!.addingMonths(1) == CalendarDate(year: 9999, month: 12, day: 30))
    }

    /// The byte-built French and ISO forms equal the interpolated ones (issue 7/5 speed).
    @Test func fastFormsEqualTheInterpolatedForms() {
        var date = CalendarDate(year: 1, month: 1, day: 1)!
        for _ in 0..<800 {
            #expect(date.french == date.referenceFrench && date.iso == date.referenceISO, "\(date.referenceISO)")
            date = date.addingDays(937)
        }
        for year in [0, 9, 10, 99, 100, 999, 1000, 1999, 2026, 9999] {
            for (month, day) in [(1, 1), (2, 28), (12, 31), (9, 9), (10, 10)] {
                guard let date = CalendarDate(year: year, month: month, day: day) else { continue }
                #expect(date.french == date.referenceFrench && date.iso == date.referenceISO, "\(year)-\(month)-\(day)")
            }
        }
    }
}
