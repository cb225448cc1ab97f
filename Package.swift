// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "ActorGraph",
    products: [
        .library(name: "ActorGraph", targets: ["ActorGraph"]),
        .library(name: "ActorGraphAnalysis", targets: ["ActorGraphAnalysis"]),
        .library(name: "ActorGraphGraphviz", targets: ["ActorGraphGraphviz"]),
        .library(name: "ActorGraphInterchange", targets: ["ActorGraphInterchange"]),
        .executable(name: "actorgraph", targets: ["actorgraph"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-collections", from: "1.6.0"),
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
            dependencies: ["ActorGraph"]
        ),
        .executableTarget(
            name: "actorgraph-benchmark",
            dependencies: ["ActorGraph", "ActorGraphAnalysis"]
        ),
        .systemLibrary(
            name: "CGraphviz",
            pkgConfig: "libgvc",
            providers: [.apt(["libgraphviz-dev"])]
        ),
        .target(
            name: "ActorGraphGraphviz",
            dependencies: ["ActorGraph", "CGraphviz"]
        ),
        .target(
            name: "ActorGraphInterchange",
            dependencies: [
                "ActorGraph",
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
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "actorgraph-scale-benchmark",
            dependencies: ["ActorGraph"]
        ),
        .testTarget(
            name: "ActorGraphTests",
            dependencies: ["ActorGraph"]
        ),
        .testTarget(
            name: "ActorGraphGraphvizTests",
            dependencies: ["ActorGraphGraphviz", "ActorGraph"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "ActorGraphAnalysisTests",
            dependencies: ["ActorGraph", "ActorGraphAnalysis"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "ActorGraphInterchangeTests",
            dependencies: ["ActorGraph", "ActorGraphInterchange"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "ActorGraphCLITests",
            dependencies: ["ActorGraph", "actorgraph"]
        ),
    ]
)
