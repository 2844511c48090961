// swift-tools-version:6.2
import PackageDescription

/// The benchmark harness (`make bench`, release build), a package of its own as SwiftNIO lays
/// out its benchmarks: HdrHistogram and the harness stay out of the resolution and build of
/// the main package (and of every `make test`). It drives the daemon through the main
/// package's libraries, found at `../`.
let package = Package(
    name: "JixiaoBenchmarks",
    platforms: [.macOS(.v15)],
    dependencies: [
        .package(name: "jixiao", path: "../"),
        // Latency percentiles.
        .package(url: "https://github.com/HdrHistogram/hdrhistogram-swift.git", from: "0.2.0"),
    ],
    targets: [
        .executableTarget(
            name: "JixiaoBenchmarks",
            dependencies: [
                .product(name: "JixiaoCore", package: "jixiao"),
                .product(name: "JixiaoProtocol", package: "jixiao"),
                .product(name: "JixiaoJournal", package: "jixiao"),
                .product(name: "JixiaoClient", package: "jixiao"),
                .product(name: "Histogram", package: "hdrhistogram-swift"),
            ],
            path: "Sources/JixiaoBenchmarks",
            swiftSettings: [
                .treatAllWarnings(as: .error),
                .enableUpcomingFeature("ExistentialAny"),
                .enableUpcomingFeature("MemberImportVisibility"),
                .enableUpcomingFeature("InternalImportsByDefault"),
            ]
        )
    ]
)
