/// Reading the values French spreadsheet users type: dates `jj/mm/aaaa` (or ISO `aaaa-mm-jj`),
/// numbers with a decimal comma and spaces between thousands ("1 234,5", also with the no-break
/// spaces U+00A0 and U+202F that Excel and LibreOffice insert), and yes/no answers ("oui", "non").
/// Pure; every function returns nil for text that is not such a value.
public enum FrenchValues {
    /// `dd/mm/yyyy` or `yyyy-mm-dd`, a date that exists.
    public static func date(_ text: String) -> CalendarDate? {
        guard text.utf8.count == 10 else { return nil }
        var text = text
        return text.withUTF8 { date(bytes: $0) }
    }

    /// `date(_:)` on UTF-8 bytes.
    public static func date(bytes: UnsafeBufferPointer<UInt8>) -> CalendarDate? {
        guard bytes.count == 10 else { return nil }
        if bytes[2] == UInt8(ascii: "/"), bytes[5] == UInt8(ascii: "/") {
            guard let d = number(bytes, 0, 2), let m = number(bytes, 3, 2), let y = number(bytes, 6, 4) else { return nil }
            return CalendarDate(year: y, month: m, day: d)
        }
        if bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") {
            guard let y = number(bytes, 0, 4), let m = number(bytes, 5, 2), let d = number(bytes, 8, 2) else { return nil }
            return CalendarDate(year: y, month: m, day: d)
        }
        return nil
    }

    private static func number(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ count: Int) -> Int? {
        var value = 0
        for index in start..<(start + count) {
            let byte = bytes[index]
            guard byte >= 0x30, byte <= 0x39 else { return nil }
            value = value * 10 + Int(byte - 0x30)
        }
        return value
    }

    /// Whether `scalar` separates thousands: a space, a no-break space or a narrow no-break space.
    static func isGroupSeparator(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\u{00A0}" || scalar == "\u{202F}"
    }

    /// The digits of `text` without thousands separators, with a leading sign kept; nil when
    /// anything else appears or a separator is misplaced ("1 23" is refused: groups of three).
    private static func plainDigits(_ text: Substring.UnicodeScalarView) -> (negative: Bool, digits: String)? {
        var scalars = Array(text)
        var negative = false
        if let first = scalars.first, first == "-" || first == "+" || first == "\u{2212}" {
            negative = first != "+"
            scalars.removeFirst()
        }
        guard !scalars.isEmpty else { return nil }
        let groups = split(scalars)
        guard let groups else { return nil }
        if groups.count > 1 {
            guard groups[0].count >= 1, groups[0].count <= 3, groups.dropFirst().allSatisfy({ $0.count == 3 }) else { return nil }
        }
        var digits = ""
        for group in groups {
            for scalar in group {
                guard scalar.isASCII, scalar.value >= 0x30, scalar.value <= 0x39 else { return nil }
                digits.unicodeScalars.append(scalar)
            }
        }
        return digits.isEmpty ? nil : (negative, digits)
    }

    private static func split(_ scalars: [Unicode.Scalar]) -> [[Unicode.Scalar]]? {
        var groups: [[Unicode.Scalar]] = [[]]
        for scalar in scalars {
            if isGroupSeparator(scalar) {
                guard !groups[groups.count - 1].isEmpty else { return nil }
                groups.append([])
            } else {
                groups[groups.count - 1].append(scalar)
            }
        }
        return groups.last!.isEmpty ? nil : groups
    }

    /// An integer: "12", "-3", "1 234" (thousands separated by a space or a no-break space).
    public static func integer(_ text: String) -> Int? {
        if let fast = Int(text) { return fast }
        guard let (negative, digits) = plainDigits(text[...].unicodeScalars), digits.count <= 18, let value = Int(digits) else {
            return nil
        }
        return negative ? -value : value
    }

    /// A decimal the French way: "14,5", "1 234,75", "-0,5"; a point is also read as the decimal mark
    /// when it is the only mark ("14.5"). No exponent, no "NaN".
    public static func decimal(_ text: String) -> Double? {
        let commas = text.utf8.lazy.filter { $0 == UInt8(ascii: ",") }.count
        let points = text.utf8.lazy.filter { $0 == UInt8(ascii: ".") }.count
        let mark: Character
        switch (commas, points) {
        case (0, 0): return integer(text).map(Double.init)
        case (1, 0): mark = ","
        case (0, 1): mark = "."
        default: return nil
        }
        guard let markIndex = text.firstIndex(of: mark) else { return nil }
        let whole = text[..<markIndex], fraction = text[text.index(after: markIndex)...]
        guard !fraction.isEmpty, fraction.unicodeScalars.allSatisfy({ $0.isASCII && $0.value >= 0x30 && $0.value <= 0x39 }),
              fraction.count <= 15 else { return nil }
        var negative = false
        var wholeDigits = "0"
        if whole == "-" || whole == "\u{2212}" || whole == "+" {
            negative = whole != "+"
        } else if !whole.isEmpty {
            guard let parsed = plainDigits(whole.unicodeScalars), parsed.digits.count <= 15 else { return nil }
            (negative, wholeDigits) = parsed
        }
        guard let value = Double(wholeDigits + "." + fraction) else { return nil }
        return negative ? -value : value
    }

    /// "oui"/"non" (also o/n, vrai/faux, 1/0, x/empty is not accepted here), case and accents ignored.
    public static func boolean(_ text: String) -> Bool? {
        switch TextFolding.fold(text) {
        case "oui", "o", "vrai", "1", "yes", "y", "true", "x": return true
        case "non", "n", "faux", "0", "no", "false": return false
        default: return nil
        }
    }

    /// "oui" or "non", as genlabel writes booleans.
    public static func text(_ value: Bool) -> String { value ? "oui" : "non" }

    /// Two decimals at most, trailing zeros dropped, a decimal comma, no thousands separator:
    /// 12.5 → "12,5", 14 → "14", 6.6667 → "6,67". What the exports write.
    public static func text(_ value: Double) -> String {
        guard value.isFinite else { return "" }
        let hundredths = Int((value * 100).rounded())
        let sign = hundredths < 0 ? "-" : ""
        let magnitude = abs(hundredths)
        let whole = magnitude / 100, fraction = magnitude % 100
        if fraction == 0 { return sign + String(whole) }
        if fraction % 10 == 0 { return sign + "\(whole),\(fraction / 10)" }
        return sign + "\(whole),\(fraction < 10 ? "0" : "")\(fraction)"
    }

    /// `value` rounded to the two decimals the exports keep: what a re-imported export gives back.
    public static func exportPrecision(_ value: Double) -> Double {
        (value * 100).rounded() / 100
    }
}
