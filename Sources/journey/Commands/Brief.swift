import ArgumentParser
import Foundation
import JourneyBrief
import JourneyModel
import JourneyUI

extension BriefingFormat: ExpressibleByArgument {}

/// `journey brief [--on DATE] [--format md|html] [--output FILE]`: a briefing to hand on.
struct Brief: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "brief",
        abstract: "A briefing on the council on a day: where it stands, how it got there, the advisor's notes, "
            + "every source (Markdown or one self-contained HTML file).")

    @OptionGroup var data: DataOptions
    @Option(help: ArgumentHelp("The day (2021-06-01, 2021-06, 2021 or 1 June 2021; a month or year means its "
                               + "first day). Default: today.", valueName: "date"))
    var on: String?
    @Option(help: "md (GitHub-flavoured Markdown) or html (one self-contained page).")
    var format: BriefingFormat = .md
    @Option(help: ArgumentHelp("Write the briefing to this file (atomically; never inside the data root) "
                               + "instead of standard output.", valueName: "file"))
    var output: String?

    func run() throws {
        try reportingFailures {
            let date = try DayArgument.parse(on, option: "--on")
            let catalogue = try data.catalogue()
            let council = try DataOptions.council(from: catalogue.load(data.councilID(in: catalogue)))
            let text = BriefingWriter.document(council, day: date?.first ?? CalendarDay.today(), requested: date,
                                               format: format, review: try .stored(for: council),
                                               register: catalogue.register?.info)
            guard let output else {
                FileHandle.standardOutput.write(Data(Sanitizer.sanitizeMultiline(text).utf8))
                return
            }
            let url = try BriefingWriter(dataRoot: data.root).write(text, to: output)
            Output.lines(["journey: wrote the briefing to \(url.path)"])
        }
    }
}
