#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import Synchronization

/// Puts the terminal back when the program crashes while curses owns it.
///
/// A crashing process can no longer safely allocate, lock or call into ncurses, so everything the
/// handler needs is prepared up front: the terminal modes from before curses started, and the
/// terminfo bytes that undo curses' screen state (attributes, hidden cursor, keypad mode,
/// alternate screen). The handler writes those bytes, restores the modes with `tcsetattr`, and
/// re-raises the signal with the default action so the process still dies from it.
enum CrashRestore {
    /// The signals a crash raises: bad memory access, a trap (`fatalError`, a failed
    /// precondition), an arithmetic fault, `abort()`.
    static let crashSignals: [Int32] = [SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP]

    /// The most reset bytes kept; real sequences are well under 100.
    private static let capacity = 256
    /// Bytes for the stack the handler runs on, so a stack overflow can still be handled.
    private static let alternateStackSize = 64 * 1024

    private struct Saved {
        var descriptor: Int32 = -1
        var modes = termios()
        var bytes = UnsafeMutablePointer<UInt8>.allocate(capacity: CrashRestore.capacity)
        var count = 0
    }

    /// Whether a crash should restore the terminal (true while curses is active).
    private static let armed = Atomic<Bool>(false)
    /// Allocated once and never freed: a handler may read it at any time.
    nonisolated(unsafe) private static let saved: UnsafeMutablePointer<Saved> = {
        let storage = UnsafeMutablePointer<Saved>.allocate(capacity: 1)
        storage.initialize(to: Saved())
        return storage
    }()

    /// Saves the modes of the terminal on `descriptor`. Call before curses changes them.
    ///
    /// - Returns: false when `descriptor` is not a terminal.
    static func saveModes(of descriptor: Int32) -> Bool {
        saved.pointee.descriptor = descriptor
        return tcgetattr(descriptor, &saved.pointee.modes) == 0
    }

    /// Keeps `resetSequence` (the bytes that leave curses' screen state) for the handler.
    static func prepare(resetSequence: [UInt8]) {
        let count = min(resetSequence.count, capacity)
        for index in 0..<count { saved.pointee.bytes[index] = resetSequence[index] }
        saved.pointee.count = count
    }

    /// Makes a crash restore the terminal.
    static func arm() { armed.store(true, ordering: .relaxed) }

    /// Stops a crash from touching the terminal (curses has left it, or is about to).
    static func disarm() { armed.store(false, ordering: .relaxed) }

    /// Installs the crash handlers, on an alternate stack.
    ///
    /// - Returns: the dispositions replaced, by signal, for ``CursesTerminal/restore()``.
    static func installHandlers() -> [(signal: Int32, replaced: SignalAction)] {
        _ = armed.load(ordering: .relaxed)
        _ = saved.pointee.count
        installAlternateStackIfNeeded()
        // SA_RESETHAND puts back the default action on entry, so the re-raise kills the process.
        let flags = SA_ONSTACK | Int32(bitPattern: UInt32(SA_RESETHAND))
        return crashSignals.map { signal in
            (signal, SignalAction.install({ CrashRestore.restoreAndReraise($0) }, for: signal, flags: flags))
        }
    }

    /// The handler body: only async-signal-safe calls.
    private static func restoreAndReraise(_ signal: Int32) {
        if armed.exchange(false, ordering: .relaxed) {
            let state = saved
            _ = write(state.pointee.descriptor, state.pointee.bytes, state.pointee.count)
            _ = tcsetattr(state.pointee.descriptor, TCSANOW, &state.pointee.modes)
        }
        // Delivered with the default action (reset on entry) once the handler returns.
        _ = raise(signal)
    }

    private static func installAlternateStackIfNeeded() {
        var current = stack_t()
        guard sigaltstack(nil, &current) == 0, current.ss_flags & Int32(SS_DISABLE) != 0 else { return }
        var stack = stack_t()
        stack.ss_sp = UnsafeMutableRawPointer.allocate(byteCount: alternateStackSize, alignment: 16)
        stack.ss_size = alternateStackSize
        _ = sigaltstack(&stack, nil)
    }

    /// The bytes a crash writes: CAN (ends any escape sequence the crash cut short), then each
    /// terminfo string with its `$<…>` padding removed.
    static func resetSequence(from capabilities: [String]) -> [UInt8] {
        let cancel: UInt8 = 0x18
        return capabilities.reduce(into: [cancel]) { bytes, capability in
            bytes += withoutPadding(Array(capability.utf8))
        }
    }

    /// A terminfo string without its `$<delay>` padding specifications.
    static func withoutPadding(_ bytes: [UInt8]) -> [UInt8] {
        var result: [UInt8] = []
        var index = 0
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "$"), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "<"),
               let close = bytes[(index + 2)...].firstIndex(of: UInt8(ascii: ">")) {
                index = close + 1
            } else {
                result.append(bytes[index])
                index += 1
            }
        }
        return result
    }
}
