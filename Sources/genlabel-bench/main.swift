// genlabel-bench — the benchmark of issue 7: builds a deterministic data set at a scale, measures the
// real code paths (store, update/view/diff, the real executable) and prints a table and a JSON file.
//
//   swift run -c release genlabel-bench [--scale tiny|national|x10|x100] [--output FILE.json]
//                                       [--db FILE] [--genlabel PATH] [--today JJ/MM/AAAA]
//
// --db FILE keeps the generated database in FILE (reused when it exists, for repeated runs);
// otherwise a temporary file is used and removed. --genlabel names the executable measured as a whole
// process (default: `genlabel` next to this program; failing that, this program runs the same
// `GenLabelCommand.main` itself, and the table says so).
#if canImport(Glibc)
import Glibc
#endif
import GenLabelCLI
import GenLabelCore
import GenLabelStore
import GenLabelTUI

let usage = """
    usage: genlabel-bench [--scale tiny|national|x10|x100] [--output FILE.json] [--db FILE] [--genlabel PATH]
                          [--today JJ/MM/AAAA]
    """

let arguments = Array(CommandLine.arguments.dropFirst())

// Internal modes, run in child processes.
if arguments.first == "--as-genlabel" {
    exit(GenLabelCommand.main(Array(arguments.dropFirst())))
}

func option(_ name: String) -> String? {
    guard let index = arguments.firstIndex(of: name), index + 1 < arguments.count else { return nil }
    return arguments[index + 1]
}

func fail(_ message: String) -> Never {
    standardError("genlabel-bench: \(message)\n")
    exit(1)
}

guard let today = CalendarDate(french: option("--today") ?? "03/12/2026") else { fail("bad --today\n\(usage)") }

// Peak memory of a whole process, measured from a small process: Linux keeps a process's peak RSS
// across execve, so a child spawned straight from this (large) process would report this process's
// peak as its own. `--spawn-measure RESULT CMD ARGS…` runs CMD and writes its ru_maxrss (kB).
if arguments.first == "--spawn-measure", arguments.count >= 3 {
    do {
        let run = try ChildProcess.run(arguments[2], Array(arguments.dropFirst(3)))
        writeTextFile(arguments[1], "\(run.maxResidentKilobytes) \(ProcessMemory.peakResidentKilobytes() ?? 0)\n")
        exit(0)
    } catch {
        fail("spawn-measure: \(error)")
    }
}

// Memory after each stage of a load and a browse (`--memory-stages --db FILE`), to see what the peak is made of.
if arguments.first == "--memory-stages", let path = option("--db") {
    func report(_ stage: String) {
        print("\(stage): RSS \((ProcessMemory.residentKilobytes() ?? 0) / 1024) MB, peak \((ProcessMemory.peakResidentKilobytes() ?? 0) / 1024) MB")
    }
    do {
        report("start")
        let repository = try SQLiteRepository(path: path)
        let driver = AppDriver(state: AppState(today: today, todayIsPinned: true, databasePath: path, size: Scenarios.size),
                               repository: repository)
        report("loaded through AppDriver (lists, snapshot, alerts, sort keys)")
        for pane in PaneKind.allCases {
            for key in [Key.character(Character(String(pane.number)))] + Array(repeating: Key.pageDown, count: 200)
                + [.end, .enter, .escape, .home, .enter, .escape, .character("s"), .character("s"), .character("S")] {
                driver.send(.key(key))
            }
            report("\(pane.title) browsed and sorted")
            for key in [Key.character("/"), .character("d"), .character("e"), .escape] { driver.send(.key(key)) }
            report("\(pane.title) filtered")
        }
        driver.tick(today: today)
        report("tick")
        exit(0)
    } catch {
        fail("\(error)")
    }
}

if arguments.first == "--child-browse" {
    guard let path = option("--db"), let result = option("--result"),
          let scale = BenchScale.named(option("--scale") ?? "tiny") else { fail("child: missing arguments") }
    do {
        let kilobytes = try Scenarios(path: path, today: today, scale: scale).browseEveryPane()
        writeTextFile(result, "\(kilobytes)\n")
        exit(0)
    } catch {
        fail("child: \(error)")
    }
}

