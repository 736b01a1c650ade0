import GenLabelCore

/// The options every command shares: which database, and which day "today" is.
public struct CommonOptions: Sendable, Equatable {
    public enum DatabaseChoice: Sendable, Equatable {
        /// The user's own database under the data directory.
        case userDefault
        /// `--db PATH`.
        case path(String)
        /// `--demo`: the demo database, created and filled when absent.
        case demo(scale: Int)
    }

    public var database: DatabaseChoice = .userDefault
    /// `--read-only`: opened read-only at the SQLite level. Also chosen by itself when the file exists
    /// but this user may not write it.
    public var readOnly = false
    /// `--today`: computes everything at that date; nil means the real date in Europe/Paris.
    public var today: CalendarDate?
    /// `--role`: act with the rights of this role, which must not give more rights than one's own.
    public var role: Role?

    /// The dates `--today` accepts: wide enough for any real use, narrow enough that every deadline
    /// computed from them stays a real date.
    public static let todayRange = CalendarDate(year: 1900, month: 1, day: 1)!...CalendarDate(year: 2199, month: 12, day: 31)!

    /// Largest `--demo-scale` accepted (×100 gives about 250,000 learners).
    public static let maximumDemoScale = 100

    public static let specs: [ArgumentParser.OptionSpec] = [
        .init("db", value: "CHEMIN", help: T(.cliOptionDB)),
        .init("demo", help: T(.cliOptionDemo)),
        .init("demo-scale", value: "N", help: T(.cliOptionDemoScale)),
        .init("today", value: "JJ/MM/AAAA", help: T(.cliOptionToday)),
        .init("read-only", help: T(.cliOptionReadOnly)),
        .init("role", value: "RÔLE", help: T(.cliOptionRole)),
    ]

    public init() {}

    /// Reads and checks the shared options; every mistake is a French `UsageError`.
    public init(_ parsed: ArgumentParser.Parsed) throws(UsageError) {
        readOnly = parsed.has("read-only")
        if let text = parsed.options["role"] {
            guard let role = Role(rawValue: TextFolding.fold(text.trimmingWhitespace)) else {
                throw UsageError(T(.errorBadRole, text, Role.allCases.map(\.rawValue).joined(separator: ", ")))
            }
            self.role = role
        }
        if let text = parsed.options["today"] {
            guard let date = CalendarDate(french: text) else {
                let shaped = text.count == 10 && text.enumerated().allSatisfy { index, character in
                    index == 2 || index == 5 ? character == "/" : character.isASCII && character.isNumber
                }
                throw UsageError(shaped ? T(.errorDateDoesNotExist, text) : T(.errorBadDate, text))
            }
            guard Self.todayRange.contains(date) else {
                throw UsageError(T(.errorDateOutOfRange, text, Self.todayRange.lowerBound.french, Self.todayRange.upperBound.french))
            }
            today = date
        }
        var scale = 1
        if let text = parsed.options["demo-scale"] {
            guard text.allSatisfy({ $0.isASCII && $0.isNumber }), let value = Int(text),
                  (1...Self.maximumDemoScale).contains(value) else {
                throw UsageError(T(.errorBadNumber, text, "--demo-scale", 1, Self.maximumDemoScale))
            }
            scale = value
        }
        switch (parsed.options["db"], parsed.has("demo")) {
        case (.some, true):
            throw UsageError(T(.errorIncompatibleOptions, "--db", "--demo"))
        case (let path?, false):
            guard !path.isEmpty else { throw UsageError(T(.errorMissingValue, "--db")) }
            if parsed.options["demo-scale"] != nil { throw UsageError(T(.errorIncompatibleOptions, "--demo-scale", "--db")) }
            database = .path(path)
        case (nil, true):
            database = .demo(scale: scale)
        case (nil, false):
            if parsed.options["demo-scale"] != nil { throw UsageError(T(.errorDemoScaleWithoutDemo)) }
        }
    }
}
