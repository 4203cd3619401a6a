/// A `multipart/form-data` body (RFC 7578), as the upload form sends it: each part's name, its
/// file name when it is a file, and its bytes. Hostile bodies are refused (nil), never trusted:
/// the boundary must be declared and found, every part must have headers ending in a blank
/// line and a `Content-Disposition` with a name, and there are at most `maximumParts` parts.
struct Multipart {
    /// One part.
    struct Part {
        var name: String
        var fileName: String?
        var bytes: [UInt8]
    }

    /// The most parts read: the upload form has three.
    static let maximumParts = 16

    var parts: [Part]

    /// The part named `name`.
    func part(_ name: String) -> Part? { parts.first { $0.name == name } }

    /// The text of the field `name`, when it is UTF-8.
    func field(_ name: String) -> String? { part(name).flatMap { String(validating: $0.bytes, as: UTF8.self) } }

    /// Reads `body` whose `Content-Type` is `contentType`.
    init?(contentType: String, body: [UInt8]) {
        guard let boundary = Self.boundary(in: contentType), !boundary.isEmpty, boundary.utf8.count <= 200 else { return nil }
        let delimiter = Array("--\(boundary)".utf8)
        let separator = Array("\r\n--\(boundary)".utf8)
        // The body begins with the first delimiter (a preamble before it is ignored).
        guard var start = Self.find(delimiter, in: body, from: 0) else { return nil }
        start += delimiter.count
        var parts: [Part] = []
        while true {
            // After a delimiter: `--` ends the body, CRLF begins a part.
            if body.count >= start + 2, body[start] == UInt8(ascii: "-"), body[start + 1] == UInt8(ascii: "-") { break }
            guard body.count >= start + 2, body[start] == 13, body[start + 1] == 10 else { return nil }
            start += 2
            guard let headersEnd = Self.find([13, 10, 13, 10], in: body, from: start),
                  let end = Self.find(separator, in: body, from: headersEnd + 4) else { return nil }
            guard let headers = String(validating: body[start..<headersEnd], as: UTF8.self),
                  let (name, fileName) = Self.disposition(in: headers) else { return nil }
            parts.append(Part(name: name, fileName: fileName, bytes: Array(body[(headersEnd + 4)..<end])))
            guard parts.count <= Self.maximumParts else { return nil }
            start = end + separator.count
        }
        self.parts = parts
    }

    /// The `boundary` parameter of a `multipart/form-data` media type.
    static func boundary(in contentType: String) -> String? {
        let pieces = contentType.split(separator: ";").map { $0.trimmingSpaces }
        guard pieces.first?.lowercased() == "multipart/form-data" else { return nil }
        for piece in pieces.dropFirst() {
            let pair = piece.split(separator: "=", maxSplits: 1)
            guard pair.count == 2, pair[0].trimmingSpaces.lowercased() == "boundary" else { continue }
            var value = pair[1].trimmingSpaces
            if value.count >= 2, value.first == "\"", value.last == "\"" { value = value.dropFirst().dropLast() }
            return String(value)
        }
        return nil
    }

    /// The `name` and `filename` of a part's `Content-Disposition: form-data` header.
    static func disposition(in headers: String) -> (String, String?)? {
        for line in headers.split(separator: "\r\n") {
            let header = line.split(separator: ":", maxSplits: 1)
            guard header.count == 2, header[0].trimmingSpaces.lowercased() == "content-disposition" else { continue }
            var name: String?
            var fileName: String?
            for parameter in header[1].split(separator: ";").dropFirst() {
                let pair = parameter.split(separator: "=", maxSplits: 1)
                guard pair.count == 2 else { continue }
                var value = pair[1].trimmingSpaces
                if value.count >= 2, value.first == "\"", value.last == "\"" { value = value.dropFirst().dropLast() }
                switch pair[0].trimmingSpaces.lowercased() {
                case "name": name = String(value)
                case "filename": fileName = String(value)
                default: break
                }
            }
            return name.map { ($0, fileName) }
        }
        return nil
    }

    /// Where `needle` first occurs in `haystack` at or after `from`.
    static func find(_ needle: [UInt8], in haystack: [UInt8], from: Int) -> Int? {
        guard let first = needle.first, haystack.count >= needle.count, from <= haystack.count - needle.count else { return nil }
        var index = from
        let last = haystack.count - needle.count
        while index <= last {
            if haystack[index] == first {
                var matched = true
                for offset in 1..<needle.count where haystack[index + offset] != needle[offset] {
                    matched = false
                    break
                }
                if matched { return index }
            }
            index += 1
        }
        return nil
    }
}
