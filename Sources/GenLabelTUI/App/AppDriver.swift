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
    /// The dossier form's reads and writes (issue 3); by default the instruction store when it has them.
    private let forms: (any DossierFormStoring)?
    /// Runs `$EDITOR` on a text (the terminal suspends the screen meanwhile); nil: no editor here.
    public var editor: ((String) -> EditorOutcome)?
    /// Label monitoring and alert handling (issue 4); nil makes labels and alerts read-only here.
    private let labels: (any LabelStoring)?
    /// The learners' reads and writes (issue 4); nil refuses the learners screens.
    private let learners: (any LearnerStoring)?
    /// The session form's write (issue 4); by default the writer when it has it; nil refuses the form's save.
    private let sessions: (any SessionStoring)?
    /// The figures' anonymous counts (issue 4); nil refuses the figures screen.
    private let figures: (any FiguresReading)?
    /// Reads and imports files (issue 5); nil refuses the import screen's files.
    private let importer: (any FileImporting)?
    /// Draws the state before a long piece of work (reading or writing an import), so that "Lecture…"
    /// shows meanwhile; nil draws nothing (tests).
    public var showProgress: ((AppState) -> Void)?
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
                instruction: (any InstructionStoring)? = nil, forms: (any DossierFormStoring)? = nil,
                labels: (any LabelStoring)? = nil, learners: (any LearnerStoring)? = nil,
                sessions: (any SessionStoring)? = nil,
                figures: (any FiguresReading)? = nil, importer: (any FileImporting)? = nil,
                timestamp: @escaping () -> String = { "" }, firstFrameFirst: Bool = false) {
        self.state = state
        self.repository = repository
        self.writer = writer
        self.instruction = instruction
        self.forms = forms ?? (instruction as? any DossierFormStoring)
        self.labels = labels
        self.learners = learners
        self.sessions = sessions ?? (writer as? any SessionStoring)
        self.figures = figures
        self.importer = importer
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
            // Only what can be listed today (the same alerts): `completeLoading()` reads the whole snapshot
            // before anything can move the date.
            let snapshot = try repository.monitoringSnapshot(listedOn: state.today, rules: state.rules)
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
                    if state.query(.dossiers).facets.instructor != nil { perform([.loadInstructors]) }
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
            case .refreshDetail(let request):
                // A detail that can no longer be read (removed meanwhile) stays as it was shown.
                if let content = try? detail(request) { send(.detailRefreshed(content)) }
            case .readChanges:
                if let token = try? repository.changeToken(), applyChanges(token: token) {
                    if state.query(.dossiers).facets.instructor != nil { perform([.loadInstructors]) }
                    break
                }
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
            case .loadForm(let id):
                guard let forms else { send(.failed(T(.instrUnavailable))); continue }
                do {
                    if let editable = try forms.editableApplication(id) { send(.formLoaded(editable)) }
                } catch {
                    send(.failed(userMessage(for: error)))
                }
            case .saveForm(let application, let versions, let isNew):
                send(.formSaved(save(application, versions: versions, isNew: isNew)))
            case .showInEditor(let text):
                guard let editor else { send(.failed(T(.editorUnavailable))); continue }
                if case .failed(let reason) = editor(text) { send(.failed(reason)) }
            case .runEditor(let text, let field):
                send(.editorFinished(field, editor?(text) ?? .failed(T(.editorUnavailable))))
            case .loadHistory(let id, let number):
                guard let forms else { send(.failed(T(.instrUnavailable))); continue }
                do {
                    send(.historyLoaded(id, number: number, try forms.dossierHistory(number)))
                } catch {
                    send(.failed(userMessage(for: error)))
                }
            case .loadInstructors:
                guard let forms else { continue }
                do { send(.instructorsLoaded(try forms.dossierInstructors())) } catch { send(.failed(userMessage(for: error))) }
            case .writeCommittee(let write, let committee):
                send(.committeeWritten(perform(write, committee: committee)))
            case .decideMany(let ids, let target, let reason, let convention, let versions):
                send(.bulkDecided(decide(ids, to: target, reason: reason, conventionOn: convention, versions: versions)))
            case .writeLabel(let write, let label, let version):
                send(.formWritten(perform(write, label: label, expectedVersion: version)))
            case .handleAlert(let write):
                send(.formWritten(perform(write)))
            case .loadLearners(let session):
                guard let learners else { send(.failed(T(.lrnUnavailable))); continue }
                // Personal data: never read for a role not allowed to see them.
                guard state.actor.may(.readPersonalData) else {
                    send(.failed(T(.storeForbidden, DomainText.permission(.readPersonalData)))); continue
                }
                do {
                    send(.learnersLoaded(session, try learners.learners(ofSession: session)))
                } catch {
                    send(.failed(userMessage(for: error)))
                }
            case .writeLearner(let write):
                send(.learnerWritten(perform(write)))
            case .writeSession(let session, let version):
                send(.sessionWritten(update(session, expectedVersion: version)))
            case .loadFigures(let focus):
                guard let figures else { send(.failed(T(.figUnavailable))); continue }
                do {
                    send(.figuresLoaded(FiguresReport(records: try figures.figureRecords(rules: state.rules)), focus: focus))
                } catch {
                    send(.failed(userMessage(for: error)))
                }
            case .runImport(let request):
                send(.importRan(request, runImport(request)))
            case .listImportDirectory(let typed):
                send(.importPathEntries(typed: typed, importer?.directoryEntries(of: typed) ?? []))
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
        case .label(let id):
            guard var detail = try repository.labelDetail(id) else { return nil }
            if let labels { detail.monitoring = try labels.labelMonitoring(id) }
            var content = DetailBuilder.label(detail, rules: state.rules, today: state.today)
            if labels != nil { content.editableLabel = EditableLabel(detail: detail) }
            return content
        }
    }

    /// Reads the file and imports it (or only says what would change), as the person at the keyboard.
    private func runImport(_ request: ImportRequest) -> ImportRunOutcome {
        guard let importer, !state.isReadOnly else { return .failed(T(state.isReadOnly ? .storeReadOnly : .impUnavailable)) }
        // Learners carry personal data: never imported by a role not allowed to read them.
        if let refusal = AppUpdate.importRefusal(request.kind, state.actor) { return .failed(refusal) }
        showProgress?(state)
        do {
            return .ran(try importer.importFile(request.kind, path: request.path, dryRun: request.dryRun, by: state.actor,
                                                at: timestamp(), today: state.today))
        } catch {
            return .failed(userMessage(for: error))
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

    /// Carries out the session form's write; a conflict comes back with the session as it is now (nil: removed).
    private func update(_ session: TrainingSession, expectedVersion: Int64) -> SessionWriteOutcome {
        guard let sessions, !state.isReadOnly else { return .refused(T(state.isReadOnly ? .storeReadOnly : .sesUnavailable)) }
        do {
            let changed = try sessions.updateSession(session, expectedVersion: expectedVersion, by: state.actor,
                                                     at: timestamp(), today: state.today)
            let notice = changed.isEmpty ? T(.sesSavedNothing, session.code) : T(.sesSaved, session.code, changed.count)
            return .saved(notice: notice, session: session.id)
        } catch let error where Self.isConflict(error) {
            do {
                let versions = writer ?? (sessions as? any MonitoringWriting)
                guard let detail = try repository.sessionDetail(session.id), let version = try versions?.sessionVersion(session.id) else {
                    return .conflict(nil)
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
            case .label(let convention, let reason):
                try instruction.transition(id, to: .labelled, reason: reason, conventionOn: convention,
                                           expectedVersion: expectedVersion, by: state.actor, at: timestamp(),
                                           today: state.today)
                notice = T(.decisionLabelled, convention.french)
            }
            return .saved(notice: notice, dossier: id)
        } catch let error where Self.isConflict(error) {
            if let theirs = try? instruction.instructionFile(id) { return .conflictWith(theirs, write) }
            return .conflict(id)
        } catch {
            return .refused(userMessage(for: error))
        }
    }

    /// Saves (or creates) the form's application; a conflict comes back with the application as it is now.
    private func save(_ application: DossierApplication, versions: ApplicationVersions, isNew: Bool) -> FormOutcome {
        guard let forms else { return .refused(T(.instrUnavailable)) }
        do {
            if isNew {
                let created = try forms.createDossier(application, by: state.actor, at: timestamp(), today: state.today)
                return .saved(notice: T(.formCreated, created.number), dossier: created.id)
            }
            let changes = try forms.saveApplication(application, versions: versions, by: state.actor, at: timestamp())
            return .saved(notice: T(.formSaved, changes.count), dossier: application.dossier.id)
        } catch let error where Self.isConflict(error) {
            do {
                guard let theirs = try forms.editableApplication(application.dossier.id) else { return .refused(userMessage(for: error)) }
                return .conflict(theirs)
            } catch {
                return .refused(userMessage(for: error))
            }
        } catch {
            return .refused(userMessage(for: error))
        }
    }

    /// Carries out a learner write; a conflict comes back with the learner as it is now (nil: removed).
    private func perform(_ write: LearnerWrite) -> LearnerWriteOutcome {
        guard let learners else { return .refused(T(.lrnUnavailable)) }
        let session: TrainingSession.ID
        let code = { (id: TrainingSession.ID) in
            self.state.data.sessions.first { $0.id == id }?.code ?? String(id.rawValue)
        }
        do {
            switch write {
            case .add(let learner):
                session = learner.sessionID
                _ = try learners.addLearner(learner, by: state.actor, at: timestamp())
                return .saved(notice: T(.lrnSavedAdded, code(session)), session: session)
            case .update(let learner, let version):
                session = learner.sessionID
                try learners.updateLearner(learner, expectedVersion: version, by: state.actor, at: timestamp())
                return .saved(notice: T(.lrnSavedUpdated), session: session)
            case .remove(let id, let owner, let version):
                try learners.removeLearner(id, expectedVersion: version, by: state.actor, at: timestamp())
                return .saved(notice: T(.lrnSavedRemoved, code(owner)), session: owner)
            }
        } catch let error where Self.isConflict(error) {
            let id: Learner.ID
            switch write {
            case .add: return .refused(userMessage(for: error))
            case .update(let learner, _): id = learner.id
            case .remove(let learnerID, _, _): id = learnerID
            }
            do {
                return .conflict(try learners.learner(id))
            } catch {
                return .refused(userMessage(for: error))
            }
        } catch {
            return .refused(userMessage(for: error))
        }
    }

    /// Carries out a label's write; a conflict asks for the detail to be read again.
    private func perform(_ write: LabelWrite, label id: Label.ID, expectedVersion: Int64) -> SmallFormOutcome {
        guard let labels else { return .refused(T(.storeReadOnly)) }
        do {
            let notice = try labels.apply(write, label: id, expectedVersion: expectedVersion, by: state.actor,
                                          at: timestamp(), today: state.today)
            return .saved(notice: notice, reload: .label(id))
        } catch let error where Self.isConflict(error) {
            return .conflict(.label(id))
        } catch {
            return .refused(userMessage(for: error))
        }
    }

    /// Carries out a committee's write (weights, list collected).
    private func perform(_ write: CommitteeWrite, committee id: Committee.ID) -> CommitteeWriteOutcome {
        guard let instruction, !state.isReadOnly else { return .refused(T(state.isReadOnly ? .storeReadOnly : .instrUnavailable)) }
        do {
            switch write {
            case .weights(let weights):
                try instruction.setWeights(weights, committee: id, by: state.actor, at: timestamp())
                return .saved(notice: T(.instrSavedWeights, weights.values.map(String.init).joined(separator: " · ")))
            case .collect(let day):
                try instruction.collectList(id, on: day, by: state.actor, at: timestamp(), today: state.today)
                return .saved(notice: T(.instrSavedCollected, day.french))
            }
        } catch {
            return .refused(userMessage(for: error))
        }
    }

    /// One decision on several dossiers: each written in its own transaction, with its audit entry, over
    /// the version the ranked list showed (`versions`; read now when absent). A dossier someone else
    /// changed since the list was read is not decided: it is named among the refused, with why.
    private func decide(_ ids: [Dossier.ID], to target: DossierState, reason: String,
                        conventionOn: CalendarDate?, versions: [Dossier.ID: Int64]) -> BulkOutcome {
        guard let instruction else { return BulkOutcome(decided: [], refused: [T(.instrUnavailable)]) }
        var decided: [String] = [], refused: [String] = []
        for id in ids {
            do {
                guard let file = try instruction.instructionFile(id) else { continue }
                let expected = versions[id] ?? file.version
                guard expected == file.version else {
                    refused.append("\(file.dossier.number) : \(T(.bulkStale))")
                    continue
                }
                do {
                    try instruction.transition(id, to: target, reason: reason, conventionOn: conventionOn,
                                               expectedVersion: expected, by: state.actor, at: timestamp(),
                                               today: state.today)
                    decided.append(file.dossier.number)
                } catch let error where Self.isConflict(error) {
                    refused.append("\(file.dossier.number) : \(T(.bulkStale))")
                } catch {
                    refused.append("\(file.dossier.number) : \(userMessage(for: error))")
                }
            } catch {
                refused.append(userMessage(for: error))
            }
        }
        return BulkOutcome(decided: decided, refused: refused)
    }

    /// Carries out an alert's acknowledgement, snooze or its removal.
    private func perform(_ write: AlertHandlingWrite) -> SmallFormOutcome {
        guard let labels else { return .refused(T(.storeReadOnly)) }
        do {
            try labels.handleAlert(write, by: state.actor, at: timestamp(), today: state.today)
            let notice: String
            switch write {
            case .handle(_, _, .acknowledged, _, _): notice = T(.ahSavedAcknowledged)
            case .handle(_, _, .snoozed, let until, _): notice = T(.ahSavedSnoozed, until?.french ?? "—")
            case .clear: notice = T(.ahSavedCleared)
            }
            return .saved(notice: notice, reload: nil)
        } catch {
            return .refused(userMessage(for: error))
        }
    }

    /// Whether `error` says the record changed meanwhile (the backend's conflict error).
    private static func isConflict(_ error: any Error) -> Bool {
        (error as? any ConflictSignalling)?.isConflict ?? false
    }
}
