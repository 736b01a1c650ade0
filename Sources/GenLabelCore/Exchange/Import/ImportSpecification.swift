/// What `genlabel import KIND FILE` reads: per kind, the columns with their French header (matched
/// with case and accents ignored, a few synonyms accepted), their type and whether they are required,
/// and the natural key that identifies a row (docs/formats/<kind>.md). The exports of the same kinds
/// write exactly these headers, in this order, so that an export re-imports as it is.
public enum ImportKind: String, CaseIterable, Sendable, Hashable {
    case dossiers, sessions, learners, reports, communes, qpv

    public var specification: ImportSpecification { ImportSpecification.of(self) }
}

/// One field a file can carry. The raw value is the JSON key of the exports.
public enum ImportField: String, Sendable, Hashable, CaseIterable {
    case dossierNumber = "numero"
    case siret = "siret"
    case organizationName = "structure"
    case trainingTitle = "formation"
    case trainingPlace = "lieu"
    case regionCode = "code_region"
    case regionName = "region"
    case dossierState = "etat"
    case submittedOn = "depose_le"
    case committeeDate = "comite"
    case score = "note"
    case isRenewal = "renouvellement"
    case conventionSignedOn = "convention_signee_le"
    case sessionCode = "session"
    case plannedStart = "debut_prevu"
    case actualStart = "debut_reel"
    case end = "fin"
    case capacity = "capacite"
    case learnerCount = "apprenants"
    case startAttestationReceivedOn = "attestation_recue_le"
    case endListReceivedOn = "liste_fin_recue_le"
    case modality = "modalite"
    case referencedCarifOrefOn = "reference_carif_oref_le"
    case referencedMonCompteFormationOn = "reference_mon_compte_formation_le"
    case referencedKairosOn = "reference_kairos_le"
    case lastName = "nom"
    case firstName = "prenom"
    case gender = "genre"
    case birthDate = "date_naissance"
    case address = "adresse"
    case inseeCode = "code_insee"
    case commune = "commune"
    case residesQPV = "qpv"
    case residesZRR = "zrr"
    case isTargetPublic = "public_cible"
    case isJobSeeker = "demandeur_emploi"
    case crousAid = "aide_crous"
    case exitKind = "sortie"
    case exitDate = "date_sortie"
    case exitReason = "motif_sortie"
    case certificationObtained = "certification_obtenue"
    case situationAtEnd = "situation_fin"
    case situationAt3Months = "situation_3_mois"
    case situationAt6Months = "situation_6_mois"
    case year = "annee"
    case receivedOn = "recu_le"
    case communeName = "nom_commune"
    case isZRR = "commune_zrr"
    case qpvCode = "code_qpv"
    case qpvName = "nom_quartier"
}

/// The type of a column's values, and how a cell is read.
public enum ImportValueType: Sendable, Equatable {
    /// Free text (trimmed); `maxLength` in characters.
    case text(maxLength: Int)
    /// Exactly `count` digits; spaces typed between groups are removed (SIRET "732 829 320 00074").
    case digits(count: Int)
    /// An INSEE commune code: five characters, digits, or 2A/2B for Corsica.
    case inseeCode
    /// `jj/mm/aaaa` or `aaaa-mm-jj`.
    case date
    case integer(ClosedRange<Int>)
    case decimal(ClosedRange<Double>)
    /// oui/non.
    case boolean
    /// One of a list of codes; each code may be written as itself or as one of its French words.
    case choice([ImportChoice])
}

/// An accepted value of a `.choice` column: its stable code and the words that mean it.
public struct ImportChoice: Sendable, Equatable {
    public let code: String
    /// The word the exports write (first), then other accepted spellings.
    public let words: [String]
    public init(code: String, words: [String]) { self.code = code; self.words = words }
}

/// One column of an import format.
public struct ImportColumn: Sendable {
    public let field: ImportField
    /// The header the exports write and the documentation gives.
    public let header: String
    /// Other headers accepted for this column.
    public let synonyms: [String]
    public let type: ImportValueType
    /// The column must be present and every row must give a value.
    public let isRequired: Bool
    /// Written by the exports for the reader's benefit (a name next to its code, a count) and
    /// ignored on import: the value comes from the data it names.
    public let isInformative: Bool

    public init(_ field: ImportField, _ header: String, _ type: ImportValueType, required: Bool = false,
                synonyms: [String] = [], informative: Bool = false) {
        self.field = field; self.header = header; self.synonyms = synonyms; self.type = type
        self.isRequired = required; self.isInformative = informative
    }
}

