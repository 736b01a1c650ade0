/// Migration 0008 (issue 4, labels and alerts): the monitoring officer of each label
/// (`labels.officer_login`, "" when none), the label's history (`label_events`: state changes, withdrawal
/// steps, renewals opened), the modification requests, and the alerts acknowledged or snoozed
/// (`alert_handlings`, keyed by the alert's identity, e.g. `rapport_annuel:r12-2026`).
///
/// No table is rebuilt (the change-log triggers of 0006 on `labels` stay in place). The new tables get
/// their own change-log triggers, so an open screen sees another process's change live: each names the
/// label it concerns (`('labels', label_id)`); a handling of an alert without a label (a committee
/// collection) reloads everything (`('all', 0)`). A renewal dossier created or changed logs the labels of
/// its training, whose expiry warning depends on it. Their date columns are checked like 0003's.
enum LabelMonitoringMigration {
    static let dateColumns: [(table: String, columns: [String])] = [
        ("label_events", ["on_date"]),
        ("modification_requests", ["requested_on", "decided_on"]),
        ("alert_handlings", ["until_on", "on_date"]),
    ]

    static func create(_ db: Database) throws {
        func date(_ name: String, nullable: Bool = false) -> String { SchemaV1.dateColumn(name, nullable: nullable) }
        // Literal lists: a shipped migration must not change when the code's enums do.
        let states = "'active', 'pending_audit', 'expired', 'withdrawn', 'terminated'"
        var sql = """
        ALTER TABLE labels ADD COLUMN officer_login TEXT NOT NULL DEFAULT '';
        CREATE TABLE label_events (
            id INTEGER PRIMARY KEY,
            label_id INTEGER NOT NULL REFERENCES labels(id),
            kind TEXT NOT NULL CHECK (kind IN ('state', 'warning', 'hearing', 'decision', 'renewal')),
            from_state TEXT CHECK (from_state IS NULL OR from_state IN (\(states))),
            to_state TEXT CHECK (to_state IS NULL OR to_state IN (\(states))),
            \(date("on_date")),
            login TEXT NOT NULL,
            reason TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX label_events_by_label ON label_events(label_id);
        CREATE TABLE modification_requests (
            id INTEGER PRIMARY KEY,
            label_id INTEGER NOT NULL REFERENCES labels(id),
            kind TEXT NOT NULL CHECK (kind IN ('content', 'certification', 'modality', 'immersion', 'support')),
            \(date("requested_on")),
            \(date("decided_on", nullable: true)),
            decision TEXT CHECK (decision IS NULL OR decision IN ('accepted', 'refused')),
            note TEXT NOT NULL DEFAULT '',
            login TEXT NOT NULL,
            version INTEGER NOT NULL DEFAULT 1,
            CHECK ((decided_on IS NULL) = (decision IS NULL)),
            CHECK (decided_on IS NULL OR decided_on >= requested_on)
        );
        CREATE INDEX modification_requests_by_label ON modification_requests(label_id);
        CREATE TABLE alert_handlings (
            alert_id TEXT PRIMARY KEY CHECK (length(alert_id) > 0),
            label_id INTEGER REFERENCES labels(id),
            action TEXT NOT NULL CHECK (action IN ('ack', 'snooze')),
            \(date("until_on", nullable: true)),
            reason TEXT NOT NULL CHECK (length(reason) > 0),
            login TEXT NOT NULL,
            \(date("on_date")),
            CHECK ((action = 'snooze') = (until_on IS NOT NULL))
        );
        CREATE INDEX alert_handlings_by_label ON alert_handlings(label_id);

        """
        for table in ["label_events", "modification_requests"] {
            sql += """
                CREATE TRIGGER \(table)_log_insert AFTER INSERT ON \(table)
                BEGIN INSERT INTO change_log(tbl, row_id) VALUES ('labels', NEW.label_id); END;
                CREATE TRIGGER \(table)_log_update AFTER UPDATE ON \(table)
                BEGIN INSERT INTO change_log(tbl, row_id) VALUES ('labels', NEW.label_id);
                      INSERT INTO change_log(tbl, row_id) SELECT 'labels', OLD.label_id WHERE OLD.label_id IS NOT NEW.label_id; END;
                CREATE TRIGGER \(table)_log_delete AFTER DELETE ON \(table)
                BEGIN INSERT INTO change_log(tbl, row_id) VALUES ('labels', OLD.label_id); END;

                """
        }
        for (operation, row) in [("INSERT", "NEW"), ("UPDATE", "NEW"), ("DELETE", "OLD")] {
            sql += """
                CREATE TRIGGER alert_handlings_log_\(operation.lowercased()) AFTER \(operation) ON alert_handlings
                BEGIN INSERT INTO change_log(tbl, row_id)
                      VALUES (CASE WHEN \(row).label_id IS NULL THEN 'all' ELSE 'labels' END, coalesce(\(row).label_id, 0)); END;

                """
        }
        sql += """
            CREATE TRIGGER dossiers_log_renewal_insert AFTER INSERT ON dossiers WHEN NEW.is_renewal = 1
            BEGIN INSERT INTO change_log(tbl, row_id) SELECT 'labels', id FROM labels WHERE training_id = NEW.training_id; END;
            CREATE TRIGGER dossiers_log_renewal_update AFTER UPDATE ON dossiers
            WHEN NEW.is_renewal = 1 OR OLD.is_renewal = 1
            BEGIN INSERT INTO change_log(tbl, row_id) SELECT 'labels', id FROM labels
                  WHERE training_id IN (NEW.training_id, OLD.training_id); END;
            CREATE TRIGGER dossiers_log_renewal_delete AFTER DELETE ON dossiers WHEN OLD.is_renewal = 1
            BEGIN INSERT INTO change_log(tbl, row_id) SELECT 'labels', id FROM labels WHERE training_id = OLD.training_id; END;

            """
        try db.execute(sql: sql)
        for (table, columns) in dateColumns {
            let invalid = columns.map { "(NEW.\($0) IS NOT NULL AND date(NEW.\($0), '+0 days') IS NOT NEW.\($0))" }
                .joined(separator: " OR ")
            for operation in ["INSERT", "UPDATE"] {
                try db.execute(sql: """
                    CREATE TRIGGER \(table)_valid_dates_\(operation.lowercased()) BEFORE \(operation) ON \(table)
                    WHEN \(invalid)
                    BEGIN SELECT RAISE(ABORT, 'date inexistante dans \(table)'); END;
                    """)
            }
        }
    }
}
