import GenLabelCore

/// The Sessions pane's default order, for monitoring: sessions running today first (latest start
/// first), then those about to start (soonest first), then those that ended (latest end first).
enum SessionRelevance {
    /// The position of one row in that order: group, then a day number (negated where the latest comes
    /// first), then the row's index.
    struct Key: Comparable {
        let group: Int
        let day: Int
        let index: Int

        static func < (a: Key, b: Key) -> Bool {
            if a.group != b.group { return a.group < b.group }
            if a.day != b.day { return a.day < b.day }
            return a.index < b.index
        }
    }

    static func key(_ index: Int, _ row: SessionRow, today: Int) -> Key {
        key(index, start: (row.actualStart ?? row.plannedStart).dayNumber, end: row.end.dayNumber, today: today)
    }

    static func key(_ index: Int, start: Int, end: Int, today: Int) -> Key {
        if start <= today && today <= end { return Key(group: 0, day: -start, index: index) }
        if start > today { return Key(group: 1, day: start, index: index) }
        return Key(group: 2, day: -end, index: index)
    }

    /// The ids of the first `count` sessions in this order, from their schedules (in the store's order).
    static func firstIDs(_ count: Int, _ schedules: [SessionSchedule], today: CalendarDate) -> [TrainingSession.ID] {
        let day = today.dayNumber
        var keys = schedules.indices.map { key($0, start: schedules[$0].start.dayNumber, end: schedules[$0].end.dayNumber,
                                               today: day) }
        keys.sort()
        return keys.prefix(count).map { schedules[$0.index].id }
    }

    static func order(_ indices: [Int], _ rows: [SessionRow], today: CalendarDate) -> [Int] {
        let day = today.dayNumber
        var keys = indices.map { key($0, rows[$0], today: day) }
        keys.sort()
        return keys.map(\.index)
    }
}
