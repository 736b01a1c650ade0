import GenLabelCore

/// Everything that can happen to the application: input, time, and results of effects.
public enum Message: Sendable {
    case key(Key)
    case resized(TerminalSize)
    /// A clock tick carrying the current calendar date (Europe/Paris), about once a second.
    case tick(CalendarDate)
    case dataLoaded(AppData)
    /// The first frame's data (issue 7): each list's first rows in its default order, with the list's
    /// length; every list is read whole (`dataLoaded`) before the next message.
    case windowLoaded(AppData, totals: [PaneKind: Int])
    /// Some records changed: their rows and alerts are replaced, the rest is kept.
    case dataChanged(DataChange)
    case detailLoaded(DetailContent)
    /// The open detail read again after a change (this process's or another's): shown in place.
    case detailRefreshed(DetailContent)
    /// A read failed; the text is already French and shown in the footer until the next key.
    case failed(String)
    /// Reading the lists failed: shown until a later read succeeds, and instead of "nothing here".
    case loadFailed(String)
    /// The outcome of a write asked by an effect.
    case writeFinished(WriteOutcome)
    /// A dossier read for an instruction screen.
    case instructionFileLoaded(InstructionFile, InstructionScreen.Mode)
    case committeesLoaded([CommitteeOverview])
    case rankingLoaded(Committee.ID, date: CalendarDate, [RankedDossier])
    /// The outcome of an instruction write.
    case instructionWritten(InstructionOutcome)
    /// A dossier read for the edit form.
    case formLoaded(EditableApplication)
    /// The outcome of the form's save.
    case formSaved(FormOutcome)
    /// `$EDITOR` returned (the text of `field`, or why it failed).
    case editorFinished(FormField, EditorOutcome)
    /// A dossier's audit trail, read for its history screen.
    case historyLoaded(Dossier.ID, number: String, [DossierHistoryEntry])
    /// Who graded each dossier (the "instructeur" filter).
    case instructorsLoaded([Dossier.ID: [String]])
    /// The outcome of a decision taken on several dossiers of a ranked list.
    case bulkDecided(BulkOutcome)
    /// The outcome of a committee's write (weights, list collected), from the committees view.
    case committeeWritten(CommitteeWriteOutcome)
    /// The outcome of a form's write (a label, an alert's handling).
    case formWritten(SmallFormOutcome)
    /// A session's learners, read for the learners screen (issue 4).
    case learnersLoaded(TrainingSession.ID, [VersionedLearner])
    /// The outcome of a learner write.
    case learnerWritten(LearnerWriteOutcome)
    /// The outcome of the session form's write.
    case sessionWritten(SessionWriteOutcome)
    /// The figures, read for the figures screen, with the group to show first (nil: overall).
    case figuresLoaded(FiguresReport, focus: FigureScope?)
    /// How an import (or its dry run) asked by the import screen ended.
    case importRan(ImportRequest, ImportRunOutcome)
    /// The entries of the directory of the path Tab was pressed on (import screen).
    case importPathEntries(typed: String, [PathCompletion.Entry])
}

/// How a form's write ended.
public enum SmallFormOutcome: Sendable, Equatable {
    /// Written; the notice says what; the detail to read again, if any.
    case saved(notice: String, reload: DetailRequest?)
    /// Someone changed the label meanwhile: nothing was written; the detail is read again.
    case conflict(DetailRequest?)
    /// Refused (role, read-only, a rule), in French. Nothing was written.
    case refused(String)
}

/// How a decision on several dossiers ended: each dossier is its own transaction and audit entry.
public struct BulkOutcome: Sendable, Equatable {
    public var decided: [String]
    /// "GEN-2026-0001 : why it was refused".
    public var refused: [String]
    public init(decided: [String], refused: [String]) { self.decided = decided; self.refused = refused }
}


/// A write on a committee, from the committees view (issue 3).
public enum CommitteeWrite: Sendable, Equatable {
    /// The weights of the six selection criteria (its dossiers' scores follow).
    case weights(CriterionWeights)
    /// The list was collected on this day: weights frozen, collection alert fulfilled.
    case collect(on: CalendarDate)
}

