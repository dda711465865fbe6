#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The process's environment variables, read one by one.
///
/// `ProcessInfo.processInfo.environment` copies the whole environment into a new dictionary
/// at every use; the browser reads three variables before its first frame, so it asks for
/// those alone.
public enum ProcessEnvironment {
    /// The variables among `names` that are set, by name.
    public static func values(of names: [String]) -> [String: String] {
        var values: [String: String] = [:]
        for name in names {
            if let value = getenv(name) { values[name] = String(cString: value) }
        }
        return values
    }
}
