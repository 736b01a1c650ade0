import GenLabelCore

/// A change an import makes, for the audit trail.
public enum ImportChangeAction: String, Sendable { case created, updated }

/// Writes a validated import file into the database: each row is matched on its natural key
/// (docs/formats/<kind>.md), references (training, label, session, committee) are resolved, new rows
/// are inserted, changed rows updated in place (`version` + 1), identical rows left alone. Everything
/// happens in one transaction: with any error nothing is written, and every error is reported with its
/// line. A dry run does all of it, then rolls back.
public final class DataImporter {
    public let database: Database

    /// SQLite's page cache during a large import, in KiB.
    public static let largeImportCacheKiB = 262_144

    /// How often (in rows) `progress` is called.
    public static let progressInterval = 4096

    /// From this many rows, a learners import creates its rows with the per-row insert triggers dropped
    /// inside its transaction and does their work once for all the new rows (`LearnerBulkInsert`).
    public static let defaultBulkLearnerRows = 5_000
    /// `defaultBulkLearnerRows`, changeable for tests.
    public var bulkLearnerRows = DataImporter.defaultBulkLearnerRows

    /// Who imports, when (audit timestamp) and from which file; nil only in tests of the parsing and
    /// writing alone. With an actor, the import needs the `.importData` permission and is audited:
    /// one entry per updated row (its natural key) and one entry for the whole import (file and counts);
    /// created rows are counted in that entry rather than listed one by one, so a 400,000-row first
    /// import stays fast. The entries are written in the import's transaction.
    public struct Attribution: Sendable {
        public var actor: Actor
        public var timestamp: String
        public var source: String
        public init(actor: Actor, timestamp: String, source: String) {
            self.actor = actor; self.timestamp = timestamp; self.source = source
        }
    }

    public let attribution: Attribution?
    /// Updated rows waiting for their audit entry, until the import's rows are all written.
    private var updatedRows: [(kind: ImportKind, key: String)] = []

    public init(database: Database, attribution: Attribution? = nil) {
        self.database = database
        self.attribution = attribution
    }

    /// Called for each row created or updated, inside the import's transaction (so an audit entry is
    /// written or rolled back with the change). `key` is the row's natural key as the file gives it
    /// ("N° dossier « GEN-2026-0001 »"), built only when asked for.
    func recordChange(kind: ImportKind, key: @autoclosure () -> String, action: ImportChangeAction) {
        guard attribution != nil, action == .updated else { return }
        updatedRows.append((kind, key()))
    }

    /// The audit trail's name for the records of an import kind.
    static func auditSubject(_ kind: ImportKind) -> String {
        switch kind {
        case .dossiers: return AuditSubject.dossier
        case .sessions: return AuditSubject.session
        case .learners: return AuditSubject.learner
        case .reports: return AuditSubject.report
        case .communes: return AuditSubject.commune
        case .qpv: return AuditSubject.qpv
        }
    }

    /// Writes the audit entries of a successful import, inside its transaction.
    private func writeAudit(_ summary: ImportSummary, kind: ImportKind) throws {
        guard let attribution else { return }
        let trail = AuditTrail(database: database)
        for row in updatedRows {
            try trail.append(login: attribution.actor.login, timestamp: attribution.timestamp, action: .recordChanged,
                             subjectKind: Self.auditSubject(row.kind), subjectKey: row.key,
                             detail: T(.auditImportUpdated, attribution.source))
        }
        try trail.append(login: attribution.actor.login, timestamp: attribution.timestamp, action: .imported,
                         subjectKind: AuditSubject.database, subjectKey: "",
                         detail: T(.auditImported, kind.rawValue, attribution.source, summary.created, summary.updated,
                                   summary.unchanged))
    }

    private struct Rollback: Error {}

