// swift-tools-version:6.2
import PackageDescription

/// Settings every Jixiao target shares: Swift 6 mode, warnings are errors, and the
/// upcoming features that keep imports and existentials explicit.
let strict: [SwiftSetting] = [
    .treatAllWarnings(as: .error),
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
    .enableUpcomingFeature("InternalImportsByDefault"),
]

let package = Package(
    name: "jixiao",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "jixiaod", targets: ["jixiaod"]),
        .executable(name: "jixiao", targets: ["jixiao"]),
        .executable(name: "jixiao-web", targets: ["jixiao-web"]),
        .executable(name: "jixiao-xlsx", targets: ["jixiao-xlsx"]),
        // The workbook writer and reader, for any front that lays out the forms itself.
        .library(name: "JixiaoWorkbook", targets: ["JixiaoWorkbook"]),
        // The modules the benchmark harness (Benchmarks/Package.swift, a package of its own)
        // drives the daemon with.
        .library(name: "JixiaoCore", targets: ["JixiaoCore"]),
        .library(name: "JixiaoProtocol", targets: ["JixiaoProtocol"]),
        .library(name: "JixiaoJournal", targets: ["JixiaoJournal"]),
        .library(name: "JixiaoClient", targets: ["JixiaoClient"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-system.git", from: "1.8.1"),
        .package(url: "https://github.com/apple/swift-collections.git", from: "1.6.0"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle.git", from: "2.13.0"),
        // jixiao-web: the HTTP server (Hummingbird, without its swift-configuration trait), TLS
        // through swift-nio-ssl, bcrypt for the web accounts' passwords.
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", from: "2.28.1", traits: []),
        .package(url: "https://github.com/hummingbird-project/hummingbird-auth.git", from: "2.5.0"),
        .package(url: "https://github.com/apple/swift-nio-ssl.git", from: "2.37.6"),
        .package(url: "https://github.com/apple/swift-nio-extras.git", from: "1.35.2"),
        // Reading .xlsx workbooks (a zip of XML parts), in JixiaoWorkbook only.
        .package(url: "https://github.com/weichsel/ZIPFoundation.git", from: "0.9.20"),
        .package(url: "https://github.com/drmohundro/SWXMLHash.git", from: "8.1.1"),
    ],
    targets: [
        // The domain: budgets, projects, money. Pure: no I/O, no logging, no networking.
        .target(
            name: "JixiaoCore",
            dependencies: [.product(name: "OrderedCollections", package: "swift-collections")],
            swiftSettings: strict
        ),
        // The line protocol: lexing, typed commands, replies. Shared by the daemon and the client.
        .target(
            name: "JixiaoProtocol",
            dependencies: ["JixiaoCore"],
            swiftSettings: strict,
            plugins: ["VersionFile"]
        ),
        // Writes ProtocolVersion.software from the VERSION file at build time.
        .plugin(name: "VersionFile", capability: .buildTool()),
        // The official forms and the report draft, laid out and rendered (text, CSV, JSON,
        // HTML, Markdown). Pure: no I/O.
        .target(
            name: "JixiaoReports",
            dependencies: ["JixiaoCore"],
            swiftSettings: strict
        ),
        // The durable journal: record framing, checksums, append + fsync, replay.
        .target(
            name: "JixiaoJournal",
            dependencies: ["JixiaoCore", .product(name: "SystemPackage", package: "swift-system")],
            swiftSettings: strict
        ),
        // libsystemd (Debian libsystemd-dev), as the C library it is: sd_notify, sd_listen_fds,
        // sd_watchdog_enabled, sd_journal_sendv. Reached only through JixiaoSystemd.
        .systemLibrary(
            name: "CSystemd",
            path: "Sources/CSystemd",
            pkgConfig: "libsystemd",
            providers: [.apt(["libsystemd-dev"])]
        ),
        // systemd integration in Swift: notify, socket activation, watchdog, journald logging.
        .target(
            name: "JixiaoSystemd",
            dependencies: ["CSystemd", .product(name: "Logging", package: "swift-log")],
            swiftSettings: strict
        ),
        // The daemon's machinery: NIO listener, connections, the state executor.
        .target(
            name: "JixiaoServer",
            dependencies: [
                "JixiaoCore", "JixiaoProtocol", "JixiaoJournal", "JixiaoSystemd", "JixiaoReports",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "UnixSignals", package: "swift-service-lifecycle"),
                .product(name: "SystemPackage", package: "swift-system"),
            ],
            swiftSettings: strict
        ),
        // libxlsxwriter (Debian libxlsxwriter-dev), the C library that writes .xlsx files.
        // Reached only through JixiaoWorkbook.
        .systemLibrary(
            name: "CXlsxWriter",
            path: "Sources/CXlsxWriter",
            pkgConfig: "xlsxwriter",
            providers: [.apt(["libxlsxwriter-dev"])]
        ),
        // Workbooks: the official forms written as .xlsx (libxlsxwriter) laid out as the
        // templates, and .xlsx sheets read back as cells (ZIPFoundation, SWXMLHash). Uses
        // Foundation, so it is kept out of `jixiao` (whose start-up every script pays).
        .target(
            name: "JixiaoWorkbook",
            dependencies: [
                "JixiaoCore", "JixiaoReports", "CXlsxWriter",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
                .product(name: "SWXMLHash", package: "SWXMLHash"),
            ],
            swiftSettings: strict
        ),
        // What the CLI needs to talk and print: a blocking socket, reply reading, tables.
        .target(
            name: "JixiaoClient",
            dependencies: ["JixiaoProtocol", "JixiaoReports"],
            swiftSettings: strict
        ),
        .executableTarget(
            name: "jixiaod",
            dependencies: [
                "JixiaoServer", "JixiaoSystemd", "JixiaoProtocol",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "UnixSignals", package: "swift-service-lifecycle"),
            ],
            swiftSettings: strict
        ),
        .executableTarget(
            name: "jixiao",
            dependencies: [
                "JixiaoClient", "JixiaoProtocol", "JixiaoReports", "JixiaoWebAccounts",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strict
        ),
        // The web accounts file (name, Unix user, bcrypt hash), shared by `jixiao web-user` and
        // jixiao-web. No networking.
        .target(
            name: "JixiaoWebAccounts",
            dependencies: ["JixiaoProtocol", .product(name: "HummingbirdBcrypt", package: "hummingbird-auth")],
            swiftSettings: strict
        ),
        // The web front: pages, sessions, CSRF, login throttling, and an async client of jixiaod's
        // line protocol over the Unix socket (no model of its own).
        .target(
            name: "JixiaoWeb",
            dependencies: [
                "JixiaoWebAccounts", "JixiaoClient", "JixiaoProtocol",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdTLS", package: "hummingbird"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
                .product(name: "NIOExtras", package: "swift-nio-extras"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ],
            swiftSettings: strict
        ),
        .executableTarget(
            name: "jixiao-web",
            dependencies: [
                "JixiaoWeb", "JixiaoSystemd",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "UnixSignals", package: "swift-service-lifecycle"),
            ],
            swiftSettings: strict
        ),
        // `jixiao-xlsx`: the workbook filter `jixiao` runs for .xlsx files (forms as cells in,
        // a workbook out; a workbook in, its cells out). No socket: it never sees the daemon.
        .executableTarget(
            name: "jixiao-xlsx",
            dependencies: ["JixiaoWorkbook", "JixiaoReports", "JixiaoProtocol"],
            swiftSettings: strict
        ),
        .testTarget(name: "JixiaoCoreTests", dependencies: ["JixiaoCore"], swiftSettings: strict),
        .testTarget(
            name: "JixiaoProtocolTests",
            dependencies: ["JixiaoProtocol", "JixiaoCore"],
            swiftSettings: strict
        ),
        .testTarget(name: "JixiaoJournalTests", dependencies: ["JixiaoJournal"], swiftSettings: strict),
        .testTarget(
            name: "JixiaoSystemdTests",
            dependencies: ["JixiaoSystemd", .product(name: "Logging", package: "swift-log")],
            swiftSettings: strict
        ),
        .testTarget(
            name: "JixiaoReportsTests",
            dependencies: ["JixiaoReports", "JixiaoProtocol", "JixiaoCore"],
            swiftSettings: strict
        ),
        .testTarget(
            name: "JixiaoServerTests",
            dependencies: [
                "JixiaoServer", "JixiaoProtocol", "JixiaoJournal", "JixiaoCore",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOEmbedded", package: "swift-nio"),
            ],
            swiftSettings: strict
        ),
        .testTarget(name: "JixiaoClientTests", dependencies: ["JixiaoClient"], swiftSettings: strict),
        .testTarget(
            name: "JixiaoWorkbookTests",
            dependencies: ["JixiaoWorkbook", "JixiaoReports", "JixiaoCore"],
            swiftSettings: strict
        ),
        .testTarget(
            name: "JixiaoWebTests",
            dependencies: [
                "JixiaoWeb", "JixiaoWebAccounts", "JixiaoClient", "JixiaoProtocol",
                .product(name: "Hummingbird", package: "hummingbird"),
            ],
            swiftSettings: strict
        ),
        .testTarget(
            name: "JixiaoIntegrationTests",
            dependencies: ["JixiaoClient", "JixiaoProtocol", "JixiaoJournal"],
            swiftSettings: strict
        ),
    ]
)

// The fuzzer (`make fuzz` sets JIXIAO_FUZZ=1 and builds with -sanitize=fuzzer,address):
// libFuzzer's driver is the entry point (CFuzzMain), so the Swift is parsed as a library.
// Not part of normal builds.
if Context.environment["JIXIAO_FUZZ"] == "1" {
    package.targets += [
        .target(name: "CFuzzMain", path: "Fuzz/CFuzzMain"),
        .executableTarget(
            name: "JixiaoFuzz",
            dependencies: ["CFuzzMain", "JixiaoCore", "JixiaoProtocol"],
            path: "Fuzz/JixiaoFuzz",
            swiftSettings: strict + [.unsafeFlags(["-parse-as-library"])]
        ),
    ]
}
