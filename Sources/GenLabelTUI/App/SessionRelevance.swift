import GenLabelCore

/// The Sessions pane's default order, for monitoring: sessions running today first (latest start
/// first), then those about to start (soonest first), then those that ended (latest end first).
enum SessionRelevance {
    static func order(_ indices: [Int], _ rows: [SessionRow], today: CalendarDate) -> [Int] {
        func group(_ row: SessionRow) -> Int {
            let start = row.actualStart ?? row.plannedStart
            if start <= today && today <= row.end { return 0 }
            return start > today ? 1 : 2
        }
        return indices.sorted { a, b in
            let (ra, rb) = (rows[a], rows[b])
            let (ga, gb) = (group(ra), group(rb))
            if ga != gb { return ga < gb }
            let (sa, sb) = (ra.actualStart ?? ra.plannedStart, rb.actualStart ?? rb.plannedStart)
            switch ga {
            case 0: if sa != sb { return sa > sb }
            case 1: if sa != sb { return sa < sb }
            default: if ra.end != rb.end { return ra.end > rb.end }
            }
            return a < b
        }
    }
}
