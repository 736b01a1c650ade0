import GenLabelCore

/// The figures (issue 4, "Chiffres"): one group's measures with bars, goals and warnings, and the groups
/// one level down to go into (overall → regions → trainings → sessions). Anonymous: every role sees it.
public struct FiguresScreen: Sendable, Equatable {
    public var report: FiguresReport
    /// From overall down to the group shown (its last element).
    public var path: [FigureScope]
    /// How deep the screen was opened: Échap at that depth goes back to where it came from.
    public var entryDepth: Int
    /// The selected group one level down.
    public var selected = 0
    /// Where Échap goes back to: the lists, or a detail and its scroll.
    public var returnTo: DetailContent?
    public var returnScroll = 0

    public init(report: FiguresReport, focus: FigureScope?, returnTo: DetailContent?, returnScroll: Int) {
        self.report = report
        let path = focus.flatMap { report.contains($0) ? report.path(to: $0) : nil } ?? [.overall]
        self.path = path
        self.entryDepth = path.count - 1
        self.returnTo = returnTo
        self.returnScroll = returnScroll
    }

    public var current: FigureScope { path.last ?? .overall }
    public var children: [FigureScope] { report.children(current) }
}
