/// Text forms of a calendar date: French `dd/mm/yyyy` for people, ISO `yyyy-mm-dd` for storage.
extension CalendarDate {
    /// `03/12/2026`.
    public var french: String {
        guard (0...9999).contains(year) else { return referenceFrench }
        return Self.tenBytes(day, 2, 0x2F, month, 2, 0x2F, year, 4)
    }

    /// The interpolated form, for years beyond four digits (and the tests).
    var referenceFrench: String {
        "\(Self.pad2(day))/\(Self.pad2(month))/\(Self.pad4(year))"
    }

    /// `2026-12-03`, the storage form (sorts as text).
    public var iso: String {
        guard (0...9999).contains(year) else { return referenceISO }
        return Self.tenBytes(year, 4, 0x2D, month, 2, 0x2D, day, 2)
    }

    var referenceISO: String {
        "\(Self.pad4(year))-\(Self.pad2(month))-\(Self.pad2(day))"
    }

    /// Three zero-padded numbers and two separators written as bytes (dates are formatted hundreds of
    /// thousands of times by exports, imports and `genlabel alerts`).
    private static func tenBytes(_ a: Int, _ aWidth: Int, _ separator1: UInt8, _ b: Int, _ bWidth: Int,
                                 _ separator2: UInt8, _ c: Int, _ cWidth: Int) -> String {
        String(unsafeUninitializedCapacity: aWidth + bWidth + cWidth + 2) { buffer in
            var position = 0
            func put(_ number: Int, _ width: Int) {
                var value = number
                for offset in stride(from: width - 1, through: 0, by: -1) {
                    buffer[position + offset] = UInt8(truncatingIfNeeded: 0x30 + value % 10)
                    value /= 10
                }
                position += width
            }
            put(a, aWidth)
            buffer[position] = separator1
            position += 1
            put(b, bWidth)
            buffer[position] = separator2
            position += 1
            put(c, cWidth)
            return position
        }
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
