import SizhenCalendar

/// The wording of every intake diagnostic, in one place.
enum IntakeMessages {
    static let saveAsHint = "in Excel choose 文件 → 另存为 → \"CSV UTF-8 (逗号分隔)\" (or plain \"CSV (逗号分隔)\") and read the new file"

    // MARK: The file

    static let emptyFile = "the file is empty"
    static let emptyFileHint = "the first line must be the header row; `sizhen intake template` prints one"
    static let utf16 = "the file is saved as UTF-16 (Unicode text), which is not read"
    static let workbook = "this is an Excel workbook (.xlsx), not a CSV file"
    static func invalidBytes(_ byte: UInt8?, offset: Int, line: Int, encoding: String) -> String {
        let what = byte.map { "byte 0x" + hex($0) } ?? "the file's last character"
        return encoding == "GB18030"
            ? "\(what) at offset \(offset) (line \(line)) is neither UTF-8 nor GB18030 text"
            : "\(what) at offset \(offset) (line \(line)) is not valid \(encoding) text"
    }
    static let noGB18030 = "the file is not UTF-8, and this system cannot decode GB18030 (GBK)"
    static func tooLarge(size: Int, limit: Int) -> String { "the file is \(size) bytes, larger than the limit of \(limit) bytes" }
    static func tooManyRows(limit: Int) -> String { "the file has more than \(limit) rows" }
    static let splitHint = "split the file, for instance by month or by street, and read each part"

    // MARK: CSV syntax

    static func column(_ number: Int, _ title: String?) -> String {
        guard let title, !title.isEmpty else { return "column \(number)" }
        return "column \(number) (\(title))"
    }
    static func unterminatedQuote(_ place: String) -> String { "\(place): the quoted cell starting on this line is never closed" }
    static let quoteHint = "a cell that starts with a double quote ends with one; write a quote inside it as two (\"\")"
    static func textAfterQuote(_ place: String) -> String { "\(place): text after the closing quote of a quoted cell" }

    // MARK: The header

    static func unknownColumn(_ title: String, _ place: String) -> String { "\(place): unknown column '\(clip(title))'" }
    static func knownColumns(_ titles: [String]) -> String { "the columns are: " + titles.joined(separator: ", ") }
    static func duplicateColumn(_ place: String, firstColumn: Int) -> String { "\(place): the same column as column \(firstColumn)" }
    static let duplicateColumnHint = "keep one of the two columns"
    static let notAHeader = "the first line is not a header row: none of its cells names a column"
    static func missingColumn(_ title: String, _ key: String) -> String { "the header has no \(title) (\(key)) column, which every row needs" }
    static let missingColumnHint = "the header row must have 日期, 工作流, 诊室, 序号 and 结果; `sizhen intake template` prints a header"
    static func untitledCell(_ place: String) -> String { "\(place): this cell is under no column title" }
    static let untitledCellHint = "give the column a title in the header row, or clear the cell"

    // MARK: Cells

