import SizhenDiagnostics

/// The words of every intake diagnostic, in English and Chinese. Most start with the cell's
/// `place` (an `IntakeMessage.column` message); a cell's text is quoted through `QuotedText.clip`.
public enum IntakeMessage: String, MessageCatalogue {
    // The file.
    case saveAsHint = "intake.save-as.hint"
    case emptyFile = "intake.empty-file"
    case emptyFileHint = "intake.empty-file.hint"
    case utf16 = "intake.utf16"
    case workbook = "intake.workbook"
    case byte = "intake.byte"
    case lastCharacter = "intake.last-character"
    case invalidBytes = "intake.invalid-bytes"
    case invalidInEither = "intake.invalid-in-either-encoding"
    case utf8WithBOM = "intake.utf8-with-bom"
    case noGB18030 = "intake.no-gb18030"
    case tooLarge = "intake.too-large"
    case tooManyRows = "intake.too-many-rows"
    case splitHint = "intake.split.hint"

    // Places and quoted text.
    case column = "intake.column"
    case nameAndID = "intake.name-and-id"

    // The header.
    case unknownColumn = "intake.unknown-column"
    case knownColumns = "intake.known-columns"
    case duplicateColumn = "intake.duplicate-column"
    case duplicateColumnHint = "intake.duplicate-column.hint"
    case notAHeader = "intake.not-a-header"
    case missingColumn = "intake.missing-column"
    case missingColumnHint = "intake.missing-column.hint"
    case untitledCell = "intake.untitled-cell"
    case untitledCellHint = "intake.untitled-cell.hint"

    // Cells of the fixed columns.
    case missingRequired = "intake.missing-required"
    case dateHint = "intake.date.hint"
    case workflowHint = "intake.workflow.hint"
    case siteHint = "intake.site.hint"
    case ordinalsHint = "intake.ordinals.hint"
    case outcomeHint = "intake.outcome.hint"
    case badDate = "intake.bad-date"
    case badDateHint = "intake.bad-date.hint"
    case unknownWorkflow = "intake.unknown-workflow"
    case knownWorkflows = "intake.known-workflows"
    case unknownSite = "intake.unknown-site"
    case unknownSiteHint = "intake.unknown-site.hint"
    case ambiguousSite = "intake.ambiguous-site"
    case ambiguousHint = "intake.ambiguous.hint"
    case notASite = "intake.not-a-site"
    case taggedSitesHint = "intake.tagged-sites.hint"
    case sitesHint = "intake.sites.hint"
    case districtWide = "intake.district-wide"
    case districtHint = "intake.district.hint"
    case noOccurrence = "intake.no-occurrence"
    case notHeldInMonth = "intake.not-held-in-month"
    case heldOn = "intake.held-on"
    case badOrdinal = "intake.bad-ordinal"
    case ordinalHint = "intake.ordinal.hint"
    case duplicateOrdinal = "intake.duplicate-ordinal"
    case duplicateOrdinalHint = "intake.duplicate-ordinal.hint"
    case badOutcome = "intake.bad-outcome"
    case unknownPerson = "intake.unknown-person"
    case unknownPersonHint = "intake.unknown-person.hint"
    case ambiguousPerson = "intake.ambiguous-person"
    case extraCell = "intake.extra-cell"
    case extraCellHint = "intake.extra-cell.hint"

