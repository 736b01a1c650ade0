/// The feminine forms written inside inclusive titles ("Développeur·se", "Technicien·ne",
/// "Administrateur·rice", "Conseiller·ère"), spelled out so that a search for "développeuse" finds
/// "Développeur·se" (issue 3: the filter finds "Développeuse"). Works on folded text, where folding
/// has made the middle dot (U+00B7) a full stop, as in "Développeur.se" typed without it; pure.
public enum InclusiveWriting {
    /// Whether folded UTF-8 `bytes` hold a dot between two letters (most texts do not: nothing more
    /// to do).
    public static func hasInnerDot(_ bytes: ArraySlice<UInt8>) -> Bool {
        func isLetter(_ byte: UInt8) -> Bool { byte >= 0x61 && byte <= 0x7A }
        var index = bytes.startIndex + 1
        while index < bytes.endIndex - 1 {
            if bytes[index] == 0x2E && isLetter(bytes[index - 1]) && isLetter(bytes[index + 1]) { return true }
            index += 1
        }
        return false
    }

    /// The feminine word of each dotted word of `folded`: "developpeur.se" → "developpeuse",
    /// "technicien.ne" → "technicienne", "administrateur.rice" → "administratrice",
    /// "conseiller.ere" → "conseillere", "charge.e.s" → "chargees".
    public static func feminineWords(_ folded: String) -> [String] {
        folded.split(separator: " ").compactMap { word -> String? in
            let parts = word.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
            guard parts.count >= 2, !parts[0].isEmpty, !parts[1].isEmpty else { return nil }
            return feminine(stem: parts[0], suffix: parts[1]) + parts.dropFirst(2).joined()
        }
    }

    static func feminine(stem: String, suffix: String) -> String {
        switch suffix {
        case "se", "euse" where stem.hasSuffix("eur"):
            return String(stem.dropLast(3)) + "euse"
        case "rice", "trice" where stem.hasSuffix("teur"):
            return String(stem.dropLast(3)) + "rice"
        case "ere" where stem.hasSuffix("er"):
            return String(stem.dropLast(2)) + "ere"
        case "ve" where stem.hasSuffix("f"):
            return String(stem.dropLast(1)) + "ve"
        default:
            return stem + suffix
        }
    }
}
