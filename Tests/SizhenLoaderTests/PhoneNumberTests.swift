import SizhenModel
import Testing

/// `phone:` in a staff file: a mobile or a landline number, normalised for the roster.
@Suite struct PhoneNumberTests {
    @Test(arguments: [
        ("13823000001", "13823000001"), ("138 2300 0001", "13823000001"), ("138-2300-0001", "13823000001"),
        ("023-62980001", "023-62980001"), ("023 62980001", "023-62980001"), ("0851-5551234", "0851-5551234"),
        ("023-62980001-8012", "023-62980001-8012"),
    ])
    func aNumberIsReadAndNormalised(text: String, printed: String) {
        #expect(PhoneNumber(text)?.description == printed)
    }

    @Test(arguments: ["", "12345", "2382300001", "1382300000", "138230000012", "02362980001", "023-6298", "023-62980001-1234567",
                      "023-62980001-1-2", "tel:13823000001", "１３８２３０００００１", "138\u{0}23000001", String(repeating: "1", count: 100)])
    func anythingElseIsRefused(text: String) {
        #expect(PhoneNumber(text) == nil, "\(text)")
    }
}