    public func run(_ file: ValidatedImport, dryRun: Bool = false,
                    progress: ((_ done: Int, _ total: Int) -> Void)? = nil) throws -> ImportOutcome {
        if let attribution, let missing = file.specification.kind.requiredPermissions.first(where: { !attribution.actor.may($0) }) {
            throw StoreError.forbidden(missing)
        }
        // A file with errors in its cells is still run against the database, rolled back: its valid rows'
        // references (an unknown session, training or committee) are reported with the cells' errors, all
        // in one go, instead of one layer of errors per try.
        let writes = file.isValid && !dryRun
        updatedRows = []
        var run = ImportRun(importer: self, file: file, progress: progress)
        // A large import dirties more pages than SQLite's default cache (2 MB) holds: spilling them to
        // the WAL before the commit writes them several times. The cache grows for the import only.
        let previousCache = try database.fetchOne("PRAGMA cache_size", [])?.values.first ?? .integer(-2000)
        if file.rows.count > 10_000 { try database.execute(sql: "PRAGMA cache_size = -\(Self.largeImportCacheKiB)") }
        defer { if case .integer(let size) = previousCache { try? database.execute(sql: "PRAGMA cache_size = \(size)") } }
        do {
            try database.inTransaction(.immediate) {
                try run.execute()
                if run.errorCount > 0 || !writes { throw Rollback() }
                try writeAudit(run.summary, kind: file.specification.kind)
            }
        } catch is Rollback {
        }
        if !file.isValid || run.errorCount > 0 {
            // By line, in file order within a line (cells before references).
            let errors = (file.errors + run.errors).enumerated()
                .sorted { ($0.element.line ?? 0, $0.offset) < ($1.element.line ?? 0, $1.offset) }.map(\.element)
            return .refused(errors: errors, errorCount: file.errorCount + run.errorCount, warnings: file.warnings + run.warnings)
        }
        var summary = run.summary
        summary.isDryRun = dryRun
        return .imported(summary, warnings: file.warnings + run.warnings)
    }
}

/// One stored column an import sets.
struct StoredColumn {
    enum Kind { case text, integer, real, date }
    let name: String
    let kind: Kind
    /// What an empty cell (or an absent column, on insert) stores.
    let empty: SQLValue
    /// Part of the natural key (text compared with case and accents ignored).
    let isKey: Bool

    init(_ name: String, _ kind: Kind, empty: SQLValue = .null, key: Bool = false) {
        self.name = name; self.kind = kind; self.empty = empty; self.isKey = key
    }
}

/// The state of one import, inside its transaction.
struct ImportRun {
    let importer: DataImporter
    let file: ValidatedImport
    let progress: ((Int, Int) -> Void)?
    var summary = ImportSummary()
    var errors: [ImportIssue] = []
    var errorCount = 0
    var warnings: [ImportIssue] = []

    let database: Database
    let spec: ImportSpecification

    /// Rows to create are inserted `batchRows` at a time, by one multi-row `INSERT`: a statement that
    /// fires triggers keeps a statement journal, and one per row wrote four pages per learner to a
    /// temporary file (docs/performance.md). A batch the database refuses is inserted again row by row,
    /// so each refusal is reported on its own line.
    static let batchRows = 64
    var insert: Statement?
    var insertBatch: Statement?
    var pending: [ImportRow] = []
    var pendingBindings: [SQLValue] = []

    /// Where the fields naming a row's references are in a row, looked up in the specification once rather
    /// than for every row (issue 7).
    let referencePositions: ReferencePositions

    struct ReferencePositions {
        let committee, siret, title, place, signed, code: Int?

        init(_ spec: ImportSpecification) {
            committee = spec.indexOf[.committeeDate]; siret = spec.indexOf[.siret]
            title = spec.indexOf[.trainingTitle]; place = spec.indexOf[.trainingPlace]
            signed = spec.indexOf[.conventionSignedOn]; code = spec.indexOf[.sessionCode]
        }

        subscript(field: ImportField) -> Int? {
            switch field {
            case .committeeDate: return committee
            case .siret: return siret
            case .trainingTitle: return title
            case .trainingPlace: return place
            case .conventionSignedOn: return signed
            case .sessionCode: return code
            default: return nil
            }
        }
    }

    init(importer: DataImporter, file: ValidatedImport, progress: ((Int, Int) -> Void)?) {
        self.importer = importer; self.file = file; self.progress = progress
        database = importer.database
        spec = file.specification
        referencePositions = ReferencePositions(spec)
    }

    mutating func fail(_ row: ImportRow, _ field: ImportField?, _ reason: String) {
        // Rows waiting in the insert batch come before this one: their errors first.
        if !pending.isEmpty { flushPending() }
        errorCount += 1
        guard errors.count < ImportValidator.maximumKeptErrors else { return }
        errors.append(ImportIssue(file: file.file, line: row.line, column: field.flatMap { spec.column($0)?.header }, reason: reason))
    }

