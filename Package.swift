// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "sizhen",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "sizhen", targets: ["sizhen"]),
        .library(name: "SizhenCalendar", targets: ["SizhenCalendar"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        // The system's libyaml (Debian: libyaml-dev). Only SizhenLoader imports it.
        .systemLibrary(
            name: "CYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"]), .brew(["libyaml"])]
        ),
        .target(name: "SizhenDiagnostics"),
        .target(name: "SizhenCalendar", dependencies: ["SizhenDiagnostics"]),
        .target(
            name: "SizhenLoader",
            dependencies: ["CYAML", "SizhenDiagnostics", "SizhenCalendar"]
        ),
        .executableTarget(
            name: "sizhen",
            dependencies: [
                "SizhenDiagnostics", "SizhenCalendar", "SizhenLoader",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "SizhenDiagnosticsTests", dependencies: ["SizhenDiagnostics"]),
        .testTarget(name: "SizhenCalendarTests", dependencies: ["SizhenCalendar"]),
        .testTarget(name: "SizhenLoaderTests", dependencies: ["SizhenLoader", "SizhenCalendar"]),
    ],
    swiftLanguageModes: [.v6]
)
