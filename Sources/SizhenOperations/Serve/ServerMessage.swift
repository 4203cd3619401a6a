import SizhenDiagnostics

/// The words of `sizhen serve` and `sizhen user`: the accounts' checks, the web application's
/// refusals (sent to the browser as pages and to the API as `{code, message, arguments}`), and
/// the pages' headings and labels. Chinese is the web application's default.
public enum ServerMessage: String, MessageCatalogue {
    // Accounts (`sizhen user`).
    case badName = "server.account.bad-name"
    case badRole = "server.account.bad-role"
    case needsStreet = "server.account.needs-street"
    case needsSite = "server.account.needs-site"
    case noScope = "server.account.no-scope"
    case weakPassword = "server.account.weak-password"
    case longPassword = "server.account.long-password"
    case noPassword = "server.account.no-password"
    case passwordsDiffer = "server.account.passwords-differ"
    case accountExists = "server.account.exists"
    case unknownAccount = "server.account.unknown"
    case accountAdded = "server.account.added"
    case accountRemoved = "server.account.removed"
    case noAccounts = "server.account.none"
    case passwordPrompt = "server.account.password-prompt"
    case passwordAgain = "server.account.password-again"
    case wrongCurrentPassword = "server.account.wrong-current-password"
    case samePassword = "server.account.same-password"
    case passwordChanged = "server.account.password-changed"
    case passwordSet = "server.account.password-set"
    // Refusals.
    case signInRequired = "server.sign-in-required"
    case forbidden = "server.forbidden"
    case outsideScope = "server.outside-scope"
    case badCredentials = "server.bad-credentials"
    case tooManyAttempts = "server.too-many-attempts"
    case badCSRF = "server.bad-csrf"
    case notFound = "server.not-found"
    case tooLarge = "server.too-large"
    case badForm = "server.bad-form"
    case missingField = "server.missing-field"
    case otherSite = "server.other-site"
    case failed = "server.failed"
    case unexpected = "server.unexpected"
    case badPort = "server.bad-port"
    case badTimeout = "server.bad-timeout"
    case listening = "server.listening"
    case noAdministrator = "server.no-administrator"
    case timedOut = "server.timed-out"
    // What-if simulations (`/whatif`).
    case whatIfBadMonth = "server.whatif.bad-month"
    case whatIfBadSeed = "server.whatif.bad-seed"
    case whatIfUnknownScenario = "server.whatif.unknown-scenario"
    case whatIfQueueFull = "server.whatif.queue-full"
    case whatIfShuttingDown = "server.whatif.shutting-down"
    case whatIfNotDone = "server.whatif.not-done"
    case whatIfQueued = "server.whatif.queued"
    case whatIfRunning = "server.whatif.running"
    case whatIfDone = "server.whatif.done"
    case whatIfFailed = "server.whatif.failed"
    // Pages.
    case title = "server.page.title"
    case signIn = "server.page.sign-in"
    case signOut = "server.page.sign-out"
    case accountName = "server.page.account-name"
    case password = "server.page.password"
    case signedInAs = "server.page.signed-in-as"
    case runSheet = "server.page.run-sheet"
    case report = "server.page.report"
    case upload = "server.page.upload"
    case cases = "server.page.cases"
    case records = "server.page.records"
    case workflows = "server.page.workflows"
    case date = "server.page.date"
    case month = "server.page.month"
    case street = "server.page.street"
    case site = "server.page.site"
    case type = "server.page.type"
    case search = "server.page.search"
    case show = "server.page.show"
    case file = "server.page.file"
    case send = "server.page.send"
    case downloadCSV = "server.page.download-csv"
    case nothingFound = "server.page.nothing-found"
    case caseStory = "server.page.case-story"
    case uploadHelp = "server.page.upload-help"
    case errorTitle = "server.page.error-title"
    case validateTitle = "server.page.validate"
    case noDiagnostics = "server.page.no-diagnostics"
    case importedRows = "server.page.imported-rows"
    case importedBefore = "server.page.imported-before"
    case caseCount = "server.page.case-count"
    case recordCount = "server.page.record-count"
    case back = "server.page.back"
    case calendar = "server.page.calendar"
    case closeMonth = "server.page.close-month"
    case roster = "server.page.roster"
    case person = "server.page.person"
    case noWorkflowsFolder = "server.page.no-workflows-folder"
    case account = "server.page.account"
    case changePassword = "server.page.change-password"
    case currentPassword = "server.page.current-password"
    case newPassword = "server.page.new-password"
    case newPasswordAgain = "server.page.new-password-again"
    case passwordRulesHelp = "server.page.password-rules"
    case plan = "server.page.plan"
    case planNew = "server.page.plan-new"
    case planUnchanged = "server.page.plan-unchanged"
    case planFilesChanged = "server.page.plan-files-changed"
    case planFrom = "server.page.plan-from"
    case planPassed = "server.page.plan-passed"
    case publishMonth = "server.page.publish-month"
    case republishMonth = "server.page.republish-month"
    case planPublished = "server.page.plan-published"
    case sheets = "server.page.sheets"
    case sheetVisitors = "server.page.sheet-visitors"
    case sheetVisits = "server.page.sheet-visits"
    case sheetPanels = "server.page.sheet-panels"
    case sheetHelp = "server.page.sheet-help"
    case sheetRow = "server.page.sheet-row"
    case sheetMoreRows = "server.page.sheet-more-rows"
    case sheetCellPlace = "server.page.sheet-cell-place"
    case sheetCellProblem = "server.page.sheet-cell-problem"
    case sheetOtherSheets = "server.page.sheet-other-sheets"
    case sheetNothingFilled = "server.sheet.nothing-filled"
    case sheetTooManyRows = "server.sheet.too-many-rows"
    case sheetUnknownColumn = "server.sheet.unknown-column"
    case whatIf = "server.page.whatif"
    case whatIfHelp = "server.page.whatif-help"
    case whatIfJob = "server.page.whatif-job"
    case whatIfJobs = "server.page.whatif-jobs"
    case whatIfNone = "server.page.whatif-none"
    case whatIfStart = "server.page.whatif-start"
    case whatIfSimulated = "server.page.whatif-simulated"
    case whatIfReport = "server.page.whatif-report"
    case whatIfRecords = "server.page.whatif-records"
    case scenario = "server.page.scenario"
    case seed = "server.page.seed"
    case status = "server.page.status"
    case roleAdmin = "server.role.admin"
    case roleStreet = "server.role.street"
    case roleRecorder = "server.role.recorder"
    case roleViewer = "server.role.viewer"

