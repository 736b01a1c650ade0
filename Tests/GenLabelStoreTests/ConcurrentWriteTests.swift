import Foundation
import Testing
import GenLabelCore
@testable import GenLabelStore

@Suite("Two connections on one database (issue 6)", .serialized)
struct ConcurrentWriteTests {
    let officer = Actor(login: "mdupont", role: .suivi)
    let today = day("03/12/2026")

    @Test func readsGoOnWhileAnotherConnectionWritesAndABlockedWriteCanBeRetried() throws {
        try withFreshRepository { repository, path in
            try insertSmallWorld(repository.database)
            let other = try Database(path: path)
            defer { other.close() }
            let impatient = try SQLiteRepository(path: path, busyTimeout: .milliseconds(150))
            defer { impatient.database.close() }
            try other.execute(sql: "BEGIN IMMEDIATE")
            try other.execute("UPDATE sessions SET capacity = 15 WHERE id = 1", [])
            // Reads are not blocked by the other connection's write (WAL).
            #expect(try impatient.sessionRows().count == 1)
            #expect(try impatient.sessionDetail(.init(1))?.session.capacity == 14, "the uncommitted change is not seen")
            // A write waits, then gives up with a French message; nothing is half-written.
            var failure: (any Error)?
            do {
                try impatient.record(.endListReceived(day("15/04/2026")), onSession: .init(1), expectedVersion: 1,
                                     by: officer, at: "t", today: today)
            } catch { failure = error }
            let busy = try #require(failure as? DatabaseError)
            #expect(busy.isBusy)
            #expect(userMessage(for: busy) == "la base est occupée par un autre programme ; réessayez")
            try other.execute(sql: "COMMIT")
            // The other change bumped nothing that matters here (capacity has no version bump in raw SQL),
            // so retrying the same write now succeeds.
            try impatient.record(.endListReceived(day("15/04/2026")), onSession: .init(1), expectedVersion: 1,
                                 by: officer, at: "t", today: today)
            #expect(try impatient.sessionDetail(.init(1))?.session.endOfSessionListReceivedOn == day("15/04/2026"))
            #expect(try AuditTrail(database: impatient.database).verify() == .intact(entries: 1))
        }
    }

    @Test func concurrentWritersOnSeparateConnectionsLoseNothing() throws {
        try withFreshRepository { repository, path in
            let admin = Actor(login: "chef", role: .admin)
            try repository.setRole(.admin, for: "chef", by: Actor(login: "x", role: .admin, isProvisionalAdmin: true), at: "t")
            let perWriter = 40
            let errors = ErrorBox()
            DispatchQueue.concurrentPerform(iterations: 2) { writer in
                do {
                    let connection = try SQLiteRepository(path: path)
                    defer { connection.database.close() }
                    for n in 0..<perWriter {
                        try connection.setRole(.suivi, for: "w\(writer)-\(n)", by: admin, at: "2026-12-03T10:00:00Z")
                    }
                } catch { errors.add(error) }
            }
            #expect(errors.all.isEmpty, "\(errors.all)")
            #expect(try repository.users().count == 1 + 2 * perWriter)
            #expect(try AuditTrail(database: repository.database).verify() == .intact(entries: Int64(1 + 2 * perWriter)))
        }
    }
}

/// Errors collected from concurrent work.
final class ErrorBox: @unchecked Sendable {
    private let lock = NSLock()
    private var errors: [String] = []
    func add(_ error: any Error) { lock.lock(); errors.append("\(error)"); lock.unlock() }
    var all: [String] { lock.lock(); defer { lock.unlock() }; return errors }
}
