/// Completes a file path as typed in the import screen (issue 5), the way a shell's Tab does: the
/// entries of the typed path's directory that start with its last component extend it by their
/// longest common prefix. Pure: the directory's entries are given.
public enum PathCompletion {
    /// One entry of a directory: its name, and whether it is a directory (completed with a "/").
    public struct Entry: Sendable, Equatable {
        public var name: String
        public var isDirectory: Bool
        public init(name: String, isDirectory: Bool) { self.name = name; self.isDirectory = isDirectory }
    }

    /// What Tab does to the path.
    public struct Result: Sendable, Equatable {
        /// The path extended as far as every candidate agrees (unchanged when they diverge at once).
        public var path: String
        /// The candidates' names, in order, when more than one remains (shown under the path).
        public var candidates: [String]
        public init(path: String, candidates: [String]) { self.path = path; self.candidates = candidates }
    }

    /// Splits a typed path into its directory part (up to and including the last "/", "" when none)
    /// and the name being typed.
    public static func split(_ typed: String) -> (directory: String, prefix: String) {
        guard let slash = typed.lastIndex(of: "/") else { return ("", typed) }
        return (String(typed[...slash]), String(typed[typed.index(after: slash)...]))
    }

    /// The completion of `typed` among `entries` (its directory's), or nil when none matches. Hidden
    /// entries are offered only once a "." is typed.
    public static func complete(_ typed: String, entries: [Entry]) -> Result? {
        let (directory, prefix) = split(typed)
        let matching = entries
            .filter { $0.name.hasPrefix(prefix) && (prefix.hasPrefix(".") || !$0.name.hasPrefix(".")) }
            .sorted { $0.name < $1.name }
        guard let first = matching.first else { return nil }
        if matching.count == 1 {
            return Result(path: directory + first.name + (first.isDirectory ? "/" : ""), candidates: [])
        }
        var common = first.name
        for entry in matching.dropFirst() {
            common = String(zip(common, entry.name).prefix { $0 == $1 }.map(\.0))
        }
        let names = matching.map { $0.name + ($0.isDirectory ? "/" : "") }
        return Result(path: directory + (common.count > prefix.count ? common : prefix), candidates: names)
    }
}
