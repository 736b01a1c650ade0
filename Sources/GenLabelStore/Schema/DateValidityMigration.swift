/// Migration 0003: the database itself refuses a calendar date that does not exist (2026-02-30),
/// which the ISO-shape CHECK of migration 0001 lets through. SQLite normalises such a date when a
/// modifier is applied (`date('2026-02-30', '+0 days')` is `2026-03-02`), so a stored date is valid
/// exactly when that normalisation leaves it unchanged. One trigger per table and operation.
enum DateValidityMigration {
    /// Every date column of the schema, per table.
    static let dateColumns: [(table: String, columns: [String])] = [
        ("organizations", ["qualiopi_date"]),
        ("committees", ["date", "explicit_cutoff", "list_collected_on"]),
        ("dossiers", ["submitted_on"]),
        ("labels", ["convention_signed_on"]),
        ("sessions", ["planned_start", "actual_start", "end_date", "start_attestation_received_on", "end_list_received_on"]),
        ("learners", ["birth_date"]),
        ("annual_reports", ["received_on"]),
    ]

    /// The triggers' condition for `table`: true when a date of the row `NEW` does not exist. Also used
    /// as a `WHERE` clause on `table AS NEW` when an import creates many rows with the insert trigger
    /// dropped (`LearnerBulkInsert`).
    static func invalidCondition(_ table: String) -> String? {
        dateColumns.first { $0.table == table }.map { invalidCondition(columns: $0.columns) }
    }

    static func invalidCondition(columns: [String]) -> String {
        columns.map { "(NEW.\($0) IS NOT NULL AND date(NEW.\($0), '+0 days') IS NOT NEW.\($0))" }
            .joined(separator: " OR ")
    }

    static func create(_ db: Database) throws {
        for (table, columns) in dateColumns {
            let invalid = invalidCondition(columns: columns)
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
