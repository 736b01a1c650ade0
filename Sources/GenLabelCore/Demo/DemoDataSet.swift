/// A complete, consistent demo world made by `DemoGenerator`: every record carries its id (1…n per
/// entity, in array order) and every foreign id points into the same data set, so a store can insert
/// the records with those ids as they are.
///
/// Committees are the three of §5a plus a series around "today"; annual reports hold only the reports
/// received (a missing report is an obligation of the alert list, not a record).
public struct DemoDataSet: Sendable, Equatable {
    public var organizations: [Organization]
    public var trainings: [Training]
    public var committees: [Committee]
    public var dossiers: [Dossier]
    public var labels: [Label]
    public var sessions: [TrainingSession]
    public var learners: [Learner]
    public var annualReports: [AnnualReport]
    /// The instruction records of the dossiers (issue 3): content, decisions, grades, transitions.
    public var instruction: DemoInstruction = .empty
    /// Modification requests of the labels (issue 4), some pending.
    public var modificationRequests: [ModificationRequest] = []

    public init(organizations: [Organization], trainings: [Training], committees: [Committee], dossiers: [Dossier],
                labels: [Label], sessions: [TrainingSession], learners: [Learner], annualReports: [AnnualReport]) {
        self.organizations = organizations; self.trainings = trainings; self.committees = committees
        self.dossiers = dossiers; self.labels = labels; self.sessions = sessions; self.learners = learners
        self.annualReports = annualReports
    }

    public static let empty = DemoDataSet(organizations: [], trainings: [], committees: [], dossiers: [], labels: [],
                                          sessions: [], learners: [], annualReports: [])

    /// What the alert engine needs, with each label's training title and region.
    public func monitoringSnapshot() -> MonitoringSnapshot {
        let trainingsByID = Dictionary(trainings.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let organizationsByID = Dictionary(organizations.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let renewals = dossiers.filter { $0.isRenewal && $0.state.standsForFiledRenewal }
        let contexts = labels.map { label in
            let training = trainingsByID[label.trainingID]
            var auditOn: CalendarDate?
            if label.state == .pendingQualiopiAudit, let training,
               case .auditScheduled(let on)? = organizationsByID[training.organizationID]?.qualiopi {
                auditOn = on
            }
            // As the store reads it: a renewal dossier of the same training, after the label's own dossier.
            let renewed = renewals.contains { $0.trainingID == label.trainingID && $0.id.rawValue > (label.dossierID?.rawValue ?? 0) }
            return MonitoringSnapshot.LabelContext(label: label, trainingTitle: training?.title ?? "",
                                                   regionCode: training?.regionCode ?? "", place: training?.commune ?? "",
                                                   officer: DemoOfficers.officer(of: label.id), qualiopiAuditOn: auditOn,
                                                   hasRenewal: renewed)
        }
        return MonitoringSnapshot(committees: committees, labels: contexts, sessions: sessions,
                                  annualReports: annualReports,
                                  modificationRequests: modificationRequests.filter(\.isPending))
    }
}
