// swift-tools-version: 6.2
import PackageDescription

let strictSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
    .enableUpcomingFeature("InternalImportsByDefault"),
    .enableUpcomingFeature("NonisolatedNonsendingByDefault"),
    .treatAllWarnings(as: .error),
]

let package = Package(
    name: "Rapporteur",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "rapporteur", targets: ["rapporteur"]),
        .library(name: "RapporteurKit", targets: ["RapporteurKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
    ],
    targets: [
        .target(
            name: "RapporteurKit",
            resources: [.copy("Resources")],
            swiftSettings: strictSettings
        ),
        .target(
            name: "RapporteurEvaluation",
            dependencies: ["RapporteurKit"],
            swiftSettings: strictSettings
        ),
        .target(
            name: "RapporteurLLM",
            dependencies: [
                "RapporteurKit",
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            resources: [.copy("Resources")],
            swiftSettings: strictSettings
        ),
        .target(
            name: "RapporteurCLI",
            dependencies: [
                "RapporteurKit",
                "RapporteurEvaluation",
                "RapporteurLLM",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Yams", package: "Yams"),
            ],
            swiftSettings: strictSettings
        ),
        .executableTarget(
            name: "rapporteur",
            dependencies: ["RapporteurCLI"],
            swiftSettings: strictSettings
        ),
        .target(
            name: "RapporteurTesting",
            dependencies: ["RapporteurKit"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "RapporteurKitTests",
            dependencies: ["RapporteurKit", "RapporteurTesting"],
            exclude: ["Golden"],
            resources: [.copy("Fixtures")],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "RapporteurEvaluationTests",
            dependencies: ["RapporteurEvaluation", "RapporteurKit", "RapporteurTesting"],
            exclude: ["Golden"],
            resources: [.copy("Fixtures")],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "RapporteurLLMTests",
            dependencies: ["RapporteurLLM", "RapporteurKit", "RapporteurTesting"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "RapporteurCLITests",
            dependencies: ["RapporteurCLI", "RapporteurEvaluation", "RapporteurKit", "RapporteurTesting"],
            exclude: ["Golden"],
            resources: [.copy("Fixtures")],
            swiftSettings: strictSettings
        ),
    ]
)
