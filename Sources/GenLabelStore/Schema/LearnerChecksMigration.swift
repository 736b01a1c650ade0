/// Migration 0011 (issue 7, import speed): the learners table's CHECK constraints that test a list of
/// three values or more (`gender IN ('F', 'M', 'X')` of 0001, the three situations of 0009) are written as
/// comparisons joined by OR. They accept and refuse exactly the same values (NULL gives NULL both ways,
/// which a CHECK accepts), but SQLite 3.40 builds a temporary table for such a list each time it checks a
/// row: inserting the ×10 file's 400,000 learners took 1.29–1.43 s of CPU with the lists and 0.71–0.95 s
/// with the comparisons (`sqlite3`, same rows, triggers aside; docs/performance.md, "perf2").
///
/// A CHECK cannot be changed in place, so the table is rebuilt the way SQLite documents it: a new table
/// from the stored definition with only those constraints rewritten (columns added by any migration come
/// along unchanged), the rows copied, the old table dropped, the new one renamed, then its indexes and
/// triggers created again from their own stored SQL. Nothing refers to learners from another table.
enum LearnerChecksMigration {
    /// The lists rewritten: (column, values as SQL literals).
    static var lists: [(column: String, values: [String])] {
        // "'employment', 'training', …": no value holds a space.
        let situations = LearnerOutcomeMigration.situations.split(separator: ",").map { String($0.filter { $0 != " " }) }
        return [("gender", ["'F'", "'M'", "'X'"])]
            + ["situation_end", "situation_3m", "situation_6m"].map { ($0, situations) }
    }

    /// `definition` with each `column IN (values)` of `lists` written as `(column = v1 OR column = v2 …)`.
    static func rewritten(_ definition: String) -> String {
        var result = definition
        for (column, values) in lists {
            let list = "\(column) IN (\(values.joined(separator: ", ")))"
            let comparisons = "(" + values.map { "\(column) = \($0)" }.joined(separator: " OR ") + ")"
            result = result.replacingAll(list, with: comparisons)
        }
        return result
    }

    static func create(_ db: Database) throws {
        guard let definition = try db.fetchOne("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'learners'",
                                               [SQLValue]()).flatMap({ String(sqlValue: $0[0]) }) else { return }
        let new = rewritten(definition)
        guard new != definition, let name = new.range(of: "CREATE TABLE learners") else { return }
        let attached = try db.fetchAll("""
            SELECT sql FROM sqlite_master WHERE tbl_name = 'learners' AND type IN ('index', 'trigger') AND sql IS NOT NULL
            ORDER BY rowid
            """, [SQLValue]()) { $0.string(0) }
        var create = new
        create.replaceSubrange(name, with: "CREATE TABLE learners_rebuilt")
        try db.execute(sql: create)
        try db.execute(sql: "INSERT INTO learners_rebuilt SELECT * FROM learners")
        try db.execute(sql: "DROP TABLE learners")
        try db.execute(sql: "ALTER TABLE learners_rebuilt RENAME TO learners")
        for statement in attached { try db.execute(sql: statement) }
    }
}
