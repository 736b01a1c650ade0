import GenLabelCore

/// The instruction workflow (issue 3) through the write path: permission `.editDossiers`, one
/// transaction, the dossier's version checked and bumped, an audit entry per change.
extension SQLiteRepository: InstructionStoring {
    // MARK: Reads

    public func instructionFile(_ id: Dossier.ID) throws -> InstructionFile? {
        guard let dossier = try dossier(id), let training = try training(dossier.trainingID),
              let organization = try organization(training.organizationID) else { return nil }
        var content = DossierContent.empty
        var version: Int64 = 0
        try database.forEachRow("SELECT version, \(InstructionColumns.selectList) FROM dossiers WHERE id = ?",
                                [.integer(id.rawValue)]) { s in
            version = s.int64(0)
            content = try InstructionColumns.content(s, from: 1)
        }
        content.partners = try partners(id)
        let committees = try committees()
        let committee = dossier.committeeID.flatMap { cid in committees.first { $0.id == cid } }
        let application = DossierApplication(dossier: dossier, training: training, organization: organization, content: content)
        let reference = committee?.date
        var activeUntil: CalendarDate?
        for label in try labels(where: "training_id = ? AND (dossier_id IS NULL OR dossier_id <> ?)",
                                [.integer(training.id.rawValue), .integer(id.rawValue)])
        where label.state.isMonitored {
            let expiry = label.expiresOn()
            if reference.map({ expiry >= $0 }) ?? true { activeUntil = max(activeUntil ?? expiry, expiry) }
        }
        var others: [String] = []
        let closed = DossierState.allCases.filter { $0.isFinal }.map { "'\($0.rawValue)'" }.joined(separator: ", ")
        try database.forEachRow("""
            SELECT number FROM dossiers WHERE training_id = ? AND id <> ? AND state NOT IN (\(closed)) ORDER BY number
            """, [.integer(training.id.rawValue), .integer(id.rawValue)]) { s in others.append(s.string(0)) }
        return InstructionFile(application: application, version: version, committee: committee, committees: committees,
                               decisions: try decisions(id), sheets: try sheets(id),
                               weights: try weights(dossier.committeeID), transitions: try transitions(id),
                               activeLabelUntil: activeUntil, otherOpenDossiers: others)
    }

    public func committeeOverview(today: CalendarDate) throws -> [CommitteeOverview] {
        var placements: [DossierPlacement] = []
        try database.forEachRow("SELECT number, state, committee_id, submitted_on FROM dossiers ORDER BY number", []) { s in
            placements.append(DossierPlacement(number: s.string(0), state: try s.decoded(1, "dossiers", "state"),
                                               committeeID: s.optionalInt64(2).map { .init($0) },
                                               submittedOn: try s.optionalDate(3, "dossiers", "submitted_on")))
        }
        var overview = CommitteeBoard.overview(try committees(), dossiers: placements, today: today)
        for index in overview.indices { overview[index].weights = try weights(overview[index].committee.id) }
        return overview
    }

