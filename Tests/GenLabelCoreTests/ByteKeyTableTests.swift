import Testing
@testable import GenLabelCore

/// The natural-key table of the imports (issue 5's import speed) answers as a `[String: Int]` would.
@Suite("Byte key table")
struct ByteKeyTableTests {
    @Test func answersAsADictionary() {
        var generator = SeededGenerator(seed: 5)
        var table = ByteKeyTable(capacity: 4)
        var reference: [[UInt8]: Int] = [:]
        for step in 0..<30_000 {
            // Short keys over a small alphabet, so that many repeat; lengths 0 to 40 cross the 8-byte words.
            let key = (0..<Int.random(in: 0...40, using: &generator)).map { _ in UInt8.random(in: 0x61...0x63, using: &generator) }
            let expected = reference[key]
            #expect(table.valueOrInsert(key, step) == expected)
            if expected == nil { reference[key] = step }
        }
        #expect(table.count == reference.count)
    }
}
