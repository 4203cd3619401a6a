import Foundation
import HTTPTypes
import Hummingbird
import SizhenDiagnostics
import SizhenOperations
import SizhenRecords

/// The request context: Hummingbird's own, with the client's address and an 8 MB ceiling on
/// what any body may be (each route reads less: `Route.bodyLimit`).
public struct SizhenRequestContext: RequestContext {
    /// Hummingbird's own part of the context.
    public var coreContext: CoreRequestContextStorage
    /// The peer's IP address, when the connection has one.
    public let peer: String?

    /// The context of a request that came in on `source`'s connection.
    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        peer = source.channel.remoteAddress?.ipAddress
    }

    /// The most any body may be (each route reads no more than its own limit).
    public var maxUploadSize: Int { Route.uploadLimit }
}

/// `sizhen serve` on Hummingbird 2: registers every route of `Route.all`, turns each request
/// into a `WebRequest` for `SizhenWeb` (reading no more body than the route allows), adds the
/// security headers to every response (refusals and unknown paths too), and listens.
public enum ServerApplication {
    /// The router of the web application.
    public static func router(for web: SizhenWeb) -> Router<SizhenRequestContext> {
        let router = Router(context: SizhenRequestContext.self)
        router.add(middleware: Guard(web: web))
        for route in Route.all {
            let method: HTTPRequest.Method = route.method == "POST" ? .post : .get
            router.on(RouterPath(route.path), method: method) { request, context -> Response in
                let peer = context.peer
                let parameters = route.pathParameters.map { ($0, context.parameters.get($0)) }
                let timeout = web.configuration.requestTimeout
                let late = web.refusal(ServerMessage.timedOut(["seconds": .int(Int(timeout))]), status: 503, on: route, caller: nil)
                return response(await Deadline.race(seconds: timeout, late: late) {
                    await answer(request, peer: peer, parameters: parameters, route: route, web: web)
                })
            }
        }
        return router
    }

    /// The answer to one request on `route`: its body read up to the route's limit, its path's
    /// parameters decoded, then handed to `web`.
    static func answer(_ request: Request, peer: String?, parameters: [(String, String?)], route: Route, web: SizhenWeb) async -> WebResponse {
        var request = request
        let body: [UInt8]
        if route.bodyLimit > 0 {
            do {
                let buffer = try await request.collectBody(upTo: route.bodyLimit)
                body = Array(buffer.readableBytesView)
            } catch {
                return web.refusal(ServerMessage.tooLarge(["limit": .int(route.bodyLimit)]), status: 413, on: route, caller: nil)
            }
        }
        else { body = [] }
        guard var webRequest = web.webRequest(request, peer: peer, body: body) else {
            return web.refusal(ServerMessage.badForm(), status: 400, on: route, caller: nil)
        }
        for (name, raw) in parameters {
            guard let raw, let decoded = PercentDecoding.decode(raw) else {
                return web.refusal(ServerMessage.notFound(), status: 404, on: route, caller: nil)
            }
            webRequest.parameters[name] = decoded
        }
        return await web.respond(to: webRequest, on: route)
    }

    /// The application, listening where `configuration` says.
    public static func application(for web: SizhenWeb) -> some ApplicationProtocol {
        let configuration = web.configuration
        return Application(router: router(for: web),
                           server: .http1(configuration: .init(idleTimeout: .seconds(configuration.idleTimeout))),
                           configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: nil))
    }

    /// Hummingbird's response for ours, with the security headers.
    static func response(_ response: WebResponse) -> Response {
        var fields = HTTPFields()
        for (name, value) in SecurityHeaders.added(to: response.headers) {
            if let fieldName = HTTPField.Name(name) { fields.append(HTTPField(name: fieldName, value: value)) }
        }
        return Response(status: HTTPResponse.Status(code: response.status), headers: fields,
                        body: ResponseBody(byteBuffer: ByteBuffer(bytes: response.body)))
    }

    /// Answers what no route answers (an unknown path, a method a path does not take) and
    /// what a handler threw, as a page or JSON with the security headers, never Hummingbird's
    /// bare error.
    struct Guard: RouterMiddleware {
        typealias Context = SizhenRequestContext
        let web: SizhenWeb

        func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
            do {
                return try await next(request, context)
            } catch let error as HTTPError {
                let isAPI = request.uri.path.hasPrefix("/api/")
                let route = Route(method: "GET", path: request.uri.path, access: .everyone, kind: isAPI ? .api : .page, action: .home, bodyLimit: 0,
                                  summary: "", queryParameters: [])
                let status = error.status.code
                let message = status == 413 ? ServerMessage.tooLarge(["limit": .int(Route.uploadLimit)]) : ServerMessage.notFound()
                return ServerApplication.response(web.refusal(message, status: status == 413 ? 413 : 404, on: route, caller: nil))
            }
        }
    }
}

extension SizhenWeb {
    /// Our request from Hummingbird's; nil when its query cannot be decoded.
    func webRequest(_ request: Request, peer: String?, body: [UInt8]) -> WebRequest? {
        guard let query = FormFields.parse(Substring(request.uri.query ?? "")) else { return nil }
        var headers: [String: String] = [:]
        for field in request.headers {
            let name = field.name.canonicalName
            headers[name] = name == "cookie" ? headers[name].map { $0 + "; " + field.value } ?? field.value : field.value
        }
        // HTTP/1's Host header is the request's authority in HTTPTypes, not one of its fields.
        if let authority = request.head.authority { headers["host"] = authority }
        var address = peer ?? "unknown"
        var isSecure = false
        if configuration.trustsProxy {
            // The proxy appends the address it saw last: that one is the proxy's own word.
            if let forwarded = headers["x-forwarded-for"]?.split(separator: ",").last { address = String(forwarded.trimmingSpaces) }
            isSecure = headers["x-forwarded-proto"]?.lowercased() == "https"
        }
        return WebRequest(method: request.method.rawValue, path: request.uri.path, query: query, headers: headers, body: body, address: address,
                          isSecure: isSecure)
    }
}

/// Percent-decoding of a path segment (`+` is a plus there, unlike in a form).
enum PercentDecoding {
    static func decode(_ text: String) -> String? {
        FormFields.decode(Substring(text.replacingOccurrences(of: "+", with: "%2B")))
    }
}
