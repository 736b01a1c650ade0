#if canImport(Glibc)
import Glibc
#endif

/// Monotonic time in nanoseconds (`CLOCK_MONOTONIC`).
enum MonotonicClock {
    static func nanoseconds() -> UInt64 {
        var now = timespec()
        clock_gettime(CLOCK_MONOTONIC, &now)
        return UInt64(now.tv_sec) * 1_000_000_000 + UInt64(now.tv_nsec)
    }

    /// Runs `body` and returns its result with the elapsed milliseconds.
    static func measure<T>(_ body: () throws -> T) rethrows -> (T, Double) {
        let start = nanoseconds()
        let result = try body()
        return (result, Double(nanoseconds() - start) / 1_000_000)
    }
}

/// Repeated timings of one operation, in milliseconds.
struct Samples {
    private(set) var values: [Double] = []

    mutating func add(_ milliseconds: Double) { values.append(milliseconds) }

    /// Times `body` once and records it.
    @discardableResult
    mutating func time<T>(_ body: () throws -> T) rethrows -> T {
        let (result, elapsed) = try MonotonicClock.measure(body)
        values.append(elapsed)
        return result
    }

    var count: Int { values.count }

    /// The middle value (mean of the two middle values for an even count).
    var median: Double? {
        guard !values.isEmpty else { return nil }
        let sorted = values.sorted()
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }

    /// The 99th percentile, nearest rank (the maximum when fewer than 100 samples).
    var p99: Double? { percentile(0.99) }

    func percentile(_ fraction: Double) -> Double? {
        guard !values.isEmpty else { return nil }
        let sorted = values.sorted()
        let rank = Int((fraction * Double(sorted.count)).rounded(.up))
        return sorted[min(max(rank, 1), sorted.count) - 1]
    }
}

/// Memory figures from `/proc/self/status`.
enum ProcessMemory {
    /// Peak resident set size (`VmHWM`) in kilobytes, or nil when unreadable.
    static func peakResidentKilobytes() -> Int? { statusField("VmHWM:") }

    /// Current resident set size (`VmRSS`) in kilobytes.
    static func residentKilobytes() -> Int? { statusField("VmRSS:") }

    private static func statusField(_ name: String) -> Int? {
        guard let text = readTextFile("/proc/self/status") else { return nil }
        for line in text.split(separator: "\n") where line.hasPrefix(name) {
            let digits = line.dropFirst(name.count).filter(\.isNumber)
            return Int(String(digits))
        }
        return nil
    }
}

/// The whole content of a small text file, or nil.
func readTextFile(_ path: String) -> String? {
    guard let file = fopen(path, "r") else { return nil }
    defer { fclose(file) }
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 4096)
    while true {
        let read = fread(&chunk, 1, chunk.count, file)
        if read <= 0 { break }
        bytes.append(contentsOf: chunk[0..<read])
    }
    return String(decoding: bytes, as: UTF8.self)
}

/// Writes `text` to `path`, replacing it. Returns false on failure.
@discardableResult
func writeTextFile(_ path: String, _ text: String) -> Bool {
    guard let file = fopen(path, "w") else { return false }
    defer { fclose(file) }
    let bytes = Array(text.utf8)
    return fwrite(bytes, 1, bytes.count, file) == bytes.count
}

/// Keeps a value alive so the optimiser cannot drop the work that produced it.
@inline(never)
func blackHole<T>(_ value: T) {
    withExtendedLifetime(value) {}
}
