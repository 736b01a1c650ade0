/// One run of a labelled training, with its learners ("session de formation", §4).
public struct TrainingSession: Hashable, Sendable, Identifiable {
    public typealias ID = EntityID<TrainingSession>
    public var id: ID
    public var labelID: Label.ID
    /// A short human reference, e.g. `S2026-03`.
    public var code: String
    public var plannedStart: CalendarDate
    public var actualStart: CalendarDate?
    /// End of the session, work immersion included (§4).
    public var end: CalendarDate
    public var capacity: Int
    public var startAttestationReceivedOn: CalendarDate?
    public var endOfSessionListReceivedOn: CalendarDate?
    /// How the session is taught (issue 4); nil while nobody has recorded it (sessions created before
    /// migration 0010, or imported without the column).
    public var modality: SessionModality?
    /// The dates the session was referenced on CARIF-OREF, Mon Compte Formation and KAIROS (§4b).
    public var referencing: SessionReferencing

    public init(id: ID, labelID: Label.ID, code: String, plannedStart: CalendarDate, actualStart: CalendarDate?,
                end: CalendarDate, capacity: Int, startAttestationReceivedOn: CalendarDate?,
                endOfSessionListReceivedOn: CalendarDate?, modality: SessionModality? = nil,
                referencing: SessionReferencing = .none) {
        self.id = id; self.labelID = labelID; self.code = code; self.plannedStart = plannedStart
        self.actualStart = actualStart; self.end = end; self.capacity = capacity
        self.startAttestationReceivedOn = startAttestationReceivedOn
        self.endOfSessionListReceivedOn = endOfSessionListReceivedOn
        self.modality = modality; self.referencing = referencing
    }

    /// The start the obligations count from: the actual start when known, else the planned one.
    public var effectiveStart: CalendarDate { actualStart ?? plannedStart }
}

/// How a session is taught (issue 4, "Sessions and learners": modality).
///
/// **Decision** (README "Sessions: modality and referencing"): three values, drawn from the 2021 call
/// (cahier des charges §2b-3 and its FAQ), which defines a *remote* training as one where **more than
/// 50 % of the modules are taught at a distance** ("formations à distance (plus de 50 % des modules de
/// formation dispensés à distance)") and also names *téléprésentiel* (live teaching at a distance):
/// - `presentiel` — every module is taught on site;
/// - `hybrid` — some modules at a distance (live or not), at most 50 % of them;
/// - `remote` — more than 50 % of the modules at a distance, téléprésentiel included: the case the call
///   limits to 6 months and that must offer collective reception places to learners at risk of dropping
///   out (§2b-3). Going remote is a "modification des modalités" that needs GEN's approval first (§4).
/// The 50 % and 6 months are `InstructionRules.remoteShareThreshold` and `maximumRemoteMonths`; a remote
/// session of a longer training is shown with a warning in its detail, never refused. The raw values are
/// what the database stores and JSON exports write (`Présentiel`, `Hybride`, `À distance` are the words
/// shown and written in CSV).
public enum SessionModality: String, CaseIterable, Sendable, Hashable {
    case presentiel = "presentiel"
    case hybrid = "hybride"
    case remote = "distance"

    public var displayName: String {
        switch self {
        case .presentiel: return T(.modalityPresentiel)
        case .hybrid: return T(.modalityHybrid)
        case .remote: return T(.modalityRemote)
        }
    }
}

/// A platform a labelled session must be referenced on (§4b "Référencement des sessions de formation
/// labellisées"): the regional catalogues of the CARIF-OREF, Mon Compte Formation, and KAIROS (Pôle
/// emploi / France Travail), where the job seekers who entered the training are recorded.
public enum ReferencingPlatform: String, CaseIterable, Sendable, Hashable {
    case carifOref = "carif_oref"
    case monCompteFormation = "mon_compte_formation"
    case kairos = "kairos"

    /// "CARIF-OREF", "Mon Compte Formation", "KAIROS": proper names, the same in every language.
    public var displayName: String {
        switch self {
        case .carifOref: return "CARIF-OREF"
        case .monCompteFormation: return "Mon Compte Formation"
        case .kairos: return "KAIROS"
        }
    }
}

/// When a session was referenced on each platform; nil when it is not done (or not recorded).
public struct SessionReferencing: Hashable, Sendable {
    public var carifOref: CalendarDate?
    public var monCompteFormation: CalendarDate?
    public var kairos: CalendarDate?

    public init(carifOref: CalendarDate? = nil, monCompteFormation: CalendarDate? = nil, kairos: CalendarDate? = nil) {
        self.carifOref = carifOref; self.monCompteFormation = monCompteFormation; self.kairos = kairos
    }

    /// Nothing referenced yet.
    public static let none = SessionReferencing()

    public subscript(platform: ReferencingPlatform) -> CalendarDate? {
        get {
            switch platform {
            case .carifOref: return carifOref
            case .monCompteFormation: return monCompteFormation
            case .kairos: return kairos
            }
        }
        set {
            switch platform {
            case .carifOref: carifOref = newValue
            case .monCompteFormation: monCompteFormation = newValue
            case .kairos: kairos = newValue
            }
        }
    }
}
