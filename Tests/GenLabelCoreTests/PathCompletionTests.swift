import Testing
import GenLabelCore

@Suite("Tab's completion of a typed path (issue 5)")
struct PathCompletionTests {
    let entries = [PathCompletion.Entry(name: "learners-2026.csv", isDirectory: false),
                   PathCompletion.Entry(name: "learners-2027.csv", isDirectory: false),
                   PathCompletion.Entry(name: "exports", isDirectory: true),
                   PathCompletion.Entry(name: ".cache", isDirectory: true)]

    @Test func completions() {
        #expect(PathCompletion.complete("~/le", entries: entries)
                == .init(path: "~/learners-202", candidates: ["learners-2026.csv", "learners-2027.csv"]))
        #expect(PathCompletion.complete("~/learners-2026", entries: entries) == .init(path: "~/learners-2026.csv", candidates: []))
        #expect(PathCompletion.complete("ex", entries: entries) == .init(path: "exports/", candidates: []))
        #expect(PathCompletion.complete("~/x", entries: entries) == nil)
        #expect(PathCompletion.complete("/data/", entries: entries)?.candidates
                == ["exports/", "learners-2026.csv", "learners-2027.csv"], "hidden entries only once a dot is typed")
        #expect(PathCompletion.complete("/data/.", entries: entries)?.path == "/data/.cache/")
    }
}
