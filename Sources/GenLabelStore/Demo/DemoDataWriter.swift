import GenLabelCore

/// Writes a generated demo data set into a database, in one transaction (all or nothing).
public enum DemoDataWriter {
    /// Inserts every record of `data` with its own ids. The database must hold no records yet
    /// (reference data aside): the demo committees are added to the reference ones.
    public static func write(_ data: DemoDataSet, into db: Database) throws {
        try db.inTransaction {
            var committeeIDs: [Committee.ID: Int64] = [:]
            for committee in data.committees {
                if let existing = try db.fetchOne("SELECT id FROM committees WHERE date = ?", committee.date.iso),
                   case .integer(let id) = existing[0] {
                    try db.execute("UPDATE committees SET explicit_cutoff = ?, list_collected_on = ? WHERE id = ?",
                                   committee.explicitCutoff?.iso, committee.listCollectedOn?.iso, id)
                    committeeIDs[committee.id] = id
                } else {
                    try db.execute("INSERT INTO committees (date, explicit_cutoff, list_collected_on) VALUES (?, ?, ?)",
                                   committee.date.iso, committee.explicitCutoff?.iso, committee.listCollectedOn?.iso)
                    committeeIDs[committee.id] = db.lastInsertRowID
                }
            }
            for o in data.organizations {
                let (status, date): (String, CalendarDate?) = {
                    switch o.qualiopi {
                    case .certified(let until): return ("certified", until)
                    case .auditScheduled(let on): return ("audit_scheduled", on)
                    case .none: return ("none", nil)
                    }
                }()
                try db.execute("""
                    INSERT INTO organizations (id, name, siret, nda, qualiopi_status, qualiopi_date, obligations_up_to_date)
                    VALUES (?, ?, ?, ?, ?, ?, ?)
                    """, o.id.rawValue, o.name, o.siret, o.nda, status, date?.iso, o.obligationsUpToDate)
            }
            for t in data.trainings {
                try db.execute("""
                    INSERT INTO trainings (id, organization_id, title, commune, insee_code, region_code, family, job,
                                           certification_code, certification_title, hours, months)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """, t.id.rawValue, t.organizationID.rawValue, t.title, t.commune, t.inseeCode, t.regionCode,
                               t.family?.rawValue, t.job, t.certificationCode, t.certificationTitle, t.hours, t.months)
            }
            for d in data.dossiers {
                try db.execute("""
                    INSERT INTO dossiers (id, number, training_id, state, committee_id, submitted_on, score, is_renewal)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                    """, d.id.rawValue, d.number, d.trainingID.rawValue, d.state.rawValue,
                               d.committeeID.flatMap { committeeIDs[$0] }, d.submittedOn?.iso, d.score, d.isRenewal)
            }
            for l in data.labels {
                try db.execute("""
                    INSERT INTO labels (id, training_id, dossier_id, convention_signed_on, state, officer_login)
                    VALUES (?, ?, ?, ?, ?, ?)
                    """, l.id.rawValue, l.trainingID.rawValue, l.dossierID?.rawValue, l.conventionSignedOn.iso, l.state.rawValue,
                               DemoOfficers.officer(of: l.id))
            }
            for s in data.sessions {
                try db.execute("""
                    INSERT INTO sessions (id, label_id, code, planned_start, actual_start, end_date, capacity,
                                          start_attestation_received_on, end_list_received_on, modality,
                                          referenced_carif_oref_on, referenced_mcf_on, referenced_kairos_on)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """, s.id.rawValue, s.labelID.rawValue, s.code, s.plannedStart.iso, s.actualStart?.iso, s.end.iso,
                               s.capacity, s.startAttestationReceivedOn?.iso, s.endOfSessionListReceivedOn?.iso,
                               s.modality?.rawValue, s.referencing.carifOref?.iso, s.referencing.monCompteFormation?.iso,
                               s.referencing.kairos?.iso)
            }
            let learnerInsert = """
                INSERT INTO learners (id, session_id, first_name, last_name, gender, birth_date, address, insee_code,
                                      commune, resides_qpv, resides_zrr, is_target_public, is_job_seeker,
                                      crous_aid, exit_kind, exit_date, exit_reason, certified, situation_end,
                                      situation_3m, situation_6m)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """
            for l in data.learners {
                try db.execute(learnerInsert, l.id.rawValue, l.sessionID.rawValue, l.firstName, l.lastName,
                               l.gender.rawValue, l.birthDate.iso, l.address, l.inseeCode, l.commune, l.residesInQPV,
                               l.residesInZRR, l.isTargetPublic, l.isJobSeeker, l.receivesCROUSAid, l.exitKind?.rawValue,
                               l.exitDate?.iso, l.exitReason, l.certificationObtained, l.situationAtEnd?.rawValue,
                               l.situationAt3Months?.rawValue, l.situationAt6Months?.rawValue)
            }
            for r in data.annualReports {
                try db.execute("INSERT INTO annual_reports (label_id, year, received_on) VALUES (?, ?, ?)",
                               r.labelID.rawValue, r.year, r.receivedOn?.iso)
            }
            for m in data.modificationRequests {
                try db.execute("""
                    INSERT INTO modification_requests (id, label_id, kind, requested_on, decided_on, decision, note, login)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                    """, m.id, m.labelID.rawValue, m.kind.rawValue, m.requestedOn.iso, m.decidedOn?.iso,
                               m.decision?.rawValue, m.note, DemoOfficers.officer(of: m.labelID).isEmpty ? "demo" : DemoOfficers.officer(of: m.labelID))
            }
            try writeInstruction(data.instruction, into: db)
        }
    }

