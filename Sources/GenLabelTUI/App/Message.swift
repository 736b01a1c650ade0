import GenLabelCore

/// Everything that can happen to the application: input, time, and results of effects.
public enum Message: Sendable {
    case key(Key)
    case resized(TerminalSize)
    /// A clock tick carrying the current calendar date (Europe/Paris), about once a second.
    case tick(CalendarDate)
    case dataLoaded(AppData)
    /// Some records changed: their rows and alerts are replaced, the rest is kept.
    case dataChanged(DataChange)
    case detailLoaded(DetailContent)
    /// A read failed; the text is already French and shown in the footer until the next key.
    case failed(String)
    /// Reading the lists failed: shown until a later read succeeds, and instead of "nothing here".
    case loadFailed(String)
}

/// Work the runtime must do on behalf of `AppUpdate`, which itself does no I/O.
public enum Effect: Sendable, Equatable {
    case reloadData
    case loadDetail(DetailRequest)
}

/// Which record's detail to read.
public enum DetailRequest: Sendable, Equatable {
    case dossier(Dossier.ID)
    case session(TrainingSession.ID)
    case label(Label.ID)
}
