/// Why a briefing could not be written, for the status line.
public struct BriefingFailure: Error, Hashable, Sendable {
    public var reason: String

    public init(_ reason: String) {
        self.reason = reason
    }
}
