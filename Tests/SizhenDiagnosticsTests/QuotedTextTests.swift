import Testing
@testable import SizhenDiagnostics

/// How what a user wrote is quoted in a message and shown on a terminal: at most 60
/// characters, a long text cut with its length, and every character that would act on the
/// terminal (controls, C1, bidirectional overrides) shown as `\u{…}`; Chinese untouched.
@Suite struct QuotedTextTests {
    static let english = MessageRenderer(book: MessageBook(), language: .english)
    static let chinese = MessageRenderer(book: MessageBook(), language: .chinese)

    static let cases: [(text: String, shown: String)] = {
        var cases: [(text: String, shown: String)] = []
        cases.append(("已解决", "已解决"))
        cases.append(("a\u{0}b\u{1b}", "a\\u{0}b\\u{1b}"))
        cases.append((String(repeating: "x", count: 60), String(repeating: "x", count: 60)))
        cases.append((String(repeating: "x", count: 61), String(repeating: "x", count: 57) + "…(61 characters)"))
        cases.append((String(repeating: "调", count: 7 << 20), String(repeating: "调", count: 57) + "…(7340032 characters)"))
        // Escapes count towards the 60: 15 NULs are 75 characters once shown.
        cases.append((String(repeating: "\u{0}", count: 15), String(repeating: "\\u{0}", count: 11) + "\\u" + "…(15 characters)"))
        // A CR LF is two characters (scalars), shown as ten.
        cases.append((String(repeating: "\r\n", count: 100), String(repeating: "\\u{d}\\u{a}", count: 5) + "\\u{d}\\u" + "…(200 characters)"))
        // One letter with a million combining marks is one grapheme, but not one character here.
        cases.append(("e" + String(repeating: "\u{301}", count: 1_000_000), "e" + String(repeating: "\u{301}", count: 56) + "…(1000001 characters)"))
        return cases
    }()

    @Test func aLongValueIsCutWithItsLengthInEitherLanguage() {
        let clipped = QuotedText.clip(String(repeating: "x", count: 61))
        guard case .message(let message) = clipped else {
            Issue.record("a long value must be cut: \(clipped)")
            return
        }
        #expect(message.code == DiagnosticsMessage.clipped.rawValue)
        #expect(message.int("count") == 61)
        #expect(Self.chinese.render(clipped) == String(repeating: "x", count: 57) + "…（共 61 个字符）")
        #expect(QuotedText.clip("短") == .text("短"), "a short value is shown as it is")
    }

    @Test func valuesAreQuotedShortAndVisible() {
        for (text, shown) in Self.cases {
            #expect(Self.english.render(QuotedText.clip(text)) == shown, "\(text.prefix(20).debugDescription)")
        }
    }

    static let hostile: [(text: String, shown: String)] = [
        ("\u{1b}[2J\u{1b}]0;owned\u{7}", "\\u{1b}[2J\\u{1b}]0;owned\\u{7}"),
        ("a\u{7f}b", "a\\u{7f}b"),
        ("\u{9b}31m", "\\u{9b}31m"),
        ("\u{85}", "\\u{85}"),
        ("abc\u{202e}fed\u{202c}", "abc\\u{202e}fed\\u{202c}"),
        ("\u{2066}x\u{2069}", "\\u{2066}x\\u{2069}"),
        ("line\u{2028}break", "line\\u{2028}break"),
        ("tab\there", "tab\\u{9}here"),
        // Chinese, its punctuation (“”…、—) and other printable text stay as they are.
        ("接诊 “烟雨社区”…、— ©é", "接诊 “烟雨社区”…、— ©é"),
    ]

    @Test func everyTextArgumentIsShownInertAndChineseUntouched() {
        for (text, shown) in Self.hostile {
            #expect(Self.english.render(.text(text)) == shown, "\(text.debugDescription)")
            #expect(QuotedText.escaped(text) == shown)
        }
        #expect(QuotedText.escaped("a\u{1b}b\nc\r\n\td", keepingLayout: true) == "a\\u{1b}b\nc\r\n\td")
    }

    @Test func aDiagnosticCutsEveryLongArgumentAndList() {
        let huge = String(repeating: "x", count: 1 << 20)
        let message = Message(code: "test.code", arguments: [
            MessageArgument(name: "value", value: .text(huge)),
            MessageArgument(name: "names", value: .texts((0..<1000).map { "n\($0)" })),
            MessageArgument(name: "inner", value: .message(Message(code: "test.inner", arguments: [MessageArgument(name: "v", value: .text(huge))]))),
        ])
        let diagnostic = Diagnostic.error(message, hint: message)
        let shown = Self.english.render(diagnostic.message)
        #expect(shown.count < 3_000, "\(shown.count) characters")
        #expect(shown.contains("…(1048576 characters)"))
        #expect(shown.contains("… 950 more"))
        #expect(diagnostic.message.json.utf8.count < 3_000)
        #expect(diagnostic.hint == diagnostic.message)
        let short = Message(code: "test.code", arguments: [MessageArgument(name: "value", value: .text("烟雨社区"))])
        #expect(Diagnostic.error(short).message == short, "a short message is kept as it is")
    }

    @Test func theRendererEscapesTheSourceLineAndThePathAndKeepsTheCaretInPlace() {
        let source = "name: \u{1b}]0;x\u{7} bad\n"
        let renderer = DiagnosticRenderer(usesColour: false) { path in path == "a\u{1b}.yaml" ? source : nil }
        let text = renderer.render(.error(.legacy("bad"), at: SourceLocation(file: "a\u{1b}.yaml", line: 1, column: 14)))
        #expect(!text.contains("\u{1b}") && !text.contains("\u{7}"), "\(text.debugDescription)")
        #expect(text.hasPrefix("a\\u{1b}.yaml:1:14: error: bad\n"))
        #expect(text.contains("    name: \\u{1b}]0;x\\u{7} bad\n" + String(repeating: " ", count: 4 + 22) + "^\n"), "\(text)")
    }

    @Test func jsonEscapesWhatActsOnATerminalAndReadsBack() {
        let text = "a\u{7f}\u{9b}\u{202e}b “引号”…"
        let json = JSONString.quote(text)
        #expect(json == "\"a\\u007f\\u009b\\u202eb “引号”…\"")
        let message = Message(code: "test.code", arguments: [MessageArgument(name: "t", value: .text(text))])
        #expect(Message(json: message.json) == message)
    }
}
