// swift-tools-version:6.0
import PackageDescription

/// One direction of dependency:
/// JourneyModel <- JourneyUI <- JourneyTerminal <- journey (command line).
/// JourneyImport, JourneyReports, JourneyReview, JourneyData and JourneyBrief sit beside the UI, on top of the model.
let strictSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
]

let package = Package(
    name: "journey",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "journey", targets: ["journey"]),
        .library(name: "JourneyModel", targets: ["JourneyModel"]),
        .library(name: "JourneyUI", targets: ["JourneyUI"]),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        // CSV releases (explore-education-statistics): streamed, exact field text; see docs/import.md.
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
        .package(url: "https://github.com/swiftlang/swift-subprocess", from: "1.0.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        // The advisor's notes and marks (docs/review.md) and the index of a data root (docs/index.md):
        // SQLite through GRDB.
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    ],
    targets: [
        // The model: councils, events, judgements, directions, letters and their queries.
        .target(
            name: "JourneyModel",
            dependencies: [.product(name: "Yams", package: "Yams")],
            swiftSettings: strictSettings
        ),
        // The bundled council files, embedded in the binary at build time.
        .executableTarget(name: "embed-data", dependencies: ["JourneyModel"], path: "Sources/embed-data"),
        .plugin(name: "EmbedData", capability: .buildTool(), dependencies: ["embed-data"]),
        .target(
            name: "JourneyData",
            dependencies: ["JourneyModel"],
            swiftSettings: strictSettings,
            plugins: ["EmbedData"]
        ),
        // Importer for Ofsted's published inspection statistics (ODS and CSV).
        .target(
            name: "JourneyImport",
            dependencies: [
                "JourneyModel",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
                .product(name: "CSV", package: "CSV.swift"),
            ],
            swiftSettings: strictSettings
        ),
        // Importer for Ofsted's report PDFs: text through pdftotext, matched to councils and events.
        .target(
            name: "JourneyReports",
            dependencies: [
                "JourneyModel", "JourneyImport",
                .product(name: "Subprocess", package: "swift-subprocess"),
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            swiftSettings: strictSettings
        ),
        // The advisor's notes and marks, per user under $XDG_DATA_HOME/journey (never the data root).
        .target(
            name: "JourneyReview",
            dependencies: ["JourneyModel", .product(name: "GRDB", package: "GRDB.swift")],
            swiftSettings: strictSettings
        ),
        // The index of a data root (SQLite through GRDB, FTS5): councils kept compiled, text to search.
        .target(
            name: "JourneyIndex",
            dependencies: [
                "JourneyModel",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            swiftSettings: strictSettings
        ),
        // The briefing: a council on a day, its history, the advisor's review and sources, as Markdown or HTML.
        .target(name: "JourneyBrief", dependencies: ["JourneyModel"], swiftSettings: strictSettings),
        // The terminal-independent UI core: state, reducer, views, key table.
        .target(name: "JourneyUI", dependencies: ["JourneyModel"], swiftSettings: strictSettings),
        // ncursesw through a system-library target; only CursesTerminal.swift imports it.
        .systemLibrary(
            name: "CNCursesW",
            path: "Sources/CNCursesW",
            providers: [.apt(["libncursesw5-dev"])]
        ),
        .target(
            name: "JourneyTerminal",
            dependencies: ["JourneyModel", "JourneyUI", "CNCursesW"],
            swiftSettings: strictSettings
        ),
        .executableTarget(
            name: "journey",
            dependencies: [
                "JourneyModel", "JourneyData", "JourneyImport", "JourneyReports", "JourneyReview", "JourneyIndex",
                "JourneyUI",
                "JourneyTerminal", "JourneyBrief", .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strictSettings,
            // The release binary is static and position-dependent: no dynamic loader runs at start,
            // which with PIE and the shared C libraries (libstdc++, SQLite, libxml2 and ICU, ncurses)
            // applied some 100,000 relocations at every start (docs/performance.md). The C libraries
            // come from their Debian -dev packages (.ci/run installs them).
            linkerSettings: [.unsafeFlags(["-Xclang-linker", "-no-pie", "-static-executable",
                                           "-Xlinker", "--start-group", "-lxml2", "-licuuc", "-licudata", "-llzma",
                                           "-lz", "-lncursesw", "-ltinfo", "-lsqlite3", "-lstdc++", "-lm",
                                           "-Xlinker", "--end-group"], .when(configuration: .release))]
        ),
        // Test support: draws a fixed screen through CursesTerminal for the tmux-driven tests.
        .executableTarget(
            name: "journey-terminal-check",
            dependencies: ["JourneyTerminal", "JourneyUI"],
            path: "Sources/journey-terminal-check",
            swiftSettings: strictSettings
        ),
        // Measures load, first frame and per-key work in process (docs/performance.md).
        // Times issue 12's table against `less` in a real pty; writes the 3000-event council.
        .target(name: "CPty", path: "Sources/CPty"),
        .target(name: "JourneyBench", dependencies: ["CPty"], swiftSettings: strictSettings),
        .executableTarget(name: "journey-bench", dependencies: ["JourneyModel", "JourneyData", "JourneyUI", "JourneyBench"]),
        .testTarget(name: "JourneyBenchTests", dependencies: ["JourneyBench", "JourneyModel"]),
        .testTarget(name: "JourneyModelTests", dependencies: ["JourneyModel"]),
        .testTarget(name: "JourneyDataTests", dependencies: ["JourneyData", "JourneyModel"]),
        .testTarget(name: "JourneyReviewTests", dependencies: [
            "JourneyReview", "JourneyModel", .product(name: "GRDB", package: "GRDB.swift"),
        ]),
        .testTarget(name: "JourneyIndexTests", dependencies: ["JourneyIndex", "JourneyModel"]),
        .testTarget(name: "JourneyBriefTests", dependencies: ["JourneyBrief", "JourneyModel", "JourneyData"]),
        // Depends on the executable so that the concurrent-import tests can run real processes.
        .testTarget(name: "JourneyImportTests", dependencies: ["JourneyImport", "JourneyModel", "journey"]),
        .testTarget(name: "JourneyReportsTests", dependencies: ["JourneyReports", "JourneyModel"],
                    exclude: ["Fixtures/make-fixtures.py", "Fixtures/README.md"], resources: [.copy("Fixtures/pdf")]),
        .testTarget(
            name: "JourneyUITests",
            dependencies: ["JourneyUI", "JourneyModel", "JourneyData"],
            exclude: ["Snapshots"]
        ),
        // Runs the real binary: depending on the executable makes `swift test` build it first.
        .testTarget(name: "JourneyCLITests", dependencies: ["journey", "JourneyModel"]),
        .testTarget(name: "JourneyTerminalTests", dependencies: ["JourneyTerminal", "JourneyUI"]),
        .testTarget(name: "JourneyEndToEndTests", dependencies: ["journey", "journey-terminal-check"]),
    ]
)
