/// Keeps a Swift closure alive for SQLite as the user data of a custom SQL function.
///
/// Retained with `Unmanaged.passRetained` when registered; released by the destroy callback
/// SQLite calls when the function is replaced, the connection closes, or registration fails.
final class SQLFunctionBox {
    /// The Swift implementation: arguments in, result out; a thrown error becomes an SQL error.
    let function: ([SQLValue]) throws -> SQLValue

    init(_ function: @escaping ([SQLValue]) throws -> SQLValue) {
        self.function = function
    }
}