// Profiling aid: repeats one part for --seconds so `perf record` sees only it (see Profiling.swift).
if arguments.first == "--profile" {
    guard arguments.count > 1, let path = option("--db") else { fail("--profile PART --db FILE [--seconds S]") }
    do {
        print(try Profiling.run(arguments[1], path: path, today: today, seconds: Double(option("--seconds") ?? "5") ?? 5,
                                pragma: option("--pragma"), csv: option("--csv")))
        exit(0)
    } catch {
        fail("\(error)")
    }
}

// `--generate-only --scale S --db FILE`: writes the scale's data set into FILE (a new file) and stops, so
// that parts can be measured alone on it (x100: --child-browse, --spawn-measure, --profile).
if arguments.first == "--generate-only" {
    guard let path = option("--db"), let scale = BenchScale.named(option("--scale") ?? ""), access(path, F_OK) != 0 else {
        fail("--generate-only --scale tiny|national|x10|x100 --db NEW-FILE")
    }
    do {
        let built = try BenchDatabase.build(scale, today: today, at: path)
        print("\(scale.name): generated in \(Report.number(built.generateMilliseconds)) ms, written in "
              + "\(Report.number(built.writeMilliseconds)) ms into \(path)")
        exit(0)
    } catch {
        fail("\(error)")
    }
}

let known = ["--scale", "--output", "--db", "--genlabel", "--today"]
var position = 0
while position < arguments.count {
    let argument = arguments[position]
    if argument == "--help" || argument == "-h" { print(usage); exit(0) }
    guard known.contains(argument), position + 1 < arguments.count else { fail("unknown argument \(argument)\n\(usage)") }
    position += 2
}

guard let scale = BenchScale.named(option("--scale") ?? "national") else {
    fail("unknown scale \(option("--scale") ?? "")\n\(usage)")
}

