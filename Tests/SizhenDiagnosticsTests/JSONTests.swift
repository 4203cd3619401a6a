import SizhenDiagnostics
import Testing

/// The byte-level JSON writer and scanner the stores keep messages and case fields with.
@Suite struct JSONTests {
    @Test func writerEscapesWhatJSONRequiresAndKeepsTheRest() {
        var writer = JSONWriter()
        writer.raw("[")
        writer.string("引号\"和\\反斜杠\n\t\u{01}😀/")
        writer.raw(",")
        writer.int(Int64.min)
        writer.raw(",")
        writer.int(0)
        writer.raw(",")
        writer.json(#"{"a":1}"#)
        writer.raw("]")
        #expect(writer.text == #"["引号\"和\\反斜杠\n\t\u0001😀/",-9223372036854775808,0,{"a":1}]"#)
        // DEL is escaped too, as are C1 and bidirectional controls: JSON on a terminal is inert.
        #expect(JSONString.quote("a\u{08}\u{0C}\r\u{7F}") == "\"a\\u0008\\u000c\\r\\u007f\"")
    }

    /// Texts mixing plain runs with every kind of character the writer treats apart
    /// (quotes, backslashes, controls, DEL, C1 controls, line separators and bidirectional
    /// controls, and their harmless neighbours of the same lead byte): each reads back as it
    /// was, with nothing that acts on a terminal left raw.
    @Test func writerRoundTripsMixedTextsThroughTheScanner() {
        let pieces: [String] = ["plain", "法治宣传", "\"", "\\", "\n", "\t", "\r", "\u{01}", "\u{7F}", "\u{85}", "\u{A0}", "é", "\u{2028}",
                                "\u{202E}", "—", "€", "\u{061C}", "ب", "😀", " ", "a\"b", "case.kind == \"婚恋\""]
        // A fixed walk through the pieces (x → 31x + 17 mod 1009, a prime), so
        // that a failure is the same on every run.
        var position = 0
        for round in 0..<500 {
            let text = (0..<(round % 13)).map { _ in
                position = (position * 31 + 17) % 1009
                return pieces[position % pieces.count]
            }.joined()
            var writer = JSONWriter()
            writer.string(text)
            let written = writer.text
            var scanner = JSONScanner(written)
            #expect(scanner.string() == text && scanner.atEnd, "\(text.debugDescription) → \(written)")
            for raw: Unicode.Scalar in ["\n", "\u{01}", "\u{7F}", "\u{85}", "\u{2028}", "\u{202E}", "\u{061C}"] {
                #expect(!written.unicodeScalars.contains(raw), "\(written.debugDescription) holds \(raw.escaped(asASCII: true)) raw")
            }
        }
    }

    @Test func scannerReadsStringsWithEveryEscape() {
        var scanner = JSONScanner(#"  "a\"\\\/\b\f\n\r\t\u00e9\u4e2d\ud83d\ude00" "#)
        let text = scanner.string()
        let atEnd = scanner.atEnd
        #expect(text == "a\"\\/\u{08}\u{0C}\n\r\té中😀")
        #expect(atEnd)
    }

    @Test func scannerRefusesMalformedStrings() {
        for text in [#""abc"#, "\"a\u{01}b\"", #""\x""#, #""\u12""#, #""\ud83d""#, #""\ud83d\u0041""#, #""\ude00""#, #""\"#] {
            var scanner = JSONScanner(text)
            let read = scanner.string()
            #expect(read == nil, "\(text)")
        }
    }

    @Test func scannerReadsNumbersByJSONsGrammar() {
        let cases: [(String, JSONScanner.Number?)] = [
            ("0", .int(0)), ("-12", .int(-12)), ("9223372036854775807", .int(.max)),
            ("2.0", .double(2)), ("1e3", .double(1000)), ("-0.5E-1", .double(-0.05)),
            ("9223372036854775808", .double(9223372036854775808)),
            ("01", nil), ("-", nil), ("1.", nil), (".5", nil), ("1e", nil), ("+1", nil),
        ]
        for (text, expected) in cases {
            var scanner = JSONScanner(text)
            let read = scanner.number()
            #expect(read == expected, "\(text)")
        }
    }

    @Test func scannerTakesWordsAndPunctuationAfterSpace() {
        var scanner = JSONScanner(" [ true ,\nnull\t, fals ]")
        var steps: [Bool] = []
        steps.append(scanner.take(UInt8(ascii: "[")))
        steps.append(scanner.take(word: "true"))
        steps.append(!scanner.take(UInt8(ascii: "]")))
        steps.append(scanner.take(UInt8(ascii: ",")))
        steps.append(scanner.take(word: "null"))
        steps.append(scanner.take(UInt8(ascii: ",")))
        steps.append(!scanner.take(word: "false"))
        steps.append(scanner.peek() == UInt8(ascii: "f"))
        steps.append(!scanner.atEnd)
        #expect(steps == Array(repeating: true, count: 9))
    }
}
