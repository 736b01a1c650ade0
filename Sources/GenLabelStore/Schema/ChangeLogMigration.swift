/// Migration 0006: a change log, filled by triggers, so that an open screen can reload only what another
/// process changed (issue 7, docs/performance.md). Each committed change to a listed table adds rows
/// `(seq, tbl, row_id)`; a reader remembers the last `seq` it applied and reads the rows after it.
///
/// - `dossiers` → ('dossiers', id); `sessions` → ('sessions', id) and ('labels', label_id) (a label's
///   session count and alerts depend on its sessions); `learners` → ('sessions', session_id), skipped when
///   the latest entry already names that session (an import of a session's learners adds one entry);
///   `labels` → ('labels', id); `annual_reports` → ('labels', label_id).
/// - `trainings`, `organizations`, `committees`, and a label moved to another training → ('all', 0):
///   their text or dates show in many rows, the reader reloads everything.
/// - `stamp` is random: a reader checks that the entry it stopped at is still the same one, so a database
///   restored from a copy (another history with the same numbers) is reloaded whole.
/// - The log keeps its latest 65,536 entries; a reader further behind reloads everything. It starts with
///   one entry ('start', 0), so a reader always has an entry to check.
enum ChangeLogMigration {
    static func create(_ db: Database) throws {
        var sql = """
            CREATE TABLE change_log (
                seq INTEGER PRIMARY KEY,
                tbl TEXT NOT NULL,
                row_id INTEGER NOT NULL,
                stamp INTEGER NOT NULL DEFAULT (random())
            );
            CREATE TRIGGER change_log_prune AFTER INSERT ON change_log WHEN NEW.seq % 4096 = 0
            BEGIN DELETE FROM change_log WHERE seq <= NEW.seq - 65536; END;
            INSERT INTO change_log(tbl, row_id) VALUES ('start', 0);

            """
        /// One trigger per operation; an update logs the new values, and the old ones that differ.
        func log(_ table: String, _ entries: [(tbl: String, column: String)]) -> String {
            func value(_ row: String, _ column: String) -> String { column == "0" ? "0" : "\(row).\(column)" }
            func insert(_ row: String) -> String {
                entries.map { "INSERT INTO change_log(tbl, row_id) VALUES ('\($0.tbl)', \(value(row, $0.column)));" }
                    .joined(separator: " ")
            }
            let movedAway = entries.filter { $0.column != "0" }.map {
                "INSERT INTO change_log(tbl, row_id) SELECT '\($0.tbl)', OLD.\($0.column) WHERE OLD.\($0.column) IS NOT NEW.\($0.column);"
            }.joined(separator: " ")
            return """
                CREATE TRIGGER \(table)_log_insert AFTER INSERT ON \(table) BEGIN \(insert("NEW")) END;
                CREATE TRIGGER \(table)_log_update AFTER UPDATE ON \(table) BEGIN \(insert("NEW")) \(movedAway) END;
                CREATE TRIGGER \(table)_log_delete AFTER DELETE ON \(table) BEGIN \(insert("OLD")) END;

                """
        }
        sql += log("dossiers", [("dossiers", "id")])
        sql += log("sessions", [("sessions", "id"), ("labels", "label_id")])
        sql += log("labels", [("labels", "id")])
        sql += log("annual_reports", [("labels", "label_id")])
        for table in ["trainings", "organizations", "committees"] { sql += log(table, [("all", "0")]) }
        // A label moved to another training changes the title of all its sessions' rows.
        sql += """
            CREATE TRIGGER labels_log_training AFTER UPDATE OF training_id ON labels
            WHEN OLD.training_id IS NOT NEW.training_id
            BEGIN INSERT INTO change_log(tbl, row_id) VALUES ('all', 0); END;

            """
        // Learners: one entry per session and run of rows (imports add a session's learners together).
        for (operation, row) in [("INSERT", "NEW"), ("UPDATE", "OLD"), ("UPDATE", "NEW"), ("DELETE", "OLD")] {
            sql += """
                CREATE TRIGGER learners_log_\(operation.lowercased())_\(row.lowercased()) AFTER \(operation) ON learners
                WHEN NOT EXISTS (SELECT 1 FROM change_log WHERE seq = (SELECT max(seq) FROM change_log)
                                 AND tbl = 'sessions' AND row_id = \(row).session_id)
                BEGIN INSERT INTO change_log(tbl, row_id) VALUES ('sessions', \(row).session_id); END;

                """
        }
        try db.execute(sql: sql)
    }
}