func run() throws -> Report {
    // The database: kept in --db FILE, else in a temporary directory removed at the end.
    var temporaryDirectory: String?
    let path: String
    if let given = option("--db") {
        path = given
    } else {
        var template = Array("/tmp/genlabel-bench-XXXXXX".utf8CString)
        guard let directory = mkdtemp(&template) else { throw BenchError("mkdtemp failed") }
        temporaryDirectory = String(cString: directory)
        path = temporaryDirectory! + "/bench-\(scale.name).sqlite"
    }
    defer {
        if let temporaryDirectory {
            for suffix in ["", "-wal", "-shm"] { unlink(path + suffix) }
            for file in ["alerts.csv", "sqlite3.csv", "rss.txt", "maxrss.txt"] { unlink(temporaryDirectory + "/" + file) }
            rmdir(temporaryDirectory)
        }
    }
    let workDirectory = temporaryDirectory ?? "/tmp"

    var built = BenchDatabase.Built(generateMilliseconds: 0, writeMilliseconds: 0, counts: scale.counts,
                                    alertableSessions: 0)
    if access(path, F_OK) != 0 {
        log("generating \(scale.name) into \(path)…")
        built = try BenchDatabase.build(scale, today: today, at: path)
    } else {
        log("reusing \(path)")
        let database = try Database(path: path, readOnly: true)
        func count(_ table: String) throws -> Int {
            try database.fetchOne("SELECT count(*) FROM \(table)", [SQLValue]()).flatMap { Int(sqlValue: $0[0]) } ?? 0
        }
        built.counts = DemoGenerator.Counts(organizations: try count("organizations"), trainings: try count("trainings"),
                                            dossiers: try count("dossiers"), labels: try count("labels"),
                                            sessions: try count("sessions"), learners: try count("learners"))
        database.close()
    }
    var fileStatus = stat()
    stat(path, &fileStatus)

    let scenarios = Scenarios(path: path, today: today, scale: scale)
    var metrics: [MetricResult] = []

    log("first frame…")
    let frames = try scenarios.firstFrame()
    metrics.append(MetricResult("first full frame (open+load+render+diff)", samples: frames.first,
                                target: .medianAtMost(100),
                                note: "each list's first rows in its default order and its length, the snapshot, the alerts"))
    metrics.append(MetricResult("  then every list read whole (completeLoading)", samples: frames.completion, target: .info,
                                note: "right after the first frame is drawn, before the first key is handled"))
    metrics.append(MetricResult("  whole load drawn at once (former first frame)", samples: frames.wholeLoad, target: .info))

    let repository = try SQLiteRepository(path: path)
    log("keys…")
    let keys = try scenarios.keys(repository: repository)
    metrics.append(MetricResult("key: move selection (↓, Dossiers)", samples: keys.moveSelection, target: .key))
    metrics.append(MetricResult("key: page down (PgDn, Dossiers)", samples: keys.pageDown, target: .key))
    metrics.append(MetricResult("key: switch pane (Tab)", samples: keys.switchPane, target: .key))
    for pane in PaneKind.allCases {
        metrics.append(MetricResult("key: open detail (Entrée, \(pane.title))", samples: keys.openDetail[pane] ?? Samples(),
                                    target: .key))
    }
    metrics.append(MetricResult("key: close detail (Échap)", samples: keys.closeDetail, target: .key))
    metrics.append(MetricResult("key: sort a column (s, Dossiers)", samples: keys.sortDossiers, target: .key,
                                note: "each press sorts on the next column (the last one restores the store's order)"))
    metrics.append(MetricResult("key: sort a column (s, Sessions)", samples: keys.sortSessions, target: .key))
    log("filter…")
    let filter = try scenarios.filterTyping(repository: repository)
    metrics.append(MetricResult("filter typing “develo” in Dossiers, per key", samples: filter.perKey,
                                target: .p99AtMost(16),
                                note: "\(filter.matches) dossiers match; a reload (untimed) before each word"))
    metrics.append(MetricResult("  filter: first letter after a reload", samples: filter.firstLetter, target: .info,
                                note: "after an incremental reload only the changed row's text is folded again"))

    log("alerts…")
    let (scratch, alertCount) = try scenarios.alertsFromScratch(repository: repository)
    metrics.append(MetricResult("alerts from scratch (AlertEngine on snapshot)", samples: scratch, target: .info,
                                note: "\(alertCount) alerts listed"))
    let afterChange = try scenarios.alertsAfterOneChange(repository: repository)
    metrics.append(MetricResult("alerts after one change (tick→reload→recompute→frame)",
                                samples: afterChange.samples, target: .medianAtMost(10),
                                note: "another connection sets/clears one session's end-list date; the tick sees "
                                    + "the new data_version and reads what the change log names "
                                    + "(\(afterChange.incremental) of \(afterChange.samples.count) ticks; "
                                    + "the others reload everything)"))

    log("breakdown…")
    let parts = try scenarios.breakdown(repository: repository)
    metrics.append(MetricResult("  part: SQLiteRepository.dossierRows()", samples: parts.dossierRows, target: .info))
    metrics.append(MetricResult("  part: SQLiteRepository.sessionRows()", samples: parts.sessionRows, target: .info))
    metrics.append(MetricResult("  part: SQLiteRepository.labelRows()", samples: parts.labelRows, target: .info))
    metrics.append(MetricResult("  part: SQLiteRepository.monitoringSnapshot()", samples: parts.snapshot, target: .info))
    metrics.append(MetricResult("  part: MainView.render 120×40", samples: parts.render, target: .info))
    metrics.append(MetricResult("  part: Buffer.diff 120×40", samples: parts.diff, target: .info))
    repository.database.close()

    // Whole processes.
    let me = ChildProcess.currentExecutable()
    let sibling = String(me[..<(me.lastIndex(of: "/") ?? me.startIndex)]) + "/genlabel"
    var genlabel = option("--genlabel") ?? (access(sibling, X_OK) == 0 ? sibling : me)
    var genlabelPrefix: [String] = []
    if genlabel == me { genlabelPrefix = ["--as-genlabel"] }
    if genlabel.hasPrefix(".") || !genlabel.hasPrefix("/") {
        var buffer = [CChar](repeating: 0, count: 4096)
        if realpath(genlabel, &buffer) != nil {
            genlabel = String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        }
    }
    let alertArguments = genlabelPrefix + ["alerts", "--db", path, "--today", today.french, "--format", "csv"]
    log("genlabel alerts (\(genlabel) \(alertArguments.joined(separator: " ")))…")
    let csvFile = workDirectory + "/alerts.csv"
    let check = try ChildProcess.run(genlabel, alertArguments, standardOutput: csvFile, keepStandardError: true)
    guard check.status == 0 || check.status == 1 else {
        throw BenchError("genlabel alerts exited with \(check.status)")
    }
    let csvLines = (readTextFile(csvFile) ?? "").split(separator: "\r\n").count - 1
    var alertsProcess = Samples()
    for run in 0..<(scale.processRuns + 2) {
        let result = try ChildProcess.run(genlabel, alertArguments)
        if run >= 2 { alertsProcess.add(result.wallMilliseconds) }
    }
    var alertsMaxRSS = 0, helperRSS = 0
    let measureFile = workDirectory + "/maxrss.txt"
    for _ in 0..<3 {
        let helper = try ChildProcess.run(me, ["--spawn-measure", measureFile, genlabel] + alertArguments,
                                          keepStandardError: true)
        let figures = (readTextFile(measureFile) ?? "").split(separator: " ").compactMap { Int($0.filter(\.isNumber)) }
        guard helper.status == 0, figures.count == 2 else { throw BenchError("spawn-measure failed (\(helper.status))") }
        alertsMaxRSS = max(alertsMaxRSS, figures[0])
        helperRSS = max(helperRSS, figures[1])
    }

    // The sqlite3 tool on the same file: the equivalent alert query (the reference of the target) and
    // the simpler end-of-session-list query.
    struct Reference { var samples = Samples(); var rows = 0 }
    func sqliteReference(_ sql: String, name: String) throws -> Reference {
        guard let sqlite3 = ChildProcess.which("sqlite3") else { return Reference() }
        let sqliteArguments = ["-readonly", "-csv", path, sql]
        log("sqlite3 -csv (\(name))…")
        let file = workDirectory + "/sqlite3.csv"
        let first = try ChildProcess.run(sqlite3, sqliteArguments, standardOutput: file, keepStandardError: true)
        guard first.status == 0 else { throw BenchError("sqlite3 exited with \(first.status)") }
        var reference = Reference()
        reference.rows = (readTextFile(file) ?? "").split(separator: "\n").count
        for run in 0..<(scale.processRuns + 2) {
            let result = try ChildProcess.run(sqlite3, sqliteArguments)
            if run >= 2 { reference.samples.add(result.wallMilliseconds) }
        }
        return reference
    }
    let equivalent = try sqliteReference(DeadlineQuery.equivalentAlerts(today: today), name: "equivalent alert query")
    let endLists = try sqliteReference(DeadlineQuery.endOfSessionLists(today: today), name: "end-of-session lists")
    let wholeTarget: Target
    if let reference = equivalent.samples.median {
        wholeTarget = .medianAtMostAll([75, 2 * reference], text: "med≤75 & ≤2×sqlite3 (\(Report.number(2 * reference)))")
    } else {
        wholeTarget = .medianAtMost(75)
    }
    let binaryNote = genlabelPrefix.isEmpty ? genlabel : "\(genlabel) --as-genlabel (no genlabel binary next to the bench)"
    metrics.append(MetricResult("genlabel alerts --format csv (whole process)", samples: alertsProcess,
                                target: wholeTarget, note: "\(csvLines) CSV rows; \(binaryNote)"))
    let missing = "sqlite3 not installed"
    metrics.append(MetricResult("sqlite3 -csv equivalent alert query (whole process)", samples: equivalent.samples,
                                target: .info,
                                note: equivalent.samples.count == 0 ? missing
                                    : "\(equivalent.rows) rows: attestations, end lists, postponed starts, annual "
                                    + "reports due within 90 days, with severity, in list order"))
    metrics.append(MetricResult("sqlite3 -csv end-of-session lists only (whole process)", samples: endLists.samples,
                                target: .info,
                                note: endLists.samples.count == 0 ? missing
                                    : "\(endLists.rows) rows: end + 1 month within 90 days"))
    log("export and import of the learners…")
    let exchange = ExchangeBench(genlabel: genlabel, prefix: genlabelPrefix, today: today.french, path: path, learners: built.counts.learners,
                                 runs: min(3, scale.processRuns))
    defer { if temporaryDirectory != nil { exchange.removeAll() } }
    let exchanged = try exchange.run()
    metrics.append(MetricResult("import learners CSV (whole process)", unit: "rows/s", runs: exchanged.importRates.count,
                                median: exchanged.importRates.median, p99: exchanged.importRates.values.min(),
                                target: .medianAtLeast(150_000),
                                note: "genlabel import learners into a copy without learners, one transaction; "
                                    + "the p99 column is the slowest run; then \(exchanged.integrity)"))
    metrics.append(MetricResult("export learners CSV (whole process)", unit: "rows/s", runs: exchanged.exportRates.count,
                                median: exchanged.exportRates.median, p99: exchanged.exportRates.values.min(),
                                target: .info, note: "genlabel export learners --output FILE; the p99 column is the slowest run"))

    // Memory: a fresh process that only browses, so generation and measurements do not count.
    log("peak RSS…")
    let rssFile = workDirectory + "/rss.txt"
    let browse = try ChildProcess.run(me, ["--child-browse", "--db", path, "--scale", scale.name, "--today", today.french,
                                           "--result", rssFile], keepStandardError: true)
    guard browse.status == 0, let kilobytes = Int((readTextFile(rssFile) ?? "").filter(\.isNumber)) else {
        throw BenchError("browse child failed (\(browse.status))")
    }
    let rssLimit: Double = scale.name == "x100" ? 300 : 150
    let browseMB = Double(kilobytes) / 1024
    metrics.append(MetricResult("peak RSS, browsing every pane (VmHWM)", unit: "MB", runs: 1, median: browseMB,
                                p99: browseMB, target: .medianAtMost(rssLimit)))
    let alertsMB = Double(alertsMaxRSS) / 1024
    metrics.append(MetricResult("peak RSS, genlabel alerts process (ru_maxrss)", unit: "MB", runs: 3,
                                median: alertsMB, p99: alertsMB, target: .medianAtMost(rssLimit),
                                note: "largest of 3 runs, spawned from a helper whose own peak is "
                                    + "\(Report.number(Double(helperRSS) / 1024)) MB (a floor of this figure)"))

    return Report(scale: scale.name, today: today.french, cores: sysconf(Int32(_SC_NPROCESSORS_ONLN)), terminal: "120×40",
                  counts: .init(organizations: built.counts.organizations, trainings: built.counts.trainings,
                                dossiers: built.counts.dossiers, labels: built.counts.labels,
                                sessions: built.counts.sessions, learners: built.counts.learners),
                  generateMilliseconds: built.generateMilliseconds, writeMilliseconds: built.writeMilliseconds,
                  databaseBytes: Int(fileStatus.st_size), genlabelBinary: binaryNote, metrics: metrics)
}

/// Writes to file descriptor 2 (the C `stderr` global is not concurrency-safe in Swift 6).
func standardError(_ text: String) {
    let bytes = Array(text.utf8)
    _ = bytes.withUnsafeBytes { write(2, $0.baseAddress, $0.count) }
}

func log(_ message: String) {
    standardError("· \(message)\n")
}

do {
    let report = try run()
    print(report.table())
    let output = option("--output") ?? "/tmp/genlabel-bench-\(scale.name).json"
    guard writeTextFile(output, try report.json()) else { fail("cannot write \(output)") }
    print("JSON: \(output)")
} catch {
    fail("\(error)")
}
