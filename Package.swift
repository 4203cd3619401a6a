// swift-tools-version:6.0
import Foundation
import PackageDescription

let package = Package(
    name: "sizhen",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "sizhen", targets: ["sizhen"]),
        .library(name: "SizhenCalendar", targets: ["SizhenCalendar"]),
        .library(name: "SizhenRules", targets: ["SizhenRules"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird-auth", from: "2.5.0"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.0.0"),
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
        // Pure: no Foundation. libm for Double's rounding (integer ↔ double conversions).
        .target(
            name: "SizhenRules",
            dependencies: ["SizhenDiagnostics"],
            linkerSettings: [.linkedLibrary("m", .when(platforms: [.linux]))]
        ),
        .target(name: "SizhenModel", dependencies: ["SizhenDiagnostics", "SizhenCalendar", "SizhenRules"]),
        // What the loader, the engine, the stores and the reports share: occurrences, cases, records,
        // events, plans, month facts and the store protocols.
        .target(name: "SizhenRecords", dependencies: ["SizhenDiagnostics", "SizhenCalendar", "SizhenRules", "SizhenModel"]),
        .target(name: "SizhenEngine", dependencies: ["SizhenDiagnostics", "SizhenCalendar", "SizhenRules", "SizhenModel", "SizhenRecords"]),
        // SQLite through GRDB (and its C API for the bulk inserts): the only target that imports it.
        .target(
            name: "SizhenStore",
            dependencies: ["SizhenDiagnostics", "SizhenCalendar", "SizhenModel", "SizhenRecords", .product(name: "GRDB", package: "GRDB.swift"),
                           .product(name: "GRDBSQLite", package: "GRDB.swift")]
        ),
        // PostgreSQL through postgres-nio: the only target that imports it. The store protocols are
        // synchronous, so it drives one connection on an event loop of its own and waits.
        .target(
            name: "SizhenPostgres",
            dependencies: ["SizhenDiagnostics", "SizhenCalendar", "SizhenRules", "SizhenModel", "SizhenRecords",
                           .product(name: "PostgresNIO", package: "postgres-nio")]
        ),
        .target(name: "SizhenReports", dependencies: ["SizhenDiagnostics", "SizhenCalendar", "SizhenRules", "SizhenModel", "SizhenRecords"]),
        // The built-in district: the top-level Workflows/ compiled in as text (BundledFiles.swift,
        // generated from it and held to it by a test), so that a copied binary needs no bundle.
        .target(name: "SizhenDefaults"),
        // SizhenRecords for the intake reader, which matches each CSV row with an occurrence.
        // libiconv (part of the C library on Linux) decodes GB18030 intake files.
        .target(
            name: "SizhenLoader",
            dependencies: ["CYAML", "SizhenDiagnostics", "SizhenCalendar", "SizhenRules", "SizhenModel", "SizhenRecords"],
            // Optimised in debug builds too: every file a command reads, hostile ones included,
            // goes through its YAML tree builder, and the hostile-input corpus holds debug builds
            // to 2 s of CPU a file (a 5 MB line of a million keys came to 1.6–2.1 s unoptimised).
            swiftSettings: [.unsafeFlags(["-O"], .when(configuration: .debug))],
            linkerSettings: [.linkedLibrary("iconv", .when(platforms: [.macOS]))]
        ),
        // Every use case as an API that returns values and diagnostics, never prints or exits:
        // what the command line and the web server call.
        .target(
            name: "SizhenOperations",
            dependencies: ["SizhenDiagnostics", "SizhenCalendar", "SizhenRules", "SizhenModel", "SizhenRecords", "SizhenLoader", "SizhenEngine",
                           "SizhenReports", "SizhenStore", "SizhenPostgres", "SizhenDefaults"]
        ),
        // `sizhen serve`: pages, the JSON API and accounts on Hummingbird 2 (the only target that
        // imports it, and HummingbirdBcrypt for the password hashes). It holds no business logic:
        // every page and API route calls an operation, as the command line does.
        .target(
            name: "SizhenServer",
            dependencies: [
                "SizhenDiagnostics", "SizhenCalendar", "SizhenRules", "SizhenModel", "SizhenRecords", "SizhenLoader", "SizhenEngine", "SizhenReports", "SizhenOperations",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ]
        ),
        // The command line: argument parsing and printing only. It names every module whose
        // message catalogues the book lists: linked only through SizhenOperations, the runtime
        // crashed looking up a catalogue's metadata (Swift 6.3, debug build).
        .executableTarget(
            name: "sizhen",
            dependencies: [
                "SizhenDiagnostics", "SizhenCalendar", "SizhenRules", "SizhenModel", "SizhenRecords", "SizhenLoader", "SizhenEngine", "SizhenReports", "SizhenPostgres",
                "SizhenOperations", "SizhenServer", .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // What the benchmarks below share: timing and rates, peak memory, the repository root, scaffolded districts.
        .target(
            name: "BenchmarkSupport",
            dependencies: ["SizhenLoader"],
            path: "Benchmarks/BenchmarkSupport"
        ),
        .executableTarget(
            name: "sizhen-benchmarks",
            dependencies: ["SizhenCalendar", "BenchmarkSupport"],
            path: "Benchmarks/sizhen-benchmarks"
        ),
        .executableTarget(
            name: "loader-benchmarks",
            dependencies: ["SizhenLoader", "BenchmarkSupport"],
            path: "Benchmarks/loader-benchmarks"
        ),
        .executableTarget(
            name: "rules-benchmarks",
            dependencies: ["SizhenRules", "BenchmarkSupport"],
            path: "Benchmarks/rules-benchmarks"
        ),
        .executableTarget(
            name: "plan-benchmarks",
            dependencies: ["SizhenLoader", "SizhenEngine", "SizhenRecords", "BenchmarkSupport"],
            path: "Benchmarks/plan-benchmarks"
        ),
        .executableTarget(
            name: "engine-benchmarks",
            dependencies: ["SizhenLoader", "SizhenEngine", "SizhenRecords", "SizhenStore", "SizhenModel", "SizhenRules", "SizhenCalendar", "BenchmarkSupport"],
            path: "Benchmarks/engine-benchmarks"
        ),
        .executableTarget(
            name: "derivation-benchmarks",
            dependencies: ["SizhenLoader", "SizhenEngine", "SizhenRecords", "SizhenStore", "SizhenModel", "SizhenCalendar", "SizhenDiagnostics", "BenchmarkSupport"],
            path: "Benchmarks/derivation-benchmarks"
        ),
        .executableTarget(
            name: "simulation-benchmarks",
            dependencies: ["SizhenLoader", "SizhenEngine", "SizhenRecords", "SizhenStore", "SizhenPostgres", "SizhenModel", "SizhenRules", "SizhenCalendar",
                           "BenchmarkSupport"],
            path: "Benchmarks/simulation-benchmarks"
        ),
        .executableTarget(
            name: "output-benchmarks",
            dependencies: ["SizhenOperations", "SizhenReports", "SizhenDiagnostics", "BenchmarkSupport"],
            path: "Benchmarks/output-benchmarks"
        ),
        .testTarget(name: "SizhenDiagnosticsTests", dependencies: ["SizhenDiagnostics"]),
        .testTarget(
            name: "SizhenEngineTests",
            dependencies: ["SizhenEngine", "SizhenRecords", "SizhenStore", "SizhenLoader", "SizhenModel", "SizhenRules", "SizhenCalendar",
                           .product(name: "GRDB", package: "GRDB.swift")]
        ),
        .testTarget(name: "SizhenRulesTests", dependencies: ["SizhenRules"]),
        // The contract every store passes, and the SQLite store's own checks.
        .testTarget(
            name: "SizhenStoreTests",
            dependencies: ["SizhenStore", "SizhenPostgres", "SizhenRecords", "SizhenEngine", "SizhenLoader", "SizhenModel", "SizhenRules", "SizhenCalendar",
                           "SizhenDiagnostics", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        // The operations every front end calls, and the book of every module's messages.
        .testTarget(name: "SizhenOperationsTests", dependencies: ["SizhenOperations", "SizhenDefaults", "SizhenStore", "SizhenRecords", "SizhenCalendar", "SizhenDiagnostics",
                                                                  .product(name: "GRDB", package: "GRDB.swift")]),
        .testTarget(name: "SizhenReportsTests", dependencies: ["SizhenReports", "SizhenLoader", "SizhenEngine", "SizhenRecords", "SizhenModel", "SizhenCalendar", "SizhenRules"]),
        // The web application in process: routes, the authorization matrix, accounts and sessions.
        .testTarget(name: "SizhenServerTests", dependencies: ["SizhenServer", "SizhenOperations", "SizhenStore", "SizhenRecords", "SizhenDiagnostics",
                                                              .product(name: "HummingbirdTesting", package: "hummingbird"),
                                                              .product(name: "HTTPTypes", package: "swift-http-types")]),
        .testTarget(name: "SizhenCalendarTests", dependencies: ["SizhenCalendar"], exclude: ["Fixtures"]),
        .testTarget(name: "SizhenCommandTests", dependencies: ["sizhen", "SizhenPostgres", .product(name: "GRDB", package: "GRDB.swift")], exclude: ["Snapshots", "Corpus"]),
        .testTarget(name: "SizhenLoaderTests", dependencies: ["SizhenLoader", "SizhenCalendar", "SizhenRules", "SizhenModel", "SizhenRecords"], exclude: ["Fixtures"]),
    ],
    swiftLanguageModes: [.v6]
)

// libFuzzer targets (Tests/Fuzz/, run by Tests/Fuzz/run.sh): only when SIZHEN_FUZZ is set while the
// manifest is evaluated, so that `swift build` and `swift test` never see them. The script
// builds them with `-sanitize=fuzzer,address` for every module.
if ProcessInfo.processInfo.environment["SIZHEN_FUZZ"] != nil {
    let fuzzFlags: [SwiftSetting] = [.unsafeFlags(["-parse-as-library"])]
    package.targets += [
        // The hand-over to libFuzzer's driver, shared by the four targets.
        .target(name: "FuzzSupport", path: "Tests/Fuzz/FuzzSupport"),
        .executableTarget(name: "fuzz-yaml", dependencies: ["FuzzSupport", "SizhenLoader", "SizhenRules", "SizhenDiagnostics"],
                          path: "Tests/Fuzz/yaml", swiftSettings: fuzzFlags),
        .executableTarget(name: "fuzz-rules", dependencies: ["FuzzSupport", "SizhenRules", "SizhenDiagnostics"],
                          path: "Tests/Fuzz/rules", swiftSettings: fuzzFlags),
        .executableTarget(name: "fuzz-rrule", dependencies: ["FuzzSupport", "SizhenCalendar", "SizhenDiagnostics"],
                          path: "Tests/Fuzz/rrule", swiftSettings: fuzzFlags),
        .executableTarget(name: "fuzz-intake", dependencies: ["FuzzSupport", "SizhenLoader", "SizhenModel"],
                          path: "Tests/Fuzz/intake", swiftSettings: fuzzFlags),
    ]
    package.products += ["fuzz-yaml", "fuzz-rules", "fuzz-rrule", "fuzz-intake"].map { .executable(name: $0, targets: [$0]) }
}
