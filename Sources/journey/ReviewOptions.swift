import ArgumentParser
import Foundation
import JourneyModel
import JourneyReview

/// `--author`, and the review store the note and mark commands use.
struct ReviewOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Who writes the note or mark. Default: $JOURNEY_AUTHOR, else the login name.",
                               valueName: "name"))
    var author: String?

    /// The author: `--author`, `JOURNEY_AUTHOR`, else the login name.
    var resolvedAuthor: String { author ?? ReviewAccess.defaultAuthor() }
}

/// Where the command line and the browser find the review store, and how they open it.
enum ReviewAccess {
    /// The store's file (docs/review.md).
    static var url: URL { ReviewStore.defaultURL() }

    /// `JOURNEY_AUTHOR`, else the login name.
    static func defaultAuthor(
        environment: [String: String] = ProcessEnvironment.values(of: ["JOURNEY_AUTHOR", "LOGNAME", "USER"])
    ) -> String {
        for name in ["JOURNEY_AUTHOR", "LOGNAME", "USER"] {
            if let value = environment[name].map(trimmingBlanks), !value.isEmpty { return value }
        }
        return NSUserName()
    }

    /// The value without the spaces and tabs around it (by hand: `trimmingCharacters(in:)` goes
    /// through Foundation's string bridging, which costs a browser start more than the rest of
    /// reading the review store).
    private static func trimmingBlanks(_ value: String) -> String {
        let isBlank = { (scalar: Unicode.Scalar) in scalar == "\t" || scalar.properties.generalCategory == .spaceSeparator }
        let scalars = value.unicodeScalars
        guard let first = scalars.firstIndex(where: { !isBlank($0) }),
              let last = scalars.lastIndex(where: { !isBlank($0) }) else { return "" }
        return String(scalars[first...last])
    }

    /// The store, opened for a change: a damaged file is moved aside (renamed, never deleted)
    /// and a warning says where.
    static func openForWriting() throws -> ReviewStore {
        do {
            let (store, aside) = try ReviewStore.open(at: url, movingDamagedAside: true)
            if let aside { Output.error(movedAsideMessage(to: aside)) }
            return store
        } catch let error as ReviewStoreError {
            throw failure(error)
        }
    }

    /// The store for reading, or nil when there is none yet (reading never creates it). A
    /// damaged file is an error: it is kept as it is until the next change moves it aside.
    static func openForReading() throws -> ReviewStore? {
        guard FileManager.default.fileExists(atPath: url.path) else { return nil }
        do {
            return try ReviewStore(url: url)
        } catch let error as ReviewStoreError {
            throw failure(error)
        }
    }

    /// What the store holds on a council, or nothing when there is no store.
    static func snapshot(councilID: String) throws -> ReviewSnapshot {
        do {
            return try openForReading()?.snapshot(councilID: councilID) ?? ReviewSnapshot(councilID: councilID)
        } catch let error as ReviewStoreError {
            throw failure(error)
        }
    }

    /// Runs a store call, turning its errors into command failures.
    @discardableResult
    static func performing<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as ReviewStoreError {
            throw failure(error)
        }
    }

    /// The message for a damaged store moved out of the way.
    static func movedAsideMessage(to aside: URL) -> String {
        "\(url.path): warning: the review store was damaged or not a journey store; it is kept, moved aside to "
            + "\(aside.path), and a new store holds the notes and marks from now on"
    }

    /// A store error as a command failure with its exit code (docs/review.md).
    static func failure(_ error: ReviewStoreError) -> CommandFailure {
        switch error {
        case .damaged:
            return CommandFailure(.dataError, "\(error)\nThe next `journey note add`, `journey note remove` or "
                                  + "`journey mark` moves it aside to \(url.lastPathComponent).damaged-<time> and "
                                  + "starts a new store.")
        case .newer: return CommandFailure(.dataError, "\(error)")
        case .unusable: return CommandFailure(.ioError, "\(error)")
        case .noSuchNote(_, let id): return CommandFailure(.usage, "no note \(id); `journey note list` lists them")
        }
    }
}
