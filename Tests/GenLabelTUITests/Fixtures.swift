import GenLabelCore
@testable import GenLabelTUI

func date(_ text: String) -> CalendarDate { CalendarDate(french: text)! }

/// A small hand-made world with accents everywhere, independent of the demo generator, so screen
/// snapshots only change when the screens do.
final class FixtureRepository: ApplicationRepository {
    var token: Int64 = 1
    var dossiers: [DossierRow]
    var sessions: [SessionRow]
    var labels: [LabelRow]
    var snapshot: MonitoringSnapshot
    var detailReads = 0
    /// When set, every list read fails with it.
    var failure: (any Error)?

    init(empty: Bool = false) {
        let organization = Organization(id: .init(1), name: "Association Élan Numérique", siret: "73282932000074",
                                        nda: "11755555575", qualiopi: .certified(validUntil: date("31/12/2027")),
                                        obligationsUpToDate: true)
        let training = Training(id: .init(1), organizationID: organization.id,
                                title: "Développeuse / Développeur web et web mobile", commune: "Saint-Étienne",
                                inseeCode: "42218", regionCode: "84", family: .development,
                                job: "Développeur (front-end, back-end, full stack, mobile, DevOps)",
                                certificationCode: "RNCP31114", certificationTitle: "Développeur web et web mobile",
                                hours: 700, months: 8)
        self.organization = organization
        self.training = training
        guard !empty else {
            dossiers = []; sessions = []; labels = []; snapshot = .empty
            return
        }
        dossiers = [
            DossierRow(id: .init(3), number: "GEN-2026-0003", trainingTitle: "Technicien·ne systèmes et réseaux",
                       organizationName: "Coopérative Les Codeuses d'Occitanie", regionCode: "76", state: .underReview,
                       committeeDate: date("18/02/2027"), score: nil),
            DossierRow(id: .init(2), number: "GEN-2026-0002", trainingTitle: training.title,
                       organizationName: organization.name, regionCode: "84", state: .reviewed,
                       committeeDate: date("18/02/2027"), score: 7.45),
            DossierRow(id: .init(1), number: "GEN-2026-0001", trainingTitle: "Chargé·e de communication digitale",
                       organizationName: "École régionale du numérique de Guyane", regionCode: "03", state: .draft,
                       committeeDate: nil, score: nil),
        ]
        let session = TrainingSession(id: .init(1), labelID: .init(1), code: "S2026-09", plannedStart: date("07/09/2026"),
                                      actualStart: date("14/09/2026"), end: date("31/03/2027"), capacity: 14,
                                      startAttestationReceivedOn: nil, endOfSessionListReceivedOn: nil)
        let oldSession = TrainingSession(id: .init(2), labelID: .init(1), code: "S2025-10", plannedStart: date("06/10/2025"),
                                         actualStart: date("06/10/2025"), end: date("31/10/2026"), capacity: 12,
                                         startAttestationReceivedOn: date("20/10/2025"), endOfSessionListReceivedOn: nil)
        sessions = [
            SessionRow(id: session.id, code: session.code, trainingTitle: training.title, regionCode: "84",
                       plannedStart: session.plannedStart, actualStart: session.actualStart, end: session.end,
                       learnerCount: 13, startAttestationReceivedOn: nil, endOfSessionListReceivedOn: nil),
            SessionRow(id: oldSession.id, code: oldSession.code, trainingTitle: training.title, regionCode: "84",
                       plannedStart: oldSession.plannedStart, actualStart: oldSession.actualStart, end: oldSession.end,
                       learnerCount: 12, startAttestationReceivedOn: date("20/10/2025"), endOfSessionListReceivedOn: nil),
        ]
        let label = Label(id: .init(1), trainingID: training.id, dossierID: nil, conventionSignedOn: date("15/06/2025"),
                          state: .active)
        labels = [LabelRow(id: label.id, trainingTitle: training.title, organizationName: organization.name,
                           regionCode: "84", signedOn: label.conventionSignedOn, expiresOn: label.expiresOn(),
                           state: .active, sessionCount: 2)]
        snapshot = MonitoringSnapshot(
            committees: [Committee(id: .init(1), date: date("18/02/2027"))],
            labels: [.init(label: label, trainingTitle: training.title, regionCode: "84")],
            sessions: [session, oldSession],
            annualReports: [AnnualReport(labelID: label.id, year: 2025, receivedOn: date("20/01/2026"))])
    }

    let organization: Organization
    let training: Training

    func dossierRows() throws -> [DossierRow] {
        if let failure { throw failure }
        return dossiers
    }
    func sessionRows() throws -> [SessionRow] { sessions }
    func labelRows() throws -> [LabelRow] { labels }
    func monitoringSnapshot() throws -> MonitoringSnapshot { snapshot }
    func changeToken() throws -> Int64 { token }

    func dossierDetail(_ id: Dossier.ID) throws -> DossierDetail? {
        detailReads += 1
        guard let row = dossiers.first(where: { $0.id == id }) else { return nil }
        let dossier = Dossier(id: id, number: row.number, trainingID: training.id, state: row.state, committeeID: .init(1),
                              submittedOn: date("02/11/2026"), score: row.score, isRenewal: false)
        // The second dossier carries a filled-in application (the others are bare drafts).
        let content = id == .init(2)
            ? DossierContent(qualiopiCertifiedOn: date("15/01/2025"), ownsCertification: true, remoteSharePercent: 20,
                             receptionPlaces: 0, immersionKind: .internship, immersionWeeks: 8, supportHours: 80,
                             sessionsPerYear: 2, learnersPerSession: 14, targetLearnersPerSession: 12, fundedPlaces: 14,
                             plannedWomenPercent: 40, locatedInQPVOrZRR: true,
                             partners: [Partner(name: "France Travail", kind: .sourcing),
                                        Partner(name: "Numérique Loire", kind: .employment)],
                             notes: "Dossier complet ; entretien collectif prévu.")
            : DossierContent.empty
        return DossierDetail(dossier: dossier, training: training, organization: organization,
                             committee: Committee(id: .init(1), date: date("18/02/2027")), content: content)
    }

    func sessionDetail(_ id: TrainingSession.ID) throws -> SessionDetail? {
        guard let session = snapshot.sessions.first(where: { $0.id == id }) else { return nil }
        return SessionDetail(session: session, label: snapshot.labels[0].label, training: training,
                             organization: organization,
                             figures: LearnerFigures(learners: 13, targetPublic: 11, women: 5, qpvOrZRR: 4))
    }

    func labelDetail(_ id: Label.ID) throws -> LabelDetail? {
        guard let context = snapshot.labels.first(where: { $0.label.id == id }) else { return nil }
        return LabelDetail(label: context.label, training: training, organization: organization,
                           sessions: snapshot.sessions, annualReports: snapshot.annualReports)
    }
}

/// A driver on the fixture at a fixed date and size.
func makeDriver(width: Int = 80, height: Int = 24, today: String = "03/12/2026", empty: Bool = false,
                repository: FixtureRepository? = nil) -> (AppDriver, FixtureRepository) {
    let repository = repository ?? FixtureRepository(empty: empty)
    let state = AppState(today: date(today), todayIsPinned: true, databasePath: "/home/instructrice/.local/share/genlabel/genlabel.sqlite",
                         size: TerminalSize(width: width, height: height))
    return (AppDriver(state: state, repository: repository), repository)
}