    mutating func warn(_ row: ImportRow, _ field: ImportField?, _ reason: String) {
        guard warnings.count < ImportValidator.maximumKeptErrors else { return }
        warnings.append(ImportIssue(file: file.file, line: row.line, column: field.flatMap { spec.column($0)?.header },
                                    reason: reason, severity: .warning))
    }

    // MARK: Per kind

    var table: String {
        switch spec.kind {
        case .dossiers: return "dossiers"
        case .sessions: return "sessions"
        case .learners: return "learners"
        case .reports: return "annual_reports"
        case .communes: return "communes"
        case .qpv: return "qpv"
        }
    }

    var columns: [StoredColumn] {
        switch spec.kind {
        case .dossiers:
            return [StoredColumn("number", .text, key: true), StoredColumn("training_id", .integer),
                    StoredColumn("state", .text), StoredColumn("committee_id", .integer), StoredColumn("submitted_on", .date),
                    StoredColumn("score", .real), StoredColumn("is_renewal", .integer, empty: .integer(0))]
        case .sessions:
            return [StoredColumn("label_id", .integer, key: true), StoredColumn("code", .text, key: true),
                    StoredColumn("planned_start", .date), StoredColumn("actual_start", .date), StoredColumn("end_date", .date),
                    StoredColumn("capacity", .integer), StoredColumn("start_attestation_received_on", .date),
                    StoredColumn("end_list_received_on", .date), StoredColumn("modality", .text)]
                + SessionReferencingMigration.dateColumns.map { StoredColumn($0, .date) }
        case .learners:
            return [StoredColumn("session_id", .integer, key: true), StoredColumn("last_name", .text, key: true),
                    StoredColumn("first_name", .text, key: true), StoredColumn("gender", .text),
                    StoredColumn("birth_date", .date, key: true), StoredColumn("address", .text, empty: .text("")),
                    StoredColumn("insee_code", .text, empty: .text("")), StoredColumn("commune", .text, empty: .text("")),
                    StoredColumn("resides_qpv", .integer, empty: .integer(0)), StoredColumn("resides_zrr", .integer, empty: .integer(0)),
                    StoredColumn("is_target_public", .integer, empty: .integer(0)),
                    StoredColumn("is_job_seeker", .integer, empty: .integer(0)),
                    StoredColumn("crous_aid", .integer, empty: .integer(0)), StoredColumn("exit_kind", .text),
                    StoredColumn("exit_date", .date), StoredColumn("exit_reason", .text, empty: .text("")),
                    StoredColumn("certified", .integer), StoredColumn("situation_end", .text),
                    StoredColumn("situation_3m", .text), StoredColumn("situation_6m", .text)]
        case .reports:
            return [StoredColumn("label_id", .integer, key: true), StoredColumn("year", .integer, key: true),
                    StoredColumn("received_on", .date)]
        case .communes:
            return [StoredColumn("insee_code", .text, key: true), StoredColumn("name", .text),
                    StoredColumn("is_zrr", .integer, empty: .integer(0))]
        case .qpv:
            return [StoredColumn("code", .text, key: true), StoredColumn("name", .text), StoredColumn("insee_code", .text),
                    StoredColumn("commune", .text)]
        }
    }

