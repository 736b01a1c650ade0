/// The labelling committees announced in the text (§5a "Calendrier", repeated in the FAQ "Calendrier").
///
/// Dates are plain (day, month, year) triples; the application converts them to its own date type.
/// The text also prints deposit deadlines next to each committee; they disagree with the FAQ's
/// 6-week collection rule and with each other, so they are kept here only as printed, for reference
/// (see DOMAIN.md, "Committees and the 6-week rule").
public enum ReferenceCommittees {
    /// Committee dates of §5a: 23/06/2022, 15/09/2022, 24/11/2022.
    public static let committeeDates2022: [(day: Int, month: Int, year: Int)] = [
        (day: 23, month: 6, year: 2022),
        (day: 15, month: 9, year: 2022),
        (day: 24, month: 11, year: 2022),
    ]

    /// Deposit deadlines exactly as printed in §5a, one per committee of `committeeDates2022`:
    /// "30/04/21" (surely a typo for 2022), "15/07/22", "30/09/22". The FAQ prints "15/09/22" for the
    /// third one instead.
    public static let depositDeadlinesAsPrinted2022: [(day: Int, month: Int, year: Int)] = [
        (day: 30, month: 4, year: 2021),
        (day: 15, month: 7, year: 2022),
        (day: 30, month: 9, year: 2022),
    ]
}
