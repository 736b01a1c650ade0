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
}

/// How an instruction write ended.
public enum InstructionOutcome: Sendable, Equatable {
    case saved(notice: String, dossier: Dossier.ID)
    /// Someone changed the dossier meanwhile: nothing was written; it is read again.
    case conflict(Dossier.ID)
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
    /// Record `fact` on the session read at `expectedVersion` (answered by `.writeFinished`).
    case recordFact(SessionFact, session: TrainingSession.ID, expectedVersion: Int64)
    case loadInstruction(InstructionRequest)
    case writeInstruction(InstructionWrite, dossier: Dossier.ID, expectedVersion: Int64)
}

/// Which record's detail to read.
public enum DetailRequest: Sendable, Equatable {
    case dossier(Dossier.ID)
    case session(TrainingSession.ID)
    case label(Label.ID)
}
