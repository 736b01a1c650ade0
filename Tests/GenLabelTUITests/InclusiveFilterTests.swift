import Testing
import GenLabelCore
@testable import GenLabelTUI

@Suite("The list filter finds inclusive titles by their feminine word")
struct InclusiveFilterTests {
    @Test func developpeuseFindsDeveloppeurSe() {
        let columns = [TableColumn<String>("Formation", minWidth: 10, priority: 1, text: { $0 })]
        let titles = ["Développeur·se web et web mobile", "Technicien·ne réseaux", "Développeur web"]
        let keys = titles.map { ListOrdering.searchKey($0, columns) }
        func found(_ query: String) -> [String] {
            let query = TextFolding.Query(query)
            return zip(titles, keys).filter { _, key in key.withUnsafeBufferPointer { query.matches(bytes: $0) } }.map(\.0)
        }
        #expect(found("developpeuse") == ["Développeur·se web et web mobile"])
        #expect(found("DÉVELOPPEUR") == ["Développeur·se web et web mobile", "Développeur web"])
        #expect(found("technicienne reseaux") == ["Technicien·ne réseaux"])
    }
}
