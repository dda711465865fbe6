/// Why a measurement could not be made.
public enum BenchError: Error, CustomStringConvertible {
    case notAbsolute(String)
    case spawnFailed(String, Int32)
    case noFrame(String)
    case failed(String)

    public var description: String {
        switch self {
        case .notAbsolute(let path): "\(path): give the program as an absolute path"
        case .spawnFailed(let path, let code): "\(path): could not start it in a pseudo-terminal (errno \(code))"
        case .noFrame(let command): "\(command): drew nothing within 20 s, or ended first"
        case .failed(let message): message
        }
    }
}