    public func committeeRanking(_ id: Committee.ID) throws -> [RankedDossier] {
        let weights = try weights(id)
        var sheetsByDossier: [Int64: [String: [Grade]]] = [:]
        try database.forEachRow("""
            SELECT g.dossier_id, g.grader, g.criterion, g.grade, g.comment FROM grades g
            JOIN dossiers d ON d.id = g.dossier_id WHERE d.committee_id = ?
            """, [.integer(id.rawValue)]) { s in
            sheetsByDossier[s.int64(0), default: [:]][s.string(1), default: []]
                .append(Grade(criterion: s.int(2), value: s.int(3), comment: s.string(4)))
        }
        let states = CommitteeRanking.rankedStates.map { "'\($0.rawValue)'" }.sorted().joined(separator: ", ")
        var candidates: [RankingCandidate] = []
        try database.forEachRow("""
            SELECT d.id, d.number, t.title, t.region_code, t.job, d.state, d.score, d.located_qpv_zrr,
                   d.planned_women_percent, d.submitted_on, d.version
            FROM dossiers d JOIN trainings t ON t.id = d.training_id
            WHERE d.committee_id = ? AND d.score IS NOT NULL AND d.state IN (\(states))
            """, [.integer(id.rawValue)]) { s in
            let sheets = (sheetsByDossier[s.int64(0)] ?? [:]).map { GraderSheet(grader: $0.key, grades: $0.value) }
            let summary = Scoring.summary(sheets, weights: weights)
            candidates.append(RankingCandidate(
                dossierID: .init(s.int64(0)), number: s.string(1), trainingTitle: s.string(2), regionCode: s.string(3),
                job: s.string(4), state: try s.decoded(5, "dossiers", "state"), score: s.double(6), spread: summary.spread,
                isFlagged: summary.isFlagged, locatedInQPVOrZRR: s.optionalInt(7) == 1,
                plannedWomenPercent: s.optionalInt(8), submittedOn: try s.optionalDate(9, "dossiers", "submitted_on"),
                version: s.int64(10)))
        }
        return CommitteeRanking.rank(candidates)
    }

    func partners(_ id: Dossier.ID) throws -> [Partner] {
        var result: [Partner] = []
        try database.forEachRow("SELECT name, kind FROM dossier_partners WHERE dossier_id = ? ORDER BY position",
                                [.integer(id.rawValue)]) { s in
            result.append(Partner(name: s.string(0), kind: try s.decoded(1, "dossier_partners", "kind")))
        }
        return result
    }

    func decisions(_ id: Dossier.ID) throws -> [AdmissibilityDecision] {
        var result: [AdmissibilityDecision] = []
        try database.forEachRow("""
            SELECT criterion, met, reason, login, decided_on FROM admissibility_decisions WHERE dossier_id = ? ORDER BY criterion
            """, [.integer(id.rawValue)]) { s in
            result.append(AdmissibilityDecision(criterion: s.int(0), met: s.bool(1), reason: s.string(2), login: s.string(3),
                                                decidedOn: try s.date(4, "admissibility_decisions", "decided_on")))
        }
        return result
    }

    func sheets(_ id: Dossier.ID) throws -> [GraderSheet] {
        var byGrader: [String: [Grade]] = [:]
        try database.forEachRow("""
            SELECT grader, criterion, grade, comment FROM grades WHERE dossier_id = ? ORDER BY grader, criterion
            """, [.integer(id.rawValue)]) { s in
            byGrader[s.string(0), default: []].append(Grade(criterion: s.int(1), value: s.int(2), comment: s.string(3)))
        }
        return byGrader.keys.sorted().map { GraderSheet(grader: $0, grades: byGrader[$0]!) }
    }

    /// A committee's weights; equal when none are recorded (or no committee).
    func weights(_ id: Committee.ID?) throws -> CriterionWeights {
        guard let id else { return .equal }
        var values = CriterionWeights.equal.values
        try database.forEachRow("SELECT criterion, weight FROM committee_weights WHERE committee_id = ?",
                                [.integer(id.rawValue)]) { s in
            let criterion = s.int(0)
            if (1...6).contains(criterion) { values[criterion - 1] = s.int(1) }
        }
        return CriterionWeights(values)
    }

    func transitions(_ id: Dossier.ID) throws -> [DossierTransition] {
        var result: [DossierTransition] = []
        try database.forEachRow("""
            SELECT from_state, to_state, on_date, login, reason FROM dossier_transitions WHERE dossier_id = ? ORDER BY id
            """, [.integer(id.rawValue)]) { s in
            result.append(DossierTransition(from: try s.decoded(0, "dossier_transitions", "from_state"),
                                            to: try s.decoded(1, "dossier_transitions", "to_state"),
                                            on: try s.date(2, "dossier_transitions", "on_date"), login: s.string(3),
                                            reason: s.string(4)))
        }
        return result
    }

    // MARK: Writes

