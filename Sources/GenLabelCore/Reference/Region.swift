/// A French region where a training may take place (FAQ "Les formations se déroulant à l'étranger…":
/// the training must be in France, metropolitan or overseas), with the digital jobs and skills most
/// needed there according to the table "Besoins en emplois et compétences numériques observés dans les
/// 13 régions métropolitaines" of §1f (GEN's regional observatory, summer 2020).
///
/// `code` is the official INSEE region code ("11" Île-de-France, "84" Auvergne-Rhône-Alpes, "01"
/// Guadeloupe…). `neededJobs` is the §1f list, one entry per job as printed; it is empty for the
/// overseas regions, for which the text gives no list. It supports selection criterion 1 (§2c).
public struct Region: Hashable, Sendable {
    /// Official INSEE region code (two characters).
    public let code: String
    /// Official region name, with its accents ("Île-de-France").
    public let name: String
    /// `true` for the overseas regions (Guadeloupe, Martinique, Guyane, La Réunion, Mayotte).
    public let isOverseas: Bool
    /// Jobs and skills most needed in the region, as printed in the §1f table, in the table's order.
    public let neededJobs: [String]

    public init(code: String, name: String, isOverseas: Bool, neededJobs: [String]) {
        self.code = code
        self.name = name
        self.isOverseas = isOverseas
        self.neededJobs = neededJobs
    }
}
