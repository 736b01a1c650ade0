import GenLabelCore

/// Reloading only what changed, from the change log of migration 0006 (`ChangeLogMigration`).
extension SQLiteRepository: IncrementalReading {
    /// Above this many log entries, reading everything again is simpler and about as fast.
    static let largestIncrementalChange = 2_000

    public func changeCursor() throws -> ChangeCursor? {
        try database.fetchOne("SELECT seq, stamp FROM change_log ORDER BY seq DESC LIMIT 1", [SQLValue]()).map {
            ChangeCursor(sequence: Int64(sqlValue: $0[0]) ?? 0, stamp: Int64(sqlValue: $0[1]) ?? 0)
        }
    }

    public func changes(since cursor: ChangeCursor) throws -> (ChangeSet, ChangeCursor)? {
        // The entry the reader stopped at must still be there, unchanged: otherwise the log was pruned
        // past it or the file was replaced by another history.
        let stamp = try database.fetchOne("SELECT stamp FROM change_log WHERE seq = ?", [.integer(cursor.sequence)])
            .flatMap { Int64(sqlValue: $0[0]) }
        guard stamp == cursor.stamp else { return nil }
        var changes = ChangeSet()
        var next = cursor
        var count = 0
        var reloadAll = false
        try database.forEachRow("SELECT seq, stamp, tbl, row_id FROM change_log WHERE seq > ? ORDER BY seq",
                                [.integer(cursor.sequence)]) { s in
            count += 1
            next = ChangeCursor(sequence: s.int64(0), stamp: s.int64(1))
            let id = s.int64(3)
            switch s.string(2) {
            case "dossiers": changes.dossiers.insert(.init(id))
            case "sessions": changes.sessions.insert(.init(id))
            case "labels": changes.labels.insert(.init(id))
            default: reloadAll = true
            }
        }
        if reloadAll || count > Self.largestIncrementalChange { return nil }
        return (changes, next)
    }

    public func dossierRows(ids: Set<Dossier.ID>) throws -> [DossierRow] {
        ids.isEmpty ? [] : try dossierRows(where: "d.id IN (\(Self.list(ids)))")
    }

    public func sessionRows(ids: Set<TrainingSession.ID>) throws -> [SessionRow] {
        ids.isEmpty ? [] : try sessionRows(where: "s.id IN (\(Self.list(ids)))")
    }

    public func labelRows(ids: Set<Label.ID>) throws -> [LabelRow] {
        ids.isEmpty ? [] : try labelRows(where: "lb.id IN (\(Self.list(ids)))")
    }

    public func monitoringSnapshot(labels: Set<Label.ID>) throws -> MonitoringSnapshot {
        labels.isEmpty ? .empty : try snapshot(sessionsListedThrough: nil, labels: Self.list(labels))
    }

    /// Ids as an SQL list (integers only, so nothing to quote).
    static func list<Entity>(_ ids: Set<EntityID<Entity>>) -> String {
        ids.map { String($0.rawValue) }.joined(separator: ", ")
    }
}