    /// Reads the dossier inside the transaction; nil throws `recordMissing`.
    private func file(_ id: Dossier.ID) throws -> InstructionFile {
        guard let file = try instructionFile(id) else { throw StoreError.recordMissing }
        return file
    }

    public func decideCriterion(_ criterion: Int, met: Bool?, reason: String, dossier id: Dossier.ID,
                                expectedVersion: Int64, by actor: Actor, at timestamp: String,
                                today: CalendarDate) throws {
        precondition((1...10).contains(criterion), "admissibility criteria are numbered 1…10")
        try write(as: actor, needing: .editDossiers, at: timestamp) { transaction in
            let file = try file(id)
            guard [.draft, .submitted].contains(file.dossier.state) else {
                throw InstructionRefused(T(.instrAdmissibilityClosed, file.dossier.state.displayName))
            }
            let evaluation = file.admissibility(today: today).criteria[criterion - 1]
            let reason = reason.trimmingWhitespace
            if let met, reason.isEmpty, evaluation.automatic != .toCheck || !met {
                throw InstructionRefused(T(.instrReasonNeeded))
            }
            try transaction.update(.dossiers, id: id.rawValue, expectedVersion: expectedVersion,
                                   set: [("state", .text(file.dossier.state.rawValue))])
            let before = evaluation.result.displayName
            if let met {
                try database.execute("""
                    INSERT OR REPLACE INTO admissibility_decisions (dossier_id, criterion, met, reason, login, decided_on)
                    VALUES (?, ?, ?, ?, ?, ?)
                    """, id.rawValue, criterion, met, reason, actor.login, today.iso)
            } else {
                try database.execute("DELETE FROM admissibility_decisions WHERE dossier_id = ? AND criterion = ?",
                                     id.rawValue, criterion)
            }
            let after = met.map { ($0 ? CriterionResult.met : .notMet).displayName } ?? T(.instrAutomatic, evaluation.automatic.displayName)
            try transaction.audit(.recordChanged, kind: AuditSubject.dossier, key: file.dossier.number,
                                  detail: T(.instrAuditCriterion, criterion, before, after, reason))
        }
    }

    public func grade(_ criterion: Int, value: Int?, comment: String?, dossier id: Dossier.ID, expectedVersion: Int64,
                      by actor: Actor, at timestamp: String, today: CalendarDate) throws {
        precondition((1...6).contains(criterion), "selection criteria are numbered 1…6")
        try write(as: actor, needing: .editDossiers, at: timestamp) { transaction in
            let file = try file(id)
            guard [.admissible, .underReview].contains(file.dossier.state) else {
                throw InstructionRefused(T(.instrGradingClosed, file.dossier.state.displayName))
            }
            if let value, !(0...RuleParameters.standard.instruction.maximumGrade).contains(value) {
                throw InstructionRefused(T(.validNumberRange, value, 0, RuleParameters.standard.instruction.maximumGrade))
            }
            let previous = file.sheets.first { $0.grader == actor.login }?.grade(criterion)
            if let value {
                try database.execute("""
                    INSERT OR REPLACE INTO grades (dossier_id, grader, criterion, grade, comment) VALUES (?, ?, ?, ?, ?)
                    """, id.rawValue, actor.login, criterion, value, comment ?? previous?.comment ?? "")
            } else if let comment, previous != nil {
                try database.execute("UPDATE grades SET comment = ? WHERE dossier_id = ? AND grader = ? AND criterion = ?",
                                     comment, id.rawValue, actor.login, criterion)
            } else if comment != nil {
                throw InstructionRefused(T(.instrGradeFirst))
            } else {
                try database.execute("DELETE FROM grades WHERE dossier_id = ? AND grader = ? AND criterion = ?",
                                     id.rawValue, actor.login, criterion)
            }
            let summary = Scoring.summary(try sheets(id), weights: file.weights)
            var set: [(column: String, value: SQLValue)] = [("score", summary.mean.map { .real(ScoreFormula.rounded($0)) } ?? .null)]
            if file.dossier.state == .admissible {
                // The first grade starts the review: recorded as a transition like any other.
                set.append(("state", .text(DossierState.underReview.rawValue)))
                try recordTransition(id, file: file, to: .underReview, reason: T(.instrFirstGrade), login: actor.login,
                                     on: today, transaction: transaction)
            }
            try transaction.update(.dossiers, id: id.rawValue, expectedVersion: expectedVersion, set: set)
            let old = previous.map { "\($0.value)" } ?? "—"
            let new = value.map(String.init) ?? (comment != nil ? old : "—")
            try transaction.audit(.recordChanged, kind: AuditSubject.dossier, key: file.dossier.number,
                                  detail: T(.instrAuditGrade, criterion, old, new, comment ?? ""))
        }
    }

