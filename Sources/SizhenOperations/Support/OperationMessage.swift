import SizhenDiagnostics

/// The operations' own diagnostics: a value given on the command line or in a form that is
/// wrong, a database that is missing or of the wrong kind, a file that cannot be written.
public enum OperationMessage: String, MessageCatalogue {
    case unexpected = "operation.unexpected"
    case noDatabase = "operation.no-database"
    case noDatabaseHint = "operation.no-database.hint"
    case badMonth = "operation.bad-month"
    case badLanguage = "operation.bad-language"
    case importedBefore = "operation.imported-before"
    case closed = "operation.closed"
    case copyTargetNotEmpty = "operation.copy-target-not-empty"
    case copyTargetNotEmptyHint = "operation.copy-target-not-empty.hint"
    case copyMismatch = "operation.copy-mismatch"
    case copyTable = "operation.copy-table"
    case copied = "operation.copied"
    case voided = "operation.voided"
    case voidedBefore = "operation.voided-before"
    case derivedDays = "operation.derived-days"
    case validated = "operation.validated"
    case validatedWithWarnings = "operation.validated-with-warnings"
    case simulating = "operation.simulating"
    case simulationCancelled = "operation.simulation-cancelled"
    case imported = "operation.imported"
    case importedSessions = "operation.imported-sessions"
    case importedCounts = "operation.imported-counts"
    case derivedAgain = "operation.derived-again"
    case scaffolded = "operation.scaffolded"
    case initialised = "operation.initialised"
    case initNext = "operation.init-next"
    case initTargetHint = "operation.init-target.hint"
    case initNothingWrittenHint = "operation.init-nothing-written.hint"
    case builtInAddYearHint = "operation.built-in-add-year.hint"
    case builtInDistrict = "operation.built-in-district"
    case noLanguage = "operation.no-language"
    case badLanguageHint = "operation.bad-language.hint"
    case draftYearOutside = "operation.draft-year-outside"
    case draftYearListed = "operation.draft-year-listed"
    case draftYearListedHint = "operation.draft-year-listed.hint"
    case draftNoRules = "operation.draft-no-rules"
    case draftNoRulesHint = "operation.draft-no-rules.hint"
    case draftRuleOutside = "operation.draft-rule-outside"
    case draftBundled = "operation.draft-bundled"
    case draftBundledHint = "operation.draft-bundled.hint"
    case draftUnreadable = "operation.draft-unreadable"
    case draftYearsNotLast = "operation.draft-years-not-last"
    case draftYearsNotLastHint = "operation.draft-years-not-last.hint"
    case drafted = "operation.drafted"
    case draftedPrinted = "operation.drafted-printed"
    case draftReview = "operation.draft-review"
    case badMonthHint = "operation.bad-month.hint"
    case badDate = "operation.bad-date"
    case badDateHint = "operation.bad-date.hint"
    case badFileSize = "operation.bad-file-size"
    case badCount = "operation.bad-count"
    case badCountHint = "operation.bad-count.hint"
    case untilBeforeFrom = "operation.until-before-from"
    case unboundedRule = "operation.unbounded-rule"
    case unboundedRuleHint = "operation.unbounded-rule.hint"
    case tooManyDates = "operation.too-many-dates"
    case tooManyDatesHint = "operation.too-many-dates.hint"
    case unknownWorkflow = "operation.unknown-workflow"
    case knownWorkflows = "operation.known-workflows"
    case unknownSite = "operation.unknown-site"
    case unknownPerson = "operation.unknown-person"
    case unknownStreet = "operation.unknown-street"
    case knownStreets = "operation.known-streets"
    case unknownRecordType = "operation.unknown-record-type"
    case knownRecordTypes = "operation.known-record-types"
    case ambiguousName = "operation.ambiguous-name"
    case ambiguousNameHint = "operation.ambiguous-name.hint"
    case nameAndID = "operation.name-and-id"
    case unfilledStrict = "operation.unfilled-strict"
    case noSuchFile = "operation.no-such-file"
    case notAPlan = "operation.not-a-plan"
    case notAPlanHint = "operation.not-a-plan.hint"
    case nothingImported = "operation.nothing-imported"
    case noSuchCase = "operation.no-such-case"
    case closedReport = "operation.closed-report"
    case closedReportHint = "operation.closed-report.hint"
    case alreadyClosed = "operation.already-closed"
    case notDerivedThrough = "operation.not-derived-through"
    case notDerivedThroughHint = "operation.not-derived-through.hint"
    case laterClosed = "operation.later-closed"
    case laterClosedHint = "operation.later-closed.hint"
    case earlierOpen = "operation.earlier-open"
    case earlierOpenHint = "operation.earlier-open.hint"
    case filesChanged = "operation.files-changed"
    case filesChangedHint = "operation.files-changed.hint"
    case alreadyPublished = "operation.already-published"
    case alreadyPublishedHint = "operation.already-published.hint"
    case notPublished = "operation.not-published"
    case notPublishedHint = "operation.not-published.hint"
    case planChangedSinceShown = "operation.plan-changed-since-shown"
    case planChangedSinceShownHint = "operation.plan-changed-since-shown.hint"
    case frozenDay = "operation.frozen-day"
    case frozenDayHint = "operation.frozen-day.hint"
    case notAVisitorCase = "operation.not-a-visitor-case"
    case notAVisitorCaseHint = "operation.not-a-visitor-case.hint"
    case emptyReason = "operation.empty-reason"
    case emptyReasonHint = "operation.empty-reason.hint"
    case noSuchCaseHint = "operation.no-such-case.hint"
    case unknownSubsidyRole = "operation.unknown-subsidy-role"
    case unknownSubsidyRoleHint = "operation.unknown-subsidy-role.hint"
    case nothingForMonth = "operation.nothing-for-month"
    case nothingForMonthHint = "operation.nothing-for-month.hint"
    case badSeed = "operation.bad-seed"
    case badSeedHint = "operation.bad-seed.hint"
    case noScenario = "operation.no-scenario"
    case noScenarioHint = "operation.no-scenario.hint"
    case deadlinesUncomputed = "operation.deadlines-uncomputed"
    case realDatabase = "operation.real-database"
    case realDatabaseHint = "operation.real-database.hint"
    case badCommunities = "operation.bad-communities"
    case outputNotEmpty = "operation.output-not-empty"
    case outputNotEmptyHint = "operation.output-not-empty.hint"
    case outputIsFile = "operation.output-is-file"
    case cannotRead = "operation.cannot-read"
    case cannotWrite = "operation.cannot-write"
    case cannotWriteHint = "operation.cannot-write.hint"
    case cannotCreateFolder = "operation.cannot-create-folder"
    case unreadableJSON = "operation.unreadable-json"
    case fileError = "operation.file-error"
    case outputIsLink = "operation.output-is-link"
    case outputIsLinkHint = "operation.output-is-link.hint"
    case outputNotRegular = "operation.output-not-regular"
    case outputIsFolder = "operation.output-is-folder"
    case standardOutputFailed = "operation.standard-output-failed"
    case diskFull = "operation.os.disk-full"
    case permissionDenied = "operation.os.permission-denied"
    case readOnlyFileSystem = "operation.os.read-only"
    case folderMissing = "operation.os.folder-missing"
    case notAFolder = "operation.os.not-a-folder"
    case isAFolder = "operation.os.is-a-folder"
    case nameTooLong = "operation.os.name-too-long"
    case ioError = "operation.os.io-error"
    case systemError = "operation.os.other"

