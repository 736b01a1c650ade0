/// A small, fast, seedable random number generator (SplitMix64) for the demo data.
///
/// The standard library's `SystemRandomNumberGenerator` cannot be seeded, and its helpers
/// (`Int.random(in:using:)`, `shuffled(using:)`) do not promise the same algorithm on every platform
/// and release. Everything here is spelled out, so the same seed gives the same sequence — and so the
/// same demo data — on every platform and Swift version.
public struct SeededGenerator: RandomNumberGenerator, Sendable {
    private var state: UInt64

    public init(seed: UInt64) {
        state = seed
    }

    /// An independent stream derived from `seed`, so that each part of a generator can draw its own
    /// numbers without shifting the others' when it changes.
    public init(seed: UInt64, stream: UInt64) {
        var mixer = SeededGenerator(seed: seed ^ (stream &* 0xD1B5_4A32_D192_ED03))
        state = mixer.next()
    }

    /// SplitMix64 (Steele, Lea, Flood 2014; the reference constants of Vigna's implementation).
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A uniform integer in `range`, without modulo bias (Lemire's multiply-and-reject method).
    public mutating func int(in range: ClosedRange<Int>) -> Int {
        let width = UInt64(bitPattern: Int64(range.upperBound) &- Int64(range.lowerBound)) &+ 1
        if width == 0 { return Int(Int64(bitPattern: next())) } // the whole Int range
        var product = next().multipliedFullWidth(by: width)
        if product.low < width {
            let threshold = (0 &- width) % width
            while product.low < threshold {
                product = next().multipliedFullWidth(by: width)
            }
        }
        return Int(Int64(range.lowerBound) &+ Int64(bitPattern: product.high))
    }

    /// A uniform integer in `range`, which must not be empty.
    public mutating func int(in range: Range<Int>) -> Int {
        precondition(!range.isEmpty, "SeededGenerator.int(in:) needs a non-empty range")
        return int(in: range.lowerBound...(range.upperBound - 1))
    }

    /// A uniform double in [0, 1), with 53 random bits.
    public mutating func unit() -> Double {
        Double(next() >> 11) * 0x1p-53
    }

    /// `true` with the given probability (0 never, 1 always).
    public mutating func bool(probability: Double) -> Bool {
        unit() < probability
    }

    /// A uniform element of a non-empty collection.
    public mutating func pick<C: Collection>(_ collection: C) -> C.Element {
        precondition(!collection.isEmpty, "SeededGenerator.pick needs a non-empty collection")
        let offset = int(in: 0..<collection.count)
        return collection[collection.index(collection.startIndex, offsetBy: offset)]
    }

    /// A uniform element, or nil for an empty collection.
    public mutating func pickIfAny<C: Collection>(_ collection: C) -> C.Element? {
        collection.isEmpty ? nil : pick(collection)
    }

    /// An index drawn with probability proportional to its (non-negative) weight; nil when all are 0.
    public mutating func weightedIndex(_ weights: [Int]) -> Int? {
        let total = weights.reduce(0) { $0 + max(0, $1) }
        guard total > 0 else { return nil }
        var ticket = int(in: 0..<total)
        for (index, weight) in weights.enumerated() where weight > 0 {
            if ticket < weight { return index }
            ticket -= weight
        }
        return nil
    }

    /// Fisher–Yates shuffle in place.
    public mutating func shuffle<T>(_ array: inout [T]) {
        guard array.count > 1 else { return }
        for i in stride(from: array.count - 1, to: 0, by: -1) {
            let j = int(in: 0...i)
            if i != j { array.swapAt(i, j) }
        }
    }

    /// A shuffled copy.
    public mutating func shuffled<T>(_ array: [T]) -> [T] {
        var copy = array
        shuffle(&copy)
        return copy
    }
}
