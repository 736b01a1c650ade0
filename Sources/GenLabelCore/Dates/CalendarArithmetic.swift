/// Day, month and year arithmetic on calendar dates.
///
/// Month and year steps clamp to the end of the target month (DOMAIN.md, "Monitoring obligations":
/// 31/01 + 1 month = 28/02, or 29/02 in a leap year; 29/02 + 3 years = 28/02).
extension CalendarDate {
    public func addingDays(_ days: Int) -> CalendarDate {
        CalendarDate(dayNumber: dayNumber + days)
    }

    /// Adds whole calendar months, clamping the day to the last day of the resulting month.
    public func addingMonths(_ months: Int) -> CalendarDate {
        let index = year * 12 + (month - 1) + months
        let newYear = index >= 0 ? index / 12 : (index - 11) / 12
        let newMonth = index - newYear * 12 + 1
        let newDay = min(day, CalendarDate.daysIn(month: newMonth, year: newYear))
        return CalendarDate(year: newYear, month: newMonth, day: newDay)!
    }

    /// Adds whole years, as `addingMonths(12 * years)` (29/02 + 1 year = 28/02).
    public func addingYears(_ years: Int) -> CalendarDate {
        addingMonths(12 * years)
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
