/// A rectangle of cells: `x` and `y` are the column and row of the top-left cell (0-based), `width` and
/// `height` are never negative.
public struct Rect: Equatable, Hashable, Sendable, CustomStringConvertible {
    /// The column of the leftmost cell.
    public var x: Int
    /// The row of the top cell.
    public var y: Int
    /// The number of columns (≥ 0).
    public var width: Int
    /// The number of rows (≥ 0).
    public var height: Int

    /// A rectangle; a negative `width` or `height` becomes 0.
    public init(x: Int, y: Int, width: Int, height: Int) {
        self.x = x
        self.y = y
        self.width = max(0, width)
        self.height = max(0, height)
    }

    /// The column just right of the rectangle (`x + width`).
    public var maxX: Int { x + width }
    /// The row just below the rectangle (`y + height`).
    public var maxY: Int { y + height }
    /// Whether the rectangle holds no cell.
    public var isEmpty: Bool { width == 0 || height == 0 }
    /// The number of cells.
    public var area: Int { width * height }

    /// "Rect(x, y, width×height)".
    public var description: String { "Rect(\(x), \(y), \(width)×\(height))" }

    /// Whether the cell at column `x`, row `y` lies inside.
    public func contains(x column: Int, y row: Int) -> Bool {
        column >= x && column < maxX && row >= y && row < maxY
    }

    /// The cells common to both rectangles (an empty rectangle at the clamped origin when they do not meet).
    public func intersection(_ other: Rect) -> Rect {
        let left = max(x, other.x)
        let top = max(y, other.y)
        let right = min(maxX, other.maxX)
        let bottom = min(maxY, other.maxY)
        return Rect(x: left, y: top, width: right - left, height: bottom - top)
    }

    /// The rectangle shrunk by `margin` cells on every side (never below zero size).
    public func inset(by margin: Int) -> Rect {
        inset(top: margin, left: margin, bottom: margin, right: margin)
    }

    /// The rectangle shrunk by the given number of cells on each side (never below zero size).
    public func inset(top: Int = 0, left: Int = 0, bottom: Int = 0, right: Int = 0) -> Rect {
        let newWidth = max(0, width - left - right)
        let newHeight = max(0, height - top - bottom)
        return Rect(x: x + min(left, width), y: y + min(top, height), width: newWidth, height: newHeight)
    }

    /// A rectangle of at most `width`×`height` centred in this one (for dialogs and pop-ups).
    public func centered(width wanted: Int, height wantedHeight: Int) -> Rect {
        let newWidth = min(width, max(0, wanted))
        let newHeight = min(height, max(0, wantedHeight))
        return Rect(x: x + (width - newWidth) / 2, y: y + (height - newHeight) / 2,
                    width: newWidth, height: newHeight)
    }

    /// The size of one part when a rectangle is split.
    public enum Extent: Equatable, Hashable, Sendable {
        /// Exactly `n` cells (less if the space runs out).
        case fixed(Int)
        /// `numerator / denominator` of the whole length, rounded down.
        case ratio(Int, Int)
        /// An equal share of what the fixed and ratio parts leave; the first fills get the leftover cells.
        case fill
    }

    /// Side-by-side columns, left to right, whose widths follow `extents` (a "horizontal" split, as in
    /// tmux `split-window -h`). Parts that do not fit get a width of 0; every part has the full height.
    public func splitHorizontally(_ extents: [Extent]) -> [Rect] {
        var column = x
        return Rect.lengths(extents, total: width).map { length in
            defer { column += length }
            return Rect(x: column, y: y, width: length, height: height)
        }
    }

    /// Stacked rows, top to bottom, whose heights follow `extents` (a "vertical" split). Parts that do not
    /// fit get a height of 0; every part has the full width.
    public func splitVertically(_ extents: [Extent]) -> [Rect] {
        var row = y
        return Rect.lengths(extents, total: height).map { length in
            defer { row += length }
            return Rect(x: x, y: row, width: width, height: length)
        }
    }

    /// One rectangle of height 1 per row of this one, starting `offset` rows below the top (for lists).
    public func rows(from offset: Int = 0) -> [Rect] {
        guard offset < height else { return [] }
        return (max(0, offset)..<height).map { Rect(x: x, y: y + $0, width: width, height: 1) }
    }

    /// Resolves extents into lengths summing to at most `total`: fixed and ratio parts first, in order,
    /// each limited by what is left; then fills share the rest.
    static func lengths(_ extents: [Extent], total: Int) -> [Int] {
        var lengths = [Int](repeating: 0, count: extents.count)
        var remaining = max(0, total)
        for (index, extent) in extents.enumerated() {
            let wanted: Int
            switch extent {
            case .fixed(let size): wanted = max(0, size)
            case .ratio(let numerator, let denominator):
                wanted = denominator > 0 ? max(0, total * numerator / denominator) : 0
            case .fill: continue
            }
            lengths[index] = min(wanted, remaining)
            remaining -= lengths[index]
        }
        let fillIndices = extents.indices.filter { extents[$0] == .fill }
        if !fillIndices.isEmpty {
            let share = remaining / fillIndices.count
            var extra = remaining % fillIndices.count
            for index in fillIndices {
                lengths[index] = share + (extra > 0 ? 1 : 0)
                if extra > 0 { extra -= 1 }
            }
        }
        return lengths
    }
}
