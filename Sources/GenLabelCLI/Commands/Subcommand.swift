import GenLabelCore

/// A `genlabel <name> …` command: its name, one line for `genlabel --help`, its own help, and what it
/// does (returning the exit status). Commands are listed in `Subcommands.all`, which feeds the
/// dispatcher and the help.
struct Subcommand: Sendable {
    let name: String
    let summary: @Sendable () -> String
    let help: @Sendable (CommandContext) -> String
    let run: @Sendable ([String], CommandContext) -> ExitCode
}

/// Every `genlabel <command>`, in the order of the help.
enum Subcommands {
    static let all: [Subcommand] = [
        Subcommand(name: AlertsCommand.name, summary: { AlertsCommand.summary }, help: AlertsCommand.help,
                   run: AlertsCommand.run),
        Subcommand(name: ImportCommand.name, summary: { ImportCommand.summary }, help: ImportCommand.help, run: ImportCommand.run),
        Subcommand(name: ExportCommand.name, summary: { ExportCommand.summary }, help: ExportCommand.help, run: ExportCommand.run),
        Subcommand(name: BackupCommand.name, summary: { BackupCommand.summary }, help: BackupCommand.help, run: BackupCommand.run),
        Subcommand(name: CheckCommand.name, summary: { CheckCommand.summary }, help: CheckCommand.help, run: CheckCommand.run),
        Subcommand(name: RestoreCommand.name, summary: { RestoreCommand.summary }, help: RestoreCommand.help, run: RestoreCommand.run),
        Subcommand(name: UsersCommand.name, summary: { UsersCommand.summary }, help: UsersCommand.help, run: UsersCommand.run),
        Subcommand(name: AuditCommand.name, summary: { AuditCommand.summary }, help: AuditCommand.help, run: AuditCommand.run),
        Subcommand(name: PurgeCommand.name, summary: { PurgeCommand.summary }, help: PurgeCommand.help, run: PurgeCommand.run),
    ]

    static func named(_ name: String) -> Subcommand? {
        all.first { $0.name == name }
    }

    /// The French words people type for the commands (case and accents ignored).
    static let frenchWords: [String: String] = [
        "alertes": "alerts", "alerte": "alerts", "echeances": "alerts", "importer": "import", "exporter": "export",
        "sauvegarde": "backup", "sauvegarder": "backup", "restaurer": "restore", "restauration": "restore",
        "verifier": "check", "verification": "check", "controle": "check", "utilisateurs": "users",
        "utilisateur": "users", "journal": "audit", "purger": "purge-personal-data", "purge": "purge-personal-data",
    ]

    /// The command a mistyped or French name most likely meant: its French word, else the only command
    /// it begins, else nil.
    static func suggestion(for typed: String) -> String? {
        let folded = TextFolding.fold(typed)
        if let command = frenchWords[folded] { return command }
        let starting = all.filter { $0.name.hasPrefix(folded) && folded.count >= 2 }
        return starting.count == 1 ? starting[0].name : nil
    }

    /// "commande inconnue « alertes » : vouliez-vous dire « genlabel alerts » ? …".
    static func unknown(_ typed: String) -> String {
        suggestion(for: typed).map { T(.errorUnknownCommandSuggestion, typed, $0) } ?? T(.errorUnknownCommand, typed)
    }
}
