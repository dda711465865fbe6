#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A signal's disposition (handler and flags), kept so the backend can put back the one it replaced.
struct SignalAction {
    private var action: sigaction

    /// Installs `handler` (nil for the default action) for `signal`.
    ///
    /// - Returns: the disposition it replaced.
    @discardableResult
    static func install(
        _ handler: (@convention(c) (Int32) -> Void)?, for signal: Int32, flags: Int32 = 0
    ) -> SignalAction {
        var new = sigaction()
        #if canImport(Darwin)
        new.__sigaction_u.__sa_handler = handler
        #else
        new.__sigaction_handler.sa_handler = handler
        #endif
        new.sa_flags = flags
        sigemptyset(&new.sa_mask)
        var old = sigaction()
        sigaction(signal, &new, &old)
        return SignalAction(action: old)
    }

    /// Puts this disposition back for `signal`.
    func reinstate(for signal: Int32) {
        var saved = action
        sigaction(signal, &saved, nil)
    }
}