    static func missingRequired(_ place: String) -> String { "\(place): this cell is empty, and every row needs one" }
    static func missingRequiredHint(_ content: IntakeColumn.Content) -> String {
        switch content {
        case .date: "write the date of the sitting, e.g. 2026-12-09"
        case .workflow: "write the workflow, e.g. 接诊"
        case .site: "write the clinic's community, e.g. 烟雨社区"
        case .ordinal: "number the visitors of each sitting 1, 2, 3 …"
        default: "write " + outcomeChoices
        }
    }
    static func badDate(_ text: String, _ place: String) -> String { "\(place): '\(clip(text))' is not a date" }
    static let badDateHint = "write dates as 2026-12-09 (Excel's 2026/12/9 is read too); the date must exist"
    static func unknownWorkflow(_ text: String, _ place: String) -> String { "\(place): unknown workflow '\(clip(text))'" }
    static func knownWorkflows(_ names: [String]) -> String { "the workflows are: " + names.joined(separator: ", ") }
    static func unknownSite(_ text: String, _ place: String) -> String { "\(place): unknown community '\(clip(text))'" }
    static let unknownSiteHint = "write the community's name (烟雨社区) or id (haitangxi-yanyu) as in the district files"
    static func ambiguousSite(_ text: String, _ place: String, ids: [String]) -> String {
        "\(place): there are \(ids.count) communities called '\(clip(text))' (\(ids.joined(separator: ", ")))"
    }
    static let ambiguousHint = "write the id instead of the name"
    static func notASite(workflow: String, site: String, _ place: String) -> String { "\(place): \(workflow) is not held at \(site)" }
    static func notASiteHint(workflow: String, tags: [String]?) -> String {
        if let tags, !tags.isEmpty { return "\(workflow) is held at the communities tagged \(tags.joined(separator: ", ")) in the district files" }
        return "check the 诊室 column against the workflow's sites"
    }
    static func districtWide(workflow: String, site: String, _ place: String) -> String {
        "\(place): \(workflow) is held for the whole district, not at \(site)"
    }
    static func districtHint(id: String, name: String) -> String { "write \(id) (\(name)) in this column" }
    static func noOccurrence(workflow: String, site: String, date: CivilDate, _ place: String) -> String {
        "\(place): no \(workflow) at \(site) on \(date)"
    }
    static func heldOn(workflow: String, site: String, month: YearMonth, dates: [CivilDate]) -> String {
        if dates.isEmpty { return "\(workflow) at \(site) is not held in \(month)" }
        return "in \(month) \(workflow) at \(site) is held on " + dates.map(\.description).joined(separator: ", ")
    }
    static func badOrdinal(_ text: String, _ place: String) -> String { "\(place): '\(clip(text))' is not a visitor number" }
    static let ordinalHint = "序号 is the visitor's number at that sitting: 1, 2, 3 …"
    static func duplicateOrdinal(_ ordinal: Int, occurrence: String, firstLine: Int, _ place: String) -> String {
        "\(place): visitor \(ordinal) of \(occurrence) is also on line \(firstLine)"
    }
    static let duplicateOrdinalHint = "each visitor of a sitting has a number of their own; renumber one of the two rows"
    static func badOutcome(_ text: String, _ place: String) -> String { "\(place): '\(clip(text))' is not an outcome" }
    static let outcomeChoices = "已解决 (resolved), 未解决 (unresolved) or 已转介 (referred)"
    static let outcomeHint = "write " + outcomeChoices
    static func unknownPerson(_ text: String, _ place: String) -> String { "\(place): unknown person '\(clip(text))'" }
    static let unknownPersonHint = "write people's ids (L001) or names (曹文敏) as in the staff files, separated by ; or 、"
    static func ambiguousPerson(_ text: String, _ place: String, ids: [String]) -> String {
        "\(place): there are \(ids.count) people called '\(clip(text))' (\(ids.joined(separator: ", ")))"
    }
    static func extraCell(_ place: String, headerCount: Int) -> String {
        "\(place): the row has more cells than the header's \(headerCount) columns"
    }
    static let extraCellHint = "add a title for the column to the header row, or clear the cell"

    // MARK: Case fields

    static func notAnInteger(_ text: String, _ place: String) -> String { "\(place): '\(clip(text))' is not a whole number" }
    static func notANumber(_ text: String, _ place: String) -> String { "\(place): '\(clip(text))' is not a number" }
    static let numberHint = "write digits only, without units or thousands separators: 3, 2.5"
    static func outOfRange(_ text: String, _ place: String, min: String?, max: String?) -> String {
        switch (min, max) {
        case let (min?, max?): "\(place): \(text) is outside \(min)…\(max)"
        case let (min?, nil): "\(place): \(text) is less than \(min)"
        case let (nil, max?): "\(place): \(text) is more than \(max)"
        case (nil, nil): "\(place): \(text) is out of range"
        }
    }
    static func notABool(_ text: String, _ place: String) -> String { "\(place): '\(clip(text))' is not 是 or 否" }
    static let boolHint = "write 是 or 否 (true or false, 1 or 0), or leave the cell empty when not known"
    static func notAValue(_ text: String, _ place: String) -> String { "\(place): '\(clip(text))' is not one of the values" }
    static func values(_ values: [String]) -> String { "use one of: " + values.joined(separator: ", ") }

    static func hex(_ byte: UInt8) -> String {
        let digits = Array("0123456789ABCDEF")
        return String([digits[Int(byte >> 4)], digits[Int(byte & 0x0F)]])
    }

    /// A cell's text as quoted in a message: at most 60 characters, so that a pasted page or a
    /// runaway quoted cell does not fill the terminal.
    static func clip(_ text: String) -> String {
        // Only the start is ever shown, so only the start is escaped: a 7 MB cell costs no more
        // than a short one (escaping all of it took two seconds).
        let head = text.prefix(61)
        // Control characters (a NUL, an escape) are shown as escapes, never sent to the terminal.
        var escaped = String.UnicodeScalarView()
        for scalar in head.unicodeScalars {
            if scalar.value < 0x20 || scalar.value == 0x7F {
                escaped.append(contentsOf: "\\u{\(String(scalar.value, radix: 16))}".unicodeScalars)
            } else {
                escaped.append(scalar)
            }
        }
        let visible = String(escaped)
        if head.endIndex == text.endIndex, visible.count <= 60 { return visible }
        return String(visible.prefix(57)) + "…(\(text.count) characters)"
    }
}
