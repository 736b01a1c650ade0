/// Migration 0004: what every write needs (issue 6). `users` holds each OS login's role; `audit_log`
/// is the audit trail, which the database itself keeps append-only: a trigger refuses any UPDATE or
/// DELETE, and another refuses an entry that does not follow the last one (its sequence and the
/// previous digest). The digest itself is computed by the core (`AuditChain`) and verified by
/// `genlabel check`, which is what detects an entry changed with the triggers dropped.
/// `learners.personal_data_purged_on` marks learners whose identifying data was removed (retention).
enum WritePathMigration {
    static func create(_ db: Database) throws {
        try db.execute(sql: """
        CREATE TABLE users (
            login TEXT PRIMARY KEY CHECK (length(login) > 0),
            role TEXT NOT NULL CHECK (role IN ('admin', 'instruction', 'suivi', 'comite')),
            version INTEGER NOT NULL DEFAULT 1
        );
        CREATE TABLE audit_log (
            sequence INTEGER PRIMARY KEY CHECK (sequence >= 1),
            timestamp TEXT NOT NULL,
            login TEXT NOT NULL,
            action TEXT NOT NULL,
            subject_kind TEXT NOT NULL,
            subject_key TEXT NOT NULL,
            detail TEXT NOT NULL,
            previous_digest TEXT NOT NULL CHECK (length(previous_digest) = 64),
            digest TEXT NOT NULL UNIQUE CHECK (length(digest) = 64)
        );
        ALTER TABLE learners ADD COLUMN personal_data_purged_on TEXT
            CHECK (personal_data_purged_on IS NULL OR personal_data_purged_on \(SchemaV1.isoDate));
        CREATE INDEX audit_log_by_subject ON audit_log(subject_kind, subject_key);
        CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'journal d''audit : une entrée ne peut pas être modifiée'); END;
        CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'journal d''audit : une entrée ne peut pas être supprimée'); END;
        CREATE TRIGGER audit_log_append_only BEFORE INSERT ON audit_log
        WHEN NEW.sequence IS NOT (SELECT coalesce(max(sequence), 0) + 1 FROM audit_log)
          OR NEW.previous_digest IS NOT coalesce((SELECT digest FROM audit_log ORDER BY sequence DESC LIMIT 1),
                                                 '\(String(repeating: "0", count: 64))')
        BEGIN SELECT RAISE(ABORT, 'journal d''audit : une entrée doit suivre la dernière'); END;
        """)
    }
}
