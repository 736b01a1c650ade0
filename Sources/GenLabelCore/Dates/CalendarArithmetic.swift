/// Day, month and year arithmetic on calendar dates.
///
/// Month and year steps clamp to the end of the target month (DOMAIN.md, "Monitoring obligations":
/// 31/01 + 1 month = 28/02, or 29/02 in a leap year; 29/02 + 3 years = 28/02).
///
/// Results saturate at 01/01/0001 and 31/12/9999, the range of dates this type holds, so a damaged
/// date read from a file (31/12/9999 + 3 years) gives the latest date instead of a crash.
extension CalendarDate {
    public static let earliest = CalendarDate(year: 1, month: 1, day: 1)!
    public static let latest = CalendarDate(year: 9999, month: 12, day: 31)!

    public func addingDays(_ days: Int) -> CalendarDate {
        let (sum, overflow) = dayNumber.addingReportingOverflow(days)
        if overflow { return days > 0 ? .latest : .earliest }
        return CalendarDate(dayNumber: min(max(sum, Self.earliest.dayNumber), Self.latest.dayNumber))
    }

    /// Adds whole calendar months, clamping the day to the last day of the resulting month.
    public func addingMonths(_ months: Int) -> CalendarDate {
        let (index, overflow) = (year * 12 + (month - 1)).addingReportingOverflow(months)
        if overflow { return months > 0 ? .latest : .earliest }
        if index < 12 { return .earliest }
        if index > 9999 * 12 + 11 { return .latest }
        let newYear = index / 12
        let newMonth = index - newYear * 12 + 1
        let newDay = min(day, CalendarDate.daysIn(month: newMonth, year: newYear))
        return CalendarDate(year: newYear, month: newMonth, day: newDay)!
    }

    /// Adds whole years, as `addingMonths(12 * years)` (29/02 + 1 year = 28/02).
    public func addingYears(_ years: Int) -> CalendarDate {
        let (months, overflow) = years.multipliedReportingOverflow(by: 12)
        if overflow { return years > 0 ? .latest : .earliest }
        return addingMonths(months)
    }

    /// Signed number of days from `self` to `other` (positive when `other` is later).
    public func days(until other: CalendarDate) -> Int {
        other.dayNumber - dayNumber
    }

    /// Last day of this date's month.
    public var endOfMonth: CalendarDate {
        CalendarDate(year: year, month: month, day: CalendarDate.daysIn(month: month, year: year))!
    }
}
