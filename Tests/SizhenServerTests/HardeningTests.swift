import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
@testable import SizhenServer

/// The pieces that read what a request sends, held to hostile inputs: never a crash, a clear
/// nil instead.
@Suite struct HardeningTests {
    @Test(arguments: [("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
                      ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
                      ("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")])
    func sha256MatchesTheStandardsVectors(input: String, digest: String) {
        #expect(SHA256.hex(Array(input.utf8)) == digest)
    }

    @Test func sha256OfAMillionAs() {
        #expect(SHA256.hex([UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000)) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    @Test func formFieldsDecodeAndRefuseMalformedEscapes() {
        #expect(FormFields.parse(Substring("name=%E7%8E%8B+%E6%9F%90&x=&y")) == ["name": "王 某", "x": "", "y": ""])
        for bad in ["a=%", "a=%z1", "a=%E7%8E", "%ff=1"] { #expect(FormFields.parse(Substring(bad)) == nil, "\(bad)") }
        #expect(FormFields.decode(Substring(FormFields.encode("jiezhen/a b#1+"))) == "jiezhen/a b#1+")
    }

    @Test func multipartReadsTheFormAndRefusesHostileBodies() {
        let body = Array("preamble\r\n--B\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\nt0k\r\n--B\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.csv\"\r\n\r\nx,y\r\n1,2\r\n--B--\r\n".utf8)
        let form = Multipart(contentType: "multipart/form-data; boundary=B", body: body)
        #expect(form?.field("csrf") == "t0k")
        #expect(form?.part("file")?.fileName == "a.csv")
        #expect(form.flatMap { $0.part("file").map { String(decoding: $0.bytes, as: UTF8.self) } } == "x,y\r\n1,2")
        let hostile: [(String, String)] = [
            ("multipart/form-data", "--B\r\n"), ("multipart/form-data; boundary=", "--\r\n"), ("text/plain; boundary=B", "--B--"),
            ("multipart/form-data; boundary=B", "--B\r\nno blank line"), ("multipart/form-data; boundary=B", "--B\r\nX: y\r\n\r\nnever closed"),
            ("multipart/form-data; boundary=B", "--B\r\nContent-Disposition: form-data\r\n\r\nno name\r\n--B--"),
            ("multipart/form-data; boundary=B", "--Bxx"), ("multipart/form-data; boundary=B", ""),
            ("multipart/form-data; boundary=B", String(repeating: "--B\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n1\r\n", count: 20) + "--B--"),
        ]
        for (type, text) in hostile { #expect(Multipart(contentType: type, body: Array(text.utf8)) == nil, "\(type) \(text.prefix(30))") }
    }

    @Test func theThrottleRefusesAfterTheLimitUntilTheWindowPasses() {
        var throttle = LoginThrottle(limit: 3, window: 100)
        for second in [0, 10, 20] as [Int64] {
            #expect(throttle.retryAfter("a", now: second) == nil)
            throttle.fail("a", now: second)
        }
        #expect(throttle.retryAfter("a", now: 30) == 70)
        #expect(throttle.retryAfter("b", now: 30) == nil)
        #expect(throttle.retryAfter("a", now: 100) == nil)
        throttle.fail("a", now: 101)
        throttle.succeed("a")
        #expect(throttle.retryAfter("a", now: 102) == nil)
    }

    @Test func sheetNamesAndRequestIDsAreCleaned() {
        #expect(SizhenWeb.sheetName("C:\\Users\\x\\12月.csv") == "12月.csv")
        #expect(SizhenWeb.sheetName("../../etc/passwd") == "passwd")
        #expect(SizhenWeb.sheetName("a\u{0}b\nc.csv") == "abc.csv")
        #expect(SizhenWeb.sheetName("") == "upload.csv")
        #expect(SizhenWeb.requestID(String(repeating: "a", count: 32)) != nil)
        #expect(SizhenWeb.requestID("../x") == nil && SizhenWeb.requestID(nil) == nil)
    }
}

/// Every route, as the administrator (who may use them all), with hostile queries, path
/// parameters, cookies and bodies: a clear refusal or an answer, never a server error.
@Suite struct HostileRequestTests {
    static let queries = ["", "?month=%00&date=%FF%FE", "?month=" + String(repeating: "9", count: 5000), "?q=%3Cscript%3E&month=2026-12",
                          "?date=2026-02-30&month=2026-00", "?site=..%2F..%2Fetc%2Fpasswd&type=%E2%80%AE", "?a=1&a=2&&&=&month"]
    static let bodies: [[UInt8]] = [[], Array("csrf=&name=%00".utf8), [0xFF, 0xFE, 0x00, 0x01], Array(repeating: UInt8(ascii: "a"), count: 60_000),
                                    Array("--x\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\n\u{0}\u{0}\r\n--x--\r\n".utf8)]

    @Test(arguments: Route.all)
    func noRequestGivesAServerError(route: Route) async throws {
        let fixture = try ServerFixture()
        defer { fixture.remove() }
        try await fixture.test { client in
            let session = try #require(try await client.signIn("admin"))
            // A sheet's kind is a known one, so that its form reads the hostile bodies; unknown kinds are SheetFormTests'.
            let path = route.path.replacingOccurrences(of: "{id}", with: "%00%2F..%2F..%2Fetc%2Fpasswd").replacingOccurrences(of: "{kind}", with: "visitors")
            for query in Self.queries {
                for body in route.method == "POST" ? Self.bodies : [[]] {
                    for contentType in route.method == "POST" ? ["application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "text/csv"] : [""] {
                        var headers = session.headers
                        if !contentType.isEmpty { headers[.contentType] = contentType }
                        try await client.execute(uri: path + query, method: route.method == "POST" ? .post : .get, headers: headers,
                                                 body: route.method == "POST" ? ByteBuffer(bytes: body) : nil) { response in
                            #expect(response.status.code < 500, "\(route.method) \(path)\(query) \(contentType): \(response.status)")
                        }
                    }
                }
            }
            // A cookie of garbage is no session.
            for cookie in ["sizhen_session=\u{7F}", "sizhen_session=" + String(repeating: "f", count: 10_000), "=;=;="] {
                try await client.execute(uri: path, method: .get, headers: [.cookie: cookie]) { response in
                    #expect(response.status.code < 500)
                }
            }
        }
    }
}
