import Foundation

/// How a figure is judged against issue 7.
enum Target {
    /// One key: median ≤ 4 ms and p99 ≤ 16 ms.
    case key
    /// The median must not exceed this many units.
    case medianAtMost(Double)
    /// The median must not exceed the smaller of these bounds; `text` says why.
    case medianAtMostAll([Double], text: String)
    /// The median must reach at least this many units (a rate).
    case medianAtLeast(Double)
    /// The 99th percentile must not exceed this many units.
    case p99AtMost(Double)
    /// Reported, not judged (a reference or a breakdown).
    case info
    /// The feature does not exist yet.
    case notApplicable(String)

    var text: String {
        switch self {
        case .key: return "med≤4 p99≤16"
        case .medianAtMost(let bound): return "med≤\(Report.number(bound))"
        case .medianAtMostAll(_, let text): return text
        case .medianAtLeast(let bound): return "med≥\(Report.number(bound))"
        case .p99AtMost(let bound): return "p99≤\(Report.number(bound))"
        case .info: return "—"
        case .notApplicable: return "—"
        }
    }
}

/// One line of the results table (and of the JSON file).
struct MetricResult: Codable {
    var name: String
    var unit: String
    var runs: Int
    var median: Double?
    var p99: Double?
    var target: String
    /// PASS, FAIL, n/a, or "info".
    var verdict: String
    var note: String

    init(_ name: String, unit: String = "ms", samples: Samples, target: Target, note: String = "") {
        self.init(name, unit: unit, runs: samples.count, median: samples.median, p99: samples.p99, target: target,
                  note: note)
    }

    init(_ name: String, unit: String, runs: Int, median: Double?, p99: Double?, target: Target, note: String = "") {
        self.name = name; self.unit = unit; self.runs = runs; self.median = median; self.p99 = p99
        self.target = target.text; self.note = note
        switch target {
        case .notApplicable(let reason):
            verdict = "n/a"
            self.note = reason
        case .info:
            verdict = "info"
        case .key:
            guard let median, let p99 else { verdict = "FAIL"; break }
            verdict = median <= 4 && p99 <= 16 ? "PASS" : "FAIL"
        case .medianAtMost(let bound):
            guard let median else { verdict = "FAIL"; break }
            verdict = median <= bound ? "PASS" : "FAIL"
        case .medianAtLeast(let bound):
            guard let median else { verdict = "FAIL"; break }
            verdict = median >= bound ? "PASS" : "FAIL"
        case .p99AtMost(let bound):
            guard let p99 else { verdict = "FAIL"; break }
            verdict = p99 <= bound ? "PASS" : "FAIL"
        case .medianAtMostAll(let bounds, _):
            guard let median else { verdict = "FAIL"; break }
            verdict = bounds.allSatisfy { median <= $0 } ? "PASS" : "FAIL"
        }
    }
}

/// Everything one run of the benchmark found.
struct Report: Codable {
    struct Counts: Codable {
        var organizations, trainings, dossiers, labels, sessions, learners: Int
    }
    var scale: String
    var today: String
    var cores: Int
    var terminal: String
    var counts: Counts
    var generateMilliseconds: Double
    var writeMilliseconds: Double
    var databaseBytes: Int
    var genlabelBinary: String
    var metrics: [MetricResult]

    /// The table printed on standard output.
    func table() -> String {
        var lines: [String] = []
        lines.append("genlabel-bench — scale \(scale): \(counts.dossiers) dossiers, \(counts.labels) labels, "
                     + "\(counts.sessions) sessions, \(counts.learners) learners; today \(today); \(cores) cores; "
                     + "terminal \(terminal)")
        lines.append(generateMilliseconds == 0 ? "data set: reused (--db), file \(databaseBytes / 1_048_576) MB"
                     : "data set: generated in \(Self.number(generateMilliseconds)) ms, written in "
                     + "\(Self.number(writeMilliseconds)) ms, file \(databaseBytes / 1_048_576) MB")
        let header = ["metric", "N", "median", "p99", "unit", "target", "result"]
        var rows = metrics.map { metric in
            [metric.name, String(metric.runs), metric.median.map(Self.number) ?? "—", metric.p99.map(Self.number) ?? "—",
             metric.unit, metric.target, metric.verdict]
        }
        rows.insert(header, at: 0)
        let widths = header.indices.map { column in rows.map { $0[column].count }.max() ?? 0 }
        for (index, row) in rows.enumerated() {
            let cells = row.enumerated().map { column, text -> String in
                let pad = String(repeating: " ", count: widths[column] - text.count)
                return (1...3).contains(column) ? pad + text : text + pad
            }
            lines.append(String(cells.joined(separator: "  ").reversed().drop { $0 == " " }.reversed()))
            if index == 0 { lines.append(widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ")) }
        }
        let notes = metrics.filter { !$0.note.isEmpty }
        if !notes.isEmpty {
            lines.append("")
            for metric in notes { lines.append("- \(metric.name): \(metric.note)") }
        }
        let judged = metrics.filter { $0.verdict == "PASS" || $0.verdict == "FAIL" }
        let failed = judged.filter { $0.verdict == "FAIL" }
        lines.append("")
        lines.append("\(judged.count - failed.count)/\(judged.count) targets met (targets are issue 7's, set for x10)")
        return lines.joined(separator: "\n")
    }

    func json() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        return String(decoding: try encoder.encode(self), as: UTF8.self) + "\n"
    }

    /// Milliseconds (or MB) with a precision that suits the size.
    static func number(_ value: Double) -> String {
        if value >= 100 { return String(format: "%.0f", value) }
        if value >= 10 { return String(format: "%.1f", value) }
        if value >= 1 { return String(format: "%.2f", value) }
        return String(format: "%.3f", value)
    }
}
