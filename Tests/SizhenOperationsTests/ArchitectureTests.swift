import Foundation
import Testing

/// Which target may import which (docs/architecture.md): read from the `import` lines of
/// `Sources/`, so that a shortcut through the engine or a second GRDB user fails here.
@Suite struct ArchitectureTests {
    static let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Sources")

    /// The modules each target imports, by target.
    static func imports() throws -> [String: Set<String>] {
        var found: [String: Set<String>] = [:]
        let manager = FileManager.default
        for target in try manager.contentsOfDirectory(atPath: sources.path).sorted() {
            let folder = sources.appendingPathComponent(target)
            guard let walker = manager.enumerator(atPath: folder.path) else { continue }
            found[target] = []
            for case let file as String in walker where file.hasSuffix(".swift") {
                let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
                for line in text.split(separator: "\n") {
                    let words = line.split(separator: " ")
                    guard let index = words.firstIndex(of: "import"), index + 1 < words.count,
                          words[..<index].allSatisfy({ ["@testable", "public", "internal", "package", "private"].contains($0) || $0.hasPrefix("@") })
                    else { continue }
                    found[target, default: []].insert(String(words[index + 1]))
                }
            }
        }
        return found
    }

    /// What each target may import of Sizhen's own and of the packages (system modules aside).
    static let allowed: [String: Set<String>] = [
        "SizhenDiagnostics": [],
        "SizhenCalendar": ["SizhenDiagnostics"],
        "SizhenRules": ["SizhenDiagnostics"],
        "SizhenModel": ["SizhenDiagnostics", "SizhenCalendar", "SizhenRules"],
        "SizhenRecords": ["SizhenDiagnostics", "SizhenCalendar", "SizhenRules", "SizhenModel"],
        "SizhenLoader": ["SizhenDiagnostics", "SizhenCalendar", "SizhenRules", "SizhenModel", "SizhenRecords", "CYAML"],
        "SizhenEngine": ["SizhenDiagnostics", "SizhenCalendar", "SizhenRules", "SizhenModel", "SizhenRecords"],
        "SizhenStore": ["SizhenDiagnostics", "SizhenCalendar", "SizhenRules", "SizhenModel", "SizhenRecords", "GRDB", "GRDBSQLite"],
        "SizhenPostgres": ["SizhenDiagnostics", "SizhenCalendar", "SizhenRules", "SizhenModel", "SizhenRecords", "PostgresNIO"],
        "SizhenReports": ["SizhenDiagnostics", "SizhenCalendar", "SizhenRules", "SizhenModel", "SizhenRecords"],
        "SizhenDefaults": [],
        "SizhenOperations": ["SizhenDiagnostics", "SizhenCalendar", "SizhenRules", "SizhenModel", "SizhenRecords", "SizhenLoader",
                             "SizhenEngine", "SizhenStore", "SizhenPostgres", "SizhenReports", "SizhenDefaults"],
        // The web server: the only target that sees Hummingbird (and bcrypt).
        "SizhenServer": ["SizhenDiagnostics", "SizhenCalendar", "SizhenRules", "SizhenModel", "SizhenRecords", "SizhenReports", "SizhenOperations",
                         "Hummingbird", "HummingbirdBcrypt", "HTTPTypes"],
        "sizhen": ["SizhenDiagnostics", "SizhenCalendar", "SizhenOperations", "SizhenReports", "SizhenServer", "ArgumentParser"],
        "CYAML": [],
    ]
    static let system: Set<String> = ["Foundation", "Glibc", "Darwin", "Musl", "Dispatch"]

    @Test func everyTargetImportsOnlyWhatItMay() throws {
        let found = try Self.imports()
        #expect(Set(found.keys) == Set(Self.allowed.keys), "a new target needs its line in `allowed` and in docs/architecture.md")
        for (target, modules) in found.sorted(by: { $0.key < $1.key }) {
            let extra = modules.subtracting(Self.system).subtracting(Self.allowed[target] ?? [])
            #expect(extra.isEmpty, "\(target) imports \(extra.sorted())")
        }
    }

    @Test func theEngineIsBelowNoneOfLoaderStoreAndReportsAndOnlyTheStoresSeeTheirDatabases() throws {
        let found = try Self.imports()
        for target in ["SizhenLoader", "SizhenStore", "SizhenReports", "SizhenRecords"] {
            #expect(found[target]?.contains("SizhenEngine") == false, "\(target)")
        }
        #expect(found.filter { $0.value.contains("GRDB") }.keys.sorted() == ["SizhenStore"])
        #expect(found.filter { $0.value.contains("PostgresNIO") }.keys.sorted() == ["SizhenPostgres"])
        #expect(found.filter { $0.value.contains("Hummingbird") || $0.value.contains("HummingbirdBcrypt") }.keys.sorted() == ["SizhenServer"])
        #expect(found["SizhenRules"]?.contains("Foundation") == false && found["SizhenDiagnostics"]?.isEmpty == true)
    }
}
