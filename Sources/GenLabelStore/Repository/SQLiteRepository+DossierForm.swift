import GenLabelCore

/// The dossier form (issue 3) through the write path: permission `.editDossiers`, one transaction, the
/// versions of the organization, the training and the dossier checked and bumped for the records that
/// change, one audit entry per field changed (French field names, under the dossier's number).
extension SQLiteRepository: DossierFormStoring {
    public func editableApplication(_ id: Dossier.ID) throws -> EditableApplication? {
        guard let file = try instructionFile(id) else { return nil }
        let application = file.application
        guard let organization = try version(of: "organizations", application.organization.id.rawValue),
              let training = try version(of: "trainings", application.training.id.rawValue) else { return nil }
        return EditableApplication(application: application,
                                   versions: ApplicationVersions(organization: organization, training: training,
                                                                 dossier: file.version))
    }

    private func version(of table: String, _ id: Int64) throws -> Int64? {
        var result: Int64?
        try database.forEachRow("SELECT version FROM \(table) WHERE id = ?", [.integer(id)]) { s in result = s.int64(0) }
        return result
    }

    @discardableResult
    public func saveApplication(_ application: DossierApplication, versions: ApplicationVersions, by actor: Actor,
                                at timestamp: String) throws -> [DossierForm.Change] {
        try write(as: actor, needing: .editDossiers, at: timestamp) { transaction in
            guard let current = try instructionFile(application.dossier.id)?.application else { throw StoreError.recordMissing }
            var new = application
            // Identity and life-cycle columns are never changed from the form.
            new.dossier.state = current.dossier.state
            new.dossier.number = current.dossier.number
            new.dossier.committeeID = current.dossier.committeeID
            new.dossier.submittedOn = current.dossier.submittedOn
            new.dossier.score = current.dossier.score
            new.training.id = current.training.id
            new.organization.id = current.organization.id
            let changes = DossierForm.changes(from: current, to: new)
            guard !changes.isEmpty else { return [] }
            let groups = Set(changes.map { $0.field.record })
            if groups.contains(.organization) {
                try checkSiretIsFree(new.organization.siret, except: current.organization.id)
                try transaction.update(.organizations, id: current.organization.id.rawValue,
                                       expectedVersion: versions.organization, set: Self.organizationColumns(new.organization))
            }
            if groups.contains(.training) {
                try checkTrainingIsFree(new.training, except: current.training.id)
                try transaction.update(.trainings, id: current.training.id.rawValue, expectedVersion: versions.training,
                                       set: Self.trainingColumns(new.training))
            }
            if groups.contains(.dossier) {
                try transaction.update(.dossiers, id: current.dossier.id.rawValue, expectedVersion: versions.dossier,
                                       set: InstructionColumns.values(new.content)
                                        + [("is_renewal", .integer(new.dossier.isRenewal ? 1 : 0))])
                if current.content.partners != new.content.partners {
                    try writePartners(new.content.partners, dossier: current.dossier.id)
                }
            }
            for change in changes {
                try transaction.audit(.recordChanged, kind: AuditSubject.dossier, key: current.dossier.number,
                                      detail: change.auditText)
            }
            return changes
        }
    }

    public func createDossier(_ application: DossierApplication, by actor: Actor, at timestamp: String,
                              today: CalendarDate) throws -> (id: Dossier.ID, number: String) {
        try write(as: actor, needing: .editDossiers, at: timestamp) { transaction in
            var organization = application.organization
            var training = application.training
            // The organization: found by its SIRET (its values then updated to the form's), else created.
            var existing: (id: Int64, version: Int64)?
            try database.forEachRow("SELECT id, version FROM organizations WHERE siret = ?", [.text(organization.siret)]) { s in
                existing = (s.int64(0), s.int64(1))
            }
            if let existing {
                organization.id = .init(existing.id)
                if let stored = try self.organization(organization.id), stored != organization {
                    try transaction.update(.organizations, id: existing.id, expectedVersion: existing.version,
                                           set: Self.organizationColumns(organization))
                    try transaction.audit(.recordChanged, kind: AuditSubject.organization, key: organization.siret,
                                          detail: T(.formAuditOrganizationUpdated, organization.name))
                }
            } else {
                let columns = Self.organizationColumns(organization)
                try database.execute("""
                    INSERT INTO organizations (\(columns.map(\.column).joined(separator: ", ")))
                    VALUES (\(columns.map { _ in "?" }.joined(separator: ", ")))
                    """, columns.map(\.value))
                organization.id = .init(database.lastInsertRowID)
                try transaction.audit(.recordCreated, kind: AuditSubject.organization, key: organization.siret,
                                      detail: organization.name)
            }
            // The training: the same title in the same place of the same organization is the same training.
            training.organizationID = organization.id
            var trainingID: Int64?
            try database.forEachRow("SELECT id FROM trainings WHERE organization_id = ? AND title = ? AND commune = ?",
                                    [.integer(organization.id.rawValue), .text(training.title), .text(training.commune)]) { s in
                trainingID = s.int64(0)
            }
            if let trainingID {
                training.id = .init(trainingID)
                if let stored = try self.training(training.id), stored != training,
                   let version = try version(of: "trainings", trainingID) {
                    try transaction.update(.trainings, id: trainingID, expectedVersion: version,
                                           set: Self.trainingColumns(training))
                }
            } else {
                let columns = [("organization_id", SQLValue.integer(organization.id.rawValue))] + Self.trainingColumns(training)
                try database.execute("""
                    INSERT INTO trainings (\(columns.map(\.0).joined(separator: ", ")))
                    VALUES (\(columns.map { _ in "?" }.joined(separator: ", ")))
                    """, columns.map(\.1))
                training.id = .init(database.lastInsertRowID)
            }
            let number = try nextDossierNumber(year: today.year)
            let content = InstructionColumns.values(application.content)
            let columns: [(String, SQLValue)] = [("number", .text(number)), ("training_id", .integer(training.id.rawValue)),
                                                 ("state", .text(DossierState.draft.rawValue)),
                                                 ("is_renewal", .integer(application.dossier.isRenewal ? 1 : 0))]
                + content.map { ($0.column, $0.value) }
            try database.execute("""
                INSERT INTO dossiers (\(columns.map(\.0).joined(separator: ", ")))
                VALUES (\(columns.map { _ in "?" }.joined(separator: ", ")))
                """, columns.map(\.1))
            let id = Dossier.ID(database.lastInsertRowID)
            try writePartners(application.content.partners, dossier: id)
            try transaction.audit(.recordCreated, kind: AuditSubject.dossier, key: number,
                                  detail: T(.formAuditCreated, training.title, training.commune, organization.name))
            return (id, number)
        }
    }