/// The format of one import kind.
public struct ImportSpecification: Sendable {
    public let kind: ImportKind
    /// In the order the exports write them.
    public let columns: [ImportColumn]
    /// The fields whose values identify a row (compared with case and accents ignored).
    public let naturalKey: [ImportField]

    /// Column index of each field.
    public let indexOf: [ImportField: Int]

    init(kind: ImportKind, columns: [ImportColumn], naturalKey: [ImportField]) {
        self.kind = kind; self.columns = columns; self.naturalKey = naturalKey
        var indexOf: [ImportField: Int] = [:]
        for (index, column) in columns.enumerated() { indexOf[column.field] = index }
        self.indexOf = indexOf
    }

    public func column(_ field: ImportField) -> ImportColumn? { indexOf[field].map { columns[$0] } }

    // MARK: The formats

    static let trainingReference: [ImportColumn] = [
        ImportColumn(.siret, "SIRET", .digits(count: 14), required: true, synonyms: ["N° SIRET", "Numéro SIRET", "SIRET de la structure"]),
        ImportColumn(.organizationName, "Structure", .text(maxLength: 500), synonyms: ["Structure porteuse", "Organisme"], informative: true),
        ImportColumn(.trainingTitle, "Formation", .text(maxLength: 500), required: true, synonyms: ["Intitulé", "Intitulé de la formation"]),
        ImportColumn(.trainingPlace, "Lieu de formation", .text(maxLength: 200), required: true,
                     synonyms: ["Lieu", "Commune de formation", "Lieu de la formation"]),
    ]

    static let region: [ImportColumn] = [
        ImportColumn(.regionCode, "Code région", .text(maxLength: 10), informative: true),
        ImportColumn(.regionName, "Région", .text(maxLength: 100), informative: true),
    ]

    public static let dossierStates: [ImportChoice] = DossierState.allCases.map {
        ImportChoice(code: $0.rawValue, words: [$0.displayName])
    }

    public static let genders: [ImportChoice] = [
        ImportChoice(code: "F", words: ["F", "Femme", "Féminin"]),
        ImportChoice(code: "M", words: ["M", "Homme", "Masculin", "H"]),
        ImportChoice(code: "X", words: ["X", "Autre", "Non précisé"]),
    ]

    /// How a learner's session ended (issue 4); the first word is what the exports write.
    public static let exitKinds: [ImportChoice] = [
        ImportChoice(code: LearnerExitKind.finished.rawValue, words: ["Terminée", "Terminé", "Fin de formation", "Achevée"]),
        ImportChoice(code: LearnerExitKind.left.rawValue, words: ["Abandon", "Sortie anticipée", "Abandonnée"]),
    ]

    /// A learner's professional situation (issue 4); the first word is what the exports write.
    public static let situations: [ImportChoice] = [
        ImportChoice(code: LearnerSituation.employment.rawValue, words: ["Emploi", "En emploi"]),
        ImportChoice(code: LearnerSituation.training.rawValue, words: ["Formation", "En formation", "Poursuite de formation"]),
        ImportChoice(code: LearnerSituation.jobSeeking.rawValue, words: ["Recherche d'emploi", "Recherche d’emploi", "Demandeur d'emploi", "Chômage"]),
        ImportChoice(code: LearnerSituation.other.rawValue, words: ["Autre"]),
        ImportChoice(code: LearnerSituation.unknown.rawValue, words: ["Inconnue", "Inconnu", "Non connue"]),
    ]

    /// How a session is taught (issue 4, `SessionModality`); the first word is what the exports write.
    public static let modalities: [ImportChoice] = [
        ImportChoice(code: SessionModality.presentiel.rawValue, words: ["Présentiel", "En présentiel", "Sur site"]),
        ImportChoice(code: SessionModality.hybrid.rawValue, words: ["Hybride", "Mixte", "Présentiel et distance"]),
        ImportChoice(code: SessionModality.remote.rawValue, words: ["À distance", "A distance", "Distanciel", "En ligne", "FOAD",
                                                                    "Téléprésentiel"]),
    ]

    static let yearRange = 1900...2199

    static func of(_ kind: ImportKind) -> ImportSpecification {
        switch kind {
        case .dossiers: return dossiers
        case .sessions: return sessions
        case .learners: return learners
        case .reports: return reports
        case .communes: return communes
        case .qpv: return qpv
        }
    }

