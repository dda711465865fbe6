// Test support for JourneyEndToEndTests: draws a fixed screen through CursesTerminal and shows
// the last key it decoded, so tmux-driven tests can check drawing, keys, resize, suspend and
// every way of giving the terminal back.
//
//   journey-terminal-check            q quits (0); a quit signal exits 128 + signal
//   journey-terminal-check --crash    traps after the first frame
//
// Exits 69 (EX_UNAVAILABLE) when the terminal cannot run the full-screen display.
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import JourneyTerminal
import JourneyUI

/// What the screen reports besides its fixed text.
struct CheckState {
    var lastKey = "none"
    var resizes = 0
    var resumes = 0
}

func say(_ text: String) {
    let line = "journey-terminal-check: \(text)\n"
    _ = write(STDERR_FILENO, line, line.utf8.count)
}

func frame(for terminal: CursesTerminal, _ state: CheckState) -> Frame {
    let (width, height) = terminal.size
    var buffer = Buffer(width: width, height: height)
    buffer.write("journey-terminal-check", x: 0, y: 0, style: Style(attributes: .bold))
    buffer.write("colour: \(terminal.usesColour ? "on" : "off")", x: 0, y: 1)
    buffer.write("size: \(width)x\(height)", x: 0, y: 2)
    buffer.write("pid: \(getpid())", x: 0, y: 3)
    buffer.write("key: \(state.lastKey)", x: 0, y: 4)
    buffer.write("resizes: \(state.resizes) resumes: \(state.resumes)", x: 0, y: 5)
    buffer.write("wide: 漢字 end", x: 0, y: 6)
    buffer.write("emoji: 🙂 end", x: 0, y: 7)
    buffer.write("combining: e\u{301}te\u{301} n\u{303} end", x: 0, y: 8)
    var x = buffer.write("styles:", x: 0, y: 9)
    let styles: [(String, Style)] = [
        ("bold", Style(attributes: .bold)), ("dim", Style(attributes: .dim)),
        ("underline", Style(attributes: .underline)), ("reverse", Style(attributes: .reverse)),
        ("cyan", Style(foreground: .cyan)),
    ]
    for (name, style) in styles { x = buffer.write(name, x: x + 1, y: 9, style: style) }
    buffer.write("q quits", x: 0, y: height - 1)
    return Frame(buffer: buffer, cursor: (x: 0, y: 4))
}

let terminal: CursesTerminal
do {
    let noColour = !(getenv("NO_COLOR").map { String(cString: $0) } ?? "").isEmpty
    terminal = try CursesTerminal(colour: !noColour)
} catch {
    say("\(error)")
    exit(69)
}
var state = CheckState()
terminal.draw(frame(for: terminal, state))
if CommandLine.arguments.contains("--crash") { fatalError("crash requested with --crash") }

while true {
    guard let input = terminal.nextInput(timeoutMilliseconds: 1000) else { continue }
    switch input {
    case .key(.character("q")):
        terminal.restore()
        say("bye")
        exit(0)
    case .key(let key): state.lastKey = key.description
    case .resize: state.resizes += 1
    case .resumed: state.resumes += 1
    case .signal(let signal):
        terminal.restore()
        say("caught signal \(signal)")
        exit(128 + signal)
    }
    terminal.draw(frame(for: terminal, state))
}
