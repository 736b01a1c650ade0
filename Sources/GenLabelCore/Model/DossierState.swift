/// The life cycle of an application dossier (DOMAIN.md, "Dossier life cycle").
public enum DossierState: String, CaseIterable, Sendable, Hashable {
    case draft
    case submitted
    case admissible
    case inadmissible
    case underReview = "under_review"
    case reviewed
    case labelled
    case rejected
    case deferred
    case withdrawn

    /// Whether the committee has decided (or the applicant withdrew): no further step but a recorded reversal.
    public var isFinal: Bool {
        switch self {
        case .labelled, .rejected, .withdrawn, .inadmissible: return true
        default: return false
        }
    }
}
