/// What a person does at GEN, stored per OS login in the database (DOMAIN.md "Who uses the
/// application"; issue 6). A login with no role recorded reads without personal data and changes
/// nothing.
public enum Role: String, CaseIterable, Sendable, Hashable {
    /// Manages users and may do everything the other roles do.
    case admin
    /// Instruction staff: dossiers, admissibility, scoring, committees.
    case instruction
    /// Monitoring officers: labels, sessions, learners, reports, alerts.
    case suivi
    /// Committee members: read the ranked, scored list; change nothing; no learner's personal data.
    case comite
}

/// One thing a person may read or change. `AccessPolicy` says which roles hold it.
public enum Permission: String, CaseIterable, Sendable, Hashable {
    /// Learners' names, birth dates and addresses (on screen and in exports).
    case readPersonalData
    /// Edit dossiers, admissibility and scores; move dossiers through their life cycle.
    case editDossiers
    /// Record monitoring facts: received documents, session dates, label states, requests.
    case editMonitoring
    /// Acknowledge or snooze an alert.
    case handleAlerts
    /// Import files into the database.
    case importData
    /// Record, change or remove users' roles.
    case manageUsers
    /// Remove learners' identifying data (retention).
    case purgePersonalData
    /// Replace the whole database by a backup (`genlabel restore`).
    case restoreDatabase
}

/// Who may do what: the one table of the application (README "Rôles"). Reading every list, detail,
/// figure and alert without personal data is open to everyone who can open the database.
public enum AccessPolicy {
    /// The permissions of `role`; `nil` is a login without a role.
    public static func permissions(of role: Role?) -> Set<Permission> {
        switch role {
        case .admin?: return Set(Permission.allCases)
        case .instruction?: return [.readPersonalData, .editDossiers, .importData, .handleAlerts]
        case .suivi?: return [.readPersonalData, .editMonitoring, .importData, .handleAlerts]
        case .comite?: return []
        case nil: return []
        }
    }

    public static func allows(_ role: Role?, _ permission: Permission) -> Bool {
        permissions(of: role).contains(permission)
    }
}

/// The person at the keyboard: their OS login and the role the database records for it.
public struct Actor: Sendable, Hashable {
    public var login: String
    public var role: Role?
    /// True when the database records no administrator yet: the person who opens it (its owner,
    /// files being 0600) acts as administrator until one is recorded (README "Rôles").
    public var isProvisionalAdmin: Bool

    public init(login: String, role: Role?, isProvisionalAdmin: Bool = false) {
        self.login = login; self.role = role; self.isProvisionalAdmin = isProvisionalAdmin
    }

    public func may(_ permission: Permission) -> Bool { AccessPolicy.allows(role, permission) }
}

extension Actor {
    /// This person acting with the rights of `role` (`--role`, issue 3): allowed when `role` holds no
    /// permission their own role lacks (fewer rights, or the same), so `comite` (no permission, no
    /// personal data) is always allowed; nil when `role` would give more rights.
    public func acting(as role: Role) -> Actor? {
        guard AccessPolicy.permissions(of: role).isSubset(of: AccessPolicy.permissions(of: self.role)) else { return nil }
        return Actor(login: login, role: role)
    }
}
