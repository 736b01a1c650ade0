import Foundation
import Testing
import GenLabelCore
@testable import GenLabelStore
@testable import GenLabelTUI

/// Issue 3, "Dossier content and editing": the dossier's detail shows everything the application form
/// carries, grouped like the form, every field shown (an empty one as "—").
@Suite("Dossier detail: everything the application carries (issue 3)")
struct DossierDetailTests {
    /// A dossier whose every field is filled in, with values found nowhere else on the screen.
    static var filled: DossierDetail {
        let organization = Organization(id: .init(1), name: "Association Élan Numérique", siret: "73282932000074",
                                        nda: "84420123456", qualiopi: .auditScheduled(on: date("12/01/2027")),
                                        obligationsUpToDate: false)
        let training = Training(id: .init(1), organizationID: organization.id, title: "Développeuse web",
                                commune: "Saint-Étienne", inseeCode: "42218", regionCode: "84", family: .development,
                                job: "Technicien télécom", certificationCode: "RNCP31114",
                                certificationTitle: "Développeur web et web mobile", hours: 700, months: 8)
        let dossier = Dossier(id: .init(7), number: "GEN-2026-0007", trainingID: training.id, state: .submitted,
                              committeeID: .init(1), submittedOn: date("20/11/2026"), score: nil, isRenewal: true)
        let content = DossierContent(
            qualiopiCertifiedOn: date("02/03/2024"), subcontractorName: "Sous-traitance Océane",
            subcontractorNDA: "11755555575", ownsCertification: false, partnershipEndsOn: date("30/06/2028"),
            remoteSharePercent: 61, receptionPlaces: 3, immersionKind: .clientProject, immersionWeeks: 9,
            supportHours: 56, sessionsPerYear: 2, learnersPerSession: 15, targetLearnersPerSession: 12,
            fundedPlaces: 13, plannedWomenPercent: 45, locatedInQPVOrZRR: true,
            partners: [Partner(name: "France Travail", kind: .sourcing), Partner(name: "Mission locale", kind: .sourcing),
                       Partner(name: "Orange", kind: .employment), Partner(name: "Région AURA", kind: .funding)],
            notes: "Première ligne des notes.\nDeuxième ligne, après un saut.")
        return DossierDetail(dossier: dossier, training: training, organization: organization,
                             committee: Committee(id: .init(1), date: date("18/02/2027")), content: content)
    }

    /// The detail's lines as "label : value" text, one per line.
    func text(_ content: DetailContent) -> [String] {
        content.lines.map { line in
            switch line {
            case .section(let title): return "## " + title
            case .field(let label, let value, _): return label + " : " + value
            case .text(let text, _): return text
            case .blank: return ""
            }
        }
    }

    @Test func everyFieldOfTheApplicationIsShownInTheFormsGroups() {
        let lines = text(DetailBuilder.dossier(Self.filled))
        let expected = [
            "## Structure porteuse",
            "Nom de la structure : Association Élan Numérique", "SIRET : 73282932000074", "NDA : 84420123456",
            "Qualiopi : audit prévu le 12/01/2027", "Certifié Qualiopi le : 02/03/2024", "Obligations légales : non",
            "Sous-traitant : Sous-traitance Océane", "NDA du sous-traitant : 11755555575",
            "## Formation",
            "Intitulé de la formation : Développeuse web", "Lieu : Saint-Étienne (code INSEE 42218)",
            "Région : Auvergne-Rhône-Alpes", "Famille de métiers : \(DigitalJobFamily.development.label)",
            "Métier visé : Technicien télécom",
            "## Certification",
            "Code RNCP/RS : RNCP31114", "Intitulé de la certification : Développeur web et web mobile",
            "Propriété : accord avec le certificateur", "Fin de l'accord : 30/06/2028",
            "## Durée et modalités",
            "Heures hors immersion : 700", "Mois hors immersion : 8", "Part à distance (%) : 61",
            "Lieux d'accueil à distance : 3", "Type d'immersion : \(ImmersionKind.clientProject.displayName)",
            "Durée d'immersion (semaines) : 9", "Heures d'accompagnement : 56",
            "Part d'accompagnement : 56 h sur 700 h = 8 % (minimum 10 %)",
            "## Sessions et publics cibles",
            "Sessions par an : 2", "Apprenants par session : 15", "Publics cibles par session : 12",
            "Places financées : 13", "Part de femmes prévue (%) : 45", "Implantation en QPV/ZRR : oui",
            "## Partenaires",
            "Sourcing : France Travail, Mission locale", "Emploi : Orange", "Financement : Région AURA",
            "## Notes de l'instruction",
            "Première ligne des notes.", "Deuxième ligne, après un saut.",
        ]
        // In this order, whatever comes between (derived lines such as the needed job).
        var rest = lines[...]
        for line in expected {
            guard let index = rest.firstIndex(of: line) else {
                Issue.record("missing or out of order: \(line)\nin:\n\(lines.joined(separator: "\n"))")
                return
            }
            rest = lines[(index + 1)...]
        }
        #expect(lines.contains("Nature : \(T(.kindRenewal))"))
        #expect(lines.contains("Comité : 18/02/2027"))
    }