    /// The file field that fills each stored column (nil for resolved references, always present).
    func sourceField(of column: String) -> ImportField? {
        switch (spec.kind, column) {
        case (_, "committee_id"): return .committeeDate
        case (_, "training_id"), (_, "label_id"), (_, "session_id"): return nil
        case (.dossiers, "number"): return .dossierNumber
        case (.dossiers, "state"): return .dossierState
        case (.dossiers, "submitted_on"): return .submittedOn
        case (.dossiers, "score"): return .score
        case (.dossiers, "is_renewal"): return .isRenewal
        case (.sessions, "code"): return .sessionCode
        case (.sessions, "planned_start"): return .plannedStart
        case (.sessions, "actual_start"): return .actualStart
        case (.sessions, "end_date"): return .end
        case (.sessions, "capacity"): return .capacity
        case (.sessions, "start_attestation_received_on"): return .startAttestationReceivedOn
        case (.sessions, "end_list_received_on"): return .endListReceivedOn
        case (.sessions, "modality"): return .modality
        case (.sessions, "referenced_carif_oref_on"): return .referencedCarifOrefOn
        case (.sessions, "referenced_mcf_on"): return .referencedMonCompteFormationOn
        case (.sessions, "referenced_kairos_on"): return .referencedKairosOn
        case (.learners, "last_name"): return .lastName
        case (.learners, "first_name"): return .firstName
        case (.learners, "gender"): return .gender
        case (.learners, "birth_date"): return .birthDate
        case (.learners, "address"): return .address
        case (.learners, "insee_code"): return .inseeCode
        case (.learners, "commune"): return .commune
        case (.learners, "resides_qpv"): return .residesQPV
        case (.learners, "resides_zrr"): return .residesZRR
        case (.learners, "is_target_public"): return .isTargetPublic
        case (.learners, "is_job_seeker"): return .isJobSeeker
        case (.learners, "crous_aid"): return .crousAid
        case (.learners, "exit_kind"): return .exitKind
        case (.learners, "exit_date"): return .exitDate
        case (.learners, "exit_reason"): return .exitReason
        case (.learners, "certified"): return .certificationObtained
        case (.learners, "situation_end"): return .situationAtEnd
        case (.learners, "situation_3m"): return .situationAt3Months
        case (.learners, "situation_6m"): return .situationAt6Months
        case (.reports, "year"): return .year
        case (.reports, "received_on"): return .receivedOn
        case (.communes, "insee_code"): return .inseeCode
        case (.communes, "name"): return .communeName
        case (.communes, "is_zrr"): return .isZRR
        case (.qpv, "code"): return .qpvCode
        case (.qpv, "name"): return .qpvName
        case (.qpv, "insee_code"): return .inseeCode
        case (.qpv, "commune"): return .commune
        default: return nil
        }
    }

    // MARK: Running

    /// A stored row: its rowid, version and the values of `columns`.
    struct Existing {
        let rowid: Int64
        var values: [SQLValue]
    }

    /// The UTF-8 of `keyText(value)`, appended.
    static func appendKeyText(_ value: SQLValue, to bytes: inout [UInt8]) {
        switch value {
        case .text(let text): TextFolding.appendFolded(text, to: &bytes)
        case .null: break
        default: bytes.append(contentsOf: keyText(value).utf8)
        }
    }

    static func keyText(_ value: SQLValue) -> String {
        switch value {
        case .text(let text): return TextFolding.fold(text)
        case .integer(let number): return String(number)
        case .real(let number): return String(number)
        case .null: return ""
        case .blob: return "?"
        }
    }

    /// Values compared at the precision the file can carry (two decimals for reals).
    static func same(_ stored: SQLValue, _ new: SQLValue, _ kind: StoredColumn.Kind) -> Bool {
        if kind == .real, case .real(let a) = stored, case .real(let b) = new {
            return FrenchValues.exportPrecision(a) == FrenchValues.exportPrecision(b)
        }
        if kind == .real, case .integer(let a) = stored, case .real(let b) = new {
            return FrenchValues.exportPrecision(Double(a)) == FrenchValues.exportPrecision(b)
        }
        return stored == new
    }

