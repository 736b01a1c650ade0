import Foundation
import GenLabelCore
import GenLabelStore
import GenLabelTerminal
import GenLabelTUI

/// `genlabel [options]`: the terminal application.
enum InteractiveCommand {
    static func run(_ arguments: [String], _ context: CommandContext) -> ExitCode {
        let options: RunOptions
        do {
            options = try RunOptions.parse(arguments)
        } catch {
            context.error(error.message)
            context.standardError(T(.cliSeeHelp, "genlabel --help") + "\n")
            return .usage
        }
        if options.showHelp {
            context.standardOutput(HelpText.render(paths: context.paths))
            return .success
        }
        if options.showVersion {
            context.standardOutput(HelpText.version + "\n")
            return .success
        }
        let theme: Theme
        do {
            theme = try ThemeLoading.load(options.themeName)
        } catch {
            context.error(error.message)
            return .usage
        }
        // Check the terminal before creating any file: a piped genlabel must not leave a database behind.
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
            context.error(T(.terminalNotATerminal))
            return .terminal
        }
        let today = options.common.today ?? context.clock()
        do {
            let (repository, path, readOnly) = try context.openDatabaseReportingMode(options.common, today: today)
            let noColor = context.environment["NO_COLOR"].map { !$0.isEmpty } ?? false
            let actor: Actor
            do { actor = try context.actor(repository, options.common) } catch let failure as CommandFailure {
                throw failure
            } catch {
                throw CommandFailure(T(.errorDatabaseOpen, path, CommandContext.describe(error)), status: .database)
            }
            let wallClock = context.wallClock
            let session = InteractiveSession(repository: repository, databasePath: path, readOnly: readOnly,
                                             pinnedToday: options.common.today,
                                             clock: context.clock, theme: theme, noColor: noColor, actor: actor,
                                             timestamp: { AuditTimestamp.utc(unixSeconds: wallClock()) },
                                             environment: context.environment)
            try session.run()
            return .success
        } catch let failure as CommandFailure {
            context.error(failure.message)
            return failure.status
        } catch let error as TerminalError {
            context.error(error.description)
            return .terminal
        } catch {
            context.error(T(.errorTerminal, CommandContext.describe(error)))
            return .terminal
        }
    }
}
