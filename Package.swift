// swift-tools-version:6.0
import PackageDescription

/// genlabel — case management for the Grande École du Numérique label.
/// Layers (data flows one way): genlabel (main) → CLI (arguments, wiring) → Terminal (curses) → TUI (pure,
/// cell buffer) → Core (pure domain);
/// Store (SQLite) implements the repository protocols declared in Core.
let package = Package(
    name: "genlabel",
    products: [
        .executable(name: "genlabel", targets: ["genlabel"]),
        .executable(name: "genlabel-bench", targets: ["genlabel-bench"]),
    ],
    targets: [
        .systemLibrary(name: "CSQLite", path: "Sources/CSQLite", pkgConfig: "sqlite3",
                       providers: [.apt(["libsqlite3-dev"])]),
        .systemLibrary(name: "CNCursesW", path: "Sources/CNCursesW", pkgConfig: "ncursesw",
                       providers: [.apt(["libncursesw5-dev"])]),
        .target(name: "GenLabelCore", path: "Sources/GenLabelCore"),
        .target(name: "GenLabelStore", dependencies: ["GenLabelCore", "CSQLite"], path: "Sources/GenLabelStore"),
        .target(name: "GenLabelTUI", dependencies: ["GenLabelCore"], path: "Sources/GenLabelTUI"),
        .target(name: "GenLabelTerminal", dependencies: ["GenLabelCore", "GenLabelTUI", "CNCursesW"], path: "Sources/GenLabelTerminal"),
        .target(name: "GenLabelCLI",
                dependencies: ["GenLabelCore", "GenLabelStore", "GenLabelTUI", "GenLabelTerminal"],
                path: "Sources/GenLabelCLI"),
        .executableTarget(name: "genlabel", dependencies: ["GenLabelCLI"], path: "Sources/genlabel"),
        .executableTarget(name: "genlabel-bench",
                          dependencies: ["GenLabelCore", "GenLabelStore", "GenLabelTUI", "GenLabelCLI"],
                          path: "Sources/genlabel-bench"),
        .testTarget(name: "GenLabelCoreTests", dependencies: ["GenLabelCore"], path: "Tests/GenLabelCoreTests"),
        .testTarget(name: "GenLabelStoreTests", dependencies: ["GenLabelStore", "GenLabelCore"],
                    path: "Tests/GenLabelStoreTests"),
        .testTarget(name: "GenLabelTUITests", dependencies: ["GenLabelTUI", "GenLabelCore", "GenLabelStore"],
                    path: "Tests/GenLabelTUITests", exclude: ["Snapshots"]),
        .testTarget(name: "GenLabelCLITests", dependencies: ["GenLabelCLI", "GenLabelCore"],
                    path: "Tests/GenLabelCLITests"),
        .testTarget(name: "EndToEndTests", dependencies: [], path: "Tests/EndToEndTests"),
    ]
)