    mutating func execute() throws {
        let columns = self.columns
        let keyPositions = columns.indices.filter { columns[$0].isKey }
        let sources = columns.map { sourceField(of: $0.name) }
        // A column is set from the file when the file has its field, or when it is a resolved reference.
        let present: [Bool] = columns.indices.map { index in
            guard let field = sources[index] else { return true }
            return file.has(field)
        }

        // Stored rows, by natural key.
        var existing: [String: Existing] = [:]
        let select = "SELECT rowid, " + columns.map(\.name).joined(separator: ", ") + " FROM " + table
        try database.forEachRow(select, []) { statement in
            var values: [SQLValue] = []
            values.reserveCapacity(columns.count)
            for index in columns.indices { values.append(statement.value(index + 1)) }
            var keyBytes: [UInt8] = []
            for (rank, position) in keyPositions.enumerated() {
                if rank > 0 { keyBytes.append(0x1F) }
                Self.appendKeyText(values[position], to: &keyBytes)
            }
            let key = String(decoding: keyBytes, as: UTF8.self)
            if existing[key] == nil { existing[key] = Existing(rowid: statement.int64(0), values: values) }
        }

        var resolver = try ReferenceResolver(database: database, kind: spec.kind)
        // Before any statement is prepared: dropping a trigger changes the schema.
        let bulk = spec.kind == .learners && file.rows.count >= importer.bulkLearnerRows
            ? try LearnerBulkInsert.begin(database) : nil
        let into = "INSERT INTO \(table) (" + columns.map(\.name).joined(separator: ", ") + ") VALUES "
        let tuple = "(" + columns.map { _ in "?" }.joined(separator: ", ") + ")"
        insert = try database.prepare(into + tuple)
        if file.rows.count >= Self.batchRows {
            insertBatch = try database.prepare(into + Array(repeating: tuple, count: Self.batchRows).joined(separator: ", "))
            pending.reserveCapacity(Self.batchRows)
            pendingBindings.reserveCapacity(Self.batchRows * columns.count)
        }
        var keyBytes: [UInt8] = []
        keyBytes.reserveCapacity(256)
        let updated = columns.indices.filter { present[$0] }
        // An existing dossier's state, score and committee follow its life cycle in genlabel (issue 3:
        // transitions enforced, each dated and attributed): an import may not change them.
        let lifeCycle: [(index: Int, field: ImportField)] = spec.kind != .dossiers ? [] : [
            ("state", ImportField.dossierState), ("score", .score), ("committee_id", .committeeDate),
        ].compactMap { name, field in
            columns.firstIndex { $0.name == name }.flatMap { updated.contains($0) ? ($0, field) : nil }
        }
        let update = updated.isEmpty ? nil : try database.prepare(
            "UPDATE \(table) SET " + updated.map { columns[$0].name + " = ?" }.joined(separator: ", ")
                + ", version = version + 1 WHERE rowid = ?")
        var seen = ByteKeyTable(capacity: file.rows.count)
        let total = file.rows.count
        var bindings = [SQLValue](repeating: .null, count: columns.count)
        var updateBindings = [SQLValue](repeating: .null, count: updated.count + 1)

        // Where each stored column's value is in a row (looked up once, not per row).
        let valuePositions = sources.map { $0.flatMap { spec.indexOf[$0] } }
        // What an empty cell stores, per column, without copying the whole `StoredColumn` per cell.
        let empties = columns.map(\.empty)
        for (number, row) in file.rows.enumerated() {
            if number % DataImporter.progressInterval == 0 { progress?(number, total) }
            // Resolve references; fill the values.
            var references = References()
            guard resolve(row, &resolver, &references) else { continue }
            var rowOK = true
            for index in columns.indices {
                if let field = sources[index] {
                    if field == .committeeDate {
                        bindings[index] = references.committee.map { .integer($0) } ?? .null
                        continue
                    }
                    guard present[index], let position = valuePositions[index], let value = row.values[position] else {
                        bindings[index] = empties[index]
                        continue
                    }
                    bindings[index] = Self.sqlValue(value)
                } else if let reference = references[columns[index].name] {
                    bindings[index] = .integer(reference)
                } else {
                    rowOK = false
                }
            }
            guard rowOK else { continue }
            keyBytes.removeAll(keepingCapacity: true)
            for (rank, position) in keyPositions.enumerated() {
                if rank > 0 { keyBytes.append(0x1F) }
                Self.appendKeyText(bindings[position], to: &keyBytes)
            }
            if let earlier = seen.valueOrInsert(keyBytes, row.line) {
                fail(row, nil, T(.importDuplicateKey, earlier, naturalKeyText(row)))
                continue
            }
            checkReferenceLists(row, resolver)
            if !existing.isEmpty, let stored = existing[String(decoding: keyBytes, as: UTF8.self)] {
                if let moved = lifeCycle.first(where: { !Self.same(stored.values[$0.index], bindings[$0.index], columns[$0.index].kind) }) {
                    fail(row, moved.field, T(.importLifeCycleField, spec.column(moved.field)?.header ?? ""))
                    continue
                }
                let changed = updated.contains { !Self.same(stored.values[$0], bindings[$0], columns[$0].kind) }
                guard changed, let update else { summary.unchanged += 1; continue }
                if !pending.isEmpty { flushPending() }
                for (slot, index) in updated.enumerated() { updateBindings[slot] = bindings[index] }
                updateBindings[updated.count] = .integer(stored.rowid)
                do {
                    try update.bind(updateBindings)
                    try update.run()
                } catch {
                    fail(row, nil, T(.importRefusedByDatabase, userMessage(for: error)))
                    continue
                }
                summary.updated += 1
                importer.recordChange(kind: spec.kind, key: naturalKeyText(row), action: .updated)
            } else if insertBatch != nil {
                pending.append(row)
                pendingBindings.append(contentsOf: bindings)
                if pending.count == Self.batchRows { flushPending() }
            } else {
                insertOne(row, bindings)
            }
        }
        if !pending.isEmpty { flushPending() }
        try bulk?.finish(database)
        progress?(total, total)
    }