    public func transition(_ id: Dossier.ID, to state: DossierState, reason: String, expectedVersion: Int64,
                           by actor: Actor, at timestamp: String, today: CalendarDate) throws {
        try transition(id, to: state, reason: reason, conventionOn: nil, expectedVersion: expectedVersion, by: actor,
                       at: timestamp, today: today)
    }

    public func transition(_ id: Dossier.ID, to state: DossierState, reason: String, conventionOn: CalendarDate?,
                           expectedVersion: Int64, by actor: Actor, at timestamp: String, today: CalendarDate) throws {
        let convention = conventionOn ?? today
        if state == .labelled, convention > today { throw InstructionRefused(T(.decisionConventionFuture, convention.french)) }
        try write(as: actor, needing: .editDossiers, at: timestamp) { transaction in
            let file = try file(id)
            let reason = reason.trimmingWhitespace
            if let refusal = file.refusal(to: state, reason: reason, today: today) { throw InstructionRefused(refusal) }
            var set: [(column: String, value: SQLValue)] = [("state", .text(state.rawValue))]
            let context = file.transitionContext(to: state, today: today)
            switch state {
            case .submitted where file.dossier.state == .draft:
                set.append(("submitted_on", .text(today.iso)))
                set.append(("committee_id", context.committee.map { .integer($0.id.rawValue) } ?? .null))
            case .deferred:
                set.append(("committee_id", context.nextCommittee.map { .integer($0.id.rawValue) } ?? .null))
            default: break
            }
            try transaction.update(.dossiers, id: id.rawValue, expectedVersion: expectedVersion, set: set)
            try recordTransition(id, file: file, to: state, reason: reason, login: actor.login, on: today,
                                 transaction: transaction)
            if state == .labelled {
                let labelState: LabelState
                if case .auditScheduled = file.application.organization.qualiopi { labelState = .pendingQualiopiAudit } else { labelState = .active }
                try database.execute("""
                    INSERT INTO labels (training_id, dossier_id, convention_signed_on, state) VALUES (?, ?, ?, ?)
                    """, file.application.training.id.rawValue, id.rawValue, convention.iso, labelState.rawValue)
                try transaction.audit(.recordCreated, kind: AuditSubject.label, key: file.application.training.title,
                                      detail: T(.instrAuditLabel, file.dossier.number, convention.french))
            }
        }
    }

    /// Appends the transition to the history and its audit entry.
    private func recordTransition(_ id: Dossier.ID, file: InstructionFile, to state: DossierState, reason: String,
                                  login: String, on date: CalendarDate, transaction: WriteTransaction) throws {
        try database.execute("""
            INSERT INTO dossier_transitions (dossier_id, from_state, to_state, on_date, login, reason) VALUES (?, ?, ?, ?, ?, ?)
            """, id.rawValue, file.dossier.state.rawValue, state.rawValue, date.iso, login, reason)
        try transaction.audit(.recordChanged, kind: AuditSubject.dossier, key: file.dossier.number,
                              detail: T(.instrAuditTransition, file.dossier.state.displayName, state.displayName, reason))
    }

