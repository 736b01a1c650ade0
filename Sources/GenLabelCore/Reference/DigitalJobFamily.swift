/// The families of digital professions ("familles des métiers du numérique") a training may prepare for
/// (§2b, admissibility criterion 1).
///
/// **Choice**: the text says there are nine families, listed on GEN's website, but does not print them.
/// The nine families below are chosen by the project so as to cover every job of the §1f table
/// (development, telecoms and fibre, systems and networks, help desk and maintenance, data, design and
/// graphics, digital communication and business development, project and product management) and the
/// emerging jobs quoted in §1f (security, data protection, artificial intelligence). They are not GEN's
/// official list.
public enum DigitalJobFamily: String, CaseIterable, Sendable {
    case development
    case infrastructure
    case telecoms
    case dataAndAI
    case design
    case digitalMarketing
    case projectAndProduct
    case support
    case cybersecurity

    /// The family's name in French, for display.
    public var label: String {
        switch self {
        case .development: "Développement"
        case .infrastructure: "Infrastructure, systèmes et réseaux"
        case .telecoms: "Télécoms et fibre optique"
        case .dataAndAI: "Data et intelligence artificielle"
        case .design: "Design et création numérique"
        case .digitalMarketing: "Marketing, communication et commerce digital"
        case .projectAndProduct: "Gestion de projet et produit"
        case .support: "Support et maintenance informatique"
        case .cybersecurity: "Cybersécurité"
        }
    }
}
