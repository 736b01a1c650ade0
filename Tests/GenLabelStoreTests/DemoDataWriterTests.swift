import Testing
import GenLabelCore
@testable import GenLabelStore

@Suite("Demo data in the database")
struct DemoDataWriterTests {
    private func counts(_ db: Database) throws -> [String: Int64] {
        var result: [String: Int64] = [:]
        for table in ["organizations", "trainings", "dossiers", "labels", "sessions", "learners", "annual_reports"] {
            if case .integer(let n)? = try db.fetchOne("SELECT count(*) FROM \(table)", [])?[0] { result[table] = n }
        }
        return result
    }

    /// Every row of the demo tables, in a stable order, as text.
    private func dump(_ db: Database) throws -> [String] {
        var lines: [String] = []
        for table in ["organizations", "trainings", "committees", "dossiers", "labels", "sessions", "learners", "annual_reports"] {
            lines += try db.fetchAll("SELECT * FROM \(table) ORDER BY 1, 2", []).map { "\(table): \($0)" }
        }
        return lines
    }

    @Test func writesTheWholeDataSetWithItsCounts() throws {
        try withFreshRepository { repository, _ in
            let data = DemoGenerator(today: day("03/12/2026")).generate()
            try DemoDataWriter.write(data, into: repository.database)
            let counts = try counts(repository.database)
            #expect(counts["dossiers"] == Int64(data.dossiers.count))
            #expect(counts["labels"] == 60)
            #expect(counts["sessions"] == 200)
            #expect(counts["learners"] == 2500)
            #expect((140...160).contains(counts["dossiers"] ?? 0))
            #expect(try repository.database.foreignKeyCheck().isEmpty)
            #expect(try repository.database.integrityCheck().isEmpty)
            // Reads back whole through the repository.
            #expect(try repository.dossierRows().count == data.dossiers.count)
            #expect(try repository.sessionRows().reduce(0) { $0 + $1.learnerCount } == 2500)
            let alerts = AlertEngine().alerts(for: try repository.monitoringSnapshot(), today: day("03/12/2026"))
            #expect(Set(alerts.map(\.severity)) == Set(Severity.allCases))
            #expect(Set(alerts.map(\.kind)) == Set(ObligationKind.allCases))
        }
    }

    @Test func theSameDayGivesTheSameDatabase() throws {
        let first = try withFreshRepository { repository, _ in
            try DemoDataWriter.write(DemoGenerator(today: day("03/12/2026")).generate(), into: repository.database)
            return try dump(repository.database)
        }
        let second = try withFreshRepository { repository, _ in
            try DemoDataWriter.write(DemoGenerator(today: day("03/12/2026")).generate(), into: repository.database)
            return try dump(repository.database)
        }
        #expect(first.count > 3000)
        #expect(first == second)
    }

    @Test func aFailedWriteLeavesNothingBehind() throws {
        try withFreshRepository { repository, _ in
            var data = DemoGenerator(today: day("03/12/2026")).generate()
            // A learner pointing to a session that does not exist: the foreign key fails at the end.
            data.learners[data.learners.count - 1].sessionID = .init(999_999)
            #expect(throws: DatabaseError.self) { try DemoDataWriter.write(data, into: repository.database) }
            let remaining = try counts(repository.database)
            #expect(remaining.values.allSatisfy { $0 == 0 }, "\(remaining)")
        }
    }
}
