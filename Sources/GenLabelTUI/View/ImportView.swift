import GenLabelCore

/// Draws the import screen (issue 5) as a detail: the kinds to choose from, the path being typed, then
/// the preview of the dry run (counts and warnings, or every error with its line and column). Pure.
enum ImportView {
    static let marker = "▶ "
    static let noMarker = "  "
    /// Where the typing goes.
    static let caret = "▏"
    /// Tab's candidates listed at most.
    static let maxCompletionsShown = 8

    static func content(_ screen: ImportScreen) -> DetailContent {
        var lines: [DetailLine] = []
        switch screen.step {
        case .kind:
            lines.append(.section(T(.impChooseKind)))
            for (index, kind) in ImportScreen.kinds.enumerated() {
                let selected = index == screen.selected
                lines.append(.text((selected ? marker : noMarker) + kind.displayName, emphasis: selected ? .selection : .value))
            }
            if let error = screen.error { lines += [.blank, .text(error, emphasis: .error)] }
        case .path:
            lines += [.field(T(.impKindField), screen.kind.displayName),
                      .field(T(.impFileField), screen.path + caret, emphasis: .input)]
            if let error = screen.error { lines += [.blank, .text(error, emphasis: .error)] }
            if !screen.completions.isEmpty {
                lines.append(.blank)
                lines += screen.completions.prefix(maxCompletionsShown).map { .text("  " + $0, emphasis: .dim) }
                if screen.completions.count > maxCompletionsShown {
                    lines.append(.text(T(.importMoreFiles, screen.completions.count - maxCompletionsShown), emphasis: .dim))
                }
            }
            lines += [.blank, .text(T(.impPathHelp), emphasis: .dim)]
        case .reading, .writing:
            lines += heading(screen) + [.blank]
            let key: TextKey = screen.step == .reading ? .impReading : .impWriting
            lines.append(.text(T(key, screen.path.trimmingWhitespace), emphasis: .dim))
        case .preview(let outcome):
            lines += heading(screen) + [.blank] + preview(outcome)
        }
        return DetailContent(title: T(.impTitle), lines: lines)
    }

    private static func heading(_ screen: ImportScreen) -> [DetailLine] {
        [.field(T(.impKindField), screen.kind.displayName), .field(T(.impFileField), screen.path.trimmingWhitespace)]
    }

    private static func preview(_ outcome: ImportOutcome) -> [DetailLine] {
        var lines: [DetailLine] = []
        let shownWarnings: [ImportIssue]
        switch outcome {
        case .imported(let summary, let warnings):
            lines += [.section(T(.impSectionCounts)),
                      .field(T(.impRowsRead), String(summary.total)),
                      .field(T(.impToCreate), String(summary.created), emphasis: summary.created > 0 ? .success : nil),
                      .field(T(.impToUpdate), String(summary.updated), emphasis: summary.updated > 0 ? .warning : nil),
                      .field(T(.impUnchanged), String(summary.unchanged)),
                      .blank]
            if summary.created + summary.updated == 0 { lines += [.text(T(.impNoChange), emphasis: .dim), .blank] }
            lines.append(.text(T(.impConfirmHint), emphasis: .dim))
            shownWarnings = warnings
        case .refused(let errors, let count, let warnings):
            lines += [.section(T(.impSectionErrors, count)), .text(T(.impErrorsHint), emphasis: .dim), .blank]
            lines += errors.map { .text($0.userMessage, emphasis: .error) }
            if count > errors.count { lines.append(.text(T(.importMoreErrors, count - errors.count), emphasis: .dim)) }
            shownWarnings = warnings
        }
        if !shownWarnings.isEmpty {
            lines += [.blank, .section(T(.impSectionWarnings, shownWarnings.count))]
            lines += shownWarnings.map { .text($0.userMessage, emphasis: .warning) }
        }
        return lines
    }

    static func hints(_ screen: ImportScreen) -> [(String, String)] {
        let enter = T(.keyEnter), escape = T(.keyEscape)
        let hints: [(String, String)]
        switch screen.step {
        case .kind: hints = [("↑↓", T(.footerMove)), (enter, T(.impHintChoose)), (escape, T(.impHintBack))]
        case .path: hints = [(enter, T(.impHintRead)), (Key.tab.displayName, T(.impHintComplete)), (escape, T(.impHintBack)), ("F1", T(.footerHelp))]
        case .reading, .writing: hints = []
        case .preview(.imported):
            hints = [(enter, T(.impHintConfirm)), ("↑↓", T(.impHintScroll)), (escape, T(.impHintCancel))]
        case .preview(.refused):
            hints = [(enter, T(.impHintReread)), ("↑↓", T(.impHintScroll)), (escape, T(.impHintCancel))]
        }
        return hints
    }

    static func renderFooter(_ screen: ImportScreen, state: AppState, in area: Rect, into buffer: inout Buffer) {
        let hints = hints(screen)
        let message = state.statusMessage.map { ($0, StyleRole.error) } ?? state.notice.map { ($0, StyleRole.success) }
        FramedLines.renderFooter(hints, message: message, in: area, into: &buffer)
    }
}
