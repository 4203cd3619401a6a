import Testing
@testable import SizhenLoader

/// How a cell is quoted in an intake message: control characters escaped, at most 60
/// characters, a long cell cut with its length.
@Suite struct IntakeClipTests {
    static let cases: [(text: String, shown: String)] = {
        var cases: [(text: String, shown: String)] = []
        cases.append(("已解决", "已解决"))
        cases.append(("a\u{0}b\u{1b}", "a\\u{0}b\\u{1b}"))
        cases.append((String(repeating: "x", count: 60), String(repeating: "x", count: 60)))
        cases.append((String(repeating: "x", count: 61), String(repeating: "x", count: 57) + "…(61 characters)"))
        cases.append((String(repeating: "调", count: 7 << 20), String(repeating: "调", count: 57) + "…(7340032 characters)"))
        // Escapes count towards the 60: 15 NULs are 75 characters once shown.
        cases.append((String(repeating: "\u{0}", count: 15), String(repeating: "\\u{0}", count: 11) + "\\u" + "…(15 characters)"))
        // A CR LF is one character, shown as ten.
        cases.append((String(repeating: "\r\n", count: 100), String(repeating: "\\u{d}\\u{a}", count: 5) + "\\u{d}\\u" + "…(100 characters)"))
        return cases
    }()

    @Test func aLongCellIsCutWithItsLengthInEitherLanguage() {
        let clipped = IntakeMessage.clip(String(repeating: "x", count: 61))
        guard case .message(let message) = clipped else {
            Issue.record("a long cell must be cut: \(clipped)")
            return
        }
        #expect(message.code == IntakeMessage.clipped.rawValue)
        #expect(message.int("count") == 61)
        #expect(LoaderWords.chinese.render(clipped) == String(repeating: "x", count: 57) + "…（共 61 个字符）")
        #expect(IntakeMessage.clip("短") == .text("短"), "a short cell is shown as it is")
    }

    @Test func cellsAreQuotedShortAndVisible() {
        for (text, shown) in Self.cases {
            #expect(LoaderWords.english.render(IntakeMessage.clip(text)) == shown, "\(text.prefix(20).debugDescription)")
        }
    }
}
