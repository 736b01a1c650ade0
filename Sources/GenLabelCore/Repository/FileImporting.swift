/// Imports a spreadsheet's file (docs/formats/) from the terminal application (issue 5): reads it,
/// checks every cell and writes it in one audited transaction attributed to `actor`, or, with
/// `dryRun`, only says what would change and writes nothing. A file with errors comes back `.refused`
/// (nothing written); a file that cannot be read, or a database that refuses, throws an error whose
/// `userMessage` is French.
public protocol FileImporting {
    /// `path` as typed: `~` stands for the home directory.
    func importFile(_ kind: ImportKind, path: String, dryRun: Bool, by actor: Actor, at timestamp: String,
                    today: CalendarDate) throws -> ImportOutcome

    /// The entries of the directory a typed path names (its part up to the last "/", "." when none; `~`
    /// expanded), for Tab's completion; empty when it cannot be listed.
    func directoryEntries(of typedPath: String) -> [PathCompletion.Entry]
}
