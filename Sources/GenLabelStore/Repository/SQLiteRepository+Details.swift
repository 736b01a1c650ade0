import GenLabelCore

extension SQLiteRepository {
    public func dossierDetail(_ id: Dossier.ID) throws -> DossierDetail? {
        guard let dossier = try dossier(id), let training = try training(dossier.trainingID),
              let organization = try organization(training.organizationID) else { return nil }
        let committee = try dossier.committeeID.flatMap { try self.committee($0) }
        var content = DossierContent.empty
        try database.forEachRow("SELECT \(InstructionColumns.selectList) FROM dossiers WHERE id = ?",
                                [.integer(id.rawValue)]) { s in content = try InstructionColumns.content(s, from: 0) }
        content.partners = try partners(id)
        return DossierDetail(dossier: dossier, training: training, organization: organization, committee: committee,
                             content: content)
    }

    public func sessionDetail(_ id: TrainingSession.ID) throws -> SessionDetail? {
        guard let session = try sessions(where: "s.id = ?", [.integer(id.rawValue)]).first,
              let label = try label(session.labelID), let training = try training(label.trainingID),
              let organization = try organization(training.organizationID) else { return nil }
        return SessionDetail(session: session, label: label, training: training, organization: organization,
                             figures: try learnerFigures(id))
    }

    public func labelDetail(_ id: Label.ID) throws -> LabelDetail? {
        guard let label = try label(id), let training = try training(label.trainingID),
              let organization = try organization(training.organizationID) else { return nil }
        return LabelDetail(label: label, training: training, organization: organization,
                           sessions: try sessions(where: "s.label_id = ?", [.integer(id.rawValue)]),
                           annualReports: try annualReports(where: "label_id = ?", [.integer(id.rawValue)]),
                           monitoring: try labelMonitoring(id))
    }

    /// Anonymous counts of a session's learners: no names leave the store here.
    func learnerFigures(_ id: TrainingSession.ID) throws -> LearnerFigures {
        guard let row = try database.fetchOne("""
            SELECT count(*), coalesce(sum(is_target_public), 0), coalesce(sum(gender = 'F'), 0),
                   coalesce(sum(resides_qpv OR resides_zrr), 0)
            FROM learners WHERE session_id = ?
            """, [.integer(id.rawValue)]) else { return .zero }
        func int(_ i: Int) -> Int { if case .integer(let v) = row[i] { return Int(v) } else { return 0 } }
        return LearnerFigures(learners: int(0), targetPublic: int(1), women: int(2), qpvOrZRR: int(3))
    }
}
