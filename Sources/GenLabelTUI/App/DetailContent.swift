import GenLabelCore

/// A detail view's text, built by pure functions from a record (see `DetailBuilder`).
public struct DetailContent: Sendable, Equatable {
    public var title: String
    public var lines: [DetailLine]
    /// The record this detail is about, when it can be opened from here (an alert's session or label).
    public var target: DetailRequest?
    /// The session shown, with the version it was read at, when this person may record facts on it
    /// (`a`, `l`, `d`); nil otherwise.
    public var editableSession: EditableSession?
    /// The dossier shown, whose instruction screens open from here (`r`, `n`, `t`).
    public var dossierID: Dossier.ID?
    /// The dossier's number, for its history (`h`).
    public var dossierNumber: String?
    /// The label shown, as read with its version, when its monitoring can be changed from here (issue 4).
    public var editableLabel: EditableLabel?
    /// The alert shown (its acknowledgement or snooze is changed from here).
    public var alert: Alert?
    /// The group whose figures open from here with `f` (a session's, a label's training).
    public var figures: FigureScope?
    /// The record this detail shows (a dossier, a session, a label), read again when data changes.
    public var source: DetailRequest?
    public init(title: String, lines: [DetailLine], target: DetailRequest? = nil, editableSession: EditableSession? = nil,
                dossierID: Dossier.ID? = nil, dossierNumber: String? = nil, figures: FigureScope? = nil) {
        self.title = title; self.lines = lines; self.target = target; self.editableSession = editableSession
        self.dossierID = dossierID; self.dossierNumber = dossierNumber; self.figures = figures
    }
}

/// A session as read for an edit: the values and the version they were read at.
public struct EditableSession: Sendable, Equatable {
    public var session: TrainingSession
    public var version: Int64
    public init(session: TrainingSession, version: Int64) { self.session = session; self.version = version }
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
