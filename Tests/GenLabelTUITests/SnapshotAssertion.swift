import Foundation
import Testing
@testable import GenLabelTUI

/// Compares a rendered screen (text lines, then role lines) with `Snapshots/<name>.txt` beside the
/// tests. A missing snapshot is written and the test fails, so a new snapshot is always reviewed;
/// `UPDATE_SNAPSHOTS=1` rewrites them all.
func assertSnapshot(_ buffer: Buffer, named name: String, sourceLocation: SourceLocation = #_sourceLocation,
                    filePath: String = #filePath) {
    let directory = URL(fileURLWithPath: filePath).deletingLastPathComponent().appendingPathComponent("Snapshots")
    let file = directory.appendingPathComponent(name + ".txt")
    let rendered = render(buffer)
    let update = ProcessInfo.processInfo.environment["UPDATE_SNAPSHOTS"] == "1"
    guard !update, let recorded = try? String(contentsOf: file, encoding: .utf8) else {
        try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try? rendered.write(to: file, atomically: true, encoding: .utf8)
        Issue.record("snapshot \(name) recorded at \(file.path): review it and run again", sourceLocation: sourceLocation)
        return
    }
    if recorded != rendered {
        let actual = directory.appendingPathComponent(name + ".actual.txt")
        try? rendered.write(to: actual, atomically: true, encoding: .utf8)
        Issue.record("screen differs from snapshot \(name); see \(actual.path)", sourceLocation: sourceLocation)
    }
}

private func render(_ buffer: Buffer) -> String {
    var text = "\(buffer.width)x\(buffer.height)\n"
    for line in buffer.textLines() { text += "|" + line + "|\n" }
    text += "--- roles\n"
    for line in buffer.roleLines() { text += line + "\n" }
    return text
}
