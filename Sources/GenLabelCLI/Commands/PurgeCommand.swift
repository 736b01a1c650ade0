import GenLabelCore
import GenLabelStore

/// `genlabel purge-personal-data --before JJ/MM/AAAA [--yes]`: removes learners' identifying data for
/// sessions ended before the date, keeping anonymous figures (see `purgePersonalData`). Says how many
/// learners it concerns and asks to type "OUI" on a terminal; `--yes` confirms in scripts; without a
/// terminal and without `--yes` nothing is done. Needs the `admin` role; audited.
enum PurgeCommand {
    static let name = "purge-personal-data"
    static var summary: String { T(.cliPurgeSummary) }

    static let parser = ArgumentParser(CommonOptions.specs + [
        .init("before", value: "JJ/MM/AAAA", help: T(.cliPurgeOptionBefore)),
        .init("yes", help: T(.cliPurgeOptionYes)),
        .init("help", help: T(.cliOptionHelp)),
    ])

    static func help(_ context: CommandContext) -> String {
        HelpText.command(name: name, summary: summary, usage: T(.cliPurgeUsage), specs: parser.specs,
                         footer: T(.cliPurgeFooter))
    }

    static func run(_ arguments: [String], _ context: CommandContext) -> ExitCode {
        var before: CalendarDate?
        let parsed: ArgumentParser.Parsed, common: CommonOptions
        switch parser.readCommand(arguments, name: name, context: context, help: { help(context) }, check: { parsed, _ throws(UsageError) in
            if let extra = parsed.positionals.first { throw UsageError(T(.errorUnexpectedArgument, extra)) }
            guard let text = parsed.options["before"] else { throw UsageError(T(.errorPurgeMissingBefore)) }
            guard let date = CalendarDate(french: text) else { throw UsageError(T(.errorBadDate, text)) }
            before = date
        }) {
        case .finished(let status): return status
        case .run(let arguments, let options): (parsed, common) = (arguments, options)
        }
        guard let before else { return .usage }
        let today = common.today ?? context.clock()
        let repository: SQLiteRepository, actor: Actor
        do { (repository, _, actor) = try context.openForWriting(common, today: today) } catch {
            context.error(error.message)
            return error.status
        }
        defer { repository.database.close() }
        guard actor.may(.purgePersonalData) else {
            return context.report(writeError: StoreError.forbidden(.purgePersonalData))
        }
        do {
            let (learners, sessions) = try repository.learnersToPurge(endedBefore: before)
            guard learners > 0 else {
                context.standardError(T(.purgeNothing, before.french) + "\n")
                return .success
            }
            context.standardError(T(.purgeAnnounce, FrenchNumber.format(learners), FrenchNumber.format(sessions), before.french) + "\n")
            if !parsed.has("yes") {
                guard context.inputIsTerminal else {
                    context.error(T(.errorPurgeNeedsConfirmation))
                    return .usage
                }
                context.standardError(T(.purgeConfirmPrompt))
                guard context.readLine()?.trimmingWhitespace == "OUI" else {
                    context.standardError(T(.purgeCancelled) + "\n")
                    return .success
                }
            }
            let purged = try repository.purgePersonalData(endedBefore: before, by: actor, at: context.timestamp, today: today)
            context.standardError(T(.purgeDone, FrenchNumber.format(purged)) + "\n")
            return .success
        } catch {
            return context.report(writeError: error)
        }
    }
}
