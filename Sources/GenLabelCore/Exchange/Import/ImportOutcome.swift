/// What an import did (or, in a dry run, would do).
public struct ImportSummary: Sendable, Equatable {
    public var created = 0
    public var updated = 0
    public var unchanged = 0
    public var isDryRun = false

    public init(created: Int = 0, updated: Int = 0, unchanged: Int = 0, isDryRun: Bool = false) {
        self.created = created; self.updated = updated; self.unchanged = unchanged; self.isDryRun = isDryRun
    }

    public var total: Int { created + updated + unchanged }
}

/// The result of an import: done (with warnings worth showing), or refused with every problem found
/// and nothing written.
public enum ImportOutcome: Sendable, Equatable {
    case imported(ImportSummary, warnings: [ImportIssue])
    case refused(errors: [ImportIssue], errorCount: Int, warnings: [ImportIssue])
}
