import GenLabelCore

/// The raw-database reference of issue 7: the sqlite3 command-line tool running a deadline query
/// on the same file. Close to the heart of `genlabel alerts`: end-of-session lists not received, for
/// labels that still owe them, due (end + 1 month) within the 90-day listing horizon, ordered by due
/// date then training. (SQLite's `+1 month` overflows at month ends — fine for a speed reference.)
enum DeadlineQuery {
    static func sql(today: CalendarDate) -> String {
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
}
