import Foundation
import Testing

extension CommandRunner {
    /// A temporary database with December's intake (docs/examples/intake-2026-12.csv) imported:
    /// the engine has booked its home visit (L016 谢海莉, the 2nd) and panels (the 24th).
    static func decemberDatabase() throws -> String {
        let db = FileManager.default.temporaryDirectory.appendingPathComponent("sizhen-december-\(UInt32.random(in: 0...UInt32.max)).db").path
        let intake = repository.appendingPathComponent("docs/examples/intake-2026-12.csv").path
        let imported = try run(["intake", "import", intake, "--db", db])
        #expect(imported.status == 0, "\(imported)")
        return db
    }
}
