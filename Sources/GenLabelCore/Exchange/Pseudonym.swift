/// Stable pseudonyms for exported learners: "Apprenant-" and the first 8 hex digits of
/// HMAC-SHA-256(key, natural key). The key is secret and kept in the database, so the same person
/// gets the same pseudonym in every export of that database, and the pseudonym cannot be recomputed
/// from a name without the key. Pure.
public struct Pseudonymizer: Sendable {
    public let key: [UInt8]

    public init(key: [UInt8]) { self.key = key }

    /// The learner's natural key: session reference, names (case and accents ignored), birth date.
    public static func naturalKey(siret: String, trainingTitle: String, place: String, sessionCode: String,
                                  lastName: String, firstName: String, birthDate: CalendarDate) -> String {
        [siret, TextFolding.fold(trainingTitle), TextFolding.fold(place), TextFolding.fold(sessionCode),
         TextFolding.fold(lastName), TextFolding.fold(firstName), birthDate.iso].joined(separator: "\u{1F}")
    }

    /// "Apprenant-1a2b3c4d".
    public func pseudonym(for naturalKey: String) -> String {
        let digest = SHA256.hmac(key: key, message: Array(naturalKey.utf8))
        return "Apprenant-" + digest.prefix(4).map { byte in
            let text = String(byte, radix: 16)
            return byte < 16 ? "0" + text : text
        }.joined()
    }
}
