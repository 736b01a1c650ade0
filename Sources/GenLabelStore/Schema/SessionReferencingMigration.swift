/// Migration 0010 (issue 4, sessions): a session's modality and the dates it was referenced on
/// CARIF-OREF, Mon Compte Formation and KAIROS (§4b), added with `ALTER TABLE … ADD COLUMN` so the
/// table is not rebuilt: the change-log triggers of 0006 (`AFTER UPDATE ON sessions`, any column) keep
/// logging every change, these columns' included, and the date triggers of 0003 stay as they are.
///
/// - `modality`: `presentiel`, `hybride` or `distance` (`SessionModality`; the decision is documented
///   there and in the README), NULL while nobody recorded it — existing sessions upgrade to NULL rather
///   than to a guessed value.
/// - `referenced_carif_oref_on`, `referenced_mcf_on`, `referenced_kairos_on`: ISO dates, NULL when not
///   done. Their own triggers refuse a date that does not exist, like 0003's.
enum SessionReferencingMigration {
    /// The date columns added, in `ReferencingPlatform.allCases` order.
    static let dateColumns = ["referenced_carif_oref_on", "referenced_mcf_on", "referenced_kairos_on"]

    static func create(_ db: Database) throws {
        // A literal list: a shipped migration must not change when the code's enum does.
        let columns = ["modality TEXT CHECK (modality IS NULL OR modality IN ('presentiel', 'hybride', 'distance'))"]
            + dateColumns.map { SchemaV1.dateColumn($0, nullable: true) }
        for column in columns { try db.execute(sql: "ALTER TABLE sessions ADD COLUMN \(column);") }
        let invalid = dateColumns.map { "(NEW.\($0) IS NOT NULL AND date(NEW.\($0), '+0 days') IS NOT NEW.\($0))" }
            .joined(separator: " OR ")
        for operation in ["INSERT", "UPDATE"] {
            try db.execute(sql: """
                CREATE TRIGGER sessions_referencing_valid_dates_\(operation.lowercased()) BEFORE \(operation) ON sessions
                WHEN \(invalid)
                BEGIN SELECT RAISE(ABORT, 'date inexistante dans sessions'); END;
                """)
        }
    }
}
