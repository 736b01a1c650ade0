/// The notice sent to an applicant whose dossier is "irrecevable" (issue 3: "any failed ⇒ irrecevable
/// with the list of reasons, ready to send to the applicant"): one plain-text letter naming the dossier,
/// the training and every criterion it fails, with why. Pure; the TUI opens it in `$EDITOR`, where it is
/// adjusted, copied or saved before sending.
public enum AdmissibilityNotice {
    /// The letter, or nil when the dossier is not inadmissible (all met, or criteria still to check).
    public static func text(_ file: InstructionFile, today: CalendarDate, rules: RuleParameters = .standard) -> String? {
        guard case .inadmissible(let reasons) = file.admissibility(today: today, rules: rules).verdict else { return nil }
        let application = file.application
        let place = application.training.commune.isEmpty ? "" : " — " + application.training.commune
        return T(.noticeInadmissible, application.dossier.number, application.organization.name,
                 application.training.title + place, application.dossier.submittedOn?.french ?? "—",
                 reasons.map { "- " + $0 }.joined(separator: "\n"), today.french)
    }
}