    public static let dossiers = ImportSpecification(kind: .dossiers, columns: [
        ImportColumn(.dossierNumber, "N° dossier", .text(maxLength: 50), required: true,
                     synonyms: ["Numéro de dossier", "N° de dossier", "Dossier", "Numéro"]),
    ] + trainingReference + region + [
        ImportColumn(.dossierState, "État", .choice(dossierStates), required: true, synonyms: ["Etat du dossier", "Statut"]),
        ImportColumn(.submittedOn, "Déposé le", .date, synonyms: ["Date de dépôt"]),
        ImportColumn(.committeeDate, "Comité", .date, synonyms: ["Date du comité", "Comité de labellisation"]),
        ImportColumn(.score, "Note", .decimal(0...10), synonyms: ["Note sur 10", "Score"]),
        ImportColumn(.isRenewal, "Renouvellement", .boolean),
    ], naturalKey: [.dossierNumber])

    public static let sessions = ImportSpecification(kind: .sessions, columns: trainingReference + region + [
        ImportColumn(.conventionSignedOn, "Convention signée le", .date, synonyms: ["Date de convention", "Convention"]),
        ImportColumn(.sessionCode, "Session", .text(maxLength: 50), required: true, synonyms: ["Code session", "Code de la session"]),
        ImportColumn(.plannedStart, "Début prévu", .date, required: true, synonyms: ["Date de début prévue"]),
        ImportColumn(.actualStart, "Début réel", .date, synonyms: ["Date de début réelle", "Début effectif"]),
        ImportColumn(.end, "Fin", .date, required: true, synonyms: ["Date de fin", "Fin (immersion comprise)"]),
        ImportColumn(.capacity, "Capacité", .integer(0...100_000), required: true, synonyms: ["Places", "Nombre de places"]),
        ImportColumn(.learnerCount, "Apprenants", .integer(0...10_000_000), informative: true),
        ImportColumn(.startAttestationReceivedOn, "Attestation de démarrage reçue le", .date, synonyms: ["Attestation reçue le"]),
        ImportColumn(.endListReceivedOn, "Liste de fin de session reçue le", .date, synonyms: ["Liste de fin reçue le"]),
        ImportColumn(.modality, "Modalité", .choice(modalities), synonyms: ["Modalité de formation", "Modalité pédagogique"]),
        ImportColumn(.referencedCarifOrefOn, "Référencement CARIF-OREF le", .date,
                     synonyms: ["Référencée CARIF-OREF le", "Référencement CARIF-OREF", "CARIF-OREF"]),
        ImportColumn(.referencedMonCompteFormationOn, "Référencement Mon Compte Formation le", .date,
                     synonyms: ["Référencée Mon Compte Formation le", "Référencement Mon Compte Formation", "Mon Compte Formation",
                                "Référencement MCF le"]),
        ImportColumn(.referencedKairosOn, "Référencement KAIROS le", .date,
                     synonyms: ["Référencée KAIROS le", "Référencement KAIROS", "KAIROS", "Enregistrement KAIROS le"]),
    ], naturalKey: [.siret, .trainingTitle, .trainingPlace, .sessionCode])

