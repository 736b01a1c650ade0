import Foundation
import GenLabelCore
import GenLabelStore
import GenLabelTUI

/// `genlabel`: parses the command line, opens the database and runs the terminal application.
public enum GenLabelCommand {
    public static func main(_ arguments: [String]) -> Int32 {
        let paths = DataPaths()
        let options: RunOptions
        do {
            options = try RunOptions.parse(arguments)
        } catch {
            printError(error.message)
            FileHandle.standardError.write(Data(("\n" + HelpText.render(paths: paths)).utf8))
            return ExitCode.usage.rawValue
        }
        if options.showHelp {
            print(HelpText.render(paths: paths), terminator: "")
            return ExitCode.success.rawValue
        }
        if options.showVersion {
            print(HelpText.version)
            return ExitCode.success.rawValue
        }
        let theme: Theme
        do {
            theme = try ThemeLoading.load(options.themeName)
        } catch {
            printError(error.message)
            return ExitCode.usage.rawValue
        }
        let today = options.today ?? ParisClock.today()
        let path: String
        do {
            switch options.database {
            case .path(let given):
                path = given
            case .userDefault:
                try paths.createDirectory()
                path = paths.defaultDatabase
            case .demo(let scale):
                try paths.createDirectory()
                path = paths.demoDatabase(scale: scale)
                try DemoDatabase.ensure(at: path, scale: scale, today: today) { message in
                    FileHandle.standardError.write(Data((message + "\n").utf8))
                }
            }
        } catch {
            printError(T(.errorDataDirectory, paths.directory, describe(error)))
            return ExitCode.database.rawValue
        }
        let repository: SQLiteRepository
        do {
            repository = try SQLiteRepository(path: path)
        } catch {
            printError(T(.errorDatabaseOpen, path, describe(error)))
            return ExitCode.database.rawValue
        }
        let environment = ProcessInfo.processInfo.environment
        let session = InteractiveSession(repository: repository, databasePath: path, pinnedToday: options.today,
                                         theme: theme, noColor: environment["NO_COLOR"].map { !$0.isEmpty } ?? false)
        do {
            try session.run()
        } catch {
            printError(T(.errorTerminal, describe(error)))
            return ExitCode.terminal.rawValue
        }
        return ExitCode.success.rawValue
    }

    static func printError(_ message: String) {
        FileHandle.standardError.write(Data((T(.errorPrefix) + message + "\n").utf8))
    }

    static func describe(_ error: any Error) -> String {
        if let custom = error as? CustomStringConvertible { return custom.description }
        return error.localizedDescription
    }
}
