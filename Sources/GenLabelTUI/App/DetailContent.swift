/// A detail view's text, built by pure functions from a record (see `DetailBuilder`).
public struct DetailContent: Sendable, Equatable {
    public var title: String
    public var lines: [DetailLine]
    /// The record this detail is about, when it can be opened from here (an alert's session or label).
    public var target: DetailRequest?
    public init(title: String, lines: [DetailLine], target: DetailRequest? = nil) {
        self.title = title; self.lines = lines; self.target = target
    }
}

/// One line of a detail view.
public enum DetailLine: Sendable, Equatable {
    /// A section heading.
    case section(String)
    /// `label : value`, with an optional emphasis role for the value.
    case field(String, String, emphasis: StyleRole? = nil)
    /// Free text, wrapped to the width.
    case text(String, emphasis: StyleRole? = nil)
    case blank
}
