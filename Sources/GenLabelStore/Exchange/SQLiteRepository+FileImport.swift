import Foundation
import GenLabelCore

extension SQLiteRepository: FileImporting {
    /// Reads the file, checks it against its format and runs it through `DataImporter` (one
    /// transaction; audited under the expanded path). Problems are reported under the file's name.
    public func importFile(_ kind: ImportKind, path: String, dryRun: Bool, by actor: Actor, at timestamp: String,
                           today: CalendarDate) throws -> ImportOutcome {
        let expanded = Self.expandingHome(path, home: ProcessInfo.processInfo.environment["HOME"])
        let bytes: [UInt8]
        do {
            bytes = try FileBytes.read(expanded)
        } catch {
            throw UnreadableImportFile(path: path, cause: error)
        }
        let name = (expanded as NSString).lastPathComponent
        let table: CSVTable
        switch CSVReader().read(bytes) {
        case .success(let read): table = read
        case .failure(let error):
            return .refused(errors: [ImportIssue(file: name, line: nil, column: nil, reason: error.userMessage)],
                            errorCount: 1, warnings: [])
        }
        let file = ImportValidator(kind, today: today).validate(table, file: name)
        let attribution = DataImporter.Attribution(actor: actor, timestamp: timestamp, source: expanded)
        return try DataImporter(database: database, attribution: attribution).run(file, dryRun: dryRun)
    }

    public func directoryEntries(of typedPath: String) -> [PathCompletion.Entry] {
        let directory = PathCompletion.split(typedPath).directory
        let listed = directory.isEmpty
            ? "."
            : Self.expandingHome(directory, home: ProcessInfo.processInfo.environment["HOME"])
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: listed) else { return [] }
        return names.map { name in
            var isDirectory: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: (listed as NSString).appendingPathComponent(name),
                                               isDirectory: &isDirectory)
            return PathCompletion.Entry(name: name, isDirectory: isDirectory.boolValue)
        }
    }

    /// `~` or `~/…` with the home directory in place of `~`; any other path as it is.
    static func expandingHome(_ path: String, home: String?) -> String {
        guard path == "~" || path.hasPrefix("~/"), let home, !home.isEmpty else { return path }
        return home + path.dropFirst()
    }
}

/// An import's file that could not be read: "impossible de lire « f.csv » : fichier ou dossier absent".
public struct UnreadableImportFile: Error, UserFacingError {
    public let path: String
    public let cause: SystemError
    public var userMessage: String { T(.errorImportRead, path, cause.userMessage) }
}
