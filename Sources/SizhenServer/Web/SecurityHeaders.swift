/// The headers every response carries: a Content-Security-Policy that admits no script at all
/// and no framing, no MIME sniffing, no referrer beyond this origin, and no caching of pages
/// that may hold personal data.
enum SecurityHeaders {
    /// The policy; `styleSources` adds the hashes of a page's inline styles (the report's).
    static func policy(styleSources: [String] = []) -> String {
        "default-src 'self'; script-src 'none'; style-src 'self'\(styleSources.map { " " + $0 }.joined()); img-src 'self' data:; "
            + "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
    }

    /// The headers, given the response's own (a response that sets a policy keeps it).
    static func added(to headers: [(String, String)]) -> [(String, String)] {
        var out = headers
        let names = Set(headers.map { $0.0.lowercased() })
        let defaults = [("Content-Security-Policy", policy()), ("X-Content-Type-Options", "nosniff"), ("Referrer-Policy", "same-origin"),
                        ("X-Frame-Options", "DENY"), ("Cross-Origin-Opener-Policy", "same-origin"), ("Cache-Control", "no-store")]
        for (name, value) in defaults where !names.contains(name.lowercased()) { out.append((name, value)) }
        return out
    }
}
