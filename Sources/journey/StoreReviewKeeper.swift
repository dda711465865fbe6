import Foundation
import JourneyModel
import JourneyReview
import JourneyUI

/// The browser's notes and marks, kept in the review store (docs/review.md).
///
/// The store is opened when first needed and created only by the first change, so browsing
/// never leaves a file behind. A damaged store is reported when read, and moved aside (renamed,
/// never deleted) by the first change, with a notice saying where.
final class StoreReviewKeeper: ReviewKeeping {
    private let path: String
    private let url: URL
    private let author: String
    private var store: ReviewStore?
    private var notice: String?

    init(path: String = ReviewStore.defaultPath(), author: String = ReviewAccess.defaultAuthor()) {
        self.path = path
        url = URL(fileURLWithPath: path)
        self.author = author
    }

    func snapshot(councilID: String) throws -> ReviewSnapshot {
        guard store != nil || FileManager.default.fileExists(atPath: path) else {
            return ReviewSnapshot(councilID: councilID)
        }
        do {
            return try openedStore().snapshot(councilID: councilID)
        } catch ReviewStoreError.damaged(let path, let reason) {
            throw KeeperError("Review store damaged (\(reason)); kept as it is, and the next note or mark moves it "
                              + "aside: \(path)")
        } catch let error as ReviewStoreError {
            throw KeeperError("\(error)")
        }
    }

    func saveNote(_ edit: NoteEdit) throws -> ReviewSnapshot {
        try writing(councilID: edit.councilID) { store in
            if let id = edit.noteID {
                try store.updateNote(id: id, text: edit.text)
            } else {
                _ = try store.addNote(councilID: edit.councilID, target: edit.target, text: edit.text, author: author)
            }
        }
    }

    func setMark(_ mark: ReviewMark?, on target: ReviewTarget, councilID: String) throws -> ReviewSnapshot {
        try writing(councilID: councilID) { try $0.setMark(mark, on: target, councilID: councilID, author: author) }
    }

    func editInEditor(_ text: String) throws -> String? {
        try ExternalEditor.edit(text)
    }

    func takeNotice() -> String? {
        defer { notice = nil }
        return notice
    }

    /// Runs a change on the store (opening it, and moving a damaged one aside, first) and
    /// returns the council's notes and marks after it.
    private func writing(councilID: String, _ change: (ReviewStore) throws -> Void) throws -> ReviewSnapshot {
        do {
            if store == nil {
                let (opened, aside) = try ReviewStore.open(at: url, movingDamagedAside: true)
                store = opened
                if let aside {
                    notice = "Damaged review store moved aside as \(aside.lastPathComponent), a new one started, in "
                        + aside.deletingLastPathComponent().path
                }
            }
            guard let store else { throw KeeperError("no review store") }
            try change(store)
            return try store.snapshot(councilID: councilID)
        } catch let error as ReviewStoreError {
            throw KeeperError("\(error)")
        }
    }

    private func openedStore() throws -> ReviewStore {
        if let store { return store }
        let opened = try ReviewStore(url: url)
        store = opened
        return opened
    }

    /// A store problem in words for the status line.
    struct KeeperError: Error, CustomStringConvertible {
        let description: String
        init(_ description: String) { self.description = description }
    }
}
