import GenLabelCore

/// The import screen (issue 5): the kind of file, its path, then a preview of what the import would
/// change, computed by a dry run through the real importer; `Entrée` writes, `Échap` writes nothing.
public struct ImportScreen: Sendable, Equatable {
    /// Where the screen is.
    public enum Step: Sendable, Equatable {
        /// Choosing what the file holds.
        case kind
        /// Typing the file's path.
        case path
        /// The dry run (or the import) is running.
        case reading, writing
        /// What the dry run found: the counts, or every error with its line and column.
        case preview(ImportOutcome)
    }

    /// The kinds offered, in the order shown.
    public static let kinds = ImportKind.allCases

    public var step: Step = .kind
    /// Index of the kind chosen in `kinds`.
    public var selected = 0
    /// The path as typed (`~` stands for the home directory).
    public var path = ""
    /// Why the last try failed (empty path, unreadable file), shown under the path.
    public var error: String?
    /// The files Tab found for the path typed, when more than one matches (shown under the path).
    public var completions: [String] = []
    /// Screen lines the preview is scrolled by.
    public var scroll = 0

    public init() {}

    public var kind: ImportKind { Self.kinds[selected] }

    /// The import (or its dry run) of the file typed, the path trimmed.
    func request(dryRun: Bool) -> ImportRequest {
        ImportRequest(kind: kind, path: path.trimmingWhitespace, dryRun: dryRun)
    }
}

/// An import asked of the effect layer: the file's kind and path (as typed), and whether to write.
public struct ImportRequest: Sendable, Equatable {
    public var kind: ImportKind
    public var path: String
    public var dryRun: Bool
    public init(kind: ImportKind, path: String, dryRun: Bool) { self.kind = kind; self.path = path; self.dryRun = dryRun }
}

/// How an import (or its dry run) ended.
public enum ImportRunOutcome: Sendable, Equatable {
    /// The importer ran: imported (or would be), or refused with the file's errors.
    case ran(ImportOutcome)
    /// The file could not be read, or the database refused; French. Nothing was written.
    case failed(String)
}
