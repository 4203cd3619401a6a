import Foundation
import SizhenDiagnostics
import SizhenOperations
import SizhenReports

/// The month's report page: the report's own HTML (`sizhen report --format html`), with a link
/// back. Its one inline `<style>` is allowed by its SHA-256 in this response's
/// Content-Security-Policy, so the policy still admits no inline script and no other style.
enum ReportPage {
    /// The response for the report's HTML `text`, with `extra` (the administrator's closing
    /// form) after the link back.
    static func response(_ text: String, extra: String = "", messages: MessageRenderer) -> WebResponse {
        var html = text
        if let body = html.range(of: "<body>\n") {
            let back = "<p class=\"no-print\"><a href=\"/\">" + HTMLText.escape(messages.render(ServerMessage.back())) + "</a></p>\n"
            html.insert(contentsOf: back + extra, at: body.upperBound)
        }
        var styles: [String] = []
        var rest = html[...]
        while let open = rest.range(of: "<style>"), let close = rest.range(of: "</style>", range: open.upperBound..<rest.endIndex) {
            let css = String(rest[open.upperBound..<close.lowerBound])
            styles.append("'sha256-" + Data(SHA256.digest(Array(css.utf8))).base64EncodedString() + "'")
            rest = rest[close.upperBound...]
        }
        var response = WebResponse.html(html)
        response.headers.append(("Content-Security-Policy", SecurityHeaders.policy(styleSources: styles)))
        return response
    }
}