    @Test func everyFormFieldHasItsLineSoNoneIsForgotten() {
        // Each of the form's fields shows its value somewhere in the detail (a new field added to the form
        // and not to the detail fails here).
        let detail = Self.filled
        let lines = text(DetailBuilder.dossier(detail)).joined(separator: "\n")
        let values = DossierForm.values(of: detail.application)
        for field in FormField.allCases {
            let shown = field.shown(values[field] ?? "")
            switch field {
            case .partners:
                for partner in detail.content.partners { #expect(lines.contains(partner.name), "\(field)") }
            case .notes:
                for line in detail.content.notes.split(separator: "\n") { #expect(lines.contains(String(line)), "\(field)") }
            case .renewal:
                #expect(lines.contains("Nature : "), "\(field)")
            case .qualiopiStatus, .qualiopiDate:
                // Status and date on one line: "audit prévu le 12/01/2027".
                #expect(lines.contains("Qualiopi : " + detail.organization.qualiopi.displayName), "\(field)")
            default:
                #expect(lines.contains(shown), "\(field): \(shown)")
            }
        }
    }

    @Test func eachLabelOnceSoNoFieldIsShownTwice() {
        let labels = DetailBuilder.dossier(Self.filled).lines.compactMap { line -> String? in
            if case .field(let label, _, _) = line { return label }
            return nil
        }
        #expect(Set(labels).count == labels.count, "\(labels)")
    }

    @Test func emptyFieldsShowADash() {
        var detail = Self.filled
        detail.content = .empty
        detail.training.family = nil
        detail.training.hours = 0
        let lines = text(DetailBuilder.dossier(detail))
        for line in ["Certifié Qualiopi le : —", "Sous-traitant : —", "NDA du sous-traitant : —", "Famille de métiers : —",
                     "Propriété : —", "Fin de l'accord : —", "Heures hors immersion : —", "Part à distance (%) : —",
                     "Lieux d'accueil à distance : —", "Type d'immersion : —", "Durée d'immersion (semaines) : —",
                     "Heures d'accompagnement : —", "Sessions par an : —", "Apprenants par session : —",
                     "Publics cibles par session : —", "Places financées : —", "Part de femmes prévue (%) : —",
                     "Implantation en QPV/ZRR : —", "Sourcing : —", "Emploi : —", "Financement : —"] {
            #expect(lines.contains(line), "\(line)")
        }
        // No support share without hours; the notes say "—".
        #expect(!lines.contains { $0.hasPrefix("Part d'accompagnement") })
        let notes = lines.firstIndex(of: "## Notes de l'instruction")
        #expect(notes.map { lines[$0 + 1] } == "—")
    }

    @Test func theWholeDetailOnScreen() {
        let (driver, _) = makeDriver(width: 100, height: 70)
        driver.send(.key(.down))
        driver.send(.key(.enter))
        assertSnapshot(MainView.render(driver.state), named: "dossier-detail-full-100x70")
    }

    @Test func theStoreReadsTheApplicationContentForTheDetail() throws {
        let world = try InstructionWorld()
        let detail = try #require(try world.repository.dossierDetail(.init(1)))
        #expect(detail.content.fundedPlaces == 14)
        #expect(detail.content.immersionKind == .internship)
        #expect(detail.content.partners == [Partner(name: "France Travail", kind: .sourcing)])
        #expect(detail.content == (try world.file(1)).application.content)
        // Through the application: the detail on screen shows it.
        let driver = world.driver(role: .comite, login: "membre")
        driver.send(.key(.down))
        driver.send(.key(.enter))
        guard case .detail(let content, _) = driver.state.screen else { Issue.record("no detail"); return }
        let lines = text(content)
        #expect(lines.contains("Places financées : 14"))
        #expect(lines.contains("Sourcing : France Travail"))
    }
}
