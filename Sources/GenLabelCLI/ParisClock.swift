import Foundation
import GenLabelCore

/// "Today" as a calendar date in Europe/Paris (DOMAIN.md: the date of the GEN's office), whatever
/// the machine's time zone. The only place the application reads the clock.
public enum ParisClock {
    public static func today(now: Date = Date()) -> CalendarDate {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Europe/Paris") ?? .current
        let parts = calendar.dateComponents([.year, .month, .day], from: now)
        return CalendarDate(year: parts.year!, month: parts.month!, day: parts.day!)!
    }
}