    // The two kinds of row: a visitor, and a report of the whole sitting.
    case missingVisitorColumn = "intake.missing-visitor-column"
    case visitorColumnsHint = "intake.visitor-columns.hint"
    case noRowKind = "intake.no-row-kind"
    case noRowKindHint = "intake.no-row-kind.hint"
    case missingVisitorCell = "intake.missing-visitor-cell"
    case visitorOnlyCell = "intake.visitor-only-cell"
    case visitorOnlyCellHint = "intake.visitor-only-cell.hint"
    case reportOnlyCell = "intake.report-only-cell"
    case reportOnlyCellHint = "intake.report-only-cell.hint"
    case badStatus = "intake.bad-status"
    case statusHint = "intake.status.hint"
    case statusOnVisitor = "intake.status-on-visitor"
    case statusOnVisitorHint = "intake.status-on-visitor.hint"
    case reasonTooLong = "intake.reason-too-long"
    case reasonTooLongHint = "intake.reason-too-long.hint"
    case notHeldWithoutReason = "intake.not-held-without-reason"
    case reasonHint = "intake.reason.hint"
    case notHeldCell = "intake.not-held-cell"
    case notHeldCellHint = "intake.not-held-cell.hint"
    case substituteWithoutStaff = "intake.substitute-without-staff"
    case substituteHint = "intake.substitute.hint"
    case extraHint = "intake.extra.hint"
    case duplicateReport = "intake.duplicate-report"
    case duplicateReportHint = "intake.duplicate-report.hint"
    case extraWithoutStaff = "intake.extra-without-staff"
    case extraOnPlannedDay = "intake.extra-on-planned-day"
    case extraOnPlannedDayHint = "intake.extra-on-planned-day.hint"
    case extraUnscheduled = "intake.extra-unscheduled"
    case extraUnscheduledHint = "intake.extra-unscheduled.hint"
    case movedWithoutDate = "intake.moved-without-date"
    case movedWithoutDateHint = "intake.moved-without-date.hint"
    case heldOnNotMoved = "intake.held-on-not-moved"
    case heldOnNotMovedHint = "intake.held-on-not-moved.hint"
    case movedSameDay = "intake.moved-same-day"
    case movedSameDayHint = "intake.moved-same-day.hint"
    case movedTooFar = "intake.moved-too-far"
    case movedTooFarHint = "intake.moved-too-far.hint"
    case movedOntoPlanned = "intake.moved-onto-planned"
    case movedOntoPlannedHint = "intake.moved-onto-planned.hint"
    case movedAway = "intake.moved-away"
    case movedAwayHint = "intake.moved-away.hint"
    case notHeldWithVisitors = "intake.not-held-with-visitors"
    case notHeldWithVisitorsHint = "intake.not-held-with-visitors.hint"

    // Cells of case fields.
    case notAnInteger = "intake.not-an-integer"
    case notANumber = "intake.not-a-number"
    case numberHint = "intake.number.hint"
    case outside = "intake.outside"
    case belowMinimum = "intake.below-minimum"
    case aboveMaximum = "intake.above-maximum"
    case outOfRange = "intake.out-of-range"
    case notABool = "intake.not-a-bool"
    case boolHint = "intake.bool.hint"
    case notAValue = "intake.not-a-value"
    case allowedLabels = "intake.allowed-labels"
    case checkFailed = "intake.check-failed"
    case checkFailedHint = "intake.check-failed.hint"

