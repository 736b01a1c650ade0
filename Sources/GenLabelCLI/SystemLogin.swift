import Foundation

/// The OS login of the person running genlabel: the name of the effective user id in the password
/// database, else `$USER`/`$LOGNAME`, else the numeric id. Roles are recorded per login (README
/// "Rôles"). Debug builds (tests) may set `GENLABEL_LOGIN` to act as another login; release builds
/// ignore it, so a person cannot borrow another's role by setting a variable.
public enum SystemLogin {
    public static func current(environment: [String: String]) -> String {
        #if DEBUG
        if let forced = environment["GENLABEL_LOGIN"], !forced.isEmpty { return forced }
        #endif
        let uid = geteuid()
        if let entry = getpwuid(uid), let name = entry.pointee.pw_name {
            let login = String(cString: name)
            if !login.isEmpty { return login }
        }
        for variable in ["USER", "LOGNAME"] {
            if let value = environment[variable], !value.isEmpty { return value }
        }
        return "uid-\(uid)"
    }
}

/// The wall clock for audit timestamps (seconds since 1970, UTC). Calendar rules use `--today`, never this.
public enum WallClock {
    public static func now() -> Int64 { Int64(time(nil)) }
}