    public func setWeights(_ weights: CriterionWeights, committee id: Committee.ID, by actor: Actor,
                           at timestamp: String) throws {
        try write(as: actor, needing: .editDossiers, at: timestamp) { transaction in
            guard let committee = try committee(id) else { throw StoreError.recordMissing }
            if let collected = committee.listCollectedOn { throw InstructionRefused(T(.instrWeightsFrozen, collected.french)) }
            guard weights.isUsable else { throw InstructionRefused(T(.instrWeightsInvalid)) }
            let before = try self.weights(id)
            for (index, weight) in weights.values.enumerated() {
                try database.execute("INSERT OR REPLACE INTO committee_weights (committee_id, criterion, weight) VALUES (?, ?, ?)",
                                     id.rawValue, index + 1, weight)
            }
            // Scores of the committee's dossiers follow the new weights.
            var ids: [(Int64, Int64)] = []
            try database.forEachRow("SELECT id, version FROM dossiers WHERE committee_id = ?", [.integer(id.rawValue)]) { s in
                ids.append((s.int64(0), s.int64(1)))
            }
            for (dossier, version) in ids {
                let sheets = try sheets(.init(dossier))
                guard !sheets.isEmpty else { continue }
                let mean = Scoring.summary(sheets, weights: weights).mean
                try transaction.update(.dossiers, id: dossier, expectedVersion: version,
                                       set: [("score", mean.map { .real(ScoreFormula.rounded($0)) } ?? .null)])
            }
            try transaction.audit(.recordChanged, kind: AuditSubject.committee, key: committee.date.french,
                                  detail: T(.instrAuditWeights, before.values.map(String.init).joined(separator: "/"),
                                            weights.values.map(String.init).joined(separator: "/")))
        }
    }

    public func collectList(_ id: Committee.ID, on day: CalendarDate, by actor: Actor, at timestamp: String,
                            today: CalendarDate) throws {
        guard day <= today else { throw InstructionRefused(T(.instrCollectFuture, day.french)) }
        try write(as: actor, needing: .editDossiers, at: timestamp) { transaction in
            guard let committee = try committee(id) else { throw StoreError.recordMissing }
            if let collected = committee.listCollectedOn { throw InstructionRefused(T(.instrAlreadyCollected, collected.french)) }
            try database.execute("UPDATE committees SET list_collected_on = ? WHERE id = ? AND list_collected_on IS NULL",
                                 day.iso, id.rawValue)
            try transaction.audit(.recordChanged, kind: AuditSubject.committee, key: committee.date.french,
                                  detail: T(.instrAuditCollected, day.french))
        }
    }

    public func updateContent(_ content: DossierContent, dossier id: Dossier.ID, expectedVersion: Int64,
                              by actor: Actor, at timestamp: String) throws {
        try write(as: actor, needing: .editDossiers, at: timestamp) { transaction in
            let file = try file(id)
            // One entry per field changed, with its French name (not the column's).
            var after = file.application
            after.content = content
            let changes = DossierForm.changes(from: file.application, to: after)
            let new = InstructionColumns.values(content)
            guard !changes.isEmpty else { return }
            try transaction.update(.dossiers, id: id.rawValue, expectedVersion: expectedVersion, set: new)
            try database.execute("DELETE FROM dossier_partners WHERE dossier_id = ?", id.rawValue)
            for (position, partner) in content.partners.enumerated() {
                try database.execute("INSERT INTO dossier_partners (dossier_id, position, name, kind) VALUES (?, ?, ?, ?)",
                                     id.rawValue, position, partner.name, partner.kind.rawValue)
            }
            for change in changes {
                try transaction.audit(.recordChanged, kind: AuditSubject.dossier, key: file.dossier.number,
                                      detail: change.auditText)
            }
        }
    }

    static func auditText(_ value: SQLValue) -> String {
        switch value {
        case .null: return "—"
        case .integer(let v): return String(v)
        case .real(let v): return String(v)
        case .text(let v): return v
        case .blob: return "…"
        }
    }
}

extension AuditSubject {
    /// A committee in the audit trail (its weights), named by its date.
    public static let committee = "comité"
}
