import SizhenRecords
import Testing

/// The web application's accounts and sessions (`AccountStoring`), the same on every store.
@Suite struct AccountStoreContractTests {
    @Test(arguments: StoreKind.allCases)
    func accountsAndSessionsKeepTheirContract(kind: StoreKind) throws {
        let store = try #require(try kind.make() as? any AccountStoring, "every store keeps accounts")
        let account = Account(name: "王芳", role: .street, street: "haitangxi", passwordHash: "$2b$hash", created: 5)
        #expect(try store.addAccount(account))
        #expect(try !store.addAccount(Account(name: "王芳", role: .admin, passwordHash: "x", created: 6)))
        #expect(try store.addAccount(Account(name: "admin", role: .admin, passwordHash: "y", created: 7)))
        #expect(try store.account(named: "王芳") == account)
        #expect(try store.accounts().map(\.name) == ["admin", "王芳"])
        try store.addSession(AccountSession(tokenDigest: "d1", account: "王芳", csrfToken: "c1", expires: 100))
        try store.addSession(AccountSession(tokenDigest: "d2", account: "admin", csrfToken: "c2", expires: 200))
        #expect(try store.session(tokenDigest: "d1")?.csrfToken == "c1")
        #expect(try store.removeSessions(expiredBy: 100) == 1)
        #expect(try store.session(tokenDigest: "d1") == nil)
        try store.addSession(AccountSession(tokenDigest: "d3", account: "王芳", csrfToken: "c3", expires: 300))
        #expect(try store.removeAccount(named: "王芳"))
        #expect(try store.session(tokenDigest: "d3") == nil)
        #expect(try !store.removeAccount(named: "王芳"))
        try store.removeSession(tokenDigest: "d2")
        #expect(try store.session(tokenDigest: "d2") == nil)
    }

}
