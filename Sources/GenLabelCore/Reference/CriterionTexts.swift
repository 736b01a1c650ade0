/// The text of one criterion of the call for labelling: an admissibility criterion (§2b, "critères de
/// recevabilité") or a selection criterion (§2c, "critères de sélection").
///
/// `title` is a short French heading written for the application (the text numbers its criteria but
/// gives them no heading); `detail` states the criterion as the text does, condensed to one to three
/// sentences.
public struct CriterionText: Sendable {
    /// Number of the criterion in its table (1…10 for §2b, 1…6 for §2c).
    public let number: Int
    /// Short French heading ("Formation certifiante").
    public let title: String
    /// The criterion as stated in the text, condensed.
    public let detail: String

    public init(number: Int, title: String, detail: String) {
        self.number = number
        self.title = title
        self.detail = detail
    }
}

/// The criteria of the call for labelling, in French: the 10 admissibility criteria of §2b, all of which
/// must hold for a dossier to be examined, and the 6 selection criteria of §2c, which give a score out of 10.
public enum CriterionCatalog {
    /// The 10 admissibility criteria ("critères de recevabilité", §2b), numbered 1…10.
    public static let admissibility: [CriterionText] = [
        CriterionText(
            number: 1, title: "Métier du numérique",
            detail: "La formation doit former aux métiers du numérique. La liste des neuf familles des métiers du numérique est disponible sur le site de la GEN."),
        CriterionText(
            number: 2, title: "Formation certifiante",
            detail: "La formation est certifiante : le porteur de projet justifie l'enregistrement de la certification au RNCP ou au répertoire spécifique (RS) lorsqu'il en est propriétaire. Sinon, il présente un accord de partenariat avec le certificateur en cours de validité."),
        CriterionText(
            number: 3, title: "Durée",
            detail: "La formation dure au moins 350 heures et au plus 18 mois, hors immersion professionnelle. Les formations à distance (plus de 50 % des modules dispensés à distance) durent au plus 6 mois et offrent aux apprenants en risque de décrochage des lieux d'accueil collectifs adaptés (tiers-lieux, médiathèque, fabriques de territoire…)."),
        CriterionText(
            number: 4, title: "Sans prérequis",
            detail: "La formation doit être accessible sans prérequis académique. La motivation doit être le critère principal de sélection des apprenants, et les pédagogies mises en œuvre sont adaptées au public accueilli."),
        CriterionText(
            number: 5, title: "Immersion professionnelle",
            detail: "La formation doit comporter au minimum une période d'immersion professionnelle : un ou plusieurs stages, ou des projets professionnalisants réalisés au sein de la structure pour le compte de clients externes. Elle peut aussi être réalisée en alternance (contrat de professionnalisation ou d'apprentissage)."),
        CriterionText(
            number: 6, title: "Sessions et publics cibles",
            detail: "Les formations de moins d'un an organisent au minimum une session par an pendant le cycle de labellisation et forment au minimum 10 personnes différentes des publics de la GEN par session. La première session doit démarrer dans les trois mois suivant la signature de la convention de labellisation."),
        CriterionText(
            number: 7, title: "Gratuité",
            detail: "La gratuité de la formation doit être garantie pour les publics cibles de la GEN : l'intégralité des frais d'accès et des frais pédagogiques, y compris le passage de la certification, est financée pour au moins 10 personnes des publics cibles."),
        CriterionText(
            number: 8, title: "Pas de labellisation en cours",
            detail: "La formation ne doit pas être en cours de labellisation par la GEN. Une structure dont la convention est arrivée à son terme peut solliciter le renouvellement du label."),
        CriterionText(
            number: 9, title: "Qualiopi",
            detail: "L'organisme de formation doit être certifié ou labellisé Qualiopi, ou avoir engagé un processus de certification avec un contrat mentionnant une date d'audit prévue. Le label GEN peut alors être accordé dans l'attente de l'audit initial ; un échec à cet audit engage un processus de retrait du label."),
        CriterionText(
            number: 10, title: "NDA et obligations",
            detail: "Le porteur de projet (ou le sous-traitant en charge de l'action de formation) doit disposer d'un numéro de déclaration d'activité valide et être à jour de ses obligations réglementaires, fiscales et sociales. En cas de sous-traitance, le porteur effectue un contrôle pédagogique et contrôle régulièrement les locaux et matériels du sous-traitant."),
    ]

    /// The 6 selection criteria ("critères de sélection", §2c), numbered 1…6.
    public static let selection: [CriterionText] = [
        CriterionText(
            number: 1, title: "Adéquation aux besoins du territoire",
            detail: "La formation est en adéquation avec les besoins en compétences du bassin d'emploi et du territoire : le métier visé est en tension ou fortement demandé, selon les observatoires régionaux de la GEN. Le parcours est construit avec des partenaires locaux pour le recrutement des publics cibles et pour l'insertion professionnelle (entreprises engagées, promesses d'embauche)."),
        CriterionText(
            number: 2, title: "Équipe pédagogique",
            detail: "L'équipe pédagogique dispose des compétences requises pour animer la formation et transmettre les compétences visées. Le taux d'encadrement des apprenants est adapté aux besoins particuliers des publics visés par la GEN."),
        CriterionText(
            number: 3, title: "Sourcing des femmes",
            detail: "Le porteur de projet réalise des actions de sourcing à destination des femmes : des actions spécifiques sont mises en place pour qu'elles intègrent la formation."),
        CriterionText(
            number: 4, title: "Sourcing QPV et ZRR",
            detail: "Le porteur de projet réalise des actions de sourcing en direction des résidents des quartiers prioritaires de la politique de la ville (QPV) et des zones de revitalisation rurale (ZRR)."),
        CriterionText(
            number: 5, title: "Accompagnement socio-professionnel",
            detail: "Le porteur de projet met en œuvre un accompagnement socio-professionnel et un soutien pédagogique des apprenants, auxquels est consacré un nombre d'heures suffisant (au moins 10 % du nombre total d'heures de formation). La qualité et la durée de la période d'immersion professionnelle sont également étudiées."),
        CriterionText(
            number: 6, title: "Pérennisation",
            detail: "Le porteur de projet mobilise les moyens nécessaires pour pérenniser la formation à l'issue du cycle de labellisation : partenariats et leur renouvellement, demandes de subventionnement, marchés publics, veille et adaptation de la formation, indicateurs de résultats et démarche d'amélioration continue."),
    ]
}
