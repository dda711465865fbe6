import Foundation

/// Debian's `chromium`, run headless with networking disabled, recording every request it makes
/// in a net log: renders a page and reports its DOM, a screenshot and the web requests it made.
struct HeadlessChromium {
    let path: String

    /// The browser when installed (on PATH, or Debian's /usr/bin/chromium); nil otherwise.
    static let installed: HeadlessChromium? = {
        let folders = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":").map(String.init) + ["/usr/bin"]
        return folders.map { "\($0)/chromium" }.first { FileManager.default.isExecutableFile(atPath: $0) }
            .map(HeadlessChromium.init)
    }()

    /// What rendering a page gave.
    struct Rendering {
        var dom: String
        /// Web addresses the page asked for (the browser's own update and account checks left out).
        var requests: [String]
    }

    /// Renders the file and returns the DOM after load and the web requests made.
    func render(_ file: URL, in folder: URL, screenshot: URL? = nil) throws -> Rendering {
        let log = folder.appendingPathComponent("net-log-\(UUID().uuidString).json")
        var arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
                         "--disable-component-update", "--disable-sync", "--disable-default-apps",
                         "--host-resolver-rules=MAP * ~NOTFOUND", "--proxy-server=127.0.0.1:9",
                         "--user-data-dir=\(folder.appendingPathComponent("profile-\(UUID().uuidString)").path)",
                         "--virtual-time-budget=3000", "--log-net-log=\(log.path)"]
        if let screenshot {
            arguments += ["--screenshot=\(screenshot.path)", "--window-size=1100,1600"]
        } else {
            arguments.append("--dump-dom")
        }
        let dom = try run(arguments + [file.absoluteString])
        return Rendering(dom: dom, requests: try Self.requests(in: log))
    }

    /// The URLs of the requests in a net log, except the browser's own housekeeping.
    static func requests(in log: URL) throws -> [String] {
        let object = try JSONSerialization.jsonObject(with: Data(contentsOf: log)) as? [String: Any]
        let types = (object?["constants"] as? [String: Any])?["logEventTypes"] as? [String: Int] ?? [:]
        guard let start = types["URL_REQUEST_START_JOB"] else { return [] }
        let events = object?["events"] as? [[String: Any]] ?? []
        let urls = events.filter { $0["type"] as? Int == start }
            .compactMap { ($0["params"] as? [String: Any])?["url"] as? String }
        return urls.filter { url in
            let host = URL(string: url)?.host ?? ""
            return !(host.hasSuffix("google.com") || host.hasSuffix("googleapis.com") || host.hasSuffix("gvt1.com"))
                && !url.hasPrefix("file:") && !url.hasPrefix("data:")
        }
    }

    private func run(_ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }
}
