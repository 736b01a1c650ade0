import GenLabelCore

/// Users and their roles (`users`, migration 0004). Every change is audited in the same transaction.
extension SQLiteRepository {
    /// Every recorded login with its role, by login.
    public func users() throws -> [(login: String, role: Role)] {
        var result: [(login: String, role: Role)] = []
        try database.forEachRow("SELECT login, role FROM users ORDER BY login", []) { s in
            result.append((s.string(0), try s.decoded(1, "users", "role")))
        }
        return result
    }

    /// The person `login` as the database sees them: their role, or, while no administrator is
    /// recorded, a provisional administrator (README "Rôles").
    public func actor(login: String) throws -> Actor {
        try Self.actor(login: login, in: database)
    }

    /// How many logins hold the administrator's role.
    static func administratorCount(in database: Database) throws -> Int {
        var admins = 0
        try database.forEachRow("SELECT count(*) FROM users WHERE role = 'admin'", []) { s in admins = s.int(0) }
        return admins
    }

    /// `actor(login:)` read from any genlabel database (a backup's source, a restore's target).
    public static func actor(login: String, in database: Database) throws -> Actor {
        var role: Role?
        try database.forEachRow("SELECT role FROM users WHERE login = ?", [.text(login)]) { s in
            role = try s.decoded(0, "users", "role")
        }
        if role == .admin { return Actor(login: login, role: .admin) }
        if try administratorCount(in: database) == 0 { return Actor(login: login, role: .admin, isProvisionalAdmin: true) }
        return Actor(login: login, role: role)
    }

    /// Longest login recorded (OS logins are far shorter).
    public static let maximumLoginLength = 64

    /// Records `role` for `login` (adding or changing it). Only an administrator may; the last
    /// administrator keeps the role until another is recorded.
    public func setRole(_ role: Role, for login: String, by actor: Actor, at timestamp: String) throws {
        try write(as: actor, needing: .manageUsers, at: timestamp) { transaction in
            let trimmed = login.trimmingWhitespace
            guard !trimmed.isEmpty, trimmed.count <= Self.maximumLoginLength, !trimmed.contains(where: \.isWhitespace),
                  !trimmed.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) else {
                throw StoreError.invalidLogin(login)
            }
            var previous: String?
            try database.forEachRow("SELECT role FROM users WHERE login = ?", [.text(trimmed)]) { s in previous = s.string(0) }
            guard previous != role.rawValue else { return }
            // The last administrator cannot step down: nobody could manage users after (every login
            // would then act as a provisional administrator).
            if previous == Role.admin.rawValue, try Self.administratorCount(in: database) <= 1 {
                throw StoreError.lastAdministrator
            }
            try database.execute("""
                INSERT INTO users (login, role) VALUES (?, ?)
                ON CONFLICT (login) DO UPDATE SET role = excluded.role, version = version + 1
                """, [.text(trimmed), .text(role.rawValue)])
            let detail = previous.map { T(.auditRoleChanged, Role(rawValue: $0).map(DomainText.role) ?? $0, DomainText.role(role)) }
                ?? T(.auditRoleGiven, DomainText.role(role))
            try transaction.audit(.userRoleSet, kind: AuditSubject.user, key: trimmed, detail: detail)
        }
    }

    /// Removes `login`'s role. Refused when it would leave no administrator while others are recorded.
    public func removeUser(_ login: String, by actor: Actor, at timestamp: String) throws {
        try write(as: actor, needing: .manageUsers, at: timestamp) { transaction in
            var previous: Role?
            try database.forEachRow("SELECT role FROM users WHERE login = ?", [.text(login)]) { s in
                previous = try s.decoded(0, "users", "role")
            }
            guard let previous else { throw StoreError.unknownUser(login) }
            if previous == .admin {
                var admins = 0, others = 0
                try database.forEachRow("""
                    SELECT sum(role = 'admin'), sum(role <> 'admin') FROM users
                    """, []) { s in admins = s.int(0); others = s.int(1) }
                if admins == 1 && others > 0 { throw StoreError.lastAdministrator }
            }
            try database.execute("DELETE FROM users WHERE login = ?", [.text(login)])
            try transaction.audit(.userRemoved, kind: AuditSubject.user, key: login,
                                  detail: T(.auditRoleRemoved, DomainText.role(previous)))
        }
    }
}

/// The kinds of record named in the audit trail (`subject_kind`).
public enum AuditSubject {
    public static let user = "utilisateur"
    public static let session = "session"
    public static let label = "label"
    public static let report = "rapport"
    public static let learner = "apprenant"
    public static let dossier = "dossier"
    public static let database = "base"
    public static let commune = "commune"
    public static let qpv = "qpv"
}
