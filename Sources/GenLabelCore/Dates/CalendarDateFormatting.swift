/// Text forms of a calendar date: French `dd/mm/yyyy` for people, ISO `yyyy-mm-dd` for storage.
extension CalendarDate {
    /// `03/12/2026`.
    public var french: String {
        "\(Self.pad2(day))/\(Self.pad2(month))/\(Self.pad4(year))"
    }

    /// `2026-12-03`, the storage form (sorts as text).
    public var iso: String {
        "\(Self.pad4(year))-\(Self.pad2(month))-\(Self.pad2(day))"
    }

    /// Parses the strict French form `dd/mm/yyyy` (two digits, two digits, four digits).
    /// Returns nil for `4/5/2026`, `04/15/2026`, `29/02/2025` or anything else.
    public init?(french text: String) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 2, parts[1].count == 2, parts[2].count == 4,
              let d = Self.digits(parts[0]), let m = Self.digits(parts[1]), let y = Self.digits(parts[2])
        else { return nil }
        self.init(year: y, month: m, day: d)
    }

    /// Parses the ISO form `yyyy-mm-dd`.
    public init?(iso text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let y = Self.digits(parts[0]), let m = Self.digits(parts[1]), let d = Self.digits(parts[2])
        else { return nil }
        self.init(year: y, month: m, day: d)
    }

    private static func digits(_ s: Substring) -> Int? {
        guard !s.isEmpty, s.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return Int(s)
    }

    private static func pad2(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
    private static func pad4(_ n: Int) -> String {
        let s = String(n)
        return String(repeating: "0", count: max(0, 4 - s.count)) + s
    }
}

extension CalendarDate: CustomStringConvertible {
    public var description: String { french }
}
