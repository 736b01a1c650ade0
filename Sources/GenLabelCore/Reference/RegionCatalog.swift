/// The regions of France, as reference data (§1f, and FAQ: a training may be in metropolitan or
/// overseas France).
///
/// The 13 metropolitan regions carry the jobs and skills most needed, transcribed from the §1f table
/// ("Principaux besoins en emplois et compétences"). Each table cell is a run of job titles without
/// separators; it is split here into one entry per job, and each entry keeps the text exactly as
/// printed (including the variant lists of "Développeur (…)", which differ from region to region).
/// Only the region names are corrected where the table misprints them ("Ile-de-France", "Grand-Est",
/// "Centre-Val-de-Loire", "Pays-de-la-Loire", "Provence-Alpes- Côtes-d'Azur"): the official names are used.
///
/// The 5 overseas regions follow, with an empty `neededJobs` list: the text gives none for them.
public enum RegionCatalog {
    /// All regions: the 13 metropolitan ones in the order of the §1f table, then the 5 overseas ones.
    public static let all: [Region] = metropolitan + overseas

    private static let byCode = Dictionary(all.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })

    /// The region with this INSEE code, if any.
    public static func region(code: String) -> Region? {
        byCode[code]
    }

    /// "Île-de-France" for "11", or the code itself when it names no region.
    public static func name(of code: String) -> String {
        byCode[code]?.name ?? code
    }

    /// The region `text` names: its INSEE code ("53"), or its name with case, accents and punctuation
    /// ignored ("bretagne", "ILE DE FRANCE", "provence-alpes-cote d'azur"); nil when it names none.
    public static func region(matching text: String) -> Region? {
        let trimmed = text.trimmingWhitespace
        if let region = byCode[trimmed] { return region }
        let key = TextFolding.foldedWords(trimmed)
        guard !key.isEmpty else { return nil }
        return all.first { TextFolding.foldedWords($0.name) == key }
    }

    /// Every distinct job string of the §1f table, in order of first appearance.
    public static var allNeededJobs: [String] {
        var seen = Set<String>()
        var result: [String] = []
        for job in all.flatMap(\.neededJobs) where seen.insert(job).inserted {
            result.append(job)
        }
        return result
    }

    /// The 13 metropolitan regions with the §1f table of needed jobs.
    static let metropolitan: [Region] = [
        Region(
            code: "84", name: "Auvergne-Rhône-Alpes", isOverseas: false,
            neededJobs: [
                "Développeur (front-end, back-end, full stack, mobile, DevOps)",
                "Chef de projet web / digital / fonctionnel / technique",
                "Technicien télécom",
                "Community manager",
                "Chargé de communication digitale/web",
                "Product Owner",
                "Technicien systèmes et réseau",
                "Installateur de réseaux de télécoms/Technicien de fibre optique",
                "Graphiste/infographiste",
                "Technicien Help Desk",
            ]
        ),
        Region(
            code: "27", name: "Bourgogne-Franche-Comté", isOverseas: false,
            neededJobs: [
                "Technicien télécom",
                "Développeur (full-stack, front-end, back-end, mobile)",
                "Installateur de réseaux de télécoms/Technicien de fibre optique",
                "Community manager",
                "Digital Business Developer",
                "Chef de projet web / digital / fonctionnel / technique",
                "Technicien de maintenance en informatique",
            ]
        ),
        Region(
            code: "53", name: "Bretagne", isOverseas: false,
            neededJobs: [
                "Développeur (front-end, back-end, full stack, mobile, DevOps)",
                "Chef de projet web / digital / fonctionnel / technique",
                "Technicien télécom",
                "Digital Business Developer",
                "Community manager",
                "Technicien systèmes et réseau",
                "Chargé de communication digitale/web",
            ]
        ),
        Region(
            code: "24", name: "Centre-Val de Loire", isOverseas: false, // printed "Centre-Val-de-Loire"
            neededJobs: [
                "Technicien télécom",
                "Développeur (full-stack, DevOps)",
                "Digital Business Developer",
                "Installateur de réseaux de télécoms/Technicien de fibre optique",
                "Chef de projet web / digital / fonctionnel / technique",
                "Product Owner",
                "Gestionnaire de base de données",
            ]
        ),
        Region(
            code: "94", name: "Corse", isOverseas: false,
            neededJobs: [
                "Technicien télécom",
                "Installateur de réseaux de télécoms/Technicien de fibre optique",
                "Community manager",
                "Développeur (full-stack)",
            ]
        ),
        Region(
            code: "44", name: "Grand Est", isOverseas: false, // printed "Grand-Est"
            neededJobs: [
                "Technicien télécom",
                "Chef de projet web / digital / fonctionnel / technique",
                "Développeur (full-stack, front-end, DevOps, mobile)",
                "Community manager",
                "Digital Business Developer",
                "Installateur de réseaux de télécoms/Technicien de fibre optique",
                "Technicien de maintenance en informatique",
                "Technicien systèmes et réseau",
                "Graphiste/infographiste",
            ]
        ),
        Region(
            code: "32", name: "Hauts-de-France", isOverseas: false,
            neededJobs: [
                "Développeur (full-stack, front-end, back-end, DevOps, mobile)",
                "Digital Business Developer",
                "Chef de projet web / digital / fonctionnel / technique",
                "Community manager",
                "Product Owner",
                "Testeur d'application/fonctionnel/QA",
                "Graphiste/infographiste",
                "Data analyst",
                "Designer UX/UI",
            ]
        ),
        Region(
            code: "11", name: "Île-de-France", isOverseas: false, // printed "Ile-de-France"
            neededJobs: [
                "Développeur (full-stack, front-end, back-end, DevOps, mobile, IoT)",
                "Digital Business Developer",
                "Chef de projet web / digital / fonctionnel / technique",
                "Community manager",
                "Product Owner",
                "Technicien télécom",
                "Data analyst",
                "Designer UX/UI",
                "Chargé de communication digitale/web",
                "Graphiste/infographiste",
            ]
        ),
        Region(
            code: "28", name: "Normandie", isOverseas: false,
            neededJobs: [
                "Technicien télécom",
                "Community manager",
                "Développeur (full-stack, front-end)",
                "Digital Business Developer",
                "Technicien systèmes et réseau",
                "Technicien de maintenance en informatique",
                "Chef de projet web / digital / fonctionnel / technique",
                "Chargé de communication digitale/web",
            ]
        ),
        Region(
            code: "75", name: "Nouvelle-Aquitaine", isOverseas: false,
            neededJobs: [
                "Développeur (full-stack, front-end, back-end, DevOps, mobile)",
                "Technicien télécom",
                "Chef de projet web / digital / fonctionnel / technique",
                "Digital Business Developer",
                "Installateur de réseaux de télécoms/Technicien de fibre optique",
                "Product Owner",
                "Scrum Master",
                "Community manager",
                "Graphiste/infographiste",
                "Data analyst",
                "Technicien Help Desk",
            ]
        ),
        Region(
            code: "76", name: "Occitanie", isOverseas: false,
            neededJobs: [
                "Développeur (full-stack, front-end, back-end, DevOps, mobile)",
                "Chef de projet web / digital / fonctionnel / technique",
                "Community manager",
                "Technicien télécom",
                "Digital Business Developer",
                "Installateur de réseaux de télécoms/Technicien de fibre optique",
                "Product Owner",
                "Graphiste/infographiste",
                "Technicien Help Desk",
                "Chargé de communication digitale/web",
                "Technicien systèmes et réseau",
            ]
        ),
        Region(
            code: "52", name: "Pays de la Loire", isOverseas: false, // printed "Pays-de-la-Loire"
            neededJobs: [
                "Développeur (full-stack, front-end, back-end, DevOps, mobile)",
                "Chef de projet web / digital / fonctionnel / technique",
                "Digital Business Developer",
                "Product Owner",
                "Installateur de réseaux de télécoms/Technicien de fibre optique",
                "Testeur d'application/fonctionnel/QA",
                "Technicien systèmes et réseau",
                "Community manager",
            ]
        ),
        Region(
            code: "93", name: "Provence-Alpes-Côte d'Azur", isOverseas: false, // printed "Provence-Alpes- Côtes-d'Azur"
            neededJobs: [
                "Développeur (full-stack, front-end, back-end, DevOps, mobile)",
                "Chef de projet web / digital / fonctionnel / technique",
                "Technicien télécom",
                "Digital Business Developer",
                "Community manager",
                "Installateur de réseaux de télécoms/Technicien de fibre optique",
                "Technicien systèmes et réseau",
                "Product Owner",
            ]
        ),
    ]

    /// The overseas regions (régions d'outre-mer), INSEE codes 01–06 (05 is unused). The §1f table
    /// covers metropolitan regions only, so their `neededJobs` is empty.
    static let overseas: [Region] = [
        Region(code: "01", name: "Guadeloupe", isOverseas: true, neededJobs: []),
        Region(code: "02", name: "Martinique", isOverseas: true, neededJobs: []),
        Region(code: "03", name: "Guyane", isOverseas: true, neededJobs: []),
        Region(code: "04", name: "La Réunion", isOverseas: true, neededJobs: []),
        Region(code: "06", name: "Mayotte", isOverseas: true, neededJobs: []),
    ]
}