/// How a committee's write ended.
public enum CommitteeWriteOutcome: Sendable, Equatable {
    case saved(notice: String)
    /// Refused (role, read-only, frozen weights, already collected…), in French. Nothing was written.
    case refused(String)
}

/// How an instruction write ended.
public enum InstructionOutcome: Sendable, Equatable {
    case saved(notice: String, dossier: Dossier.ID)
    /// Someone changed the dossier meanwhile: nothing was written; it is read again.
    case conflict(Dossier.ID)
    /// Someone changed the dossier meanwhile: nothing was written; the dossier as it is now, to show
    /// both values and let the person choose.
    case conflictWith(InstructionFile, InstructionWrite)
    case refused(String)
}

/// How a write ended.
public enum WriteOutcome: Sendable, Equatable {
    /// Written; the notice says what ("Enregistré : …").
    case saved(notice: String, session: TrainingSession.ID)
    /// Someone changed the session meanwhile: its values and version now. Nothing was written.
    case conflict(EditableSession)
    /// Refused (role, read-only, impossible date, busy database…), in French. Nothing was written.
    case refused(String)
}

/// Work the runtime must do on behalf of `AppUpdate`, which itself does no I/O.
public enum Effect: Sendable, Equatable {
    case reloadData
    /// Read what changed since the last read (after this application's own write: SQLite's
    /// `data_version` only moves for other connections' commits); everything when that cannot be told.
    case readChanges
    case loadDetail(DetailRequest)
    /// Read the open detail again (answered by `.detailRefreshed`).
    case refreshDetail(DetailRequest)
    /// Record `fact` on the session read at `expectedVersion` (answered by `.writeFinished`).
    case recordFact(SessionFact, session: TrainingSession.ID, expectedVersion: Int64)
    case loadInstruction(InstructionRequest)
    case writeInstruction(InstructionWrite, dossier: Dossier.ID, expectedVersion: Int64)
    /// Read a dossier for the edit form (answered by `.formLoaded`).
    case loadForm(Dossier.ID)
    /// Save the form's application over the versions read, or create it when new (`.formSaved`).
    case saveForm(DossierApplication, versions: ApplicationVersions, isNew: Bool)
    /// Suspend the screen and show `text` in `$EDITOR`, to adjust, copy or save it (nothing comes back;
    /// an editor that cannot run is said in the footer).
    case showInEditor(String)
    /// Suspend the screen and edit `text` in `$EDITOR` (answered by `.editorFinished`).
    case runEditor(String, field: FormField)
    /// Read a dossier's audit trail (`.historyLoaded`).
    case loadHistory(Dossier.ID, number: String)
    /// Read who graded each dossier (`.instructorsLoaded`).
    case loadInstructors
    /// A committee's weights or list collection (`.committeeWritten`).
    case writeCommittee(CommitteeWrite, committee: Committee.ID)
    /// The same decision on several dossiers of a ranked list (`.bulkDecided`). `versions` holds each
    /// dossier's version as the list showed it: one changed since by someone else is not decided.
    case decideMany([Dossier.ID], DossierState, reason: String, conventionOn: CalendarDate?,
                    versions: [Dossier.ID: Int64] = [:])

    /// A write on a label read at `expectedVersion` (answered by `.formWritten`).
    case writeLabel(LabelWrite, label: Label.ID, expectedVersion: Int64)
    /// Acknowledge, snooze or clear an alert's handling (answered by `.formWritten`).
    case handleAlert(AlertHandlingWrite)
    /// Read a session's learners (with personal data: only for roles allowed to read them).
    case loadLearners(TrainingSession.ID)
    case writeLearner(LearnerWrite)
    /// Write the session form's values over the session read at `expectedVersion` (`.sessionWritten`).
    case writeSession(TrainingSession, expectedVersion: Int64)
    /// Read the figures and open them on `focus` (nil: overall).
    case loadFigures(focus: FigureScope?)
    /// Read a file and import it, or only say what would change (answered by `.importRan`).
    case runImport(ImportRequest)
    /// List the directory of a typed path, for Tab (answered by `.importPathEntries`).
    case listImportDirectory(typed: String)
}

/// Which record's detail to read.
public enum DetailRequest: Sendable, Equatable {
    case dossier(Dossier.ID)
    case session(TrainingSession.ID)
    case label(Label.ID)
}
