/// The monitoring officers of the demo (issue 4): three invented logins, assigned by the label's number
/// so the same demo always gets the same ones; every fourth label has none yet.
public enum DemoOfficers {
    public static let logins = ["m.dupont", "j.leroy", "s.haddad"]

    public static func officer(of label: Label.ID) -> String {
        let slot = Int(label.rawValue % 4)
        return slot == 0 ? "" : logins[slot - 1]
    }
}

extension DemoGenerator {
    /// Modification requests (§4) on about one label in six that still owes obligations: most decided
    /// within a few weeks, the latest ones pending, so the alert list always holds some (one at least).
    func makeModificationRequests(labels: [Label], rng: inout SeededGenerator) -> [ModificationRequest] {
        let notes = ["passage de 2 modules en distanciel", "nouveau certificateur partenaire", "stage porté à 10 semaines",
                     "référente handicap remplacée", "mise à jour du référentiel", ""]
        var requests: [ModificationRequest] = []
        let owing = labels.filter { $0.state.isMonitored && $0.conventionSignedOn < today.addingDays(-60) }
        for (position, label) in owing.enumerated() where position % 6 == 0 || position == owing.count - 1 {
            let requested = today.addingDays(-rng.int(in: 1...75))
            guard requested >= label.conventionSignedOn else { continue }
            var request = ModificationRequest(id: Int64(requests.count + 1), labelID: label.id,
                                              kind: rng.pick(ModificationKind.allCases), requestedOn: requested,
                                              note: rng.pick(notes))
            if requests.contains(where: \.isPending), rng.bool(probability: 0.5) {
                let decided = requested.addingDays(rng.int(in: 3...30))
                if decided <= today {
                    request.decidedOn = decided
                    request.decision = rng.bool(probability: 0.8) ? .accepted : .refused
                }
            }
            requests.append(request)
        }
        return requests
    }
}
