/// Migration 0009 (issue 4, learners and figures): a learner's CROUS aid and outcome, added with
/// `ALTER TABLE … ADD COLUMN` so the table is not rebuilt (its change-log triggers of 0006 and the
/// purge column stay as they are). NULL is "not recorded yet": an exit, a certification result, a
/// situation. Situations are codes (`LearnerSituation`), checked by the database too.
enum LearnerOutcomeMigration {
    static let situations = "'employment', 'training', 'job_seeking', 'other', 'unknown'"

    static func create(_ db: Database) throws {
        func situation(_ name: String) -> String {
            "\(name) TEXT CHECK (\(name) IS NULL OR \(name) IN (\(situations)))"
        }
        let columns = [
            "crous_aid INTEGER NOT NULL DEFAULT 0 CHECK (crous_aid IN (0, 1))",
            "exit_kind TEXT CHECK (exit_kind IS NULL OR exit_kind IN ('finished', 'left'))",
            SchemaV1.dateColumn("exit_date", nullable: true),
            "exit_reason TEXT NOT NULL DEFAULT ''",
            "certified INTEGER CHECK (certified IS NULL OR certified IN (0, 1))",
            situation("situation_end"),
            situation("situation_3m"),
            situation("situation_6m"),
        ]
        for column in columns { try db.execute(sql: "ALTER TABLE learners ADD COLUMN \(column);") }
    }
}
