// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "ActorGraph",
    products: [
        .library(name: "ActorGraph", targets: ["ActorGraph"]),
        .library(name: "ActorGraphAnalysis", targets: ["ActorGraphAnalysis"]),
        .library(name: "ActorGraphGraphviz", targets: ["ActorGraphGraphviz"]),
        .library(name: "ActorGraphInterchange", targets: ["ActorGraphInterchange"]),
        .library(name: "ActorGraphStore", targets: ["ActorGraphStore"]),
        .executable(name: "actorgraph", targets: ["actorgraph"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-collections", from: "1.6.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    ],
    targets: [
        .target(
            name: "ActorGraph",
            dependencies: [
                .product(name: "Yams", package: "Yams"),
                .product(name: "OrderedCollections", package: "swift-collections"),
            ]
        ),
        .target(
            name: "ActorGraphAnalysis",
            dependencies: ["ActorGraph", .product(name: "Mustache", package: "swift-mustache")],
            resources: [.copy("Resources")]
        ),
        // Timing shared by the benchmark executables.
        .target(name: "ActorGraphBenchmarkSupport"),
        .executableTarget(
            name: "actorgraph-benchmark",
            dependencies: ["ActorGraph", "ActorGraphAnalysis", "ActorGraphBenchmarkSupport"]
        ),
        .systemLibrary(
            name: "CGraphviz",
            pkgConfig: "libgvc",
            providers: [.apt(["libgraphviz-dev"])]
        ),
        .target(
            name: "ActorGraphGraphviz",
            dependencies: ["ActorGraph", "CGraphviz", .product(name: "Mustache", package: "swift-mustache")],
            resources: [.copy("Resources")]
        ),
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        .systemLibrary(
            name: "CZlib",
            pkgConfig: "zlib",
            providers: [.apt(["zlib1g-dev"])]
        ),
        .target(
            name: "ActorGraphInterchange",
            dependencies: [
                "ActorGraph",
                "CLibXML2",
                "CZlib",
                .product(name: "OrderedCollections", package: "swift-collections"),
            ]
        ),
        // The SQLite store, apart so that the core and the other targets stay free of SQLite;
        // it keeps an event import's runs so that appended files continue them.
        .target(
            name: "ActorGraphStore",
            dependencies: [
                "ActorGraph",
                "ActorGraphInterchange",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "OrderedCollections", package: "swift-collections"),
            ]
        ),
        .executableTarget(
            name: "actorgraph",
            dependencies: [
                "ActorGraph",
                "ActorGraphAnalysis",
                "ActorGraphGraphviz",
                "ActorGraphInterchange",
                "ActorGraphStore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "actorgraph-scale-benchmark",
            dependencies: ["ActorGraph", "ActorGraphBenchmarkSupport"]
        ),
        // libFuzzer's driver for a program with its own main, with a plain replay fallback.
        .target(name: "CFuzzerDriver"),
        // One libFuzzer program for every reader: Scripts/fuzz.sh TARGET SECONDS.
        .executableTarget(
            name: "actorgraph-fuzz",
            dependencies: ["ActorGraph", "ActorGraphInterchange", "CFuzzerDriver"]
        ),
        // What every test target shares: the package root, the bundled graph, days written as text.
        .target(
            name: "ActorGraphTestSupport",
            dependencies: ["ActorGraph"],
            path: "Tests/ActorGraphTestSupport"
        ),
        .testTarget(
            name: "ActorGraphTests",
            dependencies: ["ActorGraph", "ActorGraphTestSupport"]
        ),
        .testTarget(
            name: "ActorGraphGraphvizTests",
            dependencies: ["ActorGraphGraphviz", "ActorGraph", "ActorGraphTestSupport"]
        ),
        .testTarget(
            name: "ActorGraphAnalysisTests",
            dependencies: ["ActorGraph", "ActorGraphAnalysis", "ActorGraphTestSupport"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "ActorGraphInterchangeTests",
            dependencies: ["ActorGraph", "ActorGraphInterchange", "ActorGraphTestSupport"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "ActorGraphStoreTests",
            dependencies: [
                "ActorGraph", "ActorGraphStore", "ActorGraphInterchange", "ActorGraphTestSupport",
                .product(name: "GRDB", package: "GRDB.swift"),
            ]
        ),
        .testTarget(
            name: "ActorGraphCLITests",
            dependencies: ["ActorGraph", "actorgraph", "ActorGraphTestSupport"]
        ),
    ]
)
