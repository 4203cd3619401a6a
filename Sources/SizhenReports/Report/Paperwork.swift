import SizhenCalendar
import SizhenDiagnostics
import SizhenModel

/// What a sheet the bureau files carries at its foot: the day it was made, and who drew it up
/// (制表) and checked it (审核), the names from the district file's `reports:` section. A line
/// without a name is left blank to be signed by hand. The day is passed in: the core never reads
/// the clock (the command line gives today, or `--made-on`, or SOURCE_DATE_EPOCH).
public struct Paperwork: Sendable, Hashable {
    /// The day the sheet was made.
    public var madeOn: CivilDate
    /// Who drew it up (`prepared_by:`).
    public var preparedBy: String?
    /// Who checked it (`reviewed_by:`).
    public var reviewedBy: String?

    /// The paperwork of a sheet made on `madeOn`, with the names the district file gives.
    public init(madeOn: CivilDate, settings: ReportSettings?) {
        self.madeOn = madeOn
        preparedBy = settings?.preparedBy
        reviewedBy = settings?.reviewedBy
    }

    /// `制表：刘思雨    审核：何建国    制表日期：2026年12月31日` (a missing name is a blank to sign on).
    public func line(_ messages: MessageRenderer) -> String {
        let blank = "________"
        return [messages.render(PaperworkMessage.preparedBy(["name": .text(preparedBy ?? blank)])),
                messages.render(PaperworkMessage.reviewedBy(["name": .text(reviewedBy ?? blank)])),
                messages.render(PaperworkMessage.madeOn(["date": .text(Self.dateWords(madeOn, messages))]))].joined(separator: "    ")
    }

    /// The line as an HTML footer, kept with the end of the page it closes.
    public func html(_ messages: MessageRenderer) -> String {
        let blank = "<span class=\"blank\"></span>"
        func cell(_ message: PaperworkMessage, _ name: String?) -> String {
            // The label is rendered with a placeholder (printable: a control character would be
            // escaped by the renderer), then the name (escaped) or a blank put in.
            let placeholder = "@@name@@"
            let label = HTMLText.escape(messages.render(message(["name": .text(placeholder)])))
            return "<span>" + label.replacingOccurrences(of: placeholder, with: name.map(HTMLText.escape) ?? blank) + "</span>"
        }
        return "<footer class=\"paperwork\">" + cell(.preparedBy, preparedBy) + cell(.reviewedBy, reviewedBy)
            + "<span>" + HTMLText.escape(messages.render(PaperworkMessage.madeOn(["date": .text(Self.dateWords(madeOn, messages))]))) + "</span></footer>\n"
    }

    /// 2026年12月31日, or 31 December 2026.
    static func dateWords(_ date: CivilDate, _ messages: MessageRenderer) -> String {
        messages.render(PaperworkMessage.date(["year": .int(date.year), "month": .message(MonthName.of(date.month)), "day": .int(date.day)]))
    }

    /// The CSS of the footer and of the page numbers every printed page carries (Chromium 131
    /// and later print the page's margin boxes); `marker` goes in the top right corner of every
    /// page (模拟数据 on a simulation's sheets).
    public static func printCSS(_ messages: MessageRenderer, marker: String? = nil) -> String {
        let page = messages.render(PaperworkMessage.pageNumber(["page": .text("\" counter(page) \""), "pages": .text("\" counter(pages) \"")]))
        var css = """
            @page { @bottom-center { content: "\(page)"; font-size: 9pt; color: #5a6472; } }
            footer.paperwork { display: flex; gap: 48px; flex-wrap: wrap; margin: 18px 0 6px; font-size: 13px; break-inside: avoid; page-break-inside: avoid; }
            footer.paperwork .blank { display: inline-block; min-width: 6em; border-bottom: 1px solid #1d2430; }
            """
        if let marker {
            css += "\n@page { @top-right { content: \"\(cssString(marker))\"; font-size: 9pt; color: #b3261e; } }"
        }
        return css
    }

    /// Text for a CSS string: quotes and backslashes escaped, angle brackets (which could close
    /// the style element) written as escapes.
    static func cssString(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"", "\\", "<", ">", "&": out += "\\" + String(scalar.value, radix: 16) + " "
            case _ where scalar.value < 0x20: out += " "
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}

/// The words of the paperwork lines and printed page numbers, in English and Chinese.
public enum PaperworkMessage: String, MessageCatalogue {
    case preparedBy = "paperwork.prepared-by"
    case reviewedBy = "paperwork.reviewed-by"
    case madeOn = "paperwork.made-on"
    case date = "paperwork.date"
    case pageNumber = "paperwork.page-number"
    case signature = "paperwork.signature"
    case signatureColumn = "paperwork.signature-column"
    case simulated = "paperwork.simulated"
    case simulatedColumn = "paperwork.simulated-column"

    public var templates: (english: String, chinese: String) {
        switch self {
        case .preparedBy: ("Prepared by: {name}", "制表：{name}")
        case .reviewedBy: ("Checked by: {name}", "审核：{name}")
        case .madeOn: ("Made on: {date}", "制表日期：{date}")
        case .date: ("{day} {month} {year}", "{year}年{month}月{day}日")
        case .pageNumber: ("Page {page} of {pages}", "第 {page} 页，共 {pages} 页")
        case .signature: ("Signature", "签名")
        case .signatureColumn: ("signature", "签名")
        case .simulated: ("SIMULATED DATA", "模拟数据")
        case .simulatedColumn: ("data", "数据")
        }
    }
}

/// A month in words, for dates written out: December in English, 12 in Chinese (2026年12月).
public enum MonthName: String, MessageCatalogue {
    case january = "month-name.01"
    case february = "month-name.02"
    case march = "month-name.03"
    case april = "month-name.04"
    case may = "month-name.05"
    case june = "month-name.06"
    case july = "month-name.07"
    case august = "month-name.08"
    case september = "month-name.09"
    case october = "month-name.10"
    case november = "month-name.11"
    case december = "month-name.12"

    /// The month numbered 1 to 12 (clamped).
    public static func of(_ month: Int) -> Message {
        allCases[min(max(month, 1), 12) - 1]()
    }

    public var templates: (english: String, chinese: String) {
        let english = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
        let index = MonthName.allCases.firstIndex(of: self) ?? 0
        return (english[index], String(index + 1))
    }
}