    public func dossierHistory(_ number: String) throws -> [DossierHistoryEntry] {
        try AuditTrail(database: database).entries(subjectKind: AuditSubject.dossier, subjectKey: number).map {
            DossierHistoryEntry(timestamp: $0.timestamp, login: $0.login, detail: $0.detail)
        }
    }

    public func dossierInstructors() throws -> [Dossier.ID: [String]] {
        var result: [Dossier.ID: [String]] = [:]
        try database.forEachRow("SELECT DISTINCT dossier_id, grader FROM grades ORDER BY dossier_id, grader", []) { s in
            result[.init(s.int64(0)), default: []].append(s.string(1))
        }
        return result
    }

    // MARK: Helpers

    /// `GEN-<year>-<n>`, n one more than the highest of that year (4 digits at least).
    func nextDossierNumber(year: Int) throws -> String {
        let prefix = "GEN-\(year)-"
        var highest = 0
        try database.forEachRow("SELECT number FROM dossiers WHERE number LIKE ?", [.text(prefix + "%")]) { s in
            if let n = Int(s.string(0).dropFirst(prefix.count)) { highest = max(highest, n) }
        }
        let digits = String(highest + 1)
        return prefix + String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }

    private func writePartners(_ partners: [Partner], dossier id: Dossier.ID) throws {
        try database.execute("DELETE FROM dossier_partners WHERE dossier_id = ?", id.rawValue)
        for (position, partner) in partners.enumerated() {
            try database.execute("INSERT INTO dossier_partners (dossier_id, position, name, kind) VALUES (?, ?, ?, ?)",
                                 id.rawValue, position, partner.name, partner.kind.rawValue)
        }
    }

    private func checkSiretIsFree(_ siret: String, except id: Organization.ID) throws {
        var other: String?
        try database.forEachRow("SELECT name FROM organizations WHERE siret = ? AND id <> ?",
                                [.text(siret), .integer(id.rawValue)]) { s in other = s.string(0) }
        if let other { throw InstructionRefused(T(.formSiretTaken, siret, other)) }
    }

    private func checkTrainingIsFree(_ training: Training, except id: Training.ID) throws {
        var exists = false
        try database.forEachRow("""
            SELECT 1 FROM trainings WHERE organization_id = ? AND title = ? AND commune = ? AND id <> ?
            """, [.integer(training.organizationID.rawValue), .text(training.title), .text(training.commune),
                  .integer(id.rawValue)]) { _ in exists = true }
        if exists { throw InstructionRefused(T(.formTrainingTaken, training.title, training.commune)) }
    }

    static func organizationColumns(_ o: Organization) -> [(column: String, value: SQLValue)] {
        let status: String, date: SQLValue
        switch o.qualiopi {
        case .certified(let until): status = "certified"; date = .text(until.iso)
        case .auditScheduled(let on): status = "audit_scheduled"; date = .text(on.iso)
        case .none: status = "none"; date = .null
        }
        return [("name", .text(o.name)), ("siret", .text(o.siret)), ("nda", .text(o.nda)),
                ("qualiopi_status", .text(status)), ("qualiopi_date", date),
                ("obligations_up_to_date", .integer(o.obligationsUpToDate ? 1 : 0))]
    }

    static func trainingColumns(_ t: Training) -> [(column: String, value: SQLValue)] {
        [("title", .text(t.title)), ("commune", .text(t.commune)), ("insee_code", .text(t.inseeCode)),
         ("region_code", .text(t.regionCode)), ("family", t.family.map { .text($0.rawValue) } ?? .null),
         ("job", .text(t.job)), ("certification_code", .text(t.certificationCode)),
         ("certification_title", .text(t.certificationTitle)), ("hours", .integer(Int64(t.hours))),
         ("months", .integer(Int64(t.months)))]
    }
}

extension AuditSubject {
    /// An organization in the audit trail, named by its SIRET.
    public static let organization = "structure"
}

/// Which record a form field is stored on.
enum FormRecord { case organization, training, dossier }

extension FormField {
    var record: FormRecord {
        switch self {
        case .organizationName, .siret, .nda, .qualiopiStatus, .qualiopiDate, .obligationsUpToDate: return .organization
        case .trainingTitle, .commune, .inseeCode, .region, .family, .job, .certificationCode, .certificationTitle,
             .hours, .months:
            return .training
        default: return .dossier
        }
    }
}
