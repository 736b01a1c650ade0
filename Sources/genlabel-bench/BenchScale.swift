import GenLabelCore
import GenLabelStore

/// A data-set size of issue 7 and how many times each measurement repeats at that size.
struct BenchScale: Sendable {
    let name: String
    let counts: DemoGenerator.Counts
    /// Repetitions of the expensive measurements (first frame, reload after a change, store reads).
    let heavyRuns: Int
    /// Repetitions of one key (cheap when the targets are met).
    let keyRuns: Int
    /// Runs of the whole `genlabel alerts` process and of the sqlite3 tool.
    let processRuns: Int

    /// National: about all of GEN's history (1,000 dossiers, 750 labels, 3,000 sessions, 40,000
    /// learners); ×10 and ×100 multiply every count. Organizations and trainings follow the labels
    /// (each label and each open dossier needs a training of its own).
    static func national(times factor: Int, name: String, heavyRuns: Int, keyRuns: Int, processRuns: Int) -> BenchScale {
        BenchScale(name: name,
                   counts: DemoGenerator.Counts(organizations: 400 * factor, trainings: 1_500 * factor,
                                                dossiers: 1_000 * factor, labels: 750 * factor,
                                                sessions: 3_000 * factor, learners: 40_000 * factor),
                   heavyRuns: heavyRuns, keyRuns: keyRuns, processRuns: processRuns)
    }

    static let all: [BenchScale] = [
        // For CI: a few hundred rows, a few seconds in all.
        BenchScale(name: "tiny",
                   counts: DemoGenerator.Counts(organizations: 30, trainings: 60, dossiers: 50, labels: 30,
                                                sessions: 90, learners: 900),
                   heavyRuns: 5, keyRuns: 30, processRuns: 3),
        national(times: 1, name: "national", heavyRuns: 30, keyRuns: 300, processRuns: 20),
        national(times: 10, name: "x10", heavyRuns: 20, keyRuns: 300, processRuns: 20),
        national(times: 100, name: "x100", heavyRuns: 5, keyRuns: 100, processRuns: 5),
    ]

    static func named(_ name: String) -> BenchScale? { all.first { $0.name == name } }
}

/// Builds the benchmark database: the deterministic data set of a scale, written through the real
/// store (`SQLiteRepository` migrations, `DemoDataWriter`).
enum BenchDatabase {
    struct Built {
        var generateMilliseconds: Double
        var writeMilliseconds: Double
        var counts: DemoGenerator.Counts
        var alertableSessions: Int
    }

    static func build(_ scale: BenchScale, today: CalendarDate, at path: String) throws -> Built {
        let generator = DemoGenerator(seed: 2021, counts: scale.counts, today: today)
        let (data, generate) = MonotonicClock.measure { generator.generate() }
        let (_, write) = try MonotonicClock.measure {
            let repository = try SQLiteRepository(path: path)
            try DemoDataWriter.write(data, into: repository.database)
            try repository.database.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)")
            repository.database.close()
        }
        let counts = DemoGenerator.Counts(organizations: data.organizations.count, trainings: data.trainings.count,
                                          dossiers: data.dossiers.count, labels: data.labels.count,
                                          sessions: data.sessions.count, learners: data.learners.count)
        let open = data.sessions.filter { $0.endOfSessionListReceivedOn == nil }.count
        return Built(generateMilliseconds: generate, writeMilliseconds: write, counts: counts, alertableSessions: open)
    }
}
