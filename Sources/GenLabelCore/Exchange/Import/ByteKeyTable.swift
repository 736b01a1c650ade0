/// A table from byte strings to integers that allocates nothing per key: every key is copied into one
/// arena, and the slots (open addressing, linear probing) point at entries of that arena. An import
/// checks one natural key per row (400,000 at ×10): as `String` dictionary keys each cost an allocation
/// and a normalising hash (issue 5's import speed).
public struct ByteKeyTable: Sendable {
    private var arena: [UInt8] = []
    private var starts: [Int] = []
    private var values: [Int] = []
    private var hashes: [UInt64] = []
    /// Entry index + 1 per slot; 0 is empty. The slot count is a power of two, at least twice the entries.
    private var slots: [Int32]
    private var mask: Int
    /// Per-process seed, so that no file can be made to collide on purpose.
    private let seed: UInt64

    public init(capacity: Int = 16) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = [Int32](repeating: 0, count: size)
        mask = size - 1
        seed = UInt64.random(in: 1...UInt64.max)
        starts.reserveCapacity(capacity + 1)
        starts.append(0)
        values.reserveCapacity(capacity)
        hashes.reserveCapacity(capacity)
    }

    public var count: Int { values.count }

    /// The value stored for `key`, else stores `value` for it and returns nil.
    public mutating func valueOrInsert(_ key: [UInt8], _ value: Int) -> Int? {
        key.withUnsafeBufferPointer { valueOrInsert($0, value) }
    }

    public mutating func valueOrInsert(_ key: UnsafeBufferPointer<UInt8>, _ value: Int) -> Int? {
        let hash = Self.hash(key, seed: seed)
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] != 0 {
            let entry = Int(slots[slot]) - 1
            if hashes[entry] == hash && equals(entry, key) { return values[entry] }
            slot = (slot + 1) & mask
        }
        arena.append(contentsOf: key)
        starts.append(arena.count)
        values.append(value)
        hashes.append(hash)
        slots[slot] = Int32(values.count)
        if values.count * 2 > slots.count { grow() }
        return nil
    }

    private func equals(_ entry: Int, _ key: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = starts[entry], end = starts[entry + 1]
        guard end - start == key.count else { return false }
        return arena.withUnsafeBufferPointer { stored in
            key.count == 0 || memcmp(stored.baseAddress! + start, key.baseAddress!, key.count) == 0
        }
    }

    private mutating func grow() {
        let size = slots.count * 2
        slots = [Int32](repeating: 0, count: size)
        mask = size - 1
        for entry in values.indices {
            var slot = Int(truncatingIfNeeded: hashes[entry]) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(entry + 1)
        }
    }

    /// Eight bytes at a time, each word mixed by a multiplication; the tail byte by byte.
    static func hash(_ key: UnsafeBufferPointer<UInt8>, seed: UInt64) -> UInt64 {
        var hash = seed ^ (UInt64(key.count) &* 0x9E37_79B9_7F4A_7C15)
        var index = 0
        if let base = key.baseAddress {
            while index + 8 <= key.count {
                let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
                hash = (hash ^ word) &* 0xBF58_476D_1CE4_E5B9
                hash ^= hash >> 31
                index += 8
            }
            while index < key.count {
                hash = (hash ^ UInt64(base[index])) &* 0x94D0_49BB_1331_11EB
                index += 1
            }
        }
        hash ^= hash >> 29
        hash = hash &* 0xBF58_476D_1CE4_E5B9
        return hash ^ (hash >> 32)
    }
}

@_silgen_name("memcmp")
private func memcmp(_ a: UnsafeRawPointer, _ b: UnsafeRawPointer, _ count: Int) -> Int32
