import GenLabelCore

/// Draws the figures screen (issue 4): the group's measures as numbers and bars with their goal marks,
/// its missed goals as warnings (never blocking), and the groups one level down as a table to go into.
/// Only counts: no learner's personal data is ever read for it.
enum FiguresView {
    static let marker = "▶ "
    static let noMarker = "  "
    static let labelWidth = 30
    static let valueWidth = 14
    static let warningMark = "!"

    static func lines(_ screen: FiguresScreen, width: Int, ascii: Bool, rules: RuleParameters) -> (lines: [StyledLine], focus: Int) {
        let report = screen.report
        var lines: [StyledLine] = []
        if report.records.isEmpty { return ([[(T(.figEmpty), .dim)]], 0) }
        let breadcrumb = screen.path.map { report.name($0) }.joined(separator: " › ")
        lines.append([(breadcrumb, .dim)])
        lines.append([])
        let scope = screen.current
        let tally = report.tally(scope)
        let measures = FigureSheet.measures(tally, level: scope.level, rules: rules)
        // Columns as wide as their longest text, so the bars and their notes fit in 80 columns.
        let labelWidth = min(measures.map { DisplayWidth.of($0.metric.displayName) }.max() ?? 0, Self.labelWidth) + 1
        let valueWidth = min((measures.map { DisplayWidth.of(T(.figValue, $0.rate.part, $0.rate.whole)) }.max() ?? 0) + 1, Self.valueWidth)
        let noteWidth = (measures.compactMap { measure in
            note(measure, rules: rules).map { DisplayWidth.of($0) + (measure.isMissed ? 2 : 0) }
        }.max() ?? 0) + 3
        let barWidth = min(max(width - labelWidth - valueWidth - 1 - 8 - noteWidth, 6), 20)
        lines.append([(TextLayout.pad(T(.figLearners), toWidth: labelWidth), .label),
                      (" " + T(.figLearnersValue, tally.learners, tally.crousAid), .value)])
        for measure in measures {
            var line: StyledLine = [(TextLayout.pad(TextLayout.truncate(measure.metric.displayName, toWidth: labelWidth), toWidth: labelWidth), .label)]
            let value = measure.rate.whole == 0 && measure.metric != .targetPublic
                ? "—" : T(.figValue, measure.rate.part, measure.rate.whole)
            line.append((" " + TextLayout.pad(value, toWidth: valueWidth), .value))
            line.append((TextLayout.pad(FigureBar.percent(measure.rate), toWidth: 6, alignment: .right) + "  ",
                         measure.isMissed ? .warning : .value))
            line += FigureBar.runs(fraction: measure.rate.fraction, markPercent: measure.markPercent, width: barWidth,
                                   ascii: ascii, missed: measure.isMissed)
            if let note = note(measure, rules: rules) {
                line.append(("  " + note + (measure.isMissed ? " " + warningMark : ""), measure.isMissed ? .warning : .dim))
            }
            lines.append(line)
        }
        if tally.learners == 0 { lines.append([(T(.figNone), .dim)]) }
        lines.append([])
        let warnings = measures.filter(\.isMissed).map { FigureSheet.warning($0, tally: tally, rules: rules) }
        lines.append([(T(.figWarnings), .helpTitle)])
        if warnings.isEmpty { lines.append([(T(.figNoWarning), .success)]) }
        for warning in warnings { lines.append([("\(warningMark) " + warning, .warning)]) }
        for part in TextLayout.wrap(T(.figRule), width: max(width, 10)) { lines.append([(part, .dim)]) }
        var focus = 0
        let children = screen.children
        if !children.isEmpty {
            lines.append([])
            lines.append([(childrenTitle(scope) + " (\(children.count))", .helpTitle)])
            let columns = tableColumns(width: width)
            let nameWidth = max(width - columns.reduce(0) { $0 + $1.width + 1 } - 2, 8)
            var header: StyledLine = [(noMarker + TextLayout.pad(T(.figColName), toWidth: nameWidth), .columnHeader)]
            for column in columns { header.append((" " + TextLayout.pad(column.title, toWidth: column.width, alignment: .right), .columnHeader)) }
            lines.append(header)
            for (index, child) in children.enumerated() {
                let selected = index == screen.selected
                if selected { focus = lines.count }
                let childTally = report.tally(child)
                let missed = Set(FigureSheet.measures(childTally, level: child.level, rules: rules).filter(\.isMissed).map(\.metric))
                var line: StyledLine = [((selected ? marker : noMarker) + TextLayout.pad(TextLayout.truncate(report.name(child), toWidth: nameWidth), toWidth: nameWidth),
                                         selected ? .selection : .value)]
                for column in columns {
                    let (text, isMissed) = column.cell(childTally, child.level, missed)
                    line.append((" " + TextLayout.pad(text, toWidth: column.width, alignment: .right),
                                 isMissed ? .warning : selected ? .selection : .normal))
                }
                lines.append(line)
            }
        }
        return (lines, focus)
    }

