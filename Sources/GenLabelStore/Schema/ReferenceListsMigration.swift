/// Migration 0005 (issue 5, data exchange): the official reference lists learners' residence is
/// checked against — communes (INSEE code, name, ZRR classification) and QPV identifiers — loaded by
/// `genlabel import communes|qpv`; a `version` on annual reports, bumped when an import changes one (the other tables have
/// theirs since 0001); and the secret key of the stable pseudonyms of `genlabel export learners --pseudonymize`,
/// drawn once per database.
enum ReferenceListsMigration {
    static func create(_ db: Database) throws {
        try db.execute(sql: """
        CREATE TABLE communes (
            insee_code TEXT PRIMARY KEY CHECK (length(insee_code) = 5),
            name TEXT NOT NULL,
            is_zrr INTEGER NOT NULL CHECK (is_zrr IN (0, 1)),
            version INTEGER NOT NULL DEFAULT 1
        );
        CREATE TABLE qpv (
            code TEXT PRIMARY KEY,
            name TEXT,
            insee_code TEXT,
            commune TEXT,
            version INTEGER NOT NULL DEFAULT 1
        );
        ALTER TABLE annual_reports ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
        CREATE TABLE pseudonym_key (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            key BLOB NOT NULL CHECK (length(key) = 32)
        );
        INSERT INTO pseudonym_key (id, key) VALUES (1, randomblob(32));
        """)
    }
}
