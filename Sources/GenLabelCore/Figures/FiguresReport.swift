/// One session's anonymous counts with what places it: its training and region. The store computes
/// them in SQL (one row per session); `FiguresReport` adds them up per training, region and overall.
public struct SessionFigureRecord: Sendable, Hashable {
    public var sessionID: TrainingSession.ID
    public var sessionCode: String
    public var trainingID: Training.ID
    public var trainingTitle: String
    public var trainingCommune: String
    public var regionCode: String
    /// The session's counts (`sessions` = 1).
    public var tally: LearnerTally

    public init(sessionID: TrainingSession.ID, sessionCode: String, trainingID: Training.ID, trainingTitle: String,
                trainingCommune: String, regionCode: String, tally: LearnerTally) {
        self.sessionID = sessionID; self.sessionCode = sessionCode; self.trainingID = trainingID
        self.trainingTitle = trainingTitle; self.trainingCommune = trainingCommune; self.regionCode = regionCode
        self.tally = tally
    }
}

/// Which group of learners the figures are about.
public enum FigureScope: Sendable, Hashable {
    case overall
    case region(String)
    case training(Training.ID)
    case session(TrainingSession.ID)

    public var level: FigureLevel {
        switch self {
        case .overall: return .overall
        case .region: return .region
        case .training: return .training
        case .session: return .session
        }
    }
}

/// The figures of every session, added up per training, per region and overall, with the way down
/// from one to the other (overall → regions → trainings → sessions). Pure and in memory: a few
/// thousand session rows at the national scale.
public struct FiguresReport: Sendable, Equatable {
    public let records: [SessionFigureRecord]
    private let tallies: [FigureScope: LearnerTally]
    private let childrenOf: [FigureScope: [FigureScope]]
    private let parentOf: [FigureScope: FigureScope]
    private let names: [FigureScope: String]

    public init(records: [SessionFigureRecord]) {
        self.records = records
        var tallies: [FigureScope: LearnerTally] = [.overall: LearnerTally()]
        var children: [FigureScope: Set<FigureScope>] = [:]
        var parent: [FigureScope: FigureScope] = [:]
        var names: [FigureScope: String] = [.overall: T(.figOverall)]
        for record in records {
            let region = FigureScope.region(record.regionCode)
            let training = FigureScope.training(record.trainingID)
            let session = FigureScope.session(record.sessionID)
            for scope in [FigureScope.overall, region, training, session] { tallies[scope, default: LearnerTally()] += record.tally }
            children[.overall, default: []].insert(region)
            children[region, default: []].insert(training)
            children[training, default: []].insert(session)
            parent[region] = .overall
            parent[training] = region
            parent[session] = training
            names[region] = RegionCatalog.name(of: record.regionCode)
            names[training] = "\(record.trainingTitle) — \(record.trainingCommune)"
            names[session] = record.sessionCode
        }
        self.tallies = tallies
        self.parentOf = parent
        self.names = names
        // Regions and trainings by name, sessions by code (then id, for equal codes).
        self.childrenOf = children.mapValues { set in
            set.sorted { a, b in
                let (na, nb) = (names[a] ?? "", names[b] ?? "")
                if na != nb { return TextFolding.fold(na) == TextFolding.fold(nb) ? na < nb : TextFolding.fold(na) < TextFolding.fold(nb) }
                return Self.order(a) < Self.order(b)
            }
        }
    }

    private static func order(_ scope: FigureScope) -> Int64 {
        switch scope {
        case .overall, .region: return 0
        case .training(let id): return id.rawValue
        case .session(let id): return id.rawValue
        }
    }

    public static func == (a: FiguresReport, b: FiguresReport) -> Bool { a.records == b.records }

    /// The counts of `scope` (empty for an unknown one).
    public func tally(_ scope: FigureScope) -> LearnerTally { tallies[scope] ?? LearnerTally() }

    /// The groups one level down, in display order.
    public func children(_ scope: FigureScope) -> [FigureScope] { childrenOf[scope] ?? [] }

    public func parent(_ scope: FigureScope) -> FigureScope? { parentOf[scope] }

    /// "Île-de-France", "Développeur web — Vannes", "S2026-03", "Ensemble".
    public func name(_ scope: FigureScope) -> String { names[scope] ?? "?" }

    /// Whether `scope` is known (a session or training with sessions, a region with trainings…).
    public func contains(_ scope: FigureScope) -> Bool { tallies[scope] != nil }

    /// From overall down to `scope`, both included.
    public func path(to scope: FigureScope) -> [FigureScope] {
        var path = [scope]
        var current = scope
        while let up = parentOf[current] { path.insert(up, at: 0); current = up }
        if path.first != .overall { path.insert(.overall, at: 0) }
        return path
    }

    /// The scope of a training found from one of its sessions (for a label's detail).
    public func trainingScope(_ id: Training.ID) -> FigureScope? {
        contains(.training(id)) ? .training(id) : nil
    }
}
