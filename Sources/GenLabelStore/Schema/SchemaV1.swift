/// Migration 0001: the tables of the foundation. Dates are ISO `yyyy-mm-dd` text (they sort as text);
/// month arithmetic stays in the domain core, never in SQL. Each fulfilled obligation is a date column
/// on the record it concerns (attestation and end list on sessions, reports per label and year,
/// collection on committees). `version` columns count edits, for conflict detection.
enum SchemaV1 {
    static let isoDate = "GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'"

    static func dateColumn(_ name: String, nullable: Bool) -> String {
        nullable ? "\(name) TEXT CHECK (\(name) IS NULL OR \(name) \(isoDate))"
                 : "\(name) TEXT NOT NULL CHECK (\(name) \(isoDate))"
    }

    static func create(_ db: Database) throws {
        try db.execute(sql: """
        CREATE TABLE regions (
            code TEXT PRIMARY KEY,
            name TEXT NOT NULL UNIQUE,
            is_overseas INTEGER NOT NULL CHECK (is_overseas IN (0, 1))
        );
        CREATE TABLE region_needed_jobs (
            region_code TEXT NOT NULL REFERENCES regions(code),
            position INTEGER NOT NULL,
            job TEXT NOT NULL,
            PRIMARY KEY (region_code, position)
        );
        CREATE TABLE admissibility_criteria (
            number INTEGER PRIMARY KEY CHECK (number BETWEEN 1 AND 10),
            title TEXT NOT NULL,
            detail TEXT NOT NULL
        );
        CREATE TABLE selection_criteria (
            number INTEGER PRIMARY KEY CHECK (number BETWEEN 1 AND 6),
            title TEXT NOT NULL,
            detail TEXT NOT NULL
        );
        CREATE TABLE organizations (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            siret TEXT NOT NULL UNIQUE CHECK (length(siret) = 14),
            nda TEXT NOT NULL CHECK (length(nda) = 11),
            qualiopi_status TEXT NOT NULL CHECK (qualiopi_status IN ('certified', 'audit_scheduled', 'none')),
            \(dateColumn("qualiopi_date", nullable: true)),
            obligations_up_to_date INTEGER NOT NULL CHECK (obligations_up_to_date IN (0, 1)),
            version INTEGER NOT NULL DEFAULT 1
        );
        CREATE TABLE trainings (
            id INTEGER PRIMARY KEY,
            organization_id INTEGER NOT NULL REFERENCES organizations(id),
            title TEXT NOT NULL,
            commune TEXT NOT NULL,
            insee_code TEXT NOT NULL,
            region_code TEXT NOT NULL REFERENCES regions(code),
            family TEXT,
            job TEXT NOT NULL,
            certification_code TEXT NOT NULL,
            certification_title TEXT NOT NULL,
            hours INTEGER NOT NULL CHECK (hours >= 0),
            months INTEGER NOT NULL CHECK (months >= 0),
            version INTEGER NOT NULL DEFAULT 1,
            UNIQUE (organization_id, title, commune)
        );
        CREATE INDEX trainings_by_organization ON trainings(organization_id);
        CREATE TABLE committees (
            id INTEGER PRIMARY KEY,
            \(dateColumn("date", nullable: false)) UNIQUE,
            \(dateColumn("explicit_cutoff", nullable: true)),
            \(dateColumn("list_collected_on", nullable: true))
        );
        CREATE TABLE dossiers (
            id INTEGER PRIMARY KEY,
            number TEXT NOT NULL UNIQUE,
            training_id INTEGER NOT NULL REFERENCES trainings(id),
            state TEXT NOT NULL CHECK (state IN ('draft', 'submitted', 'admissible', 'inadmissible', 'under_review',
                                                 'reviewed', 'labelled', 'rejected', 'deferred', 'withdrawn')),
            committee_id INTEGER REFERENCES committees(id),
            \(dateColumn("submitted_on", nullable: true)),
            score REAL CHECK (score IS NULL OR (score >= 0 AND score <= 10)),
            is_renewal INTEGER NOT NULL DEFAULT 0 CHECK (is_renewal IN (0, 1)),
            version INTEGER NOT NULL DEFAULT 1
        );
        CREATE INDEX dossiers_by_training ON dossiers(training_id);
        CREATE INDEX dossiers_by_committee ON dossiers(committee_id);
        CREATE TABLE labels (
            id INTEGER PRIMARY KEY,
            training_id INTEGER NOT NULL REFERENCES trainings(id),
            dossier_id INTEGER REFERENCES dossiers(id),
            \(dateColumn("convention_signed_on", nullable: false)),
            state TEXT NOT NULL CHECK (state IN ('active', 'pending_audit', 'expired', 'withdrawn', 'terminated')),
            version INTEGER NOT NULL DEFAULT 1
        );
        CREATE INDEX labels_by_training ON labels(training_id);
        CREATE TABLE sessions (
            id INTEGER PRIMARY KEY,
            label_id INTEGER NOT NULL REFERENCES labels(id),
            code TEXT NOT NULL,
            \(dateColumn("planned_start", nullable: false)),
            \(dateColumn("actual_start", nullable: true)),
            \(dateColumn("end_date", nullable: false)),
            capacity INTEGER NOT NULL CHECK (capacity >= 0),
            \(dateColumn("start_attestation_received_on", nullable: true)),
            \(dateColumn("end_list_received_on", nullable: true)),
            version INTEGER NOT NULL DEFAULT 1,
            UNIQUE (label_id, code)
        );
        CREATE TABLE learners (
            id INTEGER PRIMARY KEY,
            session_id INTEGER NOT NULL REFERENCES sessions(id),
            first_name TEXT NOT NULL,
            last_name TEXT NOT NULL,
            gender TEXT NOT NULL CHECK (gender IN ('F', 'M', 'X')),
            \(dateColumn("birth_date", nullable: false)),
            address TEXT NOT NULL,
            insee_code TEXT NOT NULL,
            commune TEXT NOT NULL,
            resides_qpv INTEGER NOT NULL CHECK (resides_qpv IN (0, 1)),
            resides_zrr INTEGER NOT NULL CHECK (resides_zrr IN (0, 1)),
            is_target_public INTEGER NOT NULL CHECK (is_target_public IN (0, 1)),
            is_job_seeker INTEGER NOT NULL CHECK (is_job_seeker IN (0, 1)),
            version INTEGER NOT NULL DEFAULT 1
        );
        CREATE INDEX learners_by_session ON learners(session_id);
        CREATE TABLE annual_reports (
            label_id INTEGER NOT NULL REFERENCES labels(id),
            year INTEGER NOT NULL,
            \(dateColumn("received_on", nullable: true)),
            PRIMARY KEY (label_id, year)
        );
        """)
    }
}