    /// The English and Chinese words of each code.
    public var templates: (english: String, chinese: String) {
        switch self {
        case .badName: ("account name '{name}' must be 1 to 64 letters, digits, '.', '_' or '-'", "账号名“{name}”须为 1 至 64 个字母、数字、“.”、“_”或“-”")
        case .badRole: ("unknown role '{role}'; the roles are admin, street, recorder (clinic) and viewer",
                        "未知角色“{role}”；角色有 admin（区局管理员）、street（司法所）、recorder（诊所记录员，也可写 clinic）、viewer（只看报表）")
        case .needsStreet: ("a street account needs --street ID", "司法所账号须用 --street 指定街道")
        case .needsSite: ("a recorder account needs --site ID", "记录员账号须用 --site 指定站点")
        case .noScope: ("a {role} account takes neither --street nor --site", "{role} 账号不带 --street 或 --site")
        case .weakPassword: ("the password is too weak: it needs at least {min} characters, 4 of them different, and must not be the account's name",
                             "密码太弱：至少 {min} 个字符，其中至少 4 个互不相同，且不能与账号名相同")
        case .longPassword: ("the password is longer than 72 bytes, which bcrypt does not read", "密码超过 72 字节，bcrypt 不读超出部分")
        case .noPassword: ("no password was given on standard input", "标准输入没有给出密码")
        case .passwordsDiffer: ("the two passwords differ", "两次输入的密码不同")
        case .accountExists: ("an account named '{name}' exists already", "已有名为“{name}”的账号")
        case .unknownAccount: ("no account named '{name}'", "没有名为“{name}”的账号")
        case .accountAdded: ("added account {name} ({role}{?scope: {scope}})", "已添加账号 {name}（{role}{?scope: {scope}}）")
        case .accountRemoved: ("removed account {name} and its sessions", "已删除账号 {name} 及其会话")
        case .noAccounts: ("no accounts yet; add the first administrator with `sizhen user add NAME --role admin`",
                           "还没有账号；请用 `sizhen user add NAME --role admin` 添加第一个管理员")
        case .passwordPrompt: ("password for {name}: ", "{name} 的密码：")
        case .passwordAgain: ("the same password again: ", "再输入一次密码：")
        case .wrongCurrentPassword: ("the current password is wrong", "当前密码不正确")
        case .samePassword: ("the new password is the same as the current one", "新密码与当前密码相同")
        case .passwordChanged: ("the password of {name} is changed; the account's other sessions are signed out",
                                "账号 {name} 的密码已修改；该账号在其他地方的登录均已退出")
        case .passwordSet: ("set the password of {name}; every session of the account is signed out", "已设置账号 {name} 的密码；该账号的所有登录均已退出")
        case .signInRequired: ("sign in first", "请先登录")
        case .forbidden: ("the role {role} may not open this page", "角色 {role} 无权打开此页")
        case .outsideScope: ("{what} is outside what account {name} may see", "{what} 不在账号 {name} 的可见范围内")
        case .badCredentials: ("wrong account name or password", "账号名或密码错误")
        case .tooManyAttempts: ("too many failed sign-ins; try again in {seconds} s", "登录失败次数过多，请 {seconds} 秒后再试")
        case .badCSRF: ("the form has expired or did not come from this site; reload the page and send it again",
                        "表单已过期或并非来自本站；请刷新页面后重新提交")
        case .notFound: ("no such page", "没有这个页面")
        case .tooLarge: ("the request is larger than {limit} bytes", "请求超过 {limit} 字节")
        case .badForm: ("the form could not be read", "无法读取表单")
        case .missingField: ("the form lacks the field '{field}'", "表单缺少字段“{field}”")
        case .otherSite: ("this row is about site '{site}', which account {name} may not record", "此行属于站点“{site}”，账号 {name} 无权登记")
        case .failed: ("the operation reported errors", "操作报告了错误")
        case .unexpected: ("something went wrong on the server; the error is in the server's log", "服务器出错；错误已记入服务器日志")
        case .badPort: ("the port {port} is not between 1 and 65535", "端口 {port} 不在 1 至 65535 之间")
        case .badTimeout: ("the request timeout {seconds} is not between 1 and 3600 seconds", "请求超时 {seconds} 不在 1 至 3600 秒之间")
        case .listening: ("sizhen serve: listening on http://{host}:{port}", "sizhen serve：正在 http://{host}:{port} 上监听")
        case .noAdministrator: ("no administrator account yet: add one with `sizhen user add NAME --role admin`",
                                "还没有管理员账号：请用 `sizhen user add NAME --role admin` 添加")
        case .timedOut: ("the server did not finish within {seconds} s; try again later, or ask the administrator",
                         "服务器未能在 {seconds} 秒内完成；请稍后再试，或联系管理员")
        case .whatIfBadMonth: ("'{value}' is not a month: write YYYY-MM, e.g. 2026-12", "“{value}”不是月份：请写成 YYYY-MM，例如 2026-12")
        case .whatIfBadSeed: ("the seed '{value}' is not a whole number from 0 to 18446744073709551615", "随机种子“{value}”不是 0 至 18446744073709551615 之间的整数")
        case .whatIfUnknownScenario: ("no scenario '{name}' in the workflows folder; the scenarios are: {known}", "流程文件夹中没有情景“{name}”；现有情景：{known}")
        case .whatIfQueueFull: ("{count} what-if simulations are queued or running already, the most the server takes; send it again when one has finished",
                                "已有 {count} 个模拟任务在排队或运行，已达服务器上限；请等一个完成后再提交")
        case .whatIfShuttingDown: ("the server is stopping and takes no more simulations", "服务器正在停止，不再接受模拟任务")
        case .whatIfNotDone: ("the what-if {id} has not finished", "模拟任务 {id} 尚未完成")
        case .whatIfQueued: ("queued, {ahead} ahead of it", "排队中，前面还有 {ahead} 个")
        case .whatIfRunning: ("running: {done} of {total} days ({percent}%)", "运行中：已模拟 {done}/{total} 天（{percent}%）")
        case .whatIfDone: ("done", "已完成")
        case .whatIfFailed: ("failed", "失败")
        case .title: ("Sizhen", "四诊")
        case .signIn: ("Sign in", "登录")
        case .signOut: ("Sign out", "退出")
        case .accountName: ("Account", "账号")
        case .password: ("Password", "密码")
        case .signedInAs: ("{name} ({role})", "{name}（{role}）")
        case .runSheet: ("Run sheet", "今日安排")
        case .report: ("Month's report", "月报")
        case .upload: ("Upload a sheet", "上传登记表")
        case .cases: ("Cases", "案件")
        case .records: ("Records", "服务记录")
        case .workflows: ("Workflow files", "流程文件")
        case .date: ("Date", "日期")
        case .month: ("Month", "月份")
        case .street: ("Street", "街道")
        case .site: ("Site", "站点")
        case .type: ("Type", "类型")
        case .search: ("Search", "搜索")
        case .show: ("Show", "查看")
        case .file: ("CSV file", "CSV 文件")
        case .send: ("Send", "提交")
        case .downloadCSV: ("Download CSV", "下载 CSV")
        case .nothingFound: ("Nothing found.", "没有找到。")
        case .caseStory: ("Case {case}", "案件 {case}")
        case .uploadHelp: ("A sheet filled in from `sizhen intake template`: all of it is recorded, or none of it when a row has a mistake.",
                           "按 `sizhen intake template` 填写的登记表：全部记录，或在有一行出错时一行也不记录。")
        case .errorTitle: ("Error", "出错")
        case .validateTitle: ("validate", "检查结果")
        case .noDiagnostics: ("No errors and no warnings.", "没有错误，也没有警告。")
        case .importedRows: ("{file}: {rows} {rows|row|rows} read, {added} new, {corrected} corrected, {unchanged} unchanged",
                             "{file}：读取 {rows} 行，新增 {added}，更正 {corrected}，未变 {unchanged}")
        case .importedBefore: ("{file} was imported before; nothing added", "{file} 以前导入过，没有新增")
        case .caseCount: ("{count} {count|case|cases}", "共 {count} 件")
        case .recordCount: ("{count} {count|record|records}", "共 {count} 条")
        case .back: ("Back", "返回")
        case .calendar: ("Month calendar", "月历")
        case .closeMonth: ("Close {month}: freeze its report; later facts become adjustments", "结账 {month}：冻结月报，此后的事实计为调整")
        case .roster: ("Roster", "值班表")
        case .person: ("Person", "人员")
        case .noWorkflowsFolder: ("The built-in district is in use: there is no workflows folder to list.", "正在使用内置区县：没有可列出的流程文件夹。")
        case .account: ("My account", "我的账号")
        case .changePassword: ("Change the password", "修改密码")
        case .currentPassword: ("Current password", "当前密码")
        case .newPassword: ("New password", "新密码")
        case .newPasswordAgain: ("New password again", "再次输入新密码")
        case .passwordRulesHelp: ("At least {min} characters, 4 of them different, not the account's name. Your other sessions are signed out.",
                                  "至少 {min} 个字符，其中至少 4 个互不相同，且不能与账号名相同。修改后，您在其他地方的登录将退出。")
        case .plan: ("Publish the plan", "发布排班")
        case .planNew: ("{month} is not published yet. Publishing stores the plan of the files as they are: {seats} {seats|seat|seats} filled, {unfilled} unfilled; the run sheets then follow it.",
                        "{month} 尚未发布。发布将按当前流程文件保存排班：已排 {seats} 个岗位，未排 {unfilled} 个；此后每日安排按它进行。")
        case .planUnchanged: ("{month} is published, and no workflow file changed since.", "{month} 已发布，此后流程文件没有变化。")
        case .planFilesChanged: ("{count} {count|file|files} changed since {month} was published: {files}", "{month} 发布后有 {count} 个文件变化：{files}")
        case .planFrom: ("Re-publishing re-plans {from} to the month's end, keeping what is still valid; the days before keep what was published.",
                         "重新发布将重新安排 {from} 至月底，仍然可行的安排保留不变；此前的日子保持已发布的安排。")
        case .planPassed: ("Every day of {month} has been run: re-publishing records the files as they are and changes no day.",
                           "{month} 的每一天都已处理：重新发布只记录当前的文件，不改变任何一天。")
        case .publishMonth: ("Publish {month}", "发布 {month}")
        case .republishMonth: ("Confirm: re-publish {month} with these changes", "确认按以上变化重新发布 {month}")
        case .planPublished: ("{month} is published. {changes}", "已发布 {month}。{changes}")
        case .sheets: ("Fill in a sheet", "在线填写")
        case .sheetVisitors: ("Visitors and sittings", "来访群众与场次情况")
        case .sheetVisits: ("Home visits that took place", "送法到家（上门）情况")
        case .sheetPanels: ("Panels that took place", "会诊情况")
        case .sheetHelp: ("One row per line of the sheet, as in `sizhen intake template`; empty rows are left out. All the rows are recorded, or none when one has a mistake: each mistake is shown at its row and column, with what you typed kept.",
                          "每行即登记表的一行，与 `sizhen intake template` 的表格相同；空行不记录。全部记录，或在有一行出错时一行也不记录：每处错误标在所在的行和列，已填写的内容都保留。")
        case .sheetRow: ("Row", "行")
        case .sheetMoreRows: ("{rows} rows", "{rows} 行")
        case .sheetCellPlace: ("row {row}, {column}", "第 {row} 行，{column}")
        case .sheetCellProblem: ("{place}: {message}", "{place}：{message}")
        case .sheetOtherSheets: ("Fill in a sheet online:", "在线填写：")
        case .sheetNothingFilled: ("no row is filled in: nothing was recorded", "没有填写任何一行，没有记录")
        case .sheetTooManyRows: ("a form has at most {limit} rows", "表单最多 {limit} 行")
        case .sheetUnknownColumn: ("row {row}: unknown column '{column}'", "第 {row} 行：未知列“{column}”")
        case .whatIf: ("What-if simulation", "模拟推演")
        case .whatIfHelp: ("Simulates a month with the workflow files as they are now, into a database of its own: the real records are never touched. One simulation runs at a time; the page follows its progress.",
                           "用当前的流程文件模拟一个月，写入单独的数据库，从不改动真实记录。每次只运行一个模拟，本页会显示进度。")
        case .whatIfJob: ("What-if {month} (seed {seed}, scenario {scenario})", "模拟 {month}（种子 {seed}，情景 {scenario}）")
        case .whatIfJobs: ("Simulations", "模拟任务")
        case .whatIfNone: ("No simulation yet.", "还没有模拟任务。")
        case .whatIfStart: ("Simulate", "开始模拟")
        case .whatIfSimulated: ("Simulated data: none of this is a real record.", "以下均为模拟数据，不是真实记录。")
        case .whatIfReport: ("The simulated month's report", "模拟月报")
        case .whatIfRecords: ("The simulated records (CSV)", "模拟服务记录（CSV）")
        case .scenario: ("Scenario", "情景")
        case .seed: ("Seed (empty: the scenario's own)", "随机种子（留空则用情景自带的）")
        case .status: ("Status", "状态")
        case .roleAdmin: ("administrator", "区局管理员")
        case .roleStreet: ("司法所 staff", "司法所")
        case .roleRecorder: ("clinic recorder", "诊所记录员")
        case .roleViewer: ("viewer", "查看者")
        }
    }
}
