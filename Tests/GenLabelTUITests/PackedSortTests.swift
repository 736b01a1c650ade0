import GenLabelCore
import Testing
@testable import GenLabelTUI

/// Sorting on packed (key, index) integers gives the order of the (key, index) pair sort, ascending and
/// descending, with absent values (`Int.min`), ties, wide keys and filtered index lists.
@Suite("Packed sort")
struct PackedSortTests {
    func reference(_ indices: [Int], _ keys: [Int], _ descending: Bool) -> [Int] {
        indices.sorted { a, b in
            keys[a] != keys[b] ? (descending ? keys[a] > keys[b] : keys[a] < keys[b]) : a < b
        }
    }

    @Test func equalsThePairSort() {
        var generator = SeededGenerator(seed: 16)
        for round in 0..<400 {
            let count = Int.random(in: 0...300, using: &generator)
            let spread = [1, 3, 1_000, 1 << 30, 1 << 39][round % 5]
            let keys = (0..<count).map { _ in
                Int.random(in: 0..<10, using: &generator) == 0 ? Int.min : Int.random(in: -spread...spread, using: &generator)
            }
            let indices = (0..<count).filter { _ in Int.random(in: 0..<4, using: &generator) != 0 }
            for descending in [false, true] {
                let expected = reference(indices, keys, descending)
                #expect(ListOrdering.sorted(indices, by: keys, descending: descending) == expected)
                if let packed = ListOrdering.packedSort(indices, by: keys, descending: descending) {
                    #expect(packed == expected)
                } else {
                    #expect(spread >= 1 << 39, "packing refused a small range")
                }
            }
        }
        // Keys too far apart to pack: the pair sort answers.
        let wide = [Int.max, 0, Int.min, Int.min + 1, -5]
        #expect(ListOrdering.packedSort(Array(0..<5), by: wide, descending: false) == nil)
        #expect(ListOrdering.sorted(Array(0..<5), by: wide, descending: false) == reference(Array(0..<5), wide, false))
    }
}

/// Text sort keys (ranks of folded texts, grouped by folded bytes, ordered by bytes when ASCII) equal
/// the ranks a plain `String` sort of the folded texts gives.
@Suite("Text sort keys")
struct TextSortKeyTests {
    func reference(_ texts: [String]) -> [Int] {
        let folded = texts.map(TextFolding.fold)
        let distinct = Array(Set(folded)).sorted()
        var rank: [String: Int] = [:]
        var current = -1
        var previous: String?
        for text in distinct {
            if previous == nil || text != previous! { current += 1 }
            rank[text] = current
            previous = text
        }
        return folded.map { rank[$0]! }
    }

    @Test func ranksEqualTheFoldedStringSort() {
        var generator = SeededGenerator(seed: 23)
        let words = ["Développeur", "developpeur", "DÉVELOPPEUSE", "Réseaux", "reseaux", "Œuvre", "oeuvre", "Zèbre", "abc",
                     "Abc ", "", "l’Œil", "l'oeil", "café", "CAFÉ", "naïve", "€uro", "日本", "ﬁn", "Ñandú", "z", "a-b", "a b"]
        for round in 0..<200 {
            let texts = (0..<Int.random(in: 0...60, using: &generator)).map { _ in
                (0..<Int.random(in: 1...3, using: &generator)).map { _ in words.randomElement(using: &generator)! }
                    .joined(separator: round % 2 == 0 ? " " : "")
            }
            let column = TableColumn<String>("t", minWidth: 1, priority: 1) { $0 }
            let keys = ListOrdering.sortKeys(texts, column)
            let expected = reference(texts)
            // Same order and ties as the reference ranks.
            for a in texts.indices {
                for b in texts.indices where a < b {
                    #expect((keys[a] < keys[b]) == (expected[a] < expected[b]) && (keys[a] == keys[b]) == (expected[a] == expected[b]),
                            "\(texts[a]) / \(texts[b])")
                }
            }
        }
    }
}
