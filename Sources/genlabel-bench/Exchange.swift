#if canImport(Glibc)
import Glibc
#endif
import GenLabelStore

/// Learners exported to CSV and imported again, each as a whole `genlabel` process (issue 7: "importing
/// the learners CSV and exporting it again (rows per second)"; issue 5: one transaction, integrity intact).
///
/// Export: `genlabel export learners --db FILE --output CSV` on the benchmark's file. Import:
/// `genlabel import learners CSV --db COPY`, where COPY is a copy of the benchmark's file without any
/// learner (made once, `VACUUM INTO` then `DELETE` and `VACUUM`), so every row is created; after the
/// last run, the copy must hold every row and pass `PRAGMA integrity_check` and `foreign_key_check`.
struct ExchangeBench {
    let genlabel: String
    let prefix: [String]
    /// The data set's "today" (`--today`), so that its dates are judged on the day they were made for.
    let today: String
    let path: String
    let learners: Int
    let runs: Int

    /// Where the CSV, the learner-free copy and the copy imported into are kept.
    var csvFile: String { path + ".bench-learners.csv" }
    var emptyCopy: String { path + ".bench-no-learners" }
    var importCopy: String { path + ".bench-import" }

    struct Results {
        var exportRates = Samples()
        var importRates = Samples()
        var integrity = ""
    }

    func run() throws -> Results {
        var results = Results()
        for _ in 0..<runs {
            let export = try ChildProcess.run(genlabel, prefix + ["export", "learners", "--db", path, "--output", csvFile],
                                              keepStandardError: true)
            guard export.status == 0 else { throw BenchError("genlabel export learners exited with \(export.status)") }
            results.exportRates.add(Double(learners) / (export.wallMilliseconds / 1000))
        }
        if access(emptyCopy, F_OK) != 0 {
            log("copy without learners (\(emptyCopy))…")
            let source = try Database(path: path)
            try source.execute(sql: "VACUUM INTO '\(emptyCopy.replacingAll("'", with: "''"))'")
            source.close()
            let copy = try Database(path: emptyCopy)
            try copy.execute(sql: "DELETE FROM learners")
            try copy.execute(sql: "VACUUM")
            try copy.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)")
            copy.close()
        }
        for _ in 0..<runs {
            Self.remove(importCopy)
            guard try ChildProcess.run("/bin/cp", [emptyCopy, importCopy]).status == 0 else {
                throw BenchError("cp \(emptyCopy) failed")
            }
            let imported = try ChildProcess.run(genlabel, prefix + ["import", "learners", csvFile, "--db", importCopy, "--today", today],
                                                keepStandardError: true)
            guard imported.status == 0 else { throw BenchError("genlabel import learners exited with \(imported.status)") }
            results.importRates.add(Double(learners) / (imported.wallMilliseconds / 1000))
        }
        let check = try Database(path: importCopy, readOnly: true)
        let count = try check.fetchOne("SELECT count(*) FROM learners", [SQLValue]()).flatMap { Int(sqlValue: $0[0]) } ?? -1
        let integrity = try check.fetchOne("PRAGMA integrity_check", [SQLValue]()).flatMap { String(sqlValue: $0[0]) } ?? "?"
        let foreign = try check.fetchAll("PRAGMA foreign_key_check", [SQLValue]()) { $0.int64(0) }.count
        check.close()
        guard count == learners, integrity == "ok", foreign == 0 else {
            throw BenchError("after the import: \(count) learners of \(learners), integrity \(integrity), \(foreign) foreign-key errors")
        }
        results.integrity = "\(count) learners, integrity_check ok, no foreign-key error"
        Self.remove(importCopy)
        return results
    }

    static func remove(_ file: String) {
        for suffix in ["", "-wal", "-shm"] { unlink(file + suffix) }
    }

    /// Everything it leaves next to the benchmark's file.
    func removeAll() {
        unlink(csvFile)
        Self.remove(emptyCopy)
        Self.remove(importCopy)
    }
}