    /// Inserts one row (a refusal is reported on its line).
    mutating func insertOne(_ row: ImportRow, _ bindings: [SQLValue]) {
        do {
            try insert!.bind(bindings)
            try insert!.run()
        } catch {
            fail(row, nil, T(.importRefusedByDatabase, userMessage(for: error)))
            return
        }
        summary.created += 1
        importer.recordChange(kind: spec.kind, key: naturalKeyText(row), action: .created)
    }

    /// Inserts the rows waiting in the batch: all at once when they fill it and the database takes them,
    /// else one by one.
    mutating func flushPending() {
        let rows = pending, bindings = pendingBindings
        pending.removeAll(keepingCapacity: true)
        pendingBindings.removeAll(keepingCapacity: true)
        if rows.count == Self.batchRows, let insertBatch {
            do {
                try insertBatch.bindKeepingText(bindings)
                try insertBatch.run()
                summary.created += rows.count
                return
            } catch {
                // The statement was undone as a whole: find the refused rows one by one.
            }
        }
        let width = bindings.count / max(rows.count, 1)
        for (offset, row) in rows.enumerated() {
            insertOne(row, Array(bindings[(offset * width)..<((offset + 1) * width)]))
        }
    }

    static func sqlValue(_ value: ImportValue) -> SQLValue {
        switch value {
        case .text(let text): return .text(text)
        case .date(let date): return .text(date.iso)
        case .integer(let number): return .integer(Int64(number))
        case .decimal(let number): return .real(number)
        case .boolean(let flag): return .integer(flag ? 1 : 0)
        }
    }

    /// "SIRET « … », Formation « … », …", as the file gives the natural key.
    func naturalKeyText(_ row: ImportRow) -> String {
        spec.naturalKey.compactMap { field -> String? in
            guard let position = spec.indexOf[field] else { return nil }
            return "\(spec.columns[position].header) « \(row.values[position]?.displayText ?? "") »"
        }.joined(separator: ", ")
    }

    // MARK: References

    /// Fills `references` (training_id, label_id, session_id, committee_id) for `row`; false (and
    /// an error recorded) when something it names does not exist.
    /// The rows a file row points at.
    struct References {
        var training: Int64?, label: Int64?, session: Int64?, committee: Int64?

        subscript(column: String) -> Int64? {
            switch column {
            case "training_id": return training
            case "label_id": return label
            case "session_id": return session
            default: return nil
            }
        }
    }

    mutating func resolve(_ row: ImportRow, _ resolver: inout ReferenceResolver, _ references: inout References) -> Bool {
        func value(_ field: ImportField) -> ImportValue? { referencePositions[field].flatMap { row.values[$0] } }
        switch spec.kind {
        case .communes, .qpv:
            return true
        case .dossiers:
            if let date = value(.committeeDate)?.date {
                guard let committee = resolver.committees[date.iso] else {
                    fail(row, .committeeDate, T(.importUnknownCommittee, date.french))
                    return false
                }
                references.committee = committee
            }
        default:
            break
        }
        let siret = value(.siret)?.text ?? "", title = value(.trainingTitle)?.text ?? "", place = value(.trainingPlace)?.text ?? ""
        guard let training = resolver.training(siret: siret, title: title, place: place) else {
            fail(row, .trainingTitle, T(.importUnknownTraining, title, place, siret))
            return false
        }
        switch spec.kind {
        case .dossiers:
            references.training = training
        case .reports:
            let signed = value(.conventionSignedOn)?.date
            guard let signed, let label = resolver.labels[training]?.first(where: { $0.signed == signed.iso }) else {
                fail(row, .conventionSignedOn, T(.importUnknownLabel, title, place, signed?.french ?? ""))
                return false
            }
            references.label = label.id
        case .sessions:
            let code = value(.sessionCode)?.text ?? ""
            let labels = resolver.labels[training] ?? []
            if let signed = value(.conventionSignedOn)?.date {
                guard let label = labels.first(where: { $0.signed == signed.iso }) else {
                    fail(row, .conventionSignedOn, T(.importUnknownLabel, title, place, signed.french))
                    return false
                }
                references.label = label.id
            } else {
                let holding = resolver.sessions(training: training, code: code)
                if holding.count > 1 {
                    fail(row, .sessionCode, T(.importAmbiguousSession, code, title, place))
                    return false
                }
                if let only = holding.first {
                    references.label = only.label
                } else if let latest = labels.max(by: { $0.signed < $1.signed }) {
                    references.label = latest.id
                } else {
                    fail(row, .trainingTitle, T(.importNoLabel, title, place))
                    return false
                }
            }
        case .learners:
            let code = value(.sessionCode)?.text ?? ""
            let holding = resolver.sessions(training: training, code: code)
            guard let first = holding.first else {
                fail(row, .sessionCode, T(.importUnknownSession, code, title, place))
                return false
            }
            guard holding.count == 1 else {
                fail(row, .sessionCode, T(.importAmbiguousSession, code, title, place))
                return false
            }
            references.session = first.id
        case .communes, .qpv:
            break
        }
        return true
    }