    /// The instruction records (issue 3): content columns, partners, decisions, grades, transitions.
    static func writeInstruction(_ instruction: DemoInstruction, into db: Database) throws {
        let columns = InstructionColumns.content
        let update = "UPDATE dossiers SET " + columns.map { "\($0) = ?" }.joined(separator: ", ") + " WHERE id = ?"
        for (id, content) in instruction.contents.sorted(by: { $0.key < $1.key }) {
            try db.execute(update, InstructionColumns.values(content).map(\.value) + [.integer(id.rawValue)])
            for (position, partner) in content.partners.enumerated() {
                try db.execute("INSERT INTO dossier_partners (dossier_id, position, name, kind) VALUES (?, ?, ?, ?)",
                               id.rawValue, position, partner.name, partner.kind.rawValue)
            }
        }
        for (id, decisions) in instruction.decisions.sorted(by: { $0.key < $1.key }) {
            for d in decisions {
                try db.execute("""
                    INSERT INTO admissibility_decisions (dossier_id, criterion, met, reason, login, decided_on)
                    VALUES (?, ?, ?, ?, ?, ?)
                    """, id.rawValue, d.criterion, d.met, d.reason, d.login, d.decidedOn.iso)
            }
        }
        for (id, sheets) in instruction.sheets.sorted(by: { $0.key < $1.key }) {
            for sheet in sheets {
                for g in sheet.grades {
                    try db.execute("INSERT INTO grades (dossier_id, grader, criterion, grade, comment) VALUES (?, ?, ?, ?, ?)",
                                   id.rawValue, sheet.grader, g.criterion, g.value, g.comment)
                }
            }
        }
        for (id, transitions) in instruction.transitions.sorted(by: { $0.key < $1.key }) {
            for t in transitions {
                try db.execute("""
                    INSERT INTO dossier_transitions (dossier_id, from_state, to_state, on_date, login, reason)
                    VALUES (?, ?, ?, ?, ?, ?)
                    """, id.rawValue, t.from.rawValue, t.to.rawValue, t.on.iso, t.login, t.reason)
            }
        }
    }
}

