import GenLabelCore

/// The raw-database references of issue 7: the sqlite3 command-line tool running deadline queries on
/// the same file, in CSV mode. (SQLite's `+1 month` overflows at month ends — fine for a speed
/// reference, wrong for the real rule, which is why genlabel computes dates in its core.)
enum DeadlineQuery {
    /// The simple one: end-of-session lists not received, for labels that still owe them, due
    /// (end + 1 month) within the 90-day listing horizon, by due date then training.
    static func endOfSessionLists(today: CalendarDate) -> String {
        """
        SELECT date(s.end_date, '+1 month') AS due, s.code, t.title, t.region_code
        FROM sessions s
        JOIN labels lb ON lb.id = s.label_id
        JOIN trainings t ON t.id = lb.training_id
        WHERE s.end_list_received_on IS NULL
          AND lb.state NOT IN ('withdrawn', 'terminated')
          AND date(s.end_date, '+1 month') <= date('\(today.iso)', '+90 days')
        ORDER BY due, t.title;
        """
    }

    /// The equivalent of `genlabel alerts`: the four obligation kinds that make almost all of the list
    /// (start attestation, end-of-session list, postponed start, annual report), with the severity,
    /// within the 90-day horizon, in the list's order. It lists the same items as genlabel for those
    /// kinds; only the committee collection, first session and label expiry items (a few percent)
    /// are left out.
    static func equivalentAlerts(today: CalendarDate) -> String {
        let day = today.iso
        return """
        WITH owing AS (
          SELECT lb.id, CAST(substr(lb.convention_signed_on, 1, 4) AS INTEGER) AS year, t.title, t.region_code
          FROM labels lb JOIN trainings t ON t.id = lb.training_id
          WHERE lb.state NOT IN ('withdrawn', 'terminated')),
        years(y) AS (SELECT \(today.year - 12) UNION ALL SELECT y + 1 FROM years WHERE y < \(today.year)),
        items AS (
          SELECT 'attestation_demarrage' AS kind, date(s.actual_start, '+1 month') AS due, s.code AS subject,
                 o.title, o.region_code
          FROM sessions s JOIN owing o ON o.id = s.label_id
          WHERE s.actual_start IS NOT NULL AND s.start_attestation_received_on IS NULL
          UNION ALL
          SELECT 'liste_fin_session', date(s.end_date, '+1 month'), s.code, o.title, o.region_code
          FROM sessions s JOIN owing o ON o.id = s.label_id WHERE s.end_list_received_on IS NULL
          UNION ALL
          SELECT 'report_demarrage', date(s.planned_start, '+2 months'), s.code, o.title, o.region_code
          FROM sessions s JOIN owing o ON o.id = s.label_id
          WHERE s.actual_start IS NULL AND s.planned_start < '\(day)'
          UNION ALL
          SELECT 'rapport_annuel', (y + 1) || '-01-31', 'rapport ' || y, o.title, o.region_code
          FROM owing o JOIN years ON y >= o.year AND y <= min(o.year + 3, \(today.year))
          WHERE NOT EXISTS (SELECT 1 FROM annual_reports r
                            WHERE r.label_id = o.id AND r.year = y AND r.received_on IS NOT NULL))
        SELECT CASE WHEN due < '\(day)' THEN 'en_retard' WHEN due <= date('\(day)', '+14 days') THEN 'proche'
                    ELSE 'a_venir' END AS severity, due, kind, title, region_code, subject
        FROM items WHERE due <= date('\(day)', '+90 days')
        ORDER BY severity = 'a_venir', severity = 'proche', due, title;
        """
    }
}
