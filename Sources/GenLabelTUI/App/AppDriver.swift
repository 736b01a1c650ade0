import GenLabelCore

/// Runs the application without a terminal: feeds messages to `AppUpdate`, carries out the effects
/// it returns against the repository, and feeds their results back. The curses front end and the
/// screen tests both drive the application through this type.
public final class AppDriver {
    public private(set) var state: AppState
    private let repository: any ApplicationRepository
    /// Where writes and learners' personal data go through; nil makes a read-only application.
    private let writer: (any MonitoringWriting)?
    /// The instruction workflow's reads and writes (issue 3); nil hides nothing but refuses its screens.
    private let instruction: (any InstructionStoring)?
    /// The audit timestamp of "now" (the wall clock, UTC).
    private let timestamp: () -> String
    private var lastChangeToken: Int64?
    /// Where the store's change history stood at the last read; nil: every change reloads everything.
    private var changeCursor: ChangeCursor?
    /// How the data were last read: everything, or only what changed (for tests and the benchmark).
    public private(set) var lastReload: Reload = .everything

    public enum Reload: Sendable, Equatable { case everything, changes }

    /// Whether the lists hold only the first frame's rows (`firstFrameFirst`), until `completeLoading()`.
    public private(set) var isWindowed = false

    /// Reads the data. With `firstFrameFirst` (the terminal front end), only what the first frame shows is
    /// read — each list's first rows in its default order and its length, the snapshot and the alerts —
    /// and the lists are read whole by `completeLoading()`, which the front end calls once that frame is
    /// drawn, and which any message or tick calls first (issue 7: first frame ≤ 100 ms at ×10). A state
    /// that starts with a filter or a sort is read whole at once.
    public init(state: AppState, repository: any ApplicationRepository, writer: (any MonitoringWriting)? = nil,
                instruction: (any InstructionStoring)? = nil, timestamp: @escaping () -> String = { "" },
                firstFrameFirst: Bool = false) {
        self.state = state
        self.repository = repository
        self.writer = writer
        self.instruction = instruction
        self.timestamp = timestamp
        if firstFrameFirst && state.queries.values.allSatisfy({ $0 == ListQuery() }) && loadFirstFrame() { return }
        perform([.reloadData])
    }

    /// Reads each list's first rows and length, the snapshot, and hands them to the update.
    private func loadFirstFrame() -> Bool {
        do {
            let layout = MainLayout(size: state.size, active: state.activePane)
            func rows(_ pane: PaneKind) -> Int { layout.visibleRows(pane) + 1 }
            lastChangeToken = try repository.changeToken()
            changeCursor = try repository.changeCursor()
            let dossiers = try repository.dossierWindow(first: rows(.dossiers))
            let labels = try repository.labelWindow(first: rows(.labels))
            let schedules = try repository.sessionSchedules()
            let ids = SessionRelevance.firstIDs(rows(.sessions), schedules, today: state.today)
            let position = Dictionary(uniqueKeysWithValues: ids.enumerated().map { ($1, $0) })
            let sessions = try repository.sessionRows(ids: Set(ids)).sorted { position[$0.id] ?? 0 < position[$1.id] ?? 0 }
            guard sessions.count == ids.count else { return false }
            let snapshot = try repository.monitoringSnapshot()
            let data = AppData(dossiers: dossiers.rows, sessions: sessions, labels: labels.rows, snapshot: snapshot)
            send(.windowLoaded(data, totals: [.dossiers: dossiers.total, .sessions: schedules.count, .labels: labels.total]))
            isWindowed = true
            lastReload = .everything
            return true
        } catch {
            return false
        }
    }

    /// Reads every list whole when only the first frame's rows were read; nothing otherwise.
    public func completeLoading() {
        guard isWindowed else { return }
        isWindowed = false
        perform([.reloadData])
    }

    /// Handles one message and every effect it causes.
    public func send(_ message: Message) {
        completeLoading()
        perform(AppUpdate.update(&state, message))
    }

    /// A clock tick: moves "today" (unless pinned) and reloads when anyone changed the data.
    public func tick(today: CalendarDate) {
        completeLoading()
        send(.tick(today))
        if let token = try? repository.changeToken(), token != lastChangeToken {
            if !applyChanges(token: token) { perform([.reloadData]) }
        }
    }

    /// Reads only the records changed since the last read and hands them to the update; false when the
    /// store cannot tell what changed (then everything is read again).
    private func applyChanges(token: Int64) -> Bool {
        guard let cursor = changeCursor, state.loadError == nil else { return false }
        do {
            guard let (changes, next) = try repository.changes(since: cursor) else { return false }
            if !changes.isEmpty {
                let change = DataChange(changes: changes, dossiers: try repository.dossierRows(ids: changes.dossiers),
                                        sessions: try repository.sessionRows(ids: changes.sessions),
                                        labels: try repository.labelRows(ids: changes.labels),
                                        snapshot: try repository.monitoringSnapshot(labels: changes.labels))
                send(.dataChanged(change))
            }
            lastChangeToken = token
            changeCursor = next
            lastReload = .changes
            return true
        } catch {
            return false
        }
    }

