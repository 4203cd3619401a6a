import SizhenDiagnostics

/// A horizontal bar chart as inline SVG, computed here so that the HTML report needs no
/// script: one bar per label, the value at the bar's end, scaled to the largest value.
public struct SVGBarChart: Sendable {
    /// The bars, in order.
    public var bars: [(label: String, value: Int)]
    /// A title for screen readers.
    public var title: String
    /// The width of the whole chart, in pixels.
    public var width = 640
    /// The width of the label column.
    public var labelWidth = 150
    /// Each bar's row height.
    public var rowHeight = 22

    /// Creates a chart.
    public init(title: String, bars: [(label: String, value: Int)]) {
        self.title = title
        self.bars = bars
    }

    /// The `<svg>` element.
    public func render() -> String {
        let height = max(1, bars.count) * rowHeight + 8
        let largest = max(1, bars.map(\.value).max() ?? 1)
        let room = width - labelWidth - 60
        var out = "<svg class=\"chart\" role=\"img\" aria-label=\"\(HTMLText.escape(title))\" "
        out += "viewBox=\"0 0 \(width) \(height)\" width=\"\(width)\" height=\"\(height)\">\n"
        out += "<title>\(HTMLText.escape(title))</title>\n"
        for (index, bar) in bars.enumerated() {
            let y = 4 + index * rowHeight
            let length = bar.value == 0 ? 0 : max(1, room * bar.value / largest)
            out += "<text x=\"\(labelWidth - 6)\" y=\"\(y + rowHeight / 2 + 5)\" text-anchor=\"end\">\(HTMLText.escape(bar.label))</text>"
            out += "<rect x=\"\(labelWidth)\" y=\"\(y + 3)\" width=\"\(length)\" height=\"\(rowHeight - 6)\" class=\"bar\"/>"
            out += "<text x=\"\(labelWidth + length + 5)\" y=\"\(y + rowHeight / 2 + 5)\">\(bar.value)</text>\n"
        }
        return out + "</svg>\n"
    }
}

/// Escaping for HTML text and attribute values, and the head every page shares.
public enum HTMLText {
    /// The start of a page through its `<title>`: doctype, language, charset, viewport. The
    /// month report, the roster and the web application's pages begin alike.
    public static func documentStart(title: String, language: Language) -> String {
        """
        <!DOCTYPE html>
        <html lang="\(language == .chinese ? "zh-CN" : "en")">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(escape(title))</title>

        """
    }

    /// A page's start through `<body>`: `documentStart` and the page's inline CSS (no external
    /// style sheet, font or script).
    public static func head(title: String, language: Language, css: String) -> String {
        documentStart(title: title, language: language) + """
            <style>
            \(css)
            </style>
            </head>
            <body>

            """
    }

    /// `&`, `<`, `>`, `"` and `'` as entities.
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(character)
            }
        }
        return out
    }
}
