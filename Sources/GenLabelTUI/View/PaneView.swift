import GenLabelCore

/// Draws one list pane: a frame titled "1 Dossiers (150)", the table, the position, or what an empty
/// list would show and how to fill it.
enum PaneView {
    static func render(_ pane: PaneKind, state: AppState, in area: Rect, into buffer: inout Buffer) {
        let hasFocus = state.activePane == pane && state.screen == .panes
        let count = state.rowCount(pane)
        let query = state.query(pane)
        let total = state.totalCount(pane)
        let shown = total == 0 && state.loadError != nil ? "?" : count == total ? "\(count)" : T(.filteredCount, count, total)
        var title = "\(pane.number) \(pane.title) (\(shown))"
        if !query.filter.isEmpty { title += " « \(query.filter) »" }
        if pane == .dossiers && !query.facets.isEmpty { title += " [\(query.facets.summary)]" }
        if pane == .alerts && !state.alertFilter.showsSnoozed && state.loadError == nil {
            // Snoozed alerts are hidden: say how many, first, so a narrow title keeps it.
            let snoozed = state.alerts.filter { $0.handlingStatus == .snoozed }.count
            if snoozed > 0 { title += " — " + T(.afSnoozedCount, snoozed) }
        }
        if pane == .alerts && state.loadError != nil {
            title += " — " + T(.alertsUnreadable)
        } else if pane == .alerts && state.alertFilter.narrows {
            title += " — " + T(.afTitleFilters, state.alertFilter.summary)
        } else if pane == .alerts && query.filter.isEmpty {
            // Counted in place: `filter` copied every alert, twice per frame (most of a frame at ×100).
            var overdue = 0, soon = 0
            state.alerts.withUnsafeBufferPointer { alerts in
                for index in alerts.indices {
                    switch alerts[index].severity {
                    case .overdue: overdue += 1
                    case .dueSoon: soon += 1
                    case .upcoming: break
                    }
                }
            }
            title += " — " + T(.alertsSummary, overdue, soon, total - overdue - soon)
        }

        buffer.drawBox(area, title: title, role: hasFocus ? .borderActive : .border,
                       titleRole: hasFocus ? .paneTitleActive : .paneTitle)
        let inner = area.inset(by: 1)
        guard inner.width > 0, inner.height > 0 else { return }
        let cursor = state.cursor(pane)
        if total == 0, let error = state.loadError {
            for (index, line) in TextLayout.wrap(error, width: inner.width).prefix(inner.height).enumerated() {
                buffer.write(line, x: inner.x, y: inner.y + index, maxWidth: inner.width, role: .error)
            }
            return
        }
        if total == 0 {
            renderEmpty(pane, in: inner, into: &buffer)
            return
        }
        let position = " \(T(.listPosition, cursor.selected + 1, count)) "
        let positionWidth = DisplayWidth.of(position)
        if positionWidth + 2 < area.width {
            buffer.write(position, x: area.x + area.width - 1 - positionWidth, y: area.y + area.height - 1,
                             maxWidth: positionWidth, role: hasFocus ? .borderActive : .border)
        }
        let order = state.order(pane)
        switch pane {
        case .dossiers:
            TableView(columns: PaneColumns.dossiers, rows: state.data.dossiers, order: order, selected: cursor.selected,
                      offset: cursor.offset, hasFocus: hasFocus, query: query).render(in: inner, into: &buffer)
        case .sessions:
            TableView(columns: PaneColumns.sessions, rows: state.data.sessions, order: order, selected: cursor.selected,
                      offset: cursor.offset, hasFocus: hasFocus, query: query).render(in: inner, into: &buffer)
        case .labels:
            TableView(columns: PaneColumns.labels, rows: state.data.labels, order: order, selected: cursor.selected,
                      offset: cursor.offset, hasFocus: hasFocus, query: query).render(in: inner, into: &buffer)
        case .alerts:
            TableView(columns: PaneColumns.alerts, rows: state.alerts, order: order, selected: cursor.selected,
                      offset: cursor.offset, hasFocus: hasFocus, query: query).render(in: inner, into: &buffer)
        }
    }

    private static func renderEmpty(_ pane: PaneKind, in area: Rect, into buffer: inout Buffer) {
        let message: TextKey
        switch pane {
        case .dossiers: message = .emptyDossiers
        case .sessions: message = .emptySessions
        case .labels: message = .emptyLabels
        case .alerts: message = .emptyAlerts
        }
        var lines = TextLayout.wrap(T(message), width: area.width)
        if pane != .alerts { lines += [""] + TextLayout.wrap(T(.emptyHint), width: area.width) }
        for (index, line) in lines.prefix(area.height).enumerated() {
            buffer.write(line, x: area.x, y: area.y + index, maxWidth: area.width, role: index == 0 ? .normal : .dim)
        }
    }
}
