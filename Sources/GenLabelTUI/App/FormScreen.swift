import GenLabelCore

/// The dossier edit form (issue 3) over the dossier's detail, or the form of a new dossier over the
/// lists. A pure value: `AppUpdate` changes it, `FormView` draws it. A field is checked when it is
/// left; nothing is saved before every field is valid (Ctrl-S); Échap asks before losing changes; a
/// version conflict shows both values of each field changed meanwhile and lets the person choose.
public struct FormScreen: Sendable, Equatable {
    public var form: DossierForm
    /// The application as read, with its versions (an empty one for a new dossier).
    public var editable: EditableApplication
    /// The field being edited, in `FormField.allCases` order.
    public var selected = 0
    /// Échap was pressed with changes: "o" discards them, "n" goes on editing.
    public var isAskingToDiscard = false
    /// Someone changed the dossier meanwhile: their application and the fields they changed.
    public var conflict: FormConflict?
    /// Why the last save was refused, in French.
    public var error: String?
    /// The detail to go back to (nil: the lists), and its scroll.
    public var returnTo: DetailContent?
    public var returnScroll = 0

    public init(editable: EditableApplication, returnTo: DetailContent?, scroll: Int = 0) {
        self.editable = editable
        self.form = editable.isNew ? DossierForm.blank() : DossierForm(editable.application)
        self.returnTo = returnTo
        self.returnScroll = scroll
    }

    public var field: FormField { FormField.allCases[min(max(selected, 0), FormField.allCases.count - 1)] }

    public var isNew: Bool { editable.isNew }
}

/// A version conflict on save: the values now stored and, per field someone else changed, theirs and ours.
public struct FormConflict: Sendable, Equatable {
    public var theirs: EditableApplication
    public var fields: [Field]

    public struct Field: Sendable, Equatable {
        public var field: FormField
        public var theirs: String
        public var yours: String
    }

    /// The fields changed by someone else since `read` (compared with what is stored now), with the values
    /// of `form`.
    public init(theirs: EditableApplication, read: DossierApplication, form: DossierForm) {
        self.theirs = theirs
        let before = DossierForm.values(of: read), now = DossierForm.values(of: theirs.application)
        fields = FormField.allCases.compactMap { field in
            let was = before[field] ?? "", is_ = now[field] ?? ""
            guard was != is_ else { return nil }
            return Field(field: field, theirs: field.shown(is_), yours: field.shown(form.value(field)))
        }
    }
}

/// What the runtime did with a form's save.
public enum FormOutcome: Sendable, Equatable {
    /// Saved (or created); the notice says what.
    case saved(notice: String, dossier: Dossier.ID)
    /// Someone changed the records meanwhile: nothing was written; the application as it is now.
    case conflict(EditableApplication)
    case refused(String)
}

/// What `$EDITOR` gave back.
public enum EditorOutcome: Sendable, Equatable {
    case edited(String)
    /// The editor could not be run, or failed: why, in French. The text is unchanged.
    case failed(String)
}