    public var templates: (english: String, chinese: String) {
        switch self {
        case .unexpected: ("{detail}", "{detail}")
        case .noDatabase: ("no database at {path}", "{path} 处没有数据库")
        case .noDatabaseHint: ("run `sizhen rounds --date …` or `sizhen simulate --month …` first, or give --db FILE",
                               "请先运行 `sizhen rounds --date …` 或 `sizhen simulate --month …`，或用 --db FILE 指定数据库")
        case .copyTargetNotEmpty: ("{to} is not empty (its table {table} holds rows): a copy goes only into an empty database, and nothing was written",
                                   "{to} 不是空数据库（其表 {table} 中已有数据）：只能复制到空数据库中，未写入任何数据")
        case .copyTargetNotEmptyHint: ("give --to a new file, or an empty PostgreSQL database or schema (postgres://…/DATABASE?schema=NAME)",
                                       "请用 --to 指定一个新文件，或一个空的 PostgreSQL 数据库或模式（postgres://…/数据库?schema=模式名）")
        case .copyMismatch: ("the copy of {table} differs from the source: {rows} {rows|row|rows} (digest {digest}) against {sourceRows} (digest {sourceDigest})",
                             "{table} 的副本与源不一致：{rows} 行（摘要 {digest}），源为 {sourceRows} 行（摘要 {sourceDigest}）")
        case .copyTable: ("{table}: {rows} {rows|row|rows}, digest {digest}", "{table}：{rows} 行，摘要 {digest}")
        case .copied: ("copied {rows} {rows|row|rows} of {tables} tables from {from} to {to}; every table's count and digest match",
                       "已从 {from} 复制 {tables} 张表共 {rows} 行到 {to}；每张表的行数和摘要均一致")
        case .closed: ("closed {month}: {records} {records|record|records}, {adjustments} {adjustments|adjustment|adjustments} to earlier months; report digest {digest}",
                       "{month} 已结账：服务记录 {records} 条，对以前月份的调整 {adjustments} 条；月报摘要 {digest}")
        case .voided: ("voided {case}{?derived:{derived}}", "已作废 {case}{?derived:{derived}}")
        case .voidedBefore: ("{case} was voided before; nothing added", "{case} 以前作废过，没有新增")
        case .derivedDays: ("; derived {from} to {through} again", "；已重新推算 {from} 至 {through}")
        case .validated: ("{folder}: {files} {files|file|files}, no errors", "{folder}：{files} 个文件，没有错误")
        case .validatedWithWarnings: ("{folder}: {files} {files|file|files}, no errors, {warnings} {warnings|warning|warnings}",
                                      "{folder}：{files} 个文件，没有错误，{warnings} 个警告")
        case .simulating: ("simulating {month}", "正在模拟 {month}")
        case .simulationCancelled: ("the simulation of {month} was cancelled after {day}", "{month} 的模拟在 {day} 之后被取消")
        case .importedBefore: ("{file} was imported before; nothing added", "{file} 以前导入过，没有新增")
        case .imported: ("imported {rows} {rows|visitor row|visitor rows} and {reports} {reports|sitting report|sitting reports} from {file}: {counts}",
                         "已从 {file} 导入来访登记 {rows} 行、整场情况 {reports} 条：{counts}")
        case .importedSessions: ("imported {sessions} {sessions|visit or panel row|visit or panel rows} from {file}: {counts}",
                                 "已从 {file} 导入上门、会诊登记 {sessions} 行：{counts}")
        case .importedCounts: ("{added} new, {corrected} corrected, {unchanged} unchanged", "新增 {added}，更正 {corrected}，未变 {unchanged}")
        case .scaffolded: ("wrote {files} files for {communities} communities to {folder}; check them with: sizhen validate --workflows {folder}",
                           "已在 {folder} 中为 {communities} 个社区写入 {files} 个文件；可用 sizhen validate --workflows {folder} 检查")
        case .initialised: ("wrote the built-in district to {folder}: {files} files in {folders}",
                            "已把内置示例辖区写入 {folder}：{files} 个文件，位于 {folders}")
        case .initNext: ("next: edit them for your district (docs/default-district.md), then check them with: sizhen validate --workflows {folder}",
                         "下一步：按本辖区的实际情况修改这些文件（见 docs/default-district.md），然后用 sizhen validate --workflows {folder} 检查")
        case .initTargetHint: ("init writes a new folder: give a DIR that does not exist yet, or an empty folder",
                               "init 只写入新文件夹：请指定一个尚不存在的 DIR，或一个空文件夹")
        case .initNothingWrittenHint: ("nothing was written to {folder}; check that its parent folder is writable and has room",
                                       "{folder} 中没有写入任何文件；请检查上级文件夹是否可写、空间是否足够")
        case .builtInAddYearHint: ("this is the built-in district, part of the program: write your own copy with `sizhen init`, then add year {year} to calendar '{calendar}' (Workflows/calendars/{calendar}.yaml) when the State Council publishes it{?fallback:, or set `missing_years: weekends`}",
                                   "当前使用的是内置示例辖区，它属于程序本身：请先用 `sizhen init` 写出自己的副本，国务院公布 {year} 年节假日安排后，把该年加入工作日历“{calendar}”（Workflows/calendars/{calendar}.yaml）{?fallback:，或设置 `missing_years: weekends`}")
        case .builtInDistrict: ("the built-in district (write your own copy with `sizhen init`)", "内置示例辖区（可用 `sizhen init` 写出自己的副本）")
        case .derivedAgain: ("; derived {from} to {through} again: {records} {records|record|records}", "；已重新推算 {from} 至 {through}：服务记录 {records} 条")
        case .badLanguage: ("'{value}' is not a language for --lang", "“{value}”不是 --lang 可用的语言")
        case .noLanguage: ("--lang needs a language", "--lang 需要指定语言")
        case .badLanguageHint: ("write --lang zh (中文) or --lang en (English); SIZHEN_LANG and LANG choose it too",
                                "请写 --lang zh（中文）或 --lang en（English）；也可以用环境变量 SIZHEN_LANG 或 LANG 选择")
        case .draftYearOutside: ("a year can be drafted from {first} to {last}, not {year}", "只能起草 {first} 至 {last} 年，不能起草 {year} 年")
        case .draftYearListed: ("{year} is in {file} already ({status})", "{year} 年已在 {file} 中（{status}）")
        case .draftYearListedHint: ("a drafted year is replaced by hand from the notice: edit its entry in {file} (see docs/calendar.md)",
                                    "起草的年份在通知公布后手工替换：请编辑 {file} 中该年的条目（见 docs/calendar.md）")
        case .draftNoRules: ("{file} has no draft: rules saying how the statutory holidays fall", "{file} 没有说明法定节假日如何推算的 draft: 规则")
        case .draftNoRulesHint: ("add a draft: list to the calendar file, as in the shipped Workflows/calendars/cn.yaml (docs/calendar.md)",
                                 "请在工作日历文件中加上 draft: 列表，写法见自带的 Workflows/calendars/cn.yaml（docs/calendar.md）")
        case .draftRuleOutside: ("the rule of {name} gives no days off inside {year}", "“{name}”的规则在 {year} 年内推算不出放假日期")
        case .draftBundled: ("the built-in district's calendar is part of the program and is not written", "内置示例辖区的工作日历属于程序本身，不能改写")
        case .draftBundledHint: ("write your own copy with `sizhen init` (or give your workflows folder with --workflows DIR), or print the entry with --print",
                                 "请先用 `sizhen init` 写出自己的副本（或用 --workflows DIR 指定自己的工作流文件夹），或用 --print 只显示要写入的内容")
        case .draftUnreadable: ("cannot read {file}", "无法读取 {file}")
        case .draftYearsNotLast: ("years: is not the last key of {file}, so the year cannot be added at its end", "{file} 的最后一项不是 years:，无法在文件末尾加入该年")
        case .draftYearsNotLastHint: ("move the years: list to the end of the file and draft again", "请把 years: 列表移到文件末尾后再起草")
        case .drafted: ("drafted {year} into {file} as provisional: {holidays}", "已将 {year} 年按暂定写入 {file}：{holidays}")
        case .draftedPrinted: ("the entry for {year} (not written):", "{year} 年的条目（未写入）：")
        case .draftReview: ("no make-up workdays were guessed; every plan of {year} is marked 暂定 until the State Council's notice replaces the entry",
                            "没有推测调休上班日期；在国务院办公厅通知公布并替换该条目之前，{year} 年的所有安排都标为“暂定”")
        case .badMonth: ("'{value}' is not a valid month for {flag}", "“{value}”不是 {flag} 可用的月份")
        case .badMonthHint: ("write the month as YYYY-MM, e.g. 2026-12", "月份写作 YYYY-MM，例如 2026-12")
        case .badDate: ("'{value}' is not a valid date for {flag}", "“{value}”不是 {flag} 可用的日期")
        case .badDateHint: ("write dates as YYYY-MM-DD, e.g. 2026-12-01; the date must exist", "日期写作 YYYY-MM-DD，例如 2026-12-01；日期必须真实存在")
        case .badFileSize: ("--max-file-size is {value}; it is in MiB, from {min} to {max}", "--max-file-size 为 {value}；单位为 MiB，取值 {min} 到 {max}")
        case .badCount: ("--count must be from 1 to {max}, not {value}", "--count 须在 1 到 {max} 之间，而不是 {value}")
        case .badCountHint: ("give how many occurrences to show, e.g. --count 24", "请给出要显示的场次数，例如 --count 24")
        case .untilBeforeFrom: ("--until {until} is before --from {from}", "--until {until} 早于 --from {from}")
        case .unboundedRule: ("the rule has no COUNT or UNTIL, so it never ends", "该规则没有 COUNT 或 UNTIL，永不结束")
        case .unboundedRuleHint: ("give --count N or --until YYYY-MM-DD (or add COUNT or UNTIL to the rule)",
                                  "请给出 --count N 或 --until YYYY-MM-DD（或在规则中加上 COUNT 或 UNTIL）")
        case .tooManyDates: ("the window holds more than {max} occurrences", "这段时间内超过 {max} 个场次")
        case .tooManyDatesHint: ("narrow the window with --until, or give --count", "请用 --until 缩短时间段，或给出 --count")
        case .unknownWorkflow: ("unknown workflow '{id}'{?suggestion:; did you mean '{suggestion}'?}", "未知的工作流程“{id}”{?suggestion:；是不是“{suggestion}”？}")
        case .knownWorkflows: ("the workflows are: {ids}", "现有工作流程：{ids}")
        case .unknownSite: ("unknown site '{id}'{?suggestion:; did you mean '{suggestion}'?}", "未知的地点“{id}”{?suggestion:；是不是“{suggestion}”？}")
        case .unknownPerson: ("unknown person '{id}'{?suggestion:; did you mean '{suggestion}'?}", "未知的人员“{id}”{?suggestion:；是不是“{suggestion}”？}")
        case .unknownStreet: ("unknown street or town '{id}'{?suggestion:; did you mean '{suggestion}'?}", "未知的街镇“{id}”{?suggestion:；是不是“{suggestion}”？}")
        case .knownStreets: ("the streets and towns are: {ids}", "现有街镇：{ids}")
        case .unknownRecordType: ("unknown record type '{id}'{?suggestion:; did you mean '{suggestion}'?}", "未知的服务记录类型“{id}”{?suggestion:；是不是“{suggestion}”？}")
        case .knownRecordTypes: ("the record types are: {ids}", "现有服务记录类型：{ids}")
        case .ambiguousName: ("{flag} '{text}' names {count} of them: {matches}{?more: and {more} more}", "{flag}“{text}”对应 {count} 个：{matches}{?more:等，另有 {more} 个}")
        case .ambiguousNameHint: ("give the id of the one meant", "请改写为所指那一个的编号")
        case .nameAndID: ("{name} ({id})", "{name}（{id}）")
        case .unfilledStrict: ("{count} {count|slot is|slots are} unfilled (--strict)", "有 {count} 个岗位缺岗（--strict）")
        case .noSuchFile: ("no such file: {path}", "没有这个文件：{path}")
        case .notAPlan: ("{path} is not a plan in JSON", "{path} 不是 JSON 格式的排班")
        case .notAPlanHint: ("give the output of `sizhen plan --month YYYY-MM --format json`", "请给出 `sizhen plan --month YYYY-MM --format json` 的输出")
        case .nothingImported: ("nothing was imported: fix the rows above and import the file again", "没有导入任何内容：请改正以上各行后重新导入")
        case .closedReport: ("{month} is closed: its report is the one frozen when it was closed, in full",
                             "{month} 已结账：其月报就是结账时冻结的那一份，只能整份查看")
        case .closedReportHint: ("leave out --section (except with --format csv), --subsidy-role and --show-rules; later changes show as adjustments in the next open month",
                                 "请去掉 --section（--format csv 除外）、--subsidy-role 和 --show-rules；结账后的改动作为调整列在下一个未结账月份")
        case .alreadyClosed: ("{month} is closed already (report digest {digest})", "{month} 已经结账（月报摘要 {digest}）")
        case .notDerivedThrough: ("{month} is derived only through {through}", "{month} 只推算到 {through}")
        case .notDerivedThroughHint: ("run `sizhen rounds --date {last}` first, so that every day of the month is in its report",
                                      "请先运行 `sizhen rounds --date {last}`，让月报包含本月每一天")
        case .laterClosed: ("{later} is closed already, after {month}", "{month} 之后的 {later} 已经结账")
        case .laterClosedHint: ("months are closed in order; what changed in {month} shows as adjustments in the next open month",
                                "月份按顺序结账；{month} 的改动会作为调整列在下一个未结账月份")
        case .earlierOpen: ("{earlier} is not closed", "{earlier} 尚未结账")
        case .earlierOpenHint: ("close the months in order: `sizhen close --month {earlier}` first", "请按月份顺序结账：先运行 `sizhen close --month {earlier}`")
        case .filesChanged: ("{count} workflow {count|file has|files have} changed since the plan of {month} was published: {files}",
                             "{month} 的排班发布以后，有 {count} 个工作流文件改动过：{files}")
        case .filesChangedHint: ("re-publish it: `sizhen plan --month {month} --republish` re-plans the days not yet passed and keeps those passed; or undo the change",
                                 "请重新发布：`sizhen plan --month {month} --republish` 重排尚未过去的日子，已过去的保持不变；或者撤销改动")
        case .alreadyPublished: ("the plan of {month} is published already", "{month} 的排班已经发布")
        case .alreadyPublishedHint: ("to change it after the files changed, use --republish", "文件改动后要改排班，请用 --republish")
        case .notPublished: ("the plan of {month} has not been published", "{month} 的排班尚未发布")
        case .notPublishedHint: ("publish it first with --publish", "请先用 --publish 发布")
        case .planChangedSinceShown: ("what publishing {month} would do has changed since it was shown (the files, the days passed or the stored plan)",
                                      "{month} 的排班在您查看之后已有变化（流程文件、已过去的日子或已发布的排班）")
        case .planChangedSinceShownHint: ("look at the difference shown now and confirm again", "请核对现在显示的差异后再次确认")
        case .frozenDay: ("{date} was processed by an earlier version of sizhen (through {frozen}); facts about it cannot be added",
                          "{date} 已由早期版本的 sizhen 处理（至 {frozen}）；不能再为这一天添加事实")
        case .frozenDayHint: ("leave out the rows of days through {frozen}, or start a new database with --db",
                              "请去掉 {frozen} 及以前日期的行，或用 --db 新建一个数据库")
        case .notAVisitorCase: ("case '{id}' was opened by {source}, not by a sheet's row; only a sheet's case can be voided",
                                "案件“{id}”由{source}产生，不是登记表中的一行；只有登记表登记的案件可以作废")
        case .notAVisitorCaseHint: ("void the sheet's case it came from (the id before the first '>'); what it caused goes with it",
                                    "请作废它所来自的登记表案件（第一个“>”之前的编号）；由它引起的一切随之撤销")
        case .emptyReason: ("{flag} is empty", "{flag} 为空")
        case .emptyReasonHint: ("say why, e.g. {flag} \"entered twice\"", "请说明原因，例如 {flag} \"重复登记\"")
        case .noSuchCase: ("no case '{id}' in {db}{?suggestion:; did you mean '{suggestion}'?}", "{db} 中没有案件“{id}”{?suggestion:；是不是“{suggestion}”？}")
        case .noSuchCaseHint: ("case ids are <occurrence>#<visitor>, e.g. jiezhen/haitangxi-yanyu/2026-12-09/1#1; `sizhen records` lists them",
                               "案件编号形如 <场次>#<序号>，例如 jiezhen/haitangxi-yanyu/2026-12-09/1#1；`sizhen records` 可列出")
        case .unknownSubsidyRole: ("unknown role '{role}' for --subsidy-role{?suggestion:; did you mean '{suggestion}'?}",
                                   "--subsidy-role 的角色“{role}”未知{?suggestion:；是不是“{suggestion}”？}")
        case .unknownSubsidyRoleHint: ("roles are listed in the district file's `roles`", "角色列在区设置文件的 `roles` 中")
        case .nothingForMonth: ("{db} has nothing for {month}", "{db} 中没有 {month} 的数据")
        case .nothingForMonthHint: ("run `sizhen rounds --date …` in {month}, or `sizhen simulate --month {month}`, first",
                                    "请先在 {month} 内运行 `sizhen rounds --date …`，或运行 `sizhen simulate --month {month}`")
        case .badSeed: ("'{value}' is not a valid seed", "“{value}”不是有效的随机种子")
        case .badSeedHint: ("a seed is a whole number from 0 to 18446744073709551615", "随机种子是 0 到 18446744073709551615 之间的整数")
        case .noScenario: ("{folder} has no scenario to simulate with", "{folder} 中没有可用于模拟的情景")
        case .noScenarioHint: ("add a `kind: scenario` file (see docs/workflow-language.md), or pass --scenario FILE",
                               "请添加 `kind: scenario` 文件（见 docs/workflow-language.md），或用 --scenario FILE 指定")
        case .deadlinesUncomputed: ("{count} {count|deadline|deadlines} could not be computed: {first}", "有 {count} 个期限无法计算：{first}")
        case .realDatabase: ("{path} holds real records, not a simulation; a simulation writes a database afresh",
                             "{path} 保存的是真实记录，不是模拟数据；模拟每次都新建数据库")
        case .realDatabaseHint: ("give --db another file name", "请用 --db 指定另一个文件名")
        case .badCommunities: ("--communities must be from 1 to {max}, not {value}", "--communities 须在 1 到 {max} 之间，而不是 {value}")
        case .outputNotEmpty: ("{path} already holds files", "{path} 中已有文件")
        case .outputNotEmptyHint: ("scaffold writes a new folder; give another --output", "scaffold 只写入新文件夹；请指定另一个 --output")
        case .outputIsFile: ("{path} is a file, not a folder", "{path} 是文件，不是文件夹")
        case .cannotRead: ("cannot read {path}", "无法读取 {path}")
        case .cannotWrite: ("cannot write {path}: {detail}", "无法写入 {path}：{detail}")
        case .cannotWriteHint: ("check that the folder exists and is writable", "请检查文件夹是否存在且可写")
        case .cannotCreateFolder: ("cannot create folder {path}: {detail}", "无法创建文件夹 {path}：{detail}")
        case .unreadableJSON: ("a JSON value is not what Sizhen wrote; it may have been edited or damaged",
                               "JSON 内容不是 Sizhen 写出的格式，可能被修改或损坏")
        case .fileError: ("{path}: {detail}", "{path}：{detail}")
        case .outputIsLink: ("{path} is a symbolic link; Sizhen does not write through links", "{path} 是符号链接；Sizhen 不经由链接写入")
        case .outputIsLinkHint: ("give the path of the file itself, or a new name", "请给出文件本身的路径，或一个新文件名")
        case .outputNotRegular: ("{path} is not a regular file (a device, a pipe or a socket); Sizhen writes only regular files",
                                 "{path} 不是普通文件（而是设备、管道或套接字）；Sizhen 只写入普通文件")
        case .outputIsFolder: ("{path} is a folder; give a file name", "{path} 是文件夹；请给出文件名")
        case .standardOutputFailed: ("could not write to standard output: {detail}; what was written is incomplete",
                                     "无法写入标准输出：{detail}；已写出的内容不完整")
        case .diskFull: ("the disk is full", "磁盘已满")
        case .permissionDenied: ("permission denied", "没有权限")
        case .readOnlyFileSystem: ("the file system is read-only", "文件系统为只读")
        case .folderMissing: ("the folder does not exist", "文件夹不存在")
        case .notAFolder: ("a part of the path is not a folder", "路径中有一部分不是文件夹")
        case .isAFolder: ("it is a folder", "这是一个文件夹")
        case .nameTooLong: ("the name is too long", "名称过长")
        case .ioError: ("the device reported an input/output error", "设备报告输入输出错误")
        case .systemError: ("system error {number}", "系统错误 {number}")
        }
    }
}
