import Testing
import SizhenDiagnostics
@testable import SizhenLoader

/// What a Chinese keyboard types where YAML wants ASCII punctuation is an error at the
/// character, naming it, in any flow list or mapping and after any key; a number grouped by
/// thousands is explained; the same characters as text (in prose, or quoted) are kept.
@Suite struct KeyboardSlipTests {
    func errors(_ text: String) -> [String] {
        guard case .failure(let diagnostics) = YAMLParser().parse(text, file: "t.yaml") else { return [] }
        return diagnostics.sorted.map { diagnostic in
            "\(diagnostic.location?.line ?? 0):\(diagnostic.location?.column ?? 0) \(diagnostic.message.code)"
        }
    }

    @Test(arguments: [
        // A flow list: two tags would silently be one.
        ("tags: [community，clinic]\n", ["1:17 yaml.full-width-comma"]),
        ("sites: { tags: [婚恋，家庭] }\n", ["1:19 yaml.full-width-comma"]),
        ("a: 1\nlist:\n  - [x, y，z]\n", ["3:10 yaml.full-width-comma"]),
        // A flow mapping: a key, and a value next to ASCII.
        ("slot: { roles： [lawyer] }\n", ["1:14 yaml.full-width-colon"]),
        ("slot: { roles: lawyer，count: 1 }\n", ["1:22 yaml.full-width-comma"]),
        ("- { id: a， name: b }\n", ["1:10 yaml.full-width-comma"]),
        // After a block key, with a value or alone, on the first line or the last.
        ("id: x\nname： 烟雨\nkind: y\n", ["2:5 yaml.full-width-colon"]),
        ("version: 1\nfields：\n  kind: { type: enum }\n", ["2:7 yaml.full-width-colon"]),
        ("id： x\n", ["1:3 yaml.full-width-colon"]),
        ("id: x\nname ： 烟雨\n", ["2:6 yaml.full-width-colon"]),
        ("people:\n  - id： L001\n    name: 张明\n", ["2:7 yaml.full-width-colon"]),
        // Thousands: a flow mapping splits the number into a value and a key; pointed at the comma.
        ("community: { id: a, households: 3,200 }\n", ["1:34 yaml.thousands-separator"]),
        ("sizes: { a: 12,500 }\n", ["1:15 yaml.thousands-separator"]),
        // Two groups make two keys `000`: the second is also a duplicate key.
        ("sizes: { a: 1,000,000 }\n", ["1:14 yaml.thousands-separator", "1:19 yaml.duplicate-key"]),
    ])
    func aSlipIsAnErrorAtItsCharacter(text: String, expected: [String]) {
        #expect(errors(text) == expected, "\(text)")
    }

    @Test(arguments: [
        "description: 调解成功，矛盾纠纷得到化解\n",
        "record_types:\n  - { id: 化解矛盾纠纷, description: 调解成功，矛盾纠纷得到化解 }\n",
        "description: 案件类型：法律咨询（consultation）\n",
        "note: { text: 地点：社区服务中心 }\n",
        "tags: [\"community，clinic\"]\n",
        "name: '烟雨： 社区'\n",
        "sizes: [1, 000]\n",
        "sizes: [50,100]\n",
        "households: 3,200\n",
    ])
    func theSameCharactersAsTextAreKept(text: String) {
        #expect(errors(text) == [], "\(text)")
    }

    @Test func theMessageNamesTheCharacterAndHowToFixIt() throws {
        guard case .failure(let diagnostics) = YAMLParser().parse("id: x\nname： 烟雨\nkind: y\n", file: "t.yaml") else {
            Issue.record("a full-width colon must be refused")
            return
        }
        let found = try #require(diagnostics.sorted.first)
        #expect(LoaderWords.english.render(found.message) == "full-width colon '：' (U+FF1A) where YAML expects ':' after a key")
        #expect(LoaderWords.chinese.render(try #require(found.hint)).hasPrefix("请改为半角冒号加空格“: ”"))
        #expect(found.notes.first?.message.code == YAMLMessage.syntax.rawValue, "libyaml's words are kept as a note")
        guard case .failure(let split) = YAMLParser().parse("c: { households: 3,200 }\n", file: "t.yaml") else {
            Issue.record("a number split at a comma must be refused")
            return
        }
        let thousands = try #require(split.sorted.first)
        #expect(LoaderWords.english.render(thousands.message)
                    == "'3,200' is read as two values, 3 and 200: inside [ ] or { } a comma separates items, and a YAML number has no thousands separator")
        #expect(LoaderWords.english.render(try #require(thousands.hint)) == "write the number without separators: 3200")
    }

    @Test func aNumberWithThousandsSeparatorsOutsideBracketsIsExplained() throws {
        var context = DecodingContext()
        let root = try YAMLParser().parse("households: 3,200\n", file: "t.yaml").get()
        let value = try #require(root.mapping?.first?.value)
        #expect(context.int(value, LoaderThing.key("households"), in: 0...1_000_000) == nil)
        let found = try #require(context.diagnostics.sorted.first)
        #expect(found.hint.map(LoaderWords.english.render) == "write the number without separators: 3200")
        #expect(KeyboardSlips.thousandsHint(for: "1,000,000").map(LoaderWords.english.render) == "write the number without separators: 1000000")
        #expect(KeyboardSlips.thousandsHint(for: "3，200") != nil, "a full-width comma too")
        #expect(KeyboardSlips.thousandsHint(for: "3,20") == nil)
    }
}
