/// A request as the web application's handlers read it, taken out of Hummingbird's by the
/// adapter (`ServerApplication`): the handlers and their tests need no server.
public struct WebRequest: Sendable {
    /// `GET` or `POST`.
    public var method: String
    /// The path, without the query.
    public var path: String
    /// The query's fields, decoded (the last of a repeated name wins).
    public var query: [String: String]
    /// Header fields by lower-case name (the last of a repeated name wins; cookies are joined).
    public var headers: [String: String]
    /// The body, read up to the route's limit.
    public var body: [UInt8]
    /// The client's address: the peer's, or the trusted proxy's `X-Forwarded-For`.
    public var address: String
    /// Whether the client reached the server over TLS (directly or through a trusted proxy).
    public var isSecure: Bool
    /// The path's parameters (`{id}`), decoded.
    public var parameters: [String: String] = [:]

    /// A request.
    public init(method: String, path: String, query: [String: String] = [:], headers: [String: String] = [:], body: [UInt8] = [],
                address: String = "local", isSecure: Bool = false) {
        self.method = method
        self.path = path
        self.query = query
        self.headers = headers
        self.body = body
        self.address = address
        self.isSecure = isSecure
    }

    /// The value of a cookie, if sent.
    public func cookie(_ name: String) -> String? {
        guard let header = headers["cookie"] else { return nil }
        for pair in header.split(separator: ";") {
            let parts = pair.split(separator: "=", maxSplits: 1)
            if parts.count == 2, parts[0].trimmingSpaces == name { return String(parts[1].trimmingSpaces) }
        }
        return nil
    }

    /// The media type of the body, lower-case, without its parameters.
    public var mediaType: String {
        String((headers["content-type"] ?? "").split(separator: ";").first?.trimmingSpaces ?? "").lowercased()
    }
}

/// A response before the adapter turns it into Hummingbird's.
public struct WebResponse: Sendable {
    /// The HTTP status.
    public var status: Int
    /// Header fields (the security headers are added to every response by the adapter).
    public var headers: [(String, String)]
    /// The body.
    public var body: [UInt8]

    /// A response.
    public init(status: Int, headers: [(String, String)] = [], body: [UInt8] = []) {
        self.status = status
        self.headers = headers
        self.body = body
    }

    /// An HTML page.
    public static func html(_ text: String, status: Int = 200) -> WebResponse {
        WebResponse(status: status, headers: [("Content-Type", "text/html; charset=utf-8")], body: Array(text.utf8))
    }

    /// A JSON document.
    public static func json(_ text: String, status: Int = 200) -> WebResponse {
        WebResponse(status: status, headers: [("Content-Type", "application/json; charset=utf-8")], body: Array(text.utf8))
    }

    /// A redirection after a form (303: the browser asks for `location` with GET).
    public static func redirect(to location: String) -> WebResponse {
        WebResponse(status: 303, headers: [("Location", location)])
    }

    /// The value of a header field, by name in any case.
    public func header(_ name: String) -> String? {
        headers.last { $0.0.lowercased() == name.lowercased() }?.1
    }
}

extension Substring {
    /// Without the spaces and tabs around it.
    var trimmingSpaces: Substring {
        var text = self
        while let first = text.first, first == " " || first == "\t" { text = text.dropFirst() }
        while let last = text.last, last == " " || last == "\t" { text = text.dropLast() }
        return text
    }
}
