import Foundation
import Testing

/// `sizhen serve` tried from outside, by the scripts a person would run: a real browser
/// (Tests/browser/serve-check.sh: Chromium over the DevTools protocol) and schemathesis against
/// `/openapi.json` (Tests/api/schemathesis.sh), each on the binary these tests built.
@Suite(.serialized) struct ServeScriptsTests {
    static func folder(_ name: String) -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("sizhen-serve-\(name)-\(UUID().uuidString)").path
    }

    /// A recorder signs in, submits a sheet and sees it recorded, cannot open another street's
    /// case; the administrator finds the records in the report; no page logs a console message.
    @Test func aRecorderAndTheAdministratorInARealBrowser() throws {
        let out = Self.folder("browser")
        defer { try? FileManager.default.removeItem(atPath: out) }
        let check = try CommandRunner.script("Tests/browser/serve-check.sh", [out], environment: ["SIZHEN": CommandRunner.executable.path])
        #expect(check.status == 0, "\(check)")
        #expect(check.standardOutput.contains("ok   no console message on any page"), "\(check)")
        #expect(!check.standardOutput.contains("FAIL"), "\(check)")
    }

    /// Requests generated from `/openapi.json`, signed in as the administrator: none answered
    /// with a server error.
    @Test func schemathesisFindsNoServerError() throws {
        let out = Self.folder("schemathesis")
        defer { try? FileManager.default.removeItem(atPath: out) }
        let check = try CommandRunner.script("Tests/api/schemathesis.sh", [out, "10"], environment: ["SIZHEN": CommandRunner.executable.path])
        #expect(check.status == 0, "\(check.standardOutput.suffix(3000))")
        #expect(check.standardOutput.contains("passed"), "\(check.standardOutput.suffix(2000))")
    }

    /// A district on one PostgreSQL database: two `sizhen serve` processes behind nginx share
    /// sessions, record two sheets sent at once, refuse nothing twice, and answer alike
    /// (Tests/postgres/district.sh; it starts its own server without SIZHEN_TEST_POSTGRES).
    @Test func aDistrictOfTwoServersBehindNginxOnOneDatabase() throws {
        let out = Self.folder("district")
        defer { try? FileManager.default.removeItem(atPath: out) }
        let check = try CommandRunner.script("Tests/postgres/district.sh", [out], environment: ["SIZHEN": CommandRunner.executable.path])
        #expect(check.status == 0, "\(check)")
        #expect(check.standardOutput.contains("district: every check passed"), "\(check)")
    }
}
