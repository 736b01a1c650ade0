/// Migration 0007 (issue 3, instruction): the application content on `dossiers` (one nullable column
/// per field: a NULL is a field not filled in yet), the partners, the admissibility decisions (manual
/// results and overrides, with their reason), the grades per grader, the weights per committee, and the
/// history of the life-cycle transitions. Admissibility results themselves are computed by the core,
/// never stored, so they always follow the data.
enum InstructionMigration {
    static func create(_ db: Database) throws {
        func date(_ name: String) -> String { SchemaV1.dateColumn(name, nullable: true) }
        func count(_ name: String, max: Int? = nil) -> String {
            "\(name) INTEGER CHECK (\(name) IS NULL OR (\(name) >= 0\(max.map { " AND \(name) <= \($0)" } ?? "")))"
        }
        let columns = [
            date("qualiopi_certified_on"),
            "subcontractor_name TEXT",
            "subcontractor_nda TEXT",
            "owns_certification INTEGER CHECK (owns_certification IS NULL OR owns_certification IN (0, 1))",
            date("partnership_ends_on"),
            count("remote_share_percent", max: 100),
            count("reception_places"),
            "immersion_kind TEXT CHECK (immersion_kind IS NULL OR immersion_kind IN ('internship', 'work_study', 'client_project'))",
            count("immersion_weeks"),
            count("support_hours"),
            count("sessions_per_year"),
            count("learners_per_session"),
            count("target_learners_per_session"),
            count("funded_places"),
            count("planned_women_percent", max: 100),
            "located_qpv_zrr INTEGER CHECK (located_qpv_zrr IS NULL OR located_qpv_zrr IN (0, 1))",
            "notes TEXT NOT NULL DEFAULT ''",
        ]
        for column in columns { try db.execute(sql: "ALTER TABLE dossiers ADD COLUMN \(column);") }
        try db.execute(sql: """
        CREATE TABLE dossier_partners (
            dossier_id INTEGER NOT NULL REFERENCES dossiers(id),
            position INTEGER NOT NULL CHECK (position >= 0),
            name TEXT NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('sourcing', 'employment', 'funding')),
            PRIMARY KEY (dossier_id, position)
        );
        CREATE TABLE admissibility_decisions (
            dossier_id INTEGER NOT NULL REFERENCES dossiers(id),
            criterion INTEGER NOT NULL CHECK (criterion BETWEEN 1 AND 10),
            met INTEGER NOT NULL CHECK (met IN (0, 1)),
            reason TEXT NOT NULL,
            login TEXT NOT NULL,
            \(SchemaV1.dateColumn("decided_on", nullable: false)),
            PRIMARY KEY (dossier_id, criterion)
        );
        CREATE TABLE grades (
            dossier_id INTEGER NOT NULL REFERENCES dossiers(id),
            grader TEXT NOT NULL CHECK (length(grader) > 0),
            criterion INTEGER NOT NULL CHECK (criterion BETWEEN 1 AND 6),
            grade INTEGER NOT NULL CHECK (grade BETWEEN 0 AND 4),
            comment TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (dossier_id, grader, criterion)
        );
        CREATE TABLE committee_weights (
            committee_id INTEGER NOT NULL REFERENCES committees(id),
            criterion INTEGER NOT NULL CHECK (criterion BETWEEN 1 AND 6),
            weight INTEGER NOT NULL CHECK (weight >= 0),
            PRIMARY KEY (committee_id, criterion)
        );
        CREATE TABLE dossier_transitions (
            id INTEGER PRIMARY KEY,
            dossier_id INTEGER NOT NULL REFERENCES dossiers(id),
            from_state TEXT NOT NULL,
            to_state TEXT NOT NULL,
            \(SchemaV1.dateColumn("on_date", nullable: false)),
            login TEXT NOT NULL,
            reason TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX dossier_transitions_by_dossier ON dossier_transitions(dossier_id);
        CREATE INDEX labels_by_dossier ON labels(dossier_id);
        """)
    }
}
