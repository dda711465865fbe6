import Foundation
import JourneyModel

/// `journey note list --format json`: every note and mark of the councils listed (docs/review.md).
struct ReviewRecord: Encodable {
    struct NoteRecord: Encodable {
        var id: Int64
        var council: String
        var target: String
        var text: String
        var author: String
        var created: String
        var updated: String
        /// True when the council's data no longer holds the target.
        var orphaned: Bool
    }

    struct MarkRecord: Encodable {
        var council: String
        var target: String
        var mark: String
        var orphaned: Bool
    }

    var notes: [NoteRecord]
    var marks: [MarkRecord]

    init(_ listings: [ReviewListing]) {
        let formatter = ISO8601DateFormatter()
        notes = listings.flatMap { listing in
            listing.snapshot.notes.map {
                NoteRecord(id: $0.id, council: $0.councilID, target: $0.target.text, text: $0.text, author: $0.author,
                           created: formatter.string(from: $0.created), updated: formatter.string(from: $0.updated),
                           orphaned: listing.isOrphaned($0.target))
            }
        }
        marks = listings.flatMap { listing in
            listing.marks.map {
                MarkRecord(council: listing.councilID, target: $0.target.text, mark: $0.mark.rawValue,
                           orphaned: listing.isOrphaned($0.target))
            }
        }
    }
}
