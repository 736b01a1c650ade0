@testable import GenLabelCore

func day(_ text: String) -> CalendarDate { CalendarDate(french: text)! }

/// A complete, admissible application; each test changes what it checks.
func sampleApplication(state: DossierState = .submitted) -> DossierApplication {
    let organization = Organization(id: .init(1), name: "Association Élan Numérique", siret: "73282932000074",
                                    nda: "84420123456", qualiopi: .certified(validUntil: day("31/12/2027")),
                                    obligationsUpToDate: true)
    let training = Training(id: .init(1), organizationID: organization.id, title: "Développeuse web", commune: "Saint-Étienne",
                            inseeCode: "42218", regionCode: "84", family: .development,
                            job: "Développeur (front-end, back-end, full stack, mobile, DevOps)",
                            certificationCode: "RNCP31114", certificationTitle: "Développeur web et web mobile",
                            hours: 700, months: 8)
    let dossier = Dossier(id: .init(1), number: "GEN-2026-0001", trainingID: training.id, state: state, committeeID: nil,
                          submittedOn: nil, score: nil, isRenewal: false)
    let content = DossierContent(ownsCertification: true, remoteSharePercent: 20, receptionPlaces: 0,
                                 immersionKind: .internship, immersionWeeks: 8, supportHours: 80, sessionsPerYear: 2,
                                 learnersPerSession: 14, targetLearnersPerSession: 12, fundedPlaces: 14,
                                 plannedWomenPercent: 40, locatedInQPVOrZRR: true,
                                 partners: [Partner(name: "France Travail Loire", kind: .sourcing)])
    return DossierApplication(dossier: dossier, training: training, organization: organization, content: content)
}