    public static let learners = ImportSpecification(kind: .learners, columns: [
        trainingReference[0], trainingReference[2], trainingReference[3],
        ImportColumn(.sessionCode, "Session", .text(maxLength: 50), required: true, synonyms: ["Code session", "Code de la session"]),
        ImportColumn(.lastName, "Nom", .text(maxLength: 200), required: true, synonyms: ["Nom de famille", "Nom d'usage"]),
        ImportColumn(.firstName, "Prénom", .text(maxLength: 200), required: true, synonyms: ["Prénoms"]),
        ImportColumn(.gender, "Genre", .choice(genders), required: true, synonyms: ["Sexe"]),
        ImportColumn(.birthDate, "Date de naissance", .date, required: true, synonyms: ["Né le", "Née le", "Naissance"]),
        ImportColumn(.address, "Adresse", .text(maxLength: 500), synonyms: ["Adresse postale"]),
        ImportColumn(.inseeCode, "Code INSEE", .inseeCode, synonyms: ["Code commune", "Code INSEE de la commune"]),
        ImportColumn(.commune, "Commune", .text(maxLength: 200), synonyms: ["Commune de résidence", "Ville"]),
        ImportColumn(.residesQPV, "QPV", .boolean, synonyms: ["Réside en QPV", "Résident QPV"]),
        ImportColumn(.residesZRR, "ZRR", .boolean, synonyms: ["Réside en ZRR", "Résident ZRR"]),
        ImportColumn(.isTargetPublic, "Public cible", .boolean, synonyms: ["Public prioritaire"]),
        ImportColumn(.isJobSeeker, "Demandeur d'emploi", .boolean, synonyms: ["Demandeur d’emploi", "DE"]),
        ImportColumn(.crousAid, "Aide CROUS", .boolean, synonyms: ["Boursier CROUS", "Bourse CROUS", "CROUS"]),
        ImportColumn(.exitKind, "Sortie", .choice(exitKinds), synonyms: ["Type de sortie", "Issue"]),
        ImportColumn(.exitDate, "Date de sortie", .date, synonyms: ["Sorti le", "Sortie le"]),
        ImportColumn(.exitReason, "Motif de sortie", .text(maxLength: 500), synonyms: ["Motif d'abandon", "Motif"]),
        ImportColumn(.certificationObtained, "Certification obtenue", .boolean, synonyms: ["Certifié", "Certification", "Diplômé"]),
        ImportColumn(.situationAtEnd, "Situation en fin de formation", .choice(situations), synonyms: ["Situation à la sortie", "Situation fin"]),
        ImportColumn(.situationAt3Months, "Situation à 3 mois", .choice(situations), synonyms: ["Situation 3 mois"]),
        ImportColumn(.situationAt6Months, "Situation à 6 mois", .choice(situations), synonyms: ["Situation 6 mois"]),
    ], naturalKey: [.siret, .trainingTitle, .trainingPlace, .sessionCode, .lastName, .firstName, .birthDate])

    public static let reports = ImportSpecification(kind: .reports, columns: trainingReference + [
        ImportColumn(.conventionSignedOn, "Convention signée le", .date, required: true, synonyms: ["Date de convention", "Convention"]),
        ImportColumn(.year, "Année", .integer(yearRange), required: true, synonyms: ["Année couverte", "Exercice"]),
        ImportColumn(.receivedOn, "Reçu le", .date, synonyms: ["Rapport reçu le", "Date de réception"]),
    ], naturalKey: [.siret, .trainingTitle, .trainingPlace, .conventionSignedOn, .year])

    public static let communes = ImportSpecification(kind: .communes, columns: [
        ImportColumn(.inseeCode, "Code INSEE", .inseeCode, required: true, synonyms: ["Code commune", "COM", "CODGEO"]),
        ImportColumn(.communeName, "Commune", .text(maxLength: 200), required: true, synonyms: ["Nom", "Nom de la commune", "LIBGEO", "Libellé"]),
        ImportColumn(.isZRR, "ZRR", .boolean, required: true, synonyms: ["Classée ZRR", "En ZRR"]),
    ], naturalKey: [.inseeCode])

    public static let qpv = ImportSpecification(kind: .qpv, columns: [
        ImportColumn(.qpvCode, "Code QPV", .text(maxLength: 20), required: true,
                     synonyms: ["QPV", "Identifiant QPV", "Code quartier", "CODE_QP"]),
        ImportColumn(.qpvName, "Nom du quartier", .text(maxLength: 300), synonyms: ["Quartier", "Nom", "NOM_QP"]),
        ImportColumn(.inseeCode, "Code INSEE", .inseeCode, synonyms: ["Code commune", "COM"]),
        ImportColumn(.commune, "Commune", .text(maxLength: 200), synonyms: ["Nom de la commune", "LIBGEO"]),
    ], naturalKey: [.qpvCode])
}

extension ImportKind {
    /// What a person needs to import this kind (README "Rôles"): importing is changing the records
    /// the file holds, so it takes the right to change them — dossiers for instruction, sessions,
    /// learners and reports for monitoring (and learners' personal data), the reference lists for
    /// whoever may import.
    public var requiredPermissions: [Permission] {
        switch self {
        case .dossiers: return [.importData, .editDossiers]
        case .sessions, .reports: return [.importData, .editMonitoring]
        case .learners: return [.importData, .editMonitoring, .readPersonalData]
        case .communes, .qpv: return [.importData]
        }
    }

    /// "Apprenants", for messages.
    public var displayName: String {
        switch self {
        case .dossiers: return T(.importKindDossiers)
        case .sessions: return T(.importKindSessions)
        case .learners: return T(.importKindLearners)
        case .reports: return T(.importKindReports)
        case .communes: return T(.importKindCommunes)
        case .qpv: return T(.importKindQPV)
        }
    }
}
