import GenLabelCore

/// The filters of the Dossiers list beyond the typed filter (issue 3): state, committee, region and
/// instructor. **Decision**: a dossier's instructors are the people who graded it (its scoring grid's
/// graders); a dossier nobody has graded yet has none. Each filter is "any" when nil.
public struct DossierFacets: Sendable, Equatable {
    public var state: DossierState?
    public var committee: CommitteeChoice?
    public var region: String?
    public var instructor: String?

    public enum CommitteeChoice: Sendable, Equatable, Hashable {
        case none
        case on(CalendarDate)
    }

    public init(state: DossierState? = nil, committee: CommitteeChoice? = nil, region: String? = nil,
                instructor: String? = nil) {
        self.state = state; self.committee = committee; self.region = region; self.instructor = instructor
    }

    public var isEmpty: Bool { state == nil && committee == nil && region == nil && instructor == nil }

    public func matches(_ row: DossierRow, instructors: [Dossier.ID: [String]]) -> Bool {
        if let state, row.state != state { return false }
        switch committee {
        case nil: break
        case .none?: if row.committeeDate != nil { return false }
        case .on(let date)?: if row.committeeDate != date { return false }
        }
        if let region, row.regionCode != region { return false }
        if let instructor, !(instructors[row.id] ?? []).contains(instructor) { return false }
        return true
    }

    /// The active filters as a short French text for the pane's title ("Instruit · 18/02/2027").
    public var summary: String {
        var parts: [String] = []
        if let state { parts.append(state.displayName) }
        switch committee {
        case nil: break
        case .none?: parts.append(T(.facetNoCommittee))
        case .on(let date)?: parts.append(T(.facetCommitteeOn, date.french))
        }
        if let region { parts.append(RegionCatalog.name(of: region)) }
        if let instructor { parts.append(instructor) }
        return parts.joined(separator: " · ")
    }
}

/// The screen choosing the Dossiers list's filters: one line per filter, ←/→ to change its value.
public struct FacetScreen: Sendable, Equatable {
    public enum Line: Int, CaseIterable, Sendable { case state, committee, region, instructor }

    public var facets: DossierFacets
    public var selected = 0

    public init(facets: DossierFacets) { self.facets = facets }

    public var line: Line { Line(rawValue: selected) ?? .state }

    /// Moves the selected filter to its next (or previous) value among those the data hold; "any" first.
    public mutating func cycle(by delta: Int, rows: [DossierRow], instructors: [Dossier.ID: [String]]) {
        func step<V: Equatable>(_ current: V?, _ values: [V]) -> V? {
            let all: [V?] = [nil] + values.map { Optional($0) }
            let index = all.firstIndex { $0 == current } ?? 0
            return all[(index + delta + all.count) % all.count]
        }
        switch line {
        case .state: facets.state = step(facets.state, DossierState.allCases)
        case .committee:
            let dates = Set(rows.compactMap(\.committeeDate)).sorted()
            var values = dates.map { DossierFacets.CommitteeChoice.on($0) }
            if rows.contains(where: { $0.committeeDate == nil }) { values.append(.none) }
            facets.committee = step(facets.committee, values)
        case .region:
            let codes = Set(rows.map(\.regionCode)).sorted {
                TextFolding.fold(RegionCatalog.name(of: $0)) < TextFolding.fold(RegionCatalog.name(of: $1))
            }
            facets.region = step(facets.region, codes)
        case .instructor:
            facets.instructor = step(facets.instructor, Set(instructors.values.flatMap { $0 }).sorted())
        }
    }

    /// The value shown for a filter.
    public func value(_ line: Line) -> String {
        switch line {
        case .state: return facets.state?.displayName ?? T(.facetAny)
        case .committee:
            switch facets.committee {
            case nil: return T(.facetAny)
            case .none?: return T(.facetNoCommittee)
            case .on(let date)?: return date.french
            }
        case .region: return facets.region.map { RegionCatalog.name(of: $0) } ?? T(.facetAnyFeminine)
        case .instructor: return facets.instructor ?? T(.facetAny)
        }
    }

    public static func title(_ line: Line) -> String {
        switch line {
        case .state: return T(.fieldState)
        case .committee: return T(.fieldCommittee)
        case .region: return T(.fieldRegion)
        case .instructor: return T(.facetInstructor)
        }
    }
}
