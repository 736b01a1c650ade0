import GenLabelCore

extension SQLiteRepository: DossierReading, SessionReading, LabelReading {
    /// Most recent first.
    public func dossierRows() throws -> [DossierRow] {
        try dossierRows(where: nil, order: "ORDER BY d.number DESC")
    }

    func dossierRows(where condition: String?, _ arguments: [SQLValue] = [], order: String = "") throws -> [DossierRow] {
        var rows: [DossierRow] = []
        try database.forEachRow("""
            SELECT d.id, d.number, t.title, o.name, t.region_code, d.state, c.date, d.score
            FROM dossiers d
            JOIN trainings t ON t.id = d.training_id
            JOIN organizations o ON o.id = t.organization_id
            LEFT JOIN committees c ON c.id = d.committee_id
            \(condition.map { "WHERE \($0)" } ?? "")
            \(order)
            """, arguments) { s in
            rows.append(DossierRow(id: .init(s.int64(0)), number: s.string(1), trainingTitle: s.string(2),
                                   organizationName: s.string(3), regionCode: s.string(4),
                                   state: try s.decoded(5, "dossiers", "state"),
                                   committeeDate: try s.optionalDate(6, "committees", "date"), score: s.optionalDouble(7)))
        }
        return rows
    }

    /// Latest start first (actual start, else planned), then by id.
    ///
    /// Read in the table's order and sorted here: letting SQLite sort made it carry every row, titles
    /// and learner counts included, through a temporary B-tree (docs/performance.md).
    public func sessionRows() throws -> [SessionRow] {
        var rows = try sessionRows(where: nil)
        // Small keys are sorted, not the rows themselves (moving 30,000 rows is what costs).
        var keys = rows.indices.map { index in
            (start: (rows[index].actualStart ?? rows[index].plannedStart).dayNumber, id: rows[index].id.rawValue,
             index: index)
        }
        keys.sort { a, b in a.start != b.start ? a.start > b.start : a.id < b.id }
        // Rows moved in place, cycle by cycle: a second array of every row doubled the peak memory of a
        // load (48 MB more at ×100).
        var source = keys.map(\.index)   // the row that goes to each position
        for position in source.indices where source[position] != position {
            var current = position
            while source[current] != position {
                let next = source[current]
                rows.swapAt(current, next)
                source[current] = current
                current = next
            }
            source[current] = current
        }
        return rows
    }

    func sessionRows(where condition: String?, _ arguments: [SQLValue] = []) throws -> [SessionRow] {
        var rows: [SessionRow] = []
        try database.forEachRow("""
            SELECT s.id, s.code, t.title, t.region_code, s.planned_start, s.actual_start, s.end_date,
                   (SELECT count(*) FROM learners l WHERE l.session_id = s.id),
                   s.start_attestation_received_on, s.end_list_received_on
            FROM sessions s
            JOIN labels lb ON lb.id = s.label_id
            JOIN trainings t ON t.id = lb.training_id
            \(condition.map { "WHERE \($0)" } ?? "")
            """, arguments) { s in
            rows.append(SessionRow(id: .init(s.int64(0)), code: s.string(1), trainingTitle: s.string(2),
                                   regionCode: s.string(3), plannedStart: try s.date(4, "sessions", "planned_start"),
                                   actualStart: try s.optionalDate(5, "sessions", "actual_start"),
                                   end: try s.date(6, "sessions", "end_date"), learnerCount: s.int(7),
                                   startAttestationReceivedOn: try s.optionalDate(8, "sessions", "start_attestation_received_on"),
                                   endOfSessionListReceivedOn: try s.optionalDate(9, "sessions", "end_list_received_on")))
        }
        return rows
    }

    /// By training title, in code-point order of the stored text.
    public func labelRows() throws -> [LabelRow] {
        try labelRows(where: nil, order: "ORDER BY lb.convention_signed_on DESC, lb.id")
    }

    func labelRows(where condition: String?, _ arguments: [SQLValue] = [], order: String = "") throws -> [LabelRow] {
        var rows: [LabelRow] = []
        try database.forEachRow("""
            SELECT lb.id, t.title, o.name, t.region_code, lb.convention_signed_on, lb.state,
                   (SELECT count(*) FROM sessions s WHERE s.label_id = lb.id), lb.officer_login
            FROM labels lb
            JOIN trainings t ON t.id = lb.training_id
            JOIN organizations o ON o.id = t.organization_id
            \(condition.map { "WHERE \($0)" } ?? "")
            \(order)
            """, arguments) { s in
            let signed = try s.date(4, "labels", "convention_signed_on")
            let label = Label(id: .init(s.int64(0)), trainingID: .init(0), dossierID: nil, conventionSignedOn: signed,
                              state: try s.decoded(5, "labels", "state"))
            rows.append(LabelRow(id: label.id, trainingTitle: s.string(1), organizationName: s.string(2),
                                 regionCode: s.string(3), signedOn: signed, expiresOn: label.expiresOn(),
                                 state: label.state, sessionCount: s.int(6), officer: s.string(7)))
        }
        return rows
    }
}

extension SQLiteRepository: ListWindowReading {
    /// The ids come from the primary-key B-tree (`number` is unique, its index gives the order); only the
    /// window's rows are joined.
    public func dossierWindow(first count: Int) throws -> (rows: [DossierRow], total: Int) {
        let total = try database.fetchOne("SELECT count(*) FROM dossiers", [SQLValue]()).flatMap { Int(sqlValue: $0[0]) } ?? 0
        let rows = try dossierRows(where: "d.id IN (SELECT id FROM dossiers ORDER BY number DESC LIMIT ?)",
                                   [.integer(Int64(max(count, 0)))], order: "ORDER BY d.number DESC")
        return (rows, total)
    }

    /// The ids are sorted on two small columns (no join, no count); only the window's rows are joined and
    /// have their sessions counted.
    public func labelWindow(first count: Int) throws -> (rows: [LabelRow], total: Int) {
        let total = try database.fetchOne("SELECT count(*) FROM labels", [SQLValue]()).flatMap { Int(sqlValue: $0[0]) } ?? 0
        let rows = try labelRows(where: "lb.id IN (SELECT id FROM labels ORDER BY convention_signed_on DESC, id LIMIT ?)",
                                 [.integer(Int64(max(count, 0)))], order: "ORDER BY lb.convention_signed_on DESC, lb.id")
        return (rows, total)
    }

    /// Four columns of the sessions table, no join and no learner count, in `sessionRows()`'s order.
    public func sessionSchedules() throws -> [SessionSchedule] {
        var schedules: [SessionSchedule] = []
        try database.forEachRow("SELECT id, planned_start, actual_start, end_date FROM sessions", [SQLValue]()) { s in
            let start = try s.optionalDate(2, "sessions", "actual_start") ?? s.date(1, "sessions", "planned_start")
            schedules.append(SessionSchedule(id: .init(s.int64(0)), start: start, end: try s.date(3, "sessions", "end_date")))
        }
        var keys = schedules.indices.map { (start: schedules[$0].start.dayNumber, id: schedules[$0].id.rawValue, index: $0) }
        keys.sort { a, b in a.start != b.start ? a.start > b.start : a.id < b.id }
        return keys.map { schedules[$0.index] }
    }
}
