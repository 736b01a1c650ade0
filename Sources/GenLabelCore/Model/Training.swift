/// One course with a specific title in one given place: the unit that is labelled (§2a, FAQ).
public struct Training: Hashable, Sendable, Identifiable {
    public typealias ID = EntityID<Training>
    public var id: ID
    public var organizationID: Organization.ID
    public var title: String
    /// Commune where the training takes place.
    public var commune: String
    /// INSEE code of that commune.
    public var inseeCode: String
    public var regionCode: String
    public var family: DigitalJobFamily?
    /// The digital job trained for, ideally one of the region's needed jobs (§1f).
    public var job: String
    /// `RNCP\d+` or `RS\d+` (§2b-2).
    public var certificationCode: String
    public var certificationTitle: String
    /// Teaching hours, work immersion excluded (§2b-3).
    public var hours: Int
    /// Length in months, work immersion excluded (§2b-3).
    public var months: Int

    public init(id: ID, organizationID: Organization.ID, title: String, commune: String, inseeCode: String,
                regionCode: String, family: DigitalJobFamily?, job: String, certificationCode: String,
                certificationTitle: String, hours: Int, months: Int) {
        self.id = id; self.organizationID = organizationID; self.title = title; self.commune = commune
        self.inseeCode = inseeCode; self.regionCode = regionCode; self.family = family; self.job = job
        self.certificationCode = certificationCode; self.certificationTitle = certificationTitle
        self.hours = hours; self.months = months
    }
}