    public var templates: (english: String, chinese: String) {
        switch self {
        case .saveAsHint:
            ("in Excel choose 文件 → 另存为 → \"CSV UTF-8 (逗号分隔)\" (or plain \"CSV (逗号分隔)\") and read the new file",
             "在 Excel 中选择 文件 → 另存为 →“CSV UTF-8 (逗号分隔)”（或普通的“CSV (逗号分隔)”），再导入新保存的文件")
        case .emptyFile:
            ("the file is empty",
             "文件是空的")
        case .emptyFileHint:
            ("the first line must be the header row; `sizhen intake template` prints one",
             "第一行必须是表头；`sizhen intake template` 可以打印一份")
        case .utf16:
            ("the file is saved as UTF-16 (Unicode text), which is not read",
             "文件保存为 UTF-16（Unicode 文本），无法读取")
        case .workbook:
            ("this is an Excel workbook (.xlsx), not a CSV file",
             "这是 Excel 工作簿（.xlsx），不是 CSV 文件")
        case .byte:
            ("byte 0x{hex}",
             "字节 0x{hex}")
        case .lastCharacter:
            ("the file's last character",
             "文件的最后一个字符")
        case .invalidBytes:
            ("{what} at offset {offset} (line {line}) is not valid {encoding} text",
             "{what}（偏移 {offset}，第 {line} 行）不是有效的 {encoding} 文本")
        case .invalidInEither:
            ("{what} at offset {offset} (line {line}) is neither UTF-8 nor GB18030 text",
             "{what}（偏移 {offset}，第 {line} 行）既不是 UTF-8 也不是 GB18030 文本")
        case .utf8WithBOM:
            ("UTF-8 with BOM",
             "带 BOM 的 UTF-8")
        case .noGB18030:
            ("the file is not UTF-8, and this system cannot decode GB18030 (GBK)",
             "文件不是 UTF-8 编码，而本系统无法解码 GB18030（GBK）")
        case .tooLarge:
            ("the file is {size} bytes, larger than the limit of {limit} bytes",
             "文件有 {size} 字节，超过了 {limit} 字节的上限")
        case .tooManyRows:
            ("the file has more than {limit} rows",
             "文件超过了 {limit} 行")
        case .splitHint:
            ("split the file, for instance by month or by street, and read each part",
             "请把文件拆开（例如按月或按街镇），分别导入")

        case .column:
            ("column {number}{?title: ({title})}",
             "第 {number} 列{?title:（{title}）}")
        case .nameAndID:
            ("{name} ({id})",
             "{name}（{id}）")

        case .unknownColumn:
            ("{place}: unknown column '{title}'{?suggestion:; did you mean '{suggestion}'?}",
             "{place}：未知的列“{title}”{?suggestion:；是不是“{suggestion}”？}")
        case .knownColumns:
            ("the columns are: {titles}",
             "可用的列有：{titles}")
        case .duplicateColumn:
            ("{place}: the same column as column {first}",
             "{place}：与第 {first} 列是同一列")
        case .duplicateColumnHint:
            ("keep one of the two columns",
             "请只保留其中一列")
        case .notAHeader:
            ("the first line is not a header row: none of its cells names a column",
             "第一行不是表头：其中没有任何单元格是列名")
        case .missingColumn:
            ("the header has no {title} ({key}) column, which every row needs",
             "表头缺少每一行都必须填写的“{title}”（{key}）列")
        case .missingColumnHint:
            ("the header row must have 日期, 工作流, 诊室, 序号 and 结果 (a sheet of sitting reports only, with 情况, may leave out 序号 and 结果); `sizhen intake template` prints a header",
             "表头必须有 日期、工作流、诊室、序号 和 结果（只报告整场情况、带“情况”列的表可以不要 序号 和 结果）；`sizhen intake template` 可以打印表头")
        case .untitledCell:
            ("{place}: this cell is under no column title",
             "{place}：这个单元格上方没有列名")
        case .untitledCellHint:
            ("give the column a title in the header row, or clear the cell",
             "请在表头给这一列写上列名，或清空这个单元格")

        case .missingRequired:
            ("{place}: this cell is empty, and every row needs one",
             "{place}：这个单元格是空的，但每一行都必须填写")
        case .dateHint:
            ("write the date of the sitting, e.g. 2026-12-09",
             "请填写坐诊日期，例如 2026-12-09")
        case .workflowHint:
            ("write the workflow, e.g. 接诊",
             "请填写流程，例如 接诊")
        case .siteHint:
            ("write the clinic's community, e.g. 烟雨社区",
             "请填写诊室所在的社区(村)，例如 烟雨社区")
        case .ordinalsHint:
            ("number the visitors of each sitting 1, 2, 3 …",
             "每场坐诊的来访群众依次编号 1、2、3 ……")
        case .outcomeHint:
            ("write 已解决 (resolved), 未解决 (unresolved) or 已转介 (referred)",
             "请填写 已解决、未解决 或 已转介")
        case .badDate:
            ("{place}: '{text}' is not a date",
             "{place}：“{text}”不是日期")
        case .badDateHint:
            ("write dates as 2026-12-09 (Excel's 2026/12/9 is read too); the date must exist",
             "日期写作 2026-12-09（也可以用 Excel 的 2026/12/9），日期必须真实存在")
        case .unknownWorkflow:
            ("{place}: unknown workflow '{text}'{?suggestion:; did you mean '{suggestion}'?}",
             "{place}：未知的流程“{text}”{?suggestion:；是不是“{suggestion}”？}")
        case .knownWorkflows:
            ("the workflows are: {workflows}",
             "流程有：{workflows}")
        case .unknownSite:
            ("{place}: unknown community '{text}'{?suggestion:; did you mean '{suggestion}'?}",
             "{place}：未知的社区(村)“{text}”{?suggestion:；是不是“{suggestion}”？}")
        case .unknownSiteHint:
            ("write the community's name (烟雨社区) or id (haitangxi-yanyu) as in the district files",
             "请按区设置文件填写社区(村)的名称（烟雨社区）或 id（haitangxi-yanyu）")
        case .ambiguousSite:
            ("{place}: there are {count} communities called '{text}' ({ids})",
             "{place}：有 {count} 个社区(村)都叫“{text}”（{ids}）")
        case .ambiguousHint:
            ("write the id instead of the name",
             "请改填 id，不要填名称")
        case .notASite:
            ("{place}: {workflow} is not held at {site}",
             "{place}：{workflow}不在{site}举行")
        case .taggedSitesHint:
            ("{workflow} is held at the communities tagged {tags} in the district files",
             "{workflow}在区设置文件中带有标签 {tags} 的社区(村)举行")
        case .sitesHint:
            ("check the 诊室 column against the workflow's sites",
             "请对照流程的举行地点核对“诊室”一列")
        case .districtWide:
            ("{place}: {workflow} is held for the whole district, not at {site}",
             "{place}：{workflow}面向全区举行，不在{site}举行")
        case .districtHint:
            ("write {id} ({name}) in this column",
             "请在这一列填写 {id}（{name}）")
        case .noOccurrence:
            ("{place}: no {workflow} at {site} on {date}",
             "{place}：{site}在 {date} 没有{workflow}")
        case .notHeldInMonth:
            ("{workflow} at {site} is not held in {month}; a sitting held besides the plan is reported 加开 in a row of its own",
             "{site}的{workflow}在 {month} 不举行；计划外加开的场次请另起一行报告“加开”")
        case .heldOn:
            ("in {month} {workflow} at {site} is held on {dates}; a sitting moved to this day is reported 改期 on the day planned, one besides the plan 加开, each in a row of its own",
             "{site}的{workflow}在 {month} 的举行日期为：{dates}；改到这天的场次请在原定日期报告“改期”，计划外加开的请报告“加开”，各占一行")
        case .badOrdinal:
            ("{place}: '{text}' is not a visitor number",
             "{place}：“{text}”不是来访群众的序号")
        case .ordinalHint:
            ("序号 is the visitor's number at that sitting: 1, 2, 3 …",
             "序号是来访群众在该场坐诊中的编号：1、2、3 ……")
        case .duplicateOrdinal:
            ("{place}: visitor {ordinal} of {occurrence} is also on line {line}",
             "{place}：{occurrence} 的第 {ordinal} 位来访群众在第 {line} 行已经登记过")
        case .duplicateOrdinalHint:
            ("each visitor of a sitting has a number of their own; renumber one of the two rows",
             "同一场坐诊的每位来访群众都有自己的序号，请给其中一行重新编号")
        case .badOutcome:
            ("{place}: '{text}' is not an outcome{?suggestion:; did you mean '{suggestion}'?}",
             "{place}：“{text}”不是有效的结果{?suggestion:；是不是“{suggestion}”？}")
        case .unknownPerson:
            ("{place}: unknown person '{text}'{?suggestion:; did you mean '{suggestion}'?}",
             "{place}：未知的人员“{text}”{?suggestion:；是不是“{suggestion}”？}")
        case .unknownPersonHint:
            ("write people's ids (L001) or names (曹文敏) as in the staff files, separated by ; or 、",
             "请按人员文件填写人员的 id（L001）或姓名（曹文敏），用 ; 或 、 分隔")
        case .ambiguousPerson:
            ("{place}: there are {count} people called '{text}' ({ids})",
             "{place}：有 {count} 个人都叫“{text}”（{ids}）")
        case .extraCell:
            ("{place}: the row has more cells than the header's {count} columns",
             "{place}：这一行的单元格比表头的 {count} 列多")
        case .extraCellHint:
            ("add a title for the column to the header row, or clear the cell",
             "请在表头为这一列加上列名，或清空这个单元格")

        case .missingVisitorColumn:
            ("the header has no {title} ({key}) column, which every visitor row needs",
             "表头缺少每一行来访群众都必须填写的“{title}”（{key}）列")
        case .visitorColumnsHint:
            ("a visitor row needs both 序号 and 结果; a sheet that only reports sittings (情况 filled, 序号 empty) may leave out both columns",
             "来访群众的行需要 序号 和 结果 两列；只报告整场情况（填情况、不填序号）的表可以两列都不要")
        case .noRowKind:
            ("{place}: the row has neither a 序号 (a visitor) nor a 情况 (a report of the whole sitting)",
             "{place}：这一行既没有序号（来访群众），也没有情况（整场情况）")
        case .noRowKindHint:
            ("fill 序号 for a visitor, or 情况 (举办, 未举办, 替班, 改期 or 加开) to report the sitting as a whole",
             "来访群众请填写序号；报告整场情况请填写情况（举办、未举办、替班、改期 或 加开）")
        case .missingVisitorCell:
            ("{place}: this cell is empty, and every visitor row (one with a 序号) needs one",
             "{place}：这个单元格是空的，但每一行来访群众（填了序号的行）都必须填写")
        case .visitorOnlyCell:
            ("{place}: this row reports the sitting as a whole (情况 filled, 序号 empty), which has no such cell",
             "{place}：这一行报告整场情况（填了情况、没填序号），不填写这一列")
        case .visitorOnlyCellHint:
            ("fill 序号 if the row is a visitor; otherwise clear the cell",
             "如果这一行是来访群众，请填写序号；否则请清空这个单元格")
        case .reportOnlyCell:
            ("{place}: a visitor row (one with a 序号) has no such cell; it is said of the sitting as a whole",
             "{place}：来访群众的行（填了序号的行）不填写这一列，它说的是整场情况")
        case .reportOnlyCellHint:
            ("give the sitting a row of its own, with 情况 and without 序号, or clear the cell",
             "请为这场另起一行（填情况、不填序号），或清空这个单元格")
        case .badStatus:
            ("{place}: '{text}' is not a sitting status{?suggestion:; did you mean '{suggestion}'?}",
             "{place}：“{text}”不是有效的情况{?suggestion:；是不是“{suggestion}”？}")
        case .statusHint:
            ("write 举办 (held), 未举办 (not_held), 替班 (substitute), 改期 (moved, with the day in 新日期) or 加开 (extra)",
             "请填写 举办、未举办、替班、改期（在“新日期”填写举办日期）或 加开")
        case .extraHint:
            ("write who sat, by id (L001) or name (曹文敏), in the 接待人员 (staff) column; add the column to the header if it has none",
             "请在“接待人员”列填写坐诊人员的 id（L001）或姓名（曹文敏）；表头没有这一列时请加上")
        case .extraWithoutStaff:
            ("{place}: a sitting held besides the plan (加开) needs who sat in 接待人员",
             "{place}：加开的场次必须在接待人员中填写坐诊人员")
        case .extraOnPlannedDay:
            ("{place}: a {workflow} sitting is planned at {site} on {date}; 加开 is for a day without one",
             "{place}：{site}在 {date} 已排有{workflow}，“加开”只用于没有排班的日期")
        case .extraOnPlannedDayHint:
            ("report the planned sitting 举办, or 替班 with who sat",
             "请报告原定场次“举办”，或“替班”并填写坐诊人员")
        case .extraUnscheduled:
            ("{place}: {workflow} has no schedule: it is held whenever a case needs it, on any day",
             "{place}：{workflow}没有固定日程，需要时随时举行")
        case .extraUnscheduledHint:
            ("report it 举办 on the day it was held",
             "请在举行当天报告“举办”")
        case .movedWithoutDate:
            ("{place}: a sitting moved to another day (改期) needs the day it was held in 新日期",
             "{place}：改期的场次必须在“新日期”填写实际举办日期")
        case .movedWithoutDateHint:
            ("add a 新日期 (held_on) column to the header and write the day, as 2026-12-11",
             "请在表头加上“新日期”列，并填写日期，如 2026-12-11")
        case .heldOnNotMoved:
            ("{place}: only a sitting moved to another day (改期) has a 新日期",
             "{place}：只有改期的场次才填写“新日期”")
        case .heldOnNotMovedHint:
            ("clear the cell, or write 改期 in 情况 if the sitting was held on that day instead",
             "请清空这个单元格；如果这场改在那天举办，请在“情况”填写“改期”")
        case .movedSameDay:
            ("{place}: {date} is the day the sitting was planned on",
             "{place}：{date} 就是原定日期")
        case .movedSameDayHint:
            ("a sitting held as planned is 举办; write the day it was held instead, if it moved",
             "按原定日期举办的请填写“举办”；改期的请填写实际举办日期")
        case .movedTooFar:
            ("{place}: {to} is {days} days from {date}; a sitting moves {limit} days at most",
             "{place}：{to} 距原定日期 {date} 有 {days} 天，改期最多 {limit} 天")
        case .movedTooFarHint:
            ("report the planned sitting 未举办 with the reason, and the one held 加开 on its day",
             "请报告原定场次“未举办”并写明原因，实际举办的一场在当天报告“加开”")
        case .movedOntoPlanned:
            ("{place}: a {workflow} sitting is planned at {site} on {to} already",
             "{place}：{site}在 {to} 已排有{workflow}")
        case .movedOntoPlannedHint:
            ("record that day's visitors at its own sitting; report the one of {date} 未举办 with the reason",
             "当天的来访登记在那一场；原定 {date} 的一场请报告“未举办”并写明原因")
        case .movedAway:
            ("{place}: the {workflow} sitting at {site} on {date} was moved to {to} ({source})",
             "{place}：{site} {date} 的{workflow}已改期至 {to}（{source}）")
        case .movedAwayHint:
            ("write the day it was held, {to}; if it was held on {date} after all, report it 举办 on {date}",
             "请填写实际举办日期 {to}；如果仍在 {date} 举办，请在 {date} 报告“举办”")
        case .statusOnVisitor:
            ("{place}: '{text}' on a visitor row (one with a 序号), which says the sitting was held",
             "{place}：来访群众的行（填了序号的行）说明这场已举办，不能填“{text}”")
        case .statusOnVisitorHint:
            ("leave 情况 empty (or 举办) on visitor rows, and report a sitting not held or held by a substitute on a row of its own, without 序号",
             "来访群众的行情况留空（或填 举办）；未举办或替班请另起一行报告整场情况，不填序号")
        case .reasonTooLong:
            ("{place}: the reason is {count} characters long, more than {limit}",
             "{place}：原因有 {count} 个字，超过了 {limit} 个字")
        case .reasonTooLongHint:
            ("say why in a sentence; put anything longer in 备注",
             "请用一句话说明原因，更多内容写在备注中")
        case .notHeldWithoutReason:
            ("{place}: a sitting not held (未举办) needs a reason",
             "{place}：未举办的场次必须填写原因")
        case .reasonHint:
            ("write why in the 原因 (reason) column, e.g. 律师病假，未能调班; add the column to the header if it has none",
             "请在“原因”列填写未举办的原因，例如 律师病假，未能调班；表头没有这一列时请加上")
        case .notHeldCell:
            ("{place}: the sitting was not held (未举办), so this cell stays empty",
             "{place}：这场未举办，这个单元格应当留空")
        case .notHeldCellHint:
            ("clear the cell, or write 举办 or 替班 in 情况 if the sitting took place",
             "请清空这个单元格；如果这场实际举办了，请在情况中填写 举办 或 替班")
        case .substituteWithoutStaff:
            ("{place}: a sitting held by a substitute (替班) needs who sat in 接待人员",
             "{place}：替班的场次必须在接待人员中填写替班人员")
        case .substituteHint:
            ("write the substitute's id (L001) or name (曹文敏) in the 接待人员 (staff) column; add the column to the header if it has none",
             "请在“接待人员”列填写替班人员的 id（L001）或姓名（曹文敏）；表头没有这一列时请加上")
        case .duplicateReport:
            ("{place}: {occurrence} is also reported on line {line}",
             "{place}：{occurrence} 的整场情况在第 {line} 行已经报告过")
        case .duplicateReportHint:
            ("a sitting has one report row; keep one of the two",
             "每场只报告一行整场情况，请只保留其中一行")
        case .notHeldWithVisitors:
            ("{place}: {occurrence} is reported not held (未举办), but line {line} records a visitor at it",
             "{place}：{occurrence} 报告为未举办，但第 {line} 行登记了这场的来访群众")
        case .notHeldWithVisitorsHint:
            ("if the sitting took place, write 举办 or 替班; if not, the visitor rows belong to another sitting",
             "如果这场实际举办了，请填写 举办 或 替班；如果没有举办，来访群众的行应当属于另一场")

        case .notAnInteger:
            ("{place}: '{text}' is not a whole number",
             "{place}：“{text}”不是整数")
        case .notANumber:
            ("{place}: '{text}' is not a number",
             "{place}：“{text}”不是数字")
        case .numberHint:
            ("write digits only, without units or thousands separators: 3, 2.5",
             "只填写数字，不要带单位或千位分隔符：3、2.5")
        case .outside:
            ("{place}: {text} is outside {min}…{max}",
             "{place}：{text} 超出了 {min}…{max} 的范围")
        case .belowMinimum:
            ("{place}: {text} is less than {min}",
             "{place}：{text} 小于 {min}")
        case .aboveMaximum:
            ("{place}: {text} is more than {max}",
             "{place}：{text} 大于 {max}")
        case .outOfRange:
            ("{place}: {text} is out of range",
             "{place}：{text} 超出了范围")
        case .notABool:
            ("{place}: '{text}' is not 是 or 否",
             "{place}：“{text}”不是 是 或 否")
        case .boolHint:
            ("write 是 or 否 (true or false, 1 or 0), or leave the cell empty when not known",
             "请填写 是 或 否（true 或 false、1 或 0），不清楚时留空")
        case .notAValue:
            ("{place}: '{text}' is not one of the values{?suggestion:; did you mean '{suggestion}'?}",
             "{place}：“{text}”不是可选的值{?suggestion:；是不是“{suggestion}”？}")
        case .checkFailed:
            ("{place}: {message}",
             "{place}：{message}")
        case .checkFailedHint:
            ("the case schema's check '{check}' refuses such a row: correct the row (or the check, in the case schema's checks:)",
             "案件字段定义中的一致性检查“{check}”不接受这样的行：请改正这一行（或修改案件字段定义 checks: 中的这项检查）")
        case .allowedLabels:
            ("write one of: {values} (the name or the code)",
             "请填写以下之一：{values}（名称或代码均可）")
        }
    }
}

