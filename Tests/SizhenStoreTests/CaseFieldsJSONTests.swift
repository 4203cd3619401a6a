import SizhenRecords
import SizhenRules
import Testing

/// Case fields as the stores keep them: JSON in the schema's order, read back with the schema's
/// types, and anything that is not what was written refused rather than guessed.
@Suite struct CaseFieldsJSONTests {
    static let resident = ObjectType(name: "resident", fields: [.init("housebound", .bool), .init("age", .int)])
    static let schema = ObjectType(name: "case", fields: [
        .init("kind", .enumeration(values: ["dispute", "consultation"])),
        .init("parties", .int),
        .init("amount", .double),
        .init("tags", .list(.string)),
        .init("resident", .object(resident)),
        .init("extra", .map(key: .string, value: .int)),
    ])

    static let fields: [String: RuleValue] = [
        "kind": .string("dispute"),
        "parties": .int(3),
        "amount": .double(2),
        "tags": .list([.string("老年人"), .string("引号\"")]),
        "resident": .object(ObjectValue(type: resident, values: ["housebound": .bool(true), "age": .int(81)])),
        "extra": .map(RuleMap([(.string("b"), .int(2)), (.string("a"), .int(1))])),
        "note": .string("不在表里"),
        "absent": .null,
    ]

    @Test func fieldsRoundTripWithTheirTypes() throws {
        let text = CaseFieldsJSON.encode(Self.fields, as: Self.schema)
        #expect(text.hasPrefix(#"{"kind":"dispute","parties":3,"amount":2.0,"tags":["老年人","引号\""],"resident":{"housebound":true,"age":81}"#))
        let decoded = try #require(CaseFieldsJSON.decode(text, as: Self.schema))
        #expect(decoded == Self.fields)
        // Untyped, the same text still reads back: a whole number as an int, 2.0 as a double.
        let untyped = try #require(CaseFieldsJSON.decode(text, as: nil))
        #expect(untyped["parties"] == .int(3))
        #expect(untyped["amount"] == .double(2))
        #expect(CaseFieldsJSON.encode(decoded, as: Self.schema) == text)
    }

    @Test func numbersTakeTheSchemasType() throws {
        let decoded = try #require(CaseFieldsJSON.decode(#"{"parties": 4.0, "amount": 7}"#, as: Self.schema))
        #expect(decoded["parties"] == .int(4))
        #expect(decoded["amount"] == .double(7))
        let special = try #require(CaseFieldsJSON.decode(#"{"amount":"NaN","kind":"Infinity"}"#, as: Self.schema))
        #expect(special["amount"].map { if case .double(let value) = $0 { value.isNaN } else { false } } == true)
        #expect(special["kind"] == .string("Infinity"))
    }

    @Test func whatIsNotAnObjectOfValuesIsRefused() {
        let deep = String(repeating: #"{"a":"#, count: 70) + "1" + String(repeating: "}", count: 70)
        for text in ["", "[]", "null", "{", #"{"a"}"#, #"{"a":}"#, #"{"a":1,}"#, #"{"a":01}"#, #"{"a":tru}"#,
                     #"{"a":[1,2}"#, #"{"a":1} {}"#, #"{a:1}"#, "{\"a\":\"\u{01}\"}", deep] {
            #expect(CaseFieldsJSON.decode(text, as: Self.schema) == nil, "\(text.prefix(40))")
        }
    }
}
