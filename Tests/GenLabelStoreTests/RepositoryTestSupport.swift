import Foundation
import GenLabelCore
@testable import GenLabelStore

/// A fresh, migrated database in a temporary directory, removed afterwards.
func withFreshRepository<T>(_ body: (SQLiteRepository, String) throws -> T) throws -> T {
    let directory = NSTemporaryDirectory() + "genlabel-store-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let path = directory + "/genlabel.sqlite"
    let repository = try SQLiteRepository(path: path)
    defer { repository.database.close() }
    return try body(repository, path)
}

func day(_ text: String) -> CalendarDate { CalendarDate(french: text)! }

/// Inserts one organization, training, dossier, label, session with two learners and a report.
func insertSmallWorld(_ db: Database) throws {
    try db.inTransaction {
        try db.execute("""
            INSERT INTO organizations (id, name, siret, nda, qualiopi_status, qualiopi_date, obligations_up_to_date)
            VALUES (1, 'Association Élan Numérique', '73282932000074', '11755555575', 'certified', '2027-12-31', 1)
            """, [])
        try db.execute("""
            INSERT INTO trainings (id, organization_id, title, commune, insee_code, region_code, family, job,
                                   certification_code, certification_title, hours, months)
            VALUES (1, 1, 'Développeuse / Développeur web et web mobile', 'Saint-Étienne', '42218', '84', 'development',
                    'Technicien télécom', 'RNCP31114', 'Développeur web et web mobile', 700, 8)
            """, [])
        try db.execute("""
            INSERT INTO dossiers (id, number, training_id, state, committee_id, submitted_on, score, is_renewal)
            VALUES (1, 'GEN-2026-0001', 1, 'labelled', 1, '2022-05-01', 7.5, 0)
            """, [])
        try db.execute("INSERT INTO labels (id, training_id, dossier_id, convention_signed_on, state) VALUES (1, 1, 1, '2025-06-15', 'active')", [])
        try db.execute("""
            INSERT INTO sessions (id, label_id, code, planned_start, actual_start, end_date, capacity,
                                  start_attestation_received_on, end_list_received_on)
            VALUES (1, 1, 'S2026-01', '2026-01-05', '2026-01-12', '2026-03-31', 14, '2026-01-20', NULL)
            """, [])
        for (id, gender, qpv) in [(1, "F", 1), (2, "M", 0)] {
            try db.execute("""
                INSERT INTO learners (id, session_id, first_name, last_name, gender, birth_date, address, insee_code,
                                      commune, resides_qpv, resides_zrr, is_target_public, is_job_seeker)
                VALUES (?, 1, 'Maëlle', 'N''Diaye', ?, '2001-04-03', '3 rue de l''Église', '42218', 'Saint-Étienne', ?, 0, 1, 1)
                """, id, gender, qpv)
        }
        try db.execute("INSERT INTO annual_reports (label_id, year, received_on) VALUES (1, 2025, '2026-01-20')", [])
    }
}
