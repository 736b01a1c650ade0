/// Where each part of the main screen goes for a terminal size: a pure function shared by the
/// update (to know how many rows a page holds) and the view.
///
/// Layout: a header line, a 2×2 grid of panes (Dossiers | Sessions over Labels | Alertes) and a
/// footer line. The active pane's column and row get 60 % of the space, so the pane you work in is
/// the larger one while the others stay in view.
public struct MainLayout: Sendable, Equatable {
    /// Below this, the screen shows a short message instead of the panes.
    public static let minimumWidth = 60
    public static let minimumHeight = 14
    /// Share of the width and height given to the active pane's column and row.
    public static let activeShare = 0.6

    public let header: Rect
    public let body: Rect
    public let footer: Rect
    public let panes: [PaneKind: Rect]
    public let isTooSmall: Bool

    public init(size: TerminalSize, active: PaneKind) {
        let width = max(size.width, 0)
        let height = max(size.height, 0)
        isTooSmall = width < Self.minimumWidth || height < Self.minimumHeight
        header = Rect(x: 0, y: 0, width: width, height: min(1, height))
        footer = Rect(x: 0, y: max(height - 1, 0), width: width, height: height >= 2 ? 1 : 0)
        body = Rect(x: 0, y: 1, width: width, height: max(height - 2, 0))
        guard !isTooSmall else { panes = [:]; return }

        let activeColumn = active == .dossiers || active == .labels ? 0 : 1
        let activeRow = active == .dossiers || active == .sessions ? 0 : 1
        let largeWidth = Int((Double(width) * Self.activeShare).rounded())
        let largeHeight = Int((Double(body.height) * Self.activeShare).rounded())
        let leftWidth = activeColumn == 0 ? largeWidth : width - largeWidth
        let topHeight = activeRow == 0 ? largeHeight : body.height - largeHeight
        let rightWidth = width - leftWidth
        let bottomHeight = body.height - topHeight
        panes = [
            .dossiers: Rect(x: 0, y: body.y, width: leftWidth, height: topHeight),
            .sessions: Rect(x: leftWidth, y: body.y, width: rightWidth, height: topHeight),
            .labels: Rect(x: 0, y: body.y + topHeight, width: leftWidth, height: bottomHeight),
            .alerts: Rect(x: leftWidth, y: body.y + topHeight, width: rightWidth, height: bottomHeight),
        ]
    }

    /// Data rows a pane shows: its height less the two borders and the column header.
    public func visibleRows(_ pane: PaneKind) -> Int {
        max((panes[pane]?.height ?? 0) - 3, 1)
    }

    /// Lines of text a detail view shows: the body less its two borders.
    public var detailRows: Int { max(body.height - 2, 1) }
}