    private func perform(_ effects: [Effect]) {
        for effect in effects {
            switch effect {
            case .reloadData:
                do {
                    lastReload = .everything
                    lastChangeToken = try repository.changeToken()
                    changeCursor = try repository.changeCursor()
                    let lists = try repository.mainLists()
                    let data = AppData(dossiers: lists.dossiers, sessions: lists.sessions, labels: lists.labels,
                                       snapshot: lists.snapshot)
                    send(.dataLoaded(data))
                } catch {
                    var reason = userMessage(for: error)
                    while reason.hasSuffix(".") { reason.removeLast() }
                    send(.loadFailed(T(.errorLoading, reason)))
                }
            case .loadDetail(let request):
                do {
                    if let content = try detail(request) { send(.detailLoaded(content)) }
                } catch {
                    send(.failed(userMessage(for: error)))
                }
            case .readChanges:
                if let token = try? repository.changeToken(), applyChanges(token: token) { break }
                perform([.reloadData])
            case .recordFact(let fact, let session, let version):
                send(.writeFinished(record(fact, session: session, expectedVersion: version)))
            case .loadInstruction(let request):
                guard let instruction else { send(.failed(T(.instrUnavailable))); continue }
                do {
                    switch request {
                    case .dossier(let id, let mode):
                        if let file = try instruction.instructionFile(id) { send(.instructionFileLoaded(file, mode)) }
                    case .committees:
                        send(.committeesLoaded(try instruction.committeeOverview(today: state.today)))
                    case .ranking(let id, let date):
                        send(.rankingLoaded(id, date: date, try instruction.committeeRanking(id)))
                    }
                } catch {
                    send(.failed(userMessage(for: error)))
                }
            case .writeInstruction(let write, let dossier, let version):
                send(.instructionWritten(perform(write, dossier: dossier, expectedVersion: version)))
            }
        }
    }

    private func detail(_ request: DetailRequest) throws -> DetailContent? {
        switch request {
        case .dossier(let id): return try repository.dossierDetail(id).map { DetailBuilder.dossier($0, rules: state.rules) }
        case .session(let id):
            guard let detail = try repository.sessionDetail(id) else { return nil }
            guard let writer else { return DetailBuilder.session(detail, rules: state.rules) }
            let learners: LearnerList = state.actor.may(.readPersonalData) ? .shown(try writer.sessionLearners(id)) : .hidden
            var content = DetailBuilder.session(detail, rules: state.rules, learners: learners)
            if let version = try writer.sessionVersion(id) {
                content.editableSession = EditableSession(session: detail.session, version: version)
            }
            return content
        case .label(let id): return try repository.labelDetail(id).map { DetailBuilder.label($0, rules: state.rules) }
        }
    }

    /// Carries out a fact's write; a conflict comes back with the session as it is now.
    private func record(_ fact: SessionFact, session id: TrainingSession.ID, expectedVersion: Int64) -> WriteOutcome {
        guard let writer else { return .refused(T(.storeReadOnly)) }
        do {
            try writer.record(fact, onSession: id, expectedVersion: expectedVersion, by: state.actor, at: timestamp(),
                              today: state.today)
            let value = fact.date?.french ?? T(.promptCleared)
            return .saved(notice: T(.promptSaved, fact.label, value), session: id)
        } catch let error where Self.isConflict(error) {
            do {
                guard let detail = try repository.sessionDetail(id), let version = try writer.sessionVersion(id) else {
                    return .refused(userMessage(for: error))
                }
                return .conflict(EditableSession(session: detail.session, version: version))
            } catch {
                return .refused(userMessage(for: error))
            }
        } catch {
            return .refused(userMessage(for: error))
        }
    }

    /// Carries out an instruction write; a conflict asks the screen to read the dossier again.
    private func perform(_ write: InstructionWrite, dossier id: Dossier.ID, expectedVersion: Int64) -> InstructionOutcome {
        guard let instruction else { return .refused(T(.instrUnavailable)) }
        do {
            let notice: String
            switch write {
            case .decide(let criterion, let met, let reason):
                try instruction.decideCriterion(criterion, met: met, reason: reason, dossier: id, expectedVersion: expectedVersion,
                                                by: state.actor, at: timestamp(), today: state.today)
                notice = T(.instrSavedCriterion, criterion)
            case .grade(let criterion, let value, let comment):
                try instruction.grade(criterion, value: value, comment: comment, dossier: id, expectedVersion: expectedVersion,
                                      by: state.actor, at: timestamp(), today: state.today)
                notice = value.map { T(.instrSavedGrade, criterion, $0) } ?? T(.instrSavedComment, criterion)
            case .transition(let target, let reason):
                try instruction.transition(id, to: target, reason: reason, expectedVersion: expectedVersion, by: state.actor,
                                           at: timestamp(), today: state.today)
                notice = T(.instrSavedTransition, target.displayName)
            }
            return .saved(notice: notice, dossier: id)
        } catch let error where Self.isConflict(error) {
            return .conflict(id)
        } catch {
            return .refused(userMessage(for: error))
        }
    }

    /// Whether `error` says the record changed meanwhile (the backend's conflict error).
    private static func isConflict(_ error: any Error) -> Bool {
        (error as? any ConflictSignalling)?.isConflict ?? false
    }
}