    /// Learners: residence checked against the imported lists of communes, when there is one.
    mutating func checkReferenceLists(_ row: ImportRow, _ resolver: ReferenceResolver) {
        guard spec.kind == .learners, !resolver.communes.isEmpty,
              let position = spec.indexOf[.inseeCode], let code = row.values[position]?.text else { return }
        guard let isZRR = resolver.communes[code] else {
            warn(row, .inseeCode, T(.importUnknownCommune, code))
            return
        }
        if let zrr = spec.indexOf[.residesZRR].flatMap({ row.values[$0]?.boolean }), zrr, !isZRR {
            warn(row, .residesZRR, T(.importNotZRR, code))
        }
    }
}

/// The references an import resolves, read once per import.
struct ReferenceResolver {
    /// "siret␟folded title␟folded place" → training ids.
    var trainings: [String: [Int64]] = [:]
    var labels: [Int64: [(id: Int64, signed: String)]] = [:]
    /// training id → folded session code → sessions.
    var sessionsByTraining: [Int64: [String: [(id: Int64, label: Int64)]]] = [:]
    /// committee ISO date → id.
    var committees: [String: Int64] = [:]
    /// INSEE code → ZRR, from the imported list of communes.
    var communes: [String: Bool] = [:]
    /// Raw (unfolded) training reference → id, to fold each distinct reference once.
    private var trainingCache: [TrainingReference: Int64?] = [:]
    /// (training, code as written) → sessions, to fold each distinct code once.
    private var sessionCache: [SessionReference: [(id: Int64, label: Int64)]] = [:]

    struct TrainingReference: Hashable { let siret: String, title: String, place: String }
    struct SessionReference: Hashable { let training: Int64, code: String }

    init(database: Database, kind: ImportKind) throws {
        guard kind != .communes && kind != .qpv else { return }
        try database.forEachRow("SELECT t.id, o.siret, t.title, t.commune FROM trainings t JOIN organizations o ON o.id = t.organization_id", []) { s in
            trainings[Self.trainingKey(s.string(1), s.string(2), s.string(3)), default: []].append(s.int64(0))
        }
        try database.forEachRow("SELECT id, training_id, convention_signed_on FROM labels ORDER BY id", []) { s in
            labels[s.int64(1), default: []].append((s.int64(0), s.string(2)))
        }
        if kind == .sessions || kind == .learners {
            try database.forEachRow("SELECT s.id, s.label_id, s.code, l.training_id FROM sessions s JOIN labels l ON l.id = s.label_id ORDER BY s.id", []) { s in
                sessionsByTraining[s.int64(3), default: [:]][TextFolding.fold(s.string(2)), default: []].append((s.int64(0), s.int64(1)))
            }
        }
        if kind == .dossiers {
            try database.forEachRow("SELECT id, date FROM committees", []) { s in committees[s.string(1)] = s.int64(0) }
        }
        if kind == .learners {
            try database.forEachRow("SELECT insee_code, is_zrr FROM communes", []) { s in communes[s.string(0)] = s.int(1) != 0 }
        }
    }

    static func trainingKey(_ siret: String, _ title: String, _ place: String) -> String {
        siret + "\u{1F}" + TextFolding.fold(title) + "\u{1F}" + TextFolding.fold(place)
    }