/// The words of the CSV syntax diagnostics of an intake file.
public enum CSVMessage: String, MessageCatalogue {
    case unterminatedQuote = "csv.unterminated-quote"
    case textAfterQuote = "csv.text-after-quote"
    case quoteHint = "csv.quote.hint"

    public var templates: (english: String, chinese: String) {
        switch self {
        case .unterminatedQuote:
            ("{place}: the quoted cell starting on this line is never closed",
             "{place}：从这一行开始的带引号单元格没有结束引号")
        case .textAfterQuote:
            ("{place}: text after the closing quote of a quoted cell",
             "{place}：带引号单元格的结束引号后面还有文字")
        case .quoteHint:
            ("a cell that starts with a double quote ends with one; write a quote inside it as two (\"\")",
             "以双引号开头的单元格也要以双引号结束；单元格内的引号要写成两个（\"\"）")
        }
    }
}

extension IntakeMessage {
    /// The place of a cell: column `number`, with its header text when it has one.
    static func place(column number: Int, title: String? = nil) -> Message {
        guard let title, !title.isEmpty else { return column(["number": .int(number)]) }
        return column(["number": .int(number), "title": .text(title)])
    }

    /// A byte as two hexadecimal digits: `B4`.
    static func hex(_ byte: UInt8) -> String {
        let digits = Array("0123456789ABCDEF")
        return String([digits[Int(byte >> 4)], digits[Int(byte & 0x0F)]])
    }
}
