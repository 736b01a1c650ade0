import GenLabelCore
import GenLabelStore

/// `genlabel users [list]`, `genlabel users add LOGIN ROLE`, `genlabel users remove LOGIN`: the roles
/// recorded per OS login (issue 6). Listing is open to all; changes need the `admin` role (or, while
/// no administrator is recorded, whoever opens the database). Every change is audited.
enum UsersCommand {
    static let name = "users"
    static var summary: String { T(.cliUsersSummary) }

    static let parser = ArgumentParser(CommonOptions.specs + [
        .init("help", help: T(.cliOptionHelp)),
    ])

    static func help(_ context: CommandContext) -> String {
        HelpText.command(name: name, summary: summary, usage: T(.cliUsersUsage), specs: parser.specs,
                         footer: T(.cliUsersFooter, Role.allCases.map(\.rawValue).joined(separator: ", ")))
    }

    enum Action { case list, add(login: String, role: Role), remove(login: String) }

    static func action(_ positionals: [String]) throws(UsageError) -> Action {
        guard let verb = positionals.first else { return .list }
        let rest = Array(positionals.dropFirst())
        switch verb {
        case "list", "liste":
            if let extra = rest.first { throw UsageError(T(.errorUnexpectedArgument, extra)) }
            return .list
        case "add", "ajouter":
            guard rest.count == 2 else { throw UsageError(T(.errorUsersAddArguments)) }
            let role: Role = try ArgumentParser.choice(rest[1], option: "ROLE")
            return .add(login: rest[0], role: role)
        case "remove", "retirer":
            guard rest.count == 1 else { throw UsageError(T(.errorUsersRemoveArguments)) }
            return .remove(login: rest[0])
        default:
            throw UsageError(T(.errorUsersUnknownAction, verb))
        }
    }

    static func run(_ arguments: [String], _ context: CommandContext) -> ExitCode {
        var action = Action.list
        let common: CommonOptions
        switch parser.readCommand(arguments, name: name, context: context, help: { help(context) }, check: { parsed, _ throws(UsageError) in
            action = try Self.action(parsed.positionals)
        }) {
        case .finished(let status): return status
        case .run(_, let options): common = options
        }
        let today = common.today ?? context.clock()
        if case .list = action {
            let repository: SQLiteRepository
            do { (repository, _, _) = try context.openDatabaseReportingMode(common, today: today) } catch {
                context.error(error.message)
                return error.status
            }
            defer { repository.database.close() }
            do {
                context.standardOutput(render(users: try repository.users(), me: try context.actor(repository, common)))
                return .success
            } catch let failure as CommandFailure {
                context.error(failure.message)
                return failure.status
            } catch {
                context.error(CommandContext.describe(error))
                return .database
            }
        }
        let repository: SQLiteRepository, actor: Actor
        do { (repository, _, actor) = try context.openForWriting(common, today: today) } catch {
            context.error(error.message)
            return error.status
        }
        defer { repository.database.close() }
        do {
            switch action {
            case .list: break
            case .add(let login, let role):
                try repository.setRole(role, for: login, by: actor, at: context.timestamp)
                context.standardError(T(.usersAdded, login, DomainText.role(role)) + "\n")
                if actor.isProvisionalAdmin && role == .admin && login != actor.login {
                    context.standardError(T(.usersProvisionalEnded, actor.login) + "\n")
                }
            case .remove(let login):
                try repository.removeUser(login, by: actor, at: context.timestamp)
                context.standardError(T(.usersRemoved, login) + "\n")
            }
            return .success
        } catch {
            return context.report(writeError: error)
        }
    }

    static func render(users: [(login: String, role: Role)], me: Actor) -> String {
        var lines: [String] = []
        if users.isEmpty { lines.append(T(.usersNone)) }
        let width = users.map { $0.login.count }.max() ?? 0
        for user in users {
            // The code to type, and its French name when it differs ("comite (comité)", not "suivi (suivi)").
            let name = DomainText.role(user.role)
            lines.append(user.login + String(repeating: " ", count: max(1, width + 2 - user.login.count))
                         + user.role.rawValue + (name == user.role.rawValue ? "" : " (" + name + ")"))
        }
        lines.append(me.isProvisionalAdmin ? T(.usersYouProvisional, me.login)
                     : T(.usersYou, me.login, me.role.map(DomainText.role) ?? T(.usersNoRole)))
        return lines.joined(separator: "\n") + "\n"
    }
}