    /// The last reference looked up and what it gave: rows of one training or session follow each other.
    private var lastTraining: (TrainingReference, Int64?)?
    private var lastSession: (SessionReference, [(id: Int64, label: Int64)])?

    mutating func training(siret: String, title: String, place: String) -> Int64? {
        let raw = TrainingReference(siret: siret, title: title, place: place)
        if let lastTraining, lastTraining.0 == raw { return lastTraining.1 }
        let found: Int64?
        if let cached = trainingCache[raw] {
            found = cached
        } else {
            found = trainings[Self.trainingKey(siret, title, place)]?.first
            trainingCache[raw] = found
        }
        lastTraining = (raw, found)
        return found
    }

    mutating func sessions(training: Int64, code: String) -> [(id: Int64, label: Int64)] {
        let raw = SessionReference(training: training, code: code)
        if let lastSession, lastSession.0 == raw { return lastSession.1 }
        let found: [(id: Int64, label: Int64)]
        if let cached = sessionCache[raw] {
            found = cached
        } else {
            found = sessionsByTraining[training]?[TextFolding.fold(code)] ?? []
            sessionCache[raw] = found
        }
        lastSession = (raw, found)
        return found
    }
}

/// Creating many learners at once (issue 7: ≥ 150,000 rows per second). Each learner row fired two
/// triggers: the date check of migration 0003 and the change log of migration 0006; running a trigger
/// costs SQLite about as much per row as the insert itself (callgrind, 20,000 rows: +7 k instructions per
/// row for an empty trigger, +17 k for the date check, +12 k for the change log; the insert alone about
/// 50 k). Inside the import's transaction, the two insert triggers are dropped, the rows inserted, then:
/// - their dates are checked by the trigger's own condition in one `SELECT` over the new rows (about
///   1.6 k instructions per row); an invalid one fails the import as the trigger would have;
/// - the change log gets one ('sessions', id) entry per session given new learners, in the order of
///   their first new row, as the trigger's "once per run of rows" gives for rows grouped by session;
/// - the triggers are created again from their own stored SQL, unchanged.
/// No other connection ever sees the schema without them: the drop, the rows and the re-creation are
/// committed (or rolled back) together. Other triggers on learners (updates, deletes, any added later)
/// stay in place and fire as usual.
struct LearnerBulkInsert {
    /// The insert triggers taken over, by name (migrations 0003 and 0006).
    static let triggers = ["learners_valid_dates_insert", "learners_log_insert_new"]

    /// Their SQL, to create them again.
    let saved: [String]
    /// The largest rowid before the import: the new rows are the ones above it.
    let lastRowID: Int64

    /// Drops the triggers; nil (nothing done) unless both exist as migrations made them.
    static func begin(_ database: Database) throws -> LearnerBulkInsert? {
        var saved: [String] = []
        for name in triggers {
            guard let sql = try database.fetchOne(
                "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ? AND tbl_name = 'learners'",
                [.text(name)]).flatMap({ String(sqlValue: $0[0]) }) else { return nil }
            saved.append(sql)
        }
        let last = try database.fetchOne("SELECT coalesce(max(rowid), 0) FROM learners", [SQLValue]())
            .flatMap { Int64(sqlValue: $0[0]) } ?? 0
        // New rows get rowids above the largest one, unless it is near the end of the range.
        guard last < Int64.max / 2 else { return nil }
        for name in triggers { try database.execute(sql: "DROP TRIGGER \(name)") }
        return LearnerBulkInsert(saved: saved, lastRowID: last)
    }

    /// Does the triggers' work for the rows created since `begin`, then creates the triggers again.
    func finish(_ database: Database) throws {
        if let invalid = DateValidityMigration.invalidCondition("learners"),
           try database.fetchOne("SELECT 1 FROM learners AS NEW WHERE NEW.rowid > ? AND (\(invalid)) LIMIT 1",
                                 [.integer(lastRowID)]) != nil {
            throw DatabaseError(extendedResultCode: 1811 /* SQLITE_CONSTRAINT_TRIGGER */,
                                message: "date inexistante dans learners")
        }
        try database.execute("""
            INSERT INTO change_log(tbl, row_id)
            SELECT 'sessions', session_id FROM learners WHERE rowid > ? GROUP BY session_id ORDER BY min(rowid)
            """, [.integer(lastRowID)])
        for sql in saved { try database.execute(sql: sql) }
    }
}
