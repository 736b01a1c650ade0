/// Read models for the detail views. None carries a learner's personal data: figures only.

/// Everything the dossier detail view shows.
public struct DossierDetail: Sendable, Hashable {
    public var dossier: Dossier
    public var training: Training
    public var organization: Organization
    public var committee: Committee?
    /// What the application form carries beyond the organization and the training (issue 3).
    public var content: DossierContent
    public init(dossier: Dossier, training: Training, organization: Organization, committee: Committee?,
                content: DossierContent = .empty) {
        self.dossier = dossier; self.training = training; self.organization = organization; self.committee = committee
        self.content = content
    }

    /// The application as the form reads it.
    public var application: DossierApplication {
        DossierApplication(dossier: dossier, training: training, organization: organization, content: content)
    }
}

/// Anonymous figures about the learners of a session (DOMAIN.md, "Target-public figures").
public struct LearnerFigures: Sendable, Hashable {
    public var learners: Int
    public var targetPublic: Int
    public var women: Int
    public var qpvOrZRR: Int
    public init(learners: Int, targetPublic: Int, women: Int, qpvOrZRR: Int) {
        self.learners = learners; self.targetPublic = targetPublic; self.women = women; self.qpvOrZRR = qpvOrZRR
    }
    public static let zero = LearnerFigures(learners: 0, targetPublic: 0, women: 0, qpvOrZRR: 0)
}

/// Everything the session detail view shows.
public struct SessionDetail: Sendable, Hashable {
    public var session: TrainingSession
    public var label: Label
    public var training: Training
    public var organization: Organization
    public var figures: LearnerFigures
    public init(session: TrainingSession, label: Label, training: Training, organization: Organization,
                figures: LearnerFigures) {
        self.session = session; self.label = label; self.training = training
        self.organization = organization; self.figures = figures
    }
}

/// Everything the label detail view shows.
public struct LabelDetail: Sendable, Hashable {
    public var label: Label
    public var training: Training
    public var organization: Organization
    public var sessions: [TrainingSession]
    public var annualReports: [AnnualReport]
    /// Officer, version, history, modification requests and renewals (issue 4).
    public var monitoring: LabelMonitoring
    public init(label: Label, training: Training, organization: Organization, sessions: [TrainingSession],
                annualReports: [AnnualReport], monitoring: LabelMonitoring = .empty) {
        self.label = label; self.training = training; self.organization = organization
        self.sessions = sessions; self.annualReports = annualReports; self.monitoring = monitoring
    }
}
