import Foundation

/// `/openapi.json`: the OpenAPI 3.1 document of every route, written from `Route.all` so that
/// it cannot leave one out; each operation names the roles that may use it (`x-roles`).
enum OpenAPIDocument {
    /// The document as JSON, keys sorted.
    static func json(routes: [Route]) -> String {
        var paths: [String: [String: Any]] = [:]
        for route in routes {
            var parameters: [[String: Any]] = route.pathParameters.map {
                ["name": $0, "in": "path", "required": true, "schema": ["type": "string"]]
            }
            parameters += route.queryParameters.map { ["name": $0, "in": "query", "required": false, "schema": ["type": "string"]] }
            var responses: [String: Any] = [route.action == .apiWhatIfSubmit ? "202" : "200": ["description": "OK", "content": [mediaType(route): [String: Any]()]]]
            if !route.pathParameters.isEmpty { responses["404"] = errorResponse("Nothing with this id") }
            if route.action == .whatIfReport || route.action == .whatIfRecords { responses["409"] = errorResponse("The simulation has not finished") }
            if route.action == .apiWhatIfSubmit || route.action == .whatIfSubmit {
                responses["429"] = errorResponse("The what-if queue is full: send it again when a job has finished (Retry-After)")
                responses["503"] = errorResponse("The server is stopping")
            }
            responses["400"] = errorResponse("The request or the operation had errors")
            responses["500"] = errorResponse("Server error")
            if route.method == "POST" { responses["413"] = errorResponse("The body is too large") }
            if case .roles = route.access {
                responses["401"] = errorResponse("Not signed in")
                responses["403"] = errorResponse("Role not admitted, outside the account's street or site, or a bad CSRF token")
            }
            if route.kind == .page, route.method == "POST" || route.action == .home { responses["303"] = ["description": "Redirection"] }
            var operation: [String: Any] = ["operationId": route.action.rawValue, "summary": route.summary, "tags": [route.kind.rawValue],
                                            "responses": responses, "x-roles": route.roleNames]
            if !parameters.isEmpty { operation["parameters"] = parameters }
            if route.method == "POST" { operation["requestBody"] = ["required": true, "content": [route.requestMediaType: ["schema": requestSchema(route)]]] }
            paths[route.path, default: [:]][route.method.lowercased()] = operation
        }
        let document: [String: Any] = [
            "openapi": "3.1.0",
            "info": ["title": "Sizhen", "version": "1", "description": "sizhen serve: pages and JSON API. Sign in with POST /api/login; send X-CSRF-Token (from /api/me) with every POST."],
            "paths": paths,
            "components": [
                "schemas": ["Error": ["type": "object", "required": ["code", "message", "arguments"],
                                      "properties": ["code": ["type": "string"], "message": ["type": "string"], "arguments": ["type": "object"],
                                                     "diagnostics": ["type": "array", "items": ["type": "object"]]]]],
                "securitySchemes": ["session": ["type": "apiKey", "in": "cookie", "name": SessionKeeper.cookie]],
            ],
        ]
        guard let data = try? JSONSerialization.data(withJSONObject: document, options: [.sortedKeys, .withoutEscapingSlashes]) else { return "{}" }
        return String(decoding: data, as: UTF8.self)
    }

    /// What a POST's body holds: a form's fields, the sign-in's JSON, or a sheet's text.
    static func requestSchema(_ route: Route) -> [String: Any] {
        switch route.requestMediaType {
        case "application/json":
            switch route.action {
            case .apiLogin: ["type": "object", "required": ["name", "password"], "properties": ["name": ["type": "string"], "password": ["type": "string"]]]
            case .apiSheet: ["type": "object", "required": ["rows"],
                             "properties": ["rows": ["type": "array", "items": ["type": "object", "additionalProperties": ["type": "string"]]]]]
            case .apiWhatIfSubmit: ["type": "object", "required": ["month"],
                                    "properties": ["month": ["type": "string"], "seed": ["type": ["string", "integer"]], "scenario": ["type": "string"]]]
            default: ["type": "object"]
            }
        case "text/csv": ["type": "string"]
        default: ["type": "object", "additionalProperties": ["type": "string"]]
        }
    }

    static func errorResponse(_ description: String) -> [String: Any] {
        ["description": description, "content": ["application/json": ["schema": ["$ref": "#/components/schemas/Error"]]]]
    }

    static func mediaType(_ route: Route) -> String {
        switch route.action {
        case .style: "text/css"
        case .recordsCSV, .whatIfRecords: "text/csv"
        default: route.kind == .api ? "application/json" : "text/html"
        }
    }
}

extension Route {
    /// The names of the path's `{parameters}`.
    var pathParameters: [String] {
        path.split(separator: "/").filter { $0.hasPrefix("{") && $0.hasSuffix("}") }.map { String($0.dropFirst().dropLast()) }
    }

    /// The roles admitted, by id, or `everyone`.
    var roleNames: [String] {
        switch access {
        case .everyone: ["everyone"]
        case .roles(let roles): roles.sorted().map(\.rawValue)
        }
    }

    /// What a POST's body is.
    var requestMediaType: String {
        switch action {
        case .upload: "multipart/form-data"
        case .apiIntake: "text/csv"
        case .apiLogin, .apiWhatIfSubmit: "application/json"
        case .apiLogout, .apiClose, .apiSheet: "application/json"
        default: "application/x-www-form-urlencoded"
        }
    }
}
