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

    @Test(arguments: StoreKind.allCases)
    func aNewPasswordEndsEveryOtherSession(kind: StoreKind) throws {
        let store = try #require(try kind.make() as? any AccountStoring, "every store keeps accounts")
        #expect(try store.addAccount(Account(name: "李明", role: .recorder, site: "yanyu", passwordHash: "old", created: 1)))
        #expect(try store.addAccount(Account(name: "admin", role: .admin, passwordHash: "y", created: 2)))
        for digest in ["here", "phone", "home"] {
            try store.addSession(AccountSession(tokenDigest: digest, account: "李明", csrfToken: "c", expires: 100))
        }
        try store.addSession(AccountSession(tokenDigest: "other", account: "admin", csrfToken: "c", expires: 100))
        #expect(try store.setPasswordHash("new", named: "李明", keeping: "here"))
        #expect(try store.account(named: "李明")?.passwordHash == "new")
        #expect(try store.session(tokenDigest: "here") != nil)
        #expect(try store.session(tokenDigest: "phone") == nil)
        #expect(try store.session(tokenDigest: "home") == nil)
        #expect(try store.session(tokenDigest: "other") != nil, "another account's sessions stay")
        // Changed from the command line: no session is kept.
        #expect(try store.setPasswordHash("newer", named: "李明", keeping: nil))
        #expect(try store.session(tokenDigest: "here") == nil)
        #expect(try !store.setPasswordHash("x", named: "nobody", keeping: nil))
        #expect(try store.account(named: "admin")?.passwordHash == "y")
    }

}