    private static func childrenTitle(_ scope: FigureScope) -> String {
        switch scope {
        case .overall: return T(.figChildRegions)
        case .region: return T(.figChildTrainings)
        case .training, .session: return T(.figChildSessions)
        }
    }

    /// What the mark stands for: "objectif 30 %", "repère GEN 70 %", "objectif 10 par session".
    private static func note(_ measure: FigureMeasure, rules: RuleParameters) -> String? {
        switch measure.metric {
        case .targetPublic:
            return measure.markIsGoal ? T(.figGoalCount, rules.instruction.minimumTargetLearnersPerSession) : nil
        case .sessionsOnTarget: return T(.figGoalAll)
        case .women, .qpvZRR: return measure.markPercent.map { T(.figGoal, $0) }
        case .positiveExit3, .positiveExit6: return measure.markPercent.map { T(.figReference, $0) }
        case .completion, .certification: return nil
        }
    }

    /// A column of the table of groups.
    struct Column {
        let title: String
        let width: Int
        /// Dropped first when the screen is narrow: the lowest.
        let priority: Int
        let cell: (LearnerTally, FigureLevel, Set<FigureMetric>) -> (String, Bool)
    }

    static func tableColumns(width: Int) -> [Column] {
        func rate(_ metric: FigureMetric, _ make: @escaping (LearnerTally) -> Rate) -> (LearnerTally, FigureLevel, Set<FigureMetric>) -> (String, Bool) {
            { tally, _, missed in
                let isMissed = missed.contains(metric)
                return (FigureBar.percent(make(tally)) + (isMissed ? warningMark : " "), isMissed)
            }
        }
        var columns = [
            Column(title: T(.figColLearners), width: 6, priority: 9) { tally, _, _ in (String(tally.learners), false) },
            Column(title: T(.figColTarget), width: 9, priority: 8) { tally, level, missed in
                if level == .session {
                    let isMissed = missed.contains(.targetPublic)
                    return (String(tally.targetPublic) + (isMissed ? warningMark : " "), isMissed)
                }
                let isMissed = missed.contains(.sessionsOnTarget)
                return ("\(tally.sessionsMeetingTarget)/\(tally.sessions)" + (isMissed ? warningMark : " "), isMissed)
            },
            Column(title: T(.figColWomen), width: 7, priority: 7, cell: rate(.women) { Rate($0.women, of: $0.learners) }),
            Column(title: T(.figColQPV), width: 8, priority: 6, cell: rate(.qpvZRR) { Rate($0.qpvOrZRR, of: $0.learners) }),
            Column(title: T(.figColCompletion), width: 7, priority: 3, cell: rate(.completion) { Rate($0.finished, of: $0.finished + $0.left) }),
            Column(title: T(.figColCertification), width: 7, priority: 2, cell: rate(.certification) { Rate($0.certified, of: $0.certificationKnown) }),
            Column(title: T(.figColPositive3), width: 7, priority: 5, cell: rate(.positiveExit3) { Rate($0.positive3, of: $0.situation3Known) }),
            Column(title: T(.figColPositive6), width: 7, priority: 4, cell: rate(.positiveExit6) { Rate($0.positive6, of: $0.situation6Known) }),
        ]
        // Keep at least 20 columns for the names.
        while columns.reduce(0, { $0 + $1.width + 1 }) + 22 > width, let weakest = columns.indices.min(by: { columns[$0].priority < columns[$1].priority }) {
            columns.remove(at: weakest)
        }
        return columns
    }

    static func render(_ screen: FiguresScreen, state: AppState, in body: Rect, into buffer: inout Buffer) {
        let width = FramedLines.inner(body).width
        let (lines, focus) = lines(screen, width: width, ascii: state.boxChars == .ascii, rules: state.rules)
        FramedLines.render(title: T(.figTitle, screen.report.name(screen.current)), lines: lines, focus: focus, in: body,
                           into: &buffer)
    }

    static func hints(_ screen: FiguresScreen) -> [(String, String)] {
        var hints: [(String, String)] = []
        if !screen.children.isEmpty { hints += [("↑↓", T(.footerMove)), (T(.keyEnter), T(.figHintOpen))] }
        if screen.path.count > 1 { hints.append(("←", T(.figHintUp))) }
        hints.append((T(.keyEscape), T(.footerBack)))
        return hints
    }

    static func renderFooter(_ screen: FiguresScreen, state: AppState, in area: Rect, into buffer: inout Buffer) {
        FramedLines.renderFooter(hints(screen), message: LearnerView.footerMessage(state), in: area, into: &buffer)
    }
}
