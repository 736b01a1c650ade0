/// Selection and scroll position of one list, kept valid for any row count and any visible height.
public struct ListCursor: Sendable, Equatable {
    public private(set) var selected: Int = 0
    public private(set) var offset: Int = 0

    public init() {}

    /// Moves the selection by `delta` rows (clamped) and scrolls so it stays visible.
    public mutating func move(by delta: Int, count: Int, visibleRows: Int) {
        select(selected + delta, count: count, visibleRows: visibleRows)
    }

    /// Selects `index` (clamped to the list) and scrolls so it stays visible.
    public mutating func select(_ index: Int, count: Int, visibleRows: Int) {
        selected = count == 0 ? 0 : min(max(index, 0), count - 1)
        clamp(count: count, visibleRows: visibleRows)
    }

    /// Re-establishes the invariants after the list or the visible height changed.
    public mutating func clamp(count: Int, visibleRows: Int) {
        let rows = max(visibleRows, 1)
        selected = count == 0 ? 0 : min(max(selected, 0), count - 1)
        if selected < offset { offset = selected }
        if selected >= offset + rows { offset = selected - rows + 1 }
        offset = min(max(offset, 0), max(count - rows, 0))
    }
}
