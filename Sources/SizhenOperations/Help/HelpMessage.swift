import SizhenDiagnostics

/// The words of `--help`: each command's abstract and discussion and each option's help, in
/// both languages. The command line renders them in the chosen language when ArgumentParser
/// asks for them (after `--lang` is read), so `sizhen --lang zh plan --help` is Chinese.
///
/// A paragraph is one line (the source lines end in `\`); only examples keep their own lines.
/// The command line breaks them by display width, Chinese at character boundaries and English
/// at spaces (`HelpScreen` in `sizhen`).
public enum HelpMessage: String, MessageCatalogue {
    case sizhenAbstract = "help.sizhen.abstract"
    case sizhenDiscussion = "help.sizhen.discussion"
    case workflowsOption = "help.option.workflows"
    case databaseOption = "help.option.db"
    case databaseCreatedOption = "help.option.db-created"
    case simulateAbstract = "help.simulate.abstract"
    case simulateDiscussion = "help.simulate.discussion"
    case simulateMonth = "help.simulate.month"
    case simulateSeed = "help.simulate.seed"
    case simulateScenario = "help.simulate.scenario"
    case simulateDatabase = "help.simulate.db"
    case simulateFormat = "help.simulate.format"
    case simulateCompare = "help.simulate.compare"
    case validateAbstract = "help.validate.abstract"
    case validateDiscussion = "help.validate.discussion"
    case validateFormat = "help.validate.format"
    case validateMaxFileSize = "help.validate.max-file-size"
    case scheduleAbstract = "help.schedule.abstract"
    case scheduleDiscussion = "help.schedule.discussion"
    case scheduleMonth = "help.schedule.month"
    case scheduleWorkflow = "help.schedule.workflow"
    case scheduleSite = "help.schedule.site"
    case scheduleRule = "help.schedule.rrule"
    case scheduleFrom = "help.schedule.from"
    case scheduleCount = "help.schedule.count"
    case scheduleUntil = "help.schedule.until"
    case scheduleCalendar = "help.schedule.calendar"
    case scheduleOnHoliday = "help.schedule.on-holiday"
    case scheduleFormat = "help.schedule.format"
    case planAbstract = "help.plan.abstract"
    case planDiscussion = "help.plan.discussion"
    case planMonth = "help.plan.month"
    case planExplain = "help.plan.explain"
    case planStrict = "help.plan.strict"
    case planPerson = "help.plan.person"
    case planFormat = "help.plan.format"
    case planPinned = "help.plan.pinned"
    case planDatabase = "help.plan.db"
    case planPublish = "help.plan.publish"
    case planRepublish = "help.plan.republish"
    case roundsAbstract = "help.rounds.abstract"
    case roundsDiscussion = "help.rounds.discussion"
    case roundsDate = "help.rounds.date"
    case intakeAbstract = "help.intake.abstract"
    case intakeDiscussion = "help.intake.discussion"
    case importAbstract = "help.intake-import.abstract"
    case importDiscussion = "help.intake-import.discussion"
    case importFile = "help.intake-import.file"
    case templateAbstract = "help.intake-template.abstract"
    case templateDiscussion = "help.intake-template.discussion"
    case templateKind = "help.intake-template.kind"
    case templateMonth = "help.intake-template.month"
    case voidAbstract = "help.intake-void.abstract"
    case voidDiscussion = "help.intake-void.discussion"
    case voidCase = "help.intake-void.case"
    case voidReason = "help.intake-void.reason"
    case recordsAbstract = "help.records.abstract"
    case recordsMonth = "help.records.month"
    case recordsSite = "help.records.site"
    case streetOption = "help.street"
    case reportStreet = "help.report.street"
    case madeOn = "help.made-on"
    case recordsType = "help.records.type"
    case recordsFormat = "help.records.format"
    case recordsIncludePersonal = "help.records.include-personal"
    case recordsWorkflows = "help.records.workflows"
    case reportAbstract = "help.report.abstract"
    case reportDiscussion = "help.report.discussion"
    case reportMonth = "help.report.month"
    case reportFormat = "help.report.format"
    case reportSection = "help.report.section"
    case reportSubsidyRole = "help.report.subsidy-role"
    case reportOutput = "help.report.output"
    case closeAbstract = "help.close.abstract"
    case closeDiscussion = "help.close.discussion"
    case closeMonth = "help.close.month"
    case dbAbstract = "help.db.abstract"
    case dbCopyAbstract = "help.db-copy.abstract"
    case dbCopyDiscussion = "help.db-copy.discussion"
    case dbCopyFrom = "help.db-copy.from"
    case dbCopyTo = "help.db-copy.to"
    case explainAbstract = "help.explain.abstract"
    case explainCase = "help.explain.case"
    case explainFormat = "help.explain.format"
    case explainWorkflows = "help.explain.workflows"
    case evalAbstract = "help.eval.abstract"
    case evalDiscussion = "help.eval.discussion"
    case evalExpression = "help.eval.expression"
    case evalVariables = "help.eval.with"
    case evalFormat = "help.eval.format"
    case schemaAbstract = "help.schema.abstract"
    case schemaDiscussion = "help.schema.discussion"
    case schemaOutput = "help.schema.output"
    case scaffoldAbstract = "help.scaffold.abstract"
    case scaffoldDiscussion = "help.scaffold.discussion"
    case scaffoldCommunities = "help.scaffold.communities"
    case scaffoldOutput = "help.scaffold.output"
    case scaffoldWorkflows = "help.scaffold.workflows"
    case reportShowRules = "help.report.show-rules"
    case calendarAbstract = "help.calendar.abstract"
    case calendarDiscussion = "help.calendar.discussion"
    case calendarDraftAbstract = "help.calendar-draft.abstract"
    case calendarDraftDiscussion = "help.calendar-draft.discussion"
    case calendarDraftYear = "help.calendar-draft.year"
    case calendarDraftPrint = "help.calendar-draft.print"
    case calendarDraftWorkflows = "help.calendar-draft.workflows"
    case initAbstract = "help.init.abstract"
    case initDiscussion = "help.init.discussion"
    case initFolder = "help.init.folder"
    case serveAbstract = "help.serve.abstract"
    case serveDiscussion = "help.serve.discussion"
    case serveHost = "help.serve.host"
    case servePort = "help.serve.port"
    case serveSecureCookies = "help.serve.secure-cookies"
    case serveTrustProxy = "help.serve.trust-proxy"
    case serveRequestTimeout = "help.serve.request-timeout"
    case userAbstract = "help.user.abstract"
    case userAddAbstract = "help.user-add.abstract"
    case userAddDiscussion = "help.user-add.discussion"
    case userName = "help.user.name"
    case userRole = "help.user-add.role"
    case userStreet = "help.user-add.street"
    case userSite = "help.user-add.site"
    case userListAbstract = "help.user-list.abstract"
    case userRemoveAbstract = "help.user-remove.abstract"
    case userPasswordAbstract = "help.user-password.abstract"
    case userPasswordDiscussion = "help.user-password.discussion"

    public var templates: (english: String, chinese: String) {
        switch self {
        case .sizhenAbstract: ("A rule-based workflow engine for the 四诊 community legal clinics.", "四诊社区法律服务诊室的规则式工作流程引擎。")
        case .sizhenDiscussion: ("""
            Every command speaks Chinese or English: --lang zh|en (before or after the command), \
            else the environment variable SIZHEN_LANG, else the locale (LC_ALL, LC_MESSAGES, \
            LANG: Chinese when it starts with zh). JSON keys and message codes are the same in both.
            """, """
            每个命令都用中文或英文输出：--lang zh|en（写在命令前后均可），否则看环境变量 SIZHEN_LANG，\
            再否则看系统语言环境（LC_ALL、LC_MESSAGES、LANG，以 zh 开头即为中文）。\
            两种语言的 JSON 键名和消息代码相同。中文使用说明见 docs/zh/README.md。
            """)
        case .workflowsOption: ("The workflows folder (default: ./Workflows, else the bundled default).",
                                "流程文件夹（默认：./Workflows，没有则用内置的默认流程）。")
        case .databaseOption: ("The database: a file or a postgres:// URL (default: $SIZHEN_DB, else sizhen.db).",
                               "数据库：文件或 postgres:// 地址（默认取 $SIZHEN_DB，否则为 sizhen.db）。")
        case .databaseCreatedOption: ("The database, created when missing: a file or a postgres:// URL (default: $SIZHEN_DB, else sizhen.db).",
                                      "数据库，不存在时新建：文件或 postgres:// 地址（默认取 $SIZHEN_DB，否则为 sizhen.db）。")

        case .simulateAbstract: ("Simulate a month: plan it, draw the clinics' cases from a scenario, run every day's round, summarise.",
                                 "模拟一个月：排班，按模拟情景生成各诊室的案件，逐日推进，最后汇总。")
        case .simulateDiscussion: ("""
            Runs the same engine as `sizhen rounds`, day by day through the month, with visitors, \
            needs and events drawn from the scenario (the workflows folder's `default` scenario, \
            or --scenario FILE) with a seeded generator: the same files and seed give the same \
            month, byte for byte. The simulation writes a fresh database (default \
            simulation-YYYY-MM.db) that `records` and `report` can read.
            """, """
            与 `sizhen rounds` 使用同一套引擎，逐日推进整个月；来访群众、需求和活动按模拟情景\
            （流程文件夹中的 `default` 情景，或用 --scenario FILE 指定）由随机种子生成：\
            流程文件和随机种子相同，模拟出的月份就逐字节相同。模拟会新建一个数据库\
            （默认 simulation-YYYY-MM.db），可供 `records` 和 `report` 读取。
            """)
        case .simulateMonth: ("The month to simulate.", "要模拟的月份。")
        case .simulateSeed: ("The random seed (default: the scenario's seed).", "随机种子（默认：模拟情景中的随机种子）。")
        case .simulateScenario: ("A scenario file (kind: scenario) instead of the folder's default.", "模拟情景文件（kind: scenario），代替文件夹中的默认情景。")
        case .simulateDatabase: ("The simulation's database, written afresh (default: simulation-YYYY-MM.db).",
                                 "模拟用的数据库，每次新建（默认：simulation-YYYY-MM.db）。")
        case .simulateFormat: ("Output format: text or json.", "输出格式：text（文本）或 json。")
        case .simulateCompare: ("A second workflows folder to simulate with the same month and seed, side by side.",
                                "另一个流程文件夹：用相同的月份和随机种子模拟，并排对比。")

        case .validateAbstract: ("Check the workflow files and report every problem, located.", "检查流程文件，报告每个问题及其位置。")
        case .validateDiscussion: ("""
            Reads every .yaml file under the workflows folder (default ./Workflows, else the \
            bundled default) and checks them one by one and together. Exit status 0 when there \
            are no errors (warnings allowed), 1 when there are.
            """, """
            读取流程文件夹（默认 ./Workflows，没有则用内置的默认流程）下的每个 .yaml 文件，\
            逐个检查，再合起来检查。没有错误时退出状态为 0（可以有警告），有错误时为 1。
            """)
        case .validateFormat: ("Output format: text (like a compiler) or json (for editors and CI).",
                               "输出格式：text（与编译器相同的格式）或 json（供编辑器和持续集成使用）。")
        case .validateMaxFileSize: ("The largest YAML file accepted, in MiB.", "可接受的 YAML 文件最大大小，单位 MiB。")

        case .scheduleAbstract: ("Preview the dates of a recurrence rule against the workday calendar.", "按工作日历预览重复规则的日期。")
        case .scheduleDiscussion: ("""
            Expands an RFC 5545 rule (FREQ, INTERVAL, COUNT, UNTIL, BYDAY, BYMONTHDAY, BYMONTH, \
            BYSETPOS, WKST) from --from, applies the holiday policy to dates that fall on rest \
            days (weekends, holidays; 调休 make-up days are workdays), and prints each date with \
            its weekday and the reason it moved. See docs/calendar.md.

            Example:
              sizhen schedule --rrule "FREQ=MONTHLY;BYDAY=2WE,4WE" --from 2026-09-01 \\
                --until 2026-12-31 --on-holiday next_workday
            """, """
            从 --from 起展开 RFC 5545 重复规则（FREQ、INTERVAL、COUNT、UNTIL、BYDAY、BYMONTHDAY、\
            BYMONTH、BYSETPOS、WKST），对落在休息日（周末、法定节假日；调休上班日算工作日）的日期\
            按节假日处理方式调整，逐个列出日期、星期和调整原因。详见 docs/calendar.md。

            示例：
              sizhen schedule --rrule "FREQ=MONTHLY;BYDAY=2WE,4WE" --from 2026-09-01 \\
                --until 2026-12-31 --on-holiday next_workday
            """)
        case .scheduleMonth: ("The month whose occurrences of the loaded workflows to show.", "显示各工作流程在这个月的场次。")
        case .scheduleWorkflow: ("With --month: only this workflow, by id or name (接诊).", "与 --month 同用：只看这个工作流程，写编号或名称（接诊）。")
        case .scheduleSite: ("With --month: only this site, a community's id or name (烟雨社区).",
                             "与 --month 同用：只看这个地点，写社区的编号或名称（烟雨社区）。")
        case .scheduleRule: ("A recurrence rule to preview, e.g. \"FREQ=MONTHLY;BYDAY=2WE,4WE\".",
                             "要预览的重复规则，例如 \"FREQ=MONTHLY;BYDAY=2WE,4WE\"。")
        case .scheduleFrom: ("With --rrule: the first day of the window (an occurrence only if it matches the rule).",
                             "与 --rrule 同用：时间段的第一天（符合规则时才算一个场次）。")
        case .scheduleCount: ("At most this many occurrences.", "最多显示这么多场次。")
        case .scheduleUntil: ("The last day of the window, inclusive.", "时间段的最后一天（含当天）。")
        case .scheduleCalendar: ("A calendar file (default: the district calendar of the workflows folder).",
                                 "工作日历文件（默认：流程文件夹中的区工作日历）。")
        case .scheduleOnHoliday: ("What to do with a date on a rest day: keep, skip, next_workday, previous_workday, nearest_workday.",
                                  "日期落在休息日时如何处理：keep（照常举行）、skip（不举行）、next_workday（顺延到下一个工作日）、"
                                  + "previous_workday（提前到上一个工作日）、nearest_workday（移到最近的工作日）。")
        case .scheduleFormat: ("Output format: table, json, or ics (with --month: a calendar for phones).",
                               "输出格式：table（表格）、json 或 ics（与 --month 同用：可导入手机的日历）。")

        case .planAbstract: ("Plan who fills each slot of the month's occurrences, and why.", "为本月各场次的每个岗位排班，并说明理由。")
        case .planDiscussion: ("""
            Fills every slot of the month's occurrences (on_demand slots are filled per case, not \
            here) honouring roles, weekly availability, leave, no double-booking (with a travel \
            buffer between streets) and monthly, weekly and daily limits; then the slot's \
            preferences: paired, same street, skills, continuity, least loaded. Each assignment \
            says why; each slot nobody can fill says why, per role. See docs/planning.md.

            Example:
              sizhen plan --month 2026-12 --person L001 --format ics > L001.ics
            """, """
            为本月场次的每个岗位安排人员（on_demand 岗位按案件另行安排，不在此处），\
            遵守角色、每周可排时间、请假、不重复安排（不同街道之间留出路程时间）\
            以及每月、每周、每日上限；再按岗位的偏好：结对、同一街道、专长、连续性、工作量最少。\
            每项安排都说明理由；无人可排的岗位按角色说明原因。详见 docs/planning.md。

            示例：
              sizhen plan --month 2026-12 --person L001 --format ics > L001.ics
            """)
        case .planMonth: ("The month to plan.", "要排班的月份。")
        case .planExplain: ("With the table format: each assignment's runners-up and why they lost.",
                            "与表格格式同用：列出每项安排的其他候选人及其落选原因。")
        case .planStrict: ("Exit with status 1 when any slot is left unfilled.", "有岗位缺岗时以状态 1 退出。")
        case .planPerson: ("Only this person's assignments, and with --db their home visits and panels (with --format ics: their calendar, a reminder the day before each): an id or a name (谢海莉).",
                           "只看这个人的安排，加 --db 时还有其送法到家、会诊（与 --format ics 同用：此人的日历，每项提前一天提醒）：写编号或姓名（谢海莉）。")
        case .planFormat: ("Output format: table, json, csv (UTF-8 with BOM, for Excel), ics, or the roster (排班表) to print or send: roster (an HTML page for A4 landscape, a grid of sites by day with names and phone numbers) or roster-csv (a row per seat, Chinese headers in Chinese).",
                           "输出格式：table（表格）、json、csv（带 BOM 的 UTF-8，供 Excel 打开）、ics，或可打印、可下发的排班表：roster（A4 横向的网页，地点×日期，含姓名和电话）或 roster-csv（每个岗位一行）。")
        case .planPinned: ("A previous plan (--format json output) to keep: only what must change moves.",
                           "要保留的上一版排班（--format json 的输出）：只改动必须改动的安排。")
        case .planDatabase: ("The database: a month not published yet is published there for the rounds; a published one is shown re-planned against it, and changed only with --republish.",
                             "数据库：尚未发布的月份在其中发布，供逐日推进使用；已发布的月份对照它重新排班后显示，只有加 --republish 才会更改。")
        case .planPublish: ("With --db: publish the month's plan (an error when it is published already).", "与 --db 同用：发布本月排班（已发布过则报错）。")
        case .planRepublish: ("With --db: re-publish after the files changed: the days not yet passed are re-planned, keeping what is still valid.",
                              "与 --db 同用：流程文件改动后重新发布：尚未过去的日子重新排班，仍然有效的安排保持不变。")

        case .roundsAbstract: ("Advance through a date and print the day's run sheet: who goes where, what is overdue.",
                               "逐日推进到某一天，并打印当日工作单：谁去哪里、哪些已逾期。")
        case .roundsDiscussion: ("""
            Processes every day not yet processed up to --date (planning each month when it is \
            first reached), one transaction per day: occurrences are held, timers fire, \
            escalations open linked cases, panels and home visits are held. Then prints the \
            day's run sheet by street: time, place, who, what; sessions; overdue items; new \
            escalations. Running it again for the same date changes nothing and prints the same.
            """, """
            处理到 --date 为止尚未处理的每一天（首次进入某个月时为该月排班），每天一个事务：\
            举行场次、计时到期、提请会诊并开立关联案件、举行会诊和送法到家。然后按街道打印当日工作单：\
            时间、地点、人员、事项；会诊和送法到家；逾期事项；新的提请会诊。\
            对同一天再次运行不会改变任何内容，打印结果也相同。
            """)
        case .roundsDate: ("The day to advance through and print.", "推进到并打印的日期。")
        case .serveAbstract: ("Serve the web application: run sheets, sheets, cases, records and reports, with accounts.",
                              "启动网页应用：工作单、登记表、案件、服务记录和月报，按账号登录。")
        case .serveDiscussion: ("""
            Listens on --host and --port (127.0.0.1:8080) and answers in Chinese. Every page calls \
            the same operations as the commands, on the same --db and --workflows. Add the first \
            administrator with `sizhen user add NAME --role admin` before signing in. Behind a \
            reverse proxy that terminates TLS, give --trust-proxy (or --secure-cookies). See \
            docs/serve.md.
            """, """
            在 --host 和 --port（127.0.0.1:8080）上监听，界面为中文。每个页面调用的操作与命令行相同，\
            使用同一个 --db 和 --workflows。登录前先用 `sizhen user add NAME --role admin` \
            添加第一个管理员。在终止 TLS 的反向代理之后运行时，请加 --trust-proxy（或 --secure-cookies）。\
            详见 docs/zh/serve.md。
            """)
        case .serveHost: ("The address to listen on.", "监听的地址。")
        case .servePort: ("The port to listen on.", "监听的端口。")
        case .serveSecureCookies: ("Mark the session cookie Secure (the server is reached over HTTPS).", "会话 Cookie 标记为 Secure（经 HTTPS 访问时）。")
        case .serveTrustProxy: ("Trust X-Forwarded-For and X-Forwarded-Proto from a reverse proxy in front of the server.",
                                "信任前置反向代理发来的 X-Forwarded-For 和 X-Forwarded-Proto。")
        case .serveRequestTimeout: ("Seconds a request may take in all, its body read included, before it is answered 503 (1 to 3600).",
                                    "每个请求（含读取请求体）最多用时的秒数，超时回答 503（1 至 3600）。")
        case .userAbstract: ("The accounts of the web application.", "网页应用的账号。")
        case .userAddAbstract: ("Add an account; the password is read from standard input or asked for without echo.",
                                "添加账号；密码从标准输入读取，或在终端不回显地输入。")
        case .userAddDiscussion: ("""
            Roles: admin (the bureau: everything), street (a 司法所: its street, --street ID), \
            recorder or clinic (a clinic's recorder: its site's sheets, --site ID), viewer \
            (reports without personal data). The street or site is checked against the workflow \
            files. A password has at least 10 characters, 4 of them different.
            """, """
            角色：admin（区局：全部）、street（司法所：本街道，--street ID）、recorder 或 clinic\
            （诊所记录员：本站点的登记表，--site ID）、viewer（只看不含个人信息的报表）。\
            街道或站点按流程文件核对。密码至少 10 个字符，其中至少 4 个互不相同。
            """)
        case .userName: ("The account's name.", "账号名。")
        case .userRole: ("admin, street, recorder (clinic) or viewer.", "admin、street、recorder（clinic）或 viewer。")
        case .userStreet: ("A street account's street (id or name).", "司法所账号的街道（编号或名称）。")
        case .userSite: ("A recorder's site (id or name).", "记录员的站点（编号或名称）。")
        case .userListAbstract: ("List the accounts.", "列出账号。")
        case .userRemoveAbstract: ("Remove an account and sign it out.", "删除账号并使其退出登录。")
        case .userPasswordAbstract: ("Set an account's password; every session of it ends.", "设置账号的密码；该账号的所有登录随即退出。")
        case .userPasswordDiscussion: ("""
            For a forgotten password, or after one was seen by someone else. The password is read \
            from standard input or asked for twice without echo, and checked as `user add` checks \
            it. Signed-in users change their own on the web application's 我的账号 page.
            """, """
            用于忘记密码，或密码被他人知道之后。密码从标准输入读取，或在终端不回显地输入两次，\
            按 `user add` 的规则检查。已登录的用户可在网页的“我的账号”页自行修改密码。
            """)

        case .intakeAbstract: ("The intake CSV: what the clinics record per visitor.", "登记表（CSV）：各诊室对每位来访群众的登记。")
        case .intakeDiscussion: ("""
            Clinics fill one row per visitor in Excel and save it as CSV (UTF-8 or the plain \
            Chinese CSV, GB18030). See docs/intake.md for every column.
            """, """
            各诊室在 Excel 中为每位来访群众填一行，另存为 CSV（UTF-8，或普通的中文 CSV，即 GB18030）。\
            各列的说明见 docs/zh/sheets.md。
            """)
        case .importAbstract: ("Import an intake CSV: every row checked, then all of it recorded in one transaction, or none.",
                               "导入登记表 CSV：逐行检查，然后在一个事务中全部记录，或一行也不记录。")
        case .importDiscussion: ("""
            Every row is checked against the case schema and the month's occurrences first; one \
            bad row means nothing is recorded. Each row is kept as a fact: a visitor row opens a \
            case at its occurrence, a report row says the occurrence was held, not held or held \
            by a substitute. The month is then derived again from the earliest day the sheet is \
            about, in the order of the dates, so a late sheet counts as if it came on time. A \
            row for a case already recorded with other values corrects it; importing the same \
            file again adds nothing.
            """, """
            每一行先对照案件字段定义和当月场次检查；只要有一行出错，就什么也不记录。\
            每一行都作为一条事实保存：来访行在其场次开立一个案件，整场情况行说明该场次已举行、未举行或由他人代为举行。\
            随后从登记表涉及的最早一天起，按日期顺序重新推算当月，迟交的登记表与按时交回的效果相同。\
            已登记的案件如有一行取值不同，即为更正；同一文件再次导入不会新增任何内容。
            """)
        case .importFile: ("The CSV file (UTF-8, UTF-8 with BOM, or GB18030 as Excel saves it).",
                           "CSV 文件（UTF-8、带 BOM 的 UTF-8，或 Excel 保存的 GB18030）。")
        case .templateAbstract: ("Print a blank intake CSV: the header row and one example row.", "打印一张空白登记表 CSV：表头和示例行。")
        case .templateDiscussion: ("""
            KIND is the sheet: `visitors` (the default: 日期, 工作流, 诊室, 序号, 结果, 接待人员, \
            姓名, 电话, 身份证号, 备注, then the case fields of the workflows folder, with an \
            example visitor and an example report of a sitting), `visits` (送法到家 that took \
            place: 日期, 案件编号, 人员, 备注) or `panels` (会诊 that took place: 日期, 案件编号, \
            人员, 意见, 备注). Printed as UTF-8 with a byte-order mark and CRLF line ends, so \
            that Excel opens it with the Chinese intact. Delete the example rows before filling \
            the sheet in.

            Examples:
              sizhen intake template > 接诊-2026-12.csv
              sizhen intake template visits > 送法到家-2026-12.csv
            """, """
            KIND 是登记表的种类：`visitors`（默认：日期、工作流、诊室、序号、结果、接待人员、姓名、电话、身份证号、备注，\
            其后是流程文件夹中的案件字段，附一行来访示例和一行坐诊整场情况示例）、\
            `visits`（已进行的送法到家：日期、案件编号、人员、备注）\
            或 `panels`（已举行的会诊：日期、案件编号、人员、意见、备注）。\
            输出为带字节顺序标记（BOM）的 UTF-8，以 CRLF 换行，Excel 打开时中文不会乱码。填写前请删去示例行。

            示例：
              sizhen intake template > 接诊-2026-12.csv
              sizhen intake template visits > 送法到家-2026-12.csv
            """)
        case .templateKind: ("The sheet: visitors, visits or panels.", "登记表种类：visitors（来访）、visits（送法到家）或 panels（会诊）。")
        case .templateMonth: ("The month of the example row (default: December of the calendar's last year).",
                              "示例行的月份（默认：工作日历最后一年的 12 月）。")
        case .voidAbstract: ("Withdraw a case entered by mistake, with its records and what it caused.",
                             "作废误登记的案件，连同其服务记录和由它引起的一切。")
        case .voidDiscussion: ("""
            The void is kept as a fact with its reason, like the sheets' rows; the month is \
            derived again without the case (its records, visits, panels and escalations go). \
            A sheet row for the case with other values, imported later, brings it back.
            """, """
            作废与登记表的行一样，作为一条事实连同原因保存；当月去掉该案件重新推算\
            （其服务记录、送法到家、会诊和提请会诊一并撤销）。以后导入该案件取值不同的一行，案件即恢复。
            """)
        case .voidCase: ("The case id, as `records` and `explain` show it (`<occurrence>#<number>`).",
                         "案件编号，与 `records`、`explain` 显示的相同（`<场次>#<序号>`）。")
        case .voidReason: ("Why the case is withdrawn (kept with the void).", "作废原因（与作废一起保存）。")

        case .recordsAbstract: ("List the service records (法律咨询, 人民调解, 送法到家 …), as a table, CSV for Excel, or JSON.",
                                "列出服务记录（法律咨询、人民调解、送法到家……），输出为表格、供 Excel 使用的 CSV 或 JSON。")
        case .recordsMonth: ("Only this month.", "只看这个月份。")
        case .reportStreet: ("A street's (司法所) report: only the sites of this street or town, its records and its people; its id or name (海棠溪街道). Not for a closed month (its report is the district's, frozen).",
                             "街镇（司法所）月报：只统计这个街镇的地点、服务记录和人员；写街镇的编号或名称（海棠溪街道）。已结账的月份不可用（其月报为全区的存档）。")
        case .madeOn: ("The day the sheet says it was made (制表日期), printed with the 制表 and 审核 lines of the district file's reports section; default: today in the district's time zone (SOURCE_DATE_EPOCH, when set, stands for now).",
                       "表上的制表日期，与区级文件 reports 中的制表、审核人一同印出；默认为辖区时区的今天（设置了 SOURCE_DATE_EPOCH 时以它为当前时刻）。")
        case .streetOption: ("Only the sites of this street or town: its id or name (海棠溪街道).", "只看这个街镇的地点：写街镇的编号或名称（海棠溪街道）。")
        case .recordsSite: ("Only this site: a community's id or name (烟雨社区).", "只看这个地点：写社区的编号或名称（烟雨社区）。")
        case .recordsType: ("Only this record type: its id or name (法律咨询), or a part of its name only it has (调解).",
                            "只看这种记录类型：写编号或名称（法律咨询），或只有它才有的名称片段（调解）。")
        case .recordsFormat: ("Output format: table, csv (UTF-8 with BOM, for Excel) or json.",
                              "输出格式：table（表格）、csv（带 BOM 的 UTF-8，供 Excel 打开）或 json。")
        case .recordsIncludePersonal: ("Add the residents' names, phone numbers and ID numbers from intake (left out by default).",
                                       "加上登记表中居民的姓名、电话和身份证号（默认不显示）。")
        case .recordsWorkflows: ("The workflows folder, for names (default: ./Workflows, else the bundled default).",
                                 "流程文件夹，用于显示名称（默认：./Workflows，没有则用内置的默认流程）。")

        case .reportAbstract: ("The monthly report: statistics, coverage, subsidy ledger, dispute screening (矛盾纠纷排查), deadlines, workload.",
                               "月报：统计、覆盖情况、补贴台账、矛盾纠纷排查、期限、工作量。")
        case .reportDiscussion: ("""
            Reads the records of a database made by `rounds`, `intake import` or `simulate`. Record \
            types, the roles paid the mediation subsidy and the screening rules come from the \
            district file (`record_types`, `reports:`). HTML is one self-contained file that \
            prints on A4; CSV (UTF-8 with BOM, for Excel) is one section at a time (--section). \
            Personal data from intake never appears in a report. A closed month (`sizhen close`) \
            prints the report frozen when it was closed, byte for byte; what changed in it since \
            shows as adjustments (调整) under the ledger of the next open month.
            """, """
            读取由 `rounds`、`intake import` 或 `simulate` 生成的数据库中的服务记录。\
            记录类型、领取调解案件补贴的角色和排查规则来自区设置文件（`record_types`、`reports:`）。\
            HTML 是一个独立文件，可用 A4 纸打印；CSV（带 BOM 的 UTF-8，供 Excel 打开）一次输出一个部分（--section）。\
            登记表中的个人信息不会出现在月报中。已结账的月份（`sizhen close`）逐字节打印结账时冻结的月报；\
            此后的改动作为调整列在下一个未结账月份的补贴台账下。
            """)
        case .reportMonth: ("The month.", "月份。")
        case .reportFormat: ("Output format: text, html, json or csv.", "输出格式：text（文本）、html、json 或 csv。")
        case .reportSection: ("Only this section (repeatable): statistics, coverage, ledger, screening, deadlines, workload. CSV needs exactly one.",
                              "只输出这个部分（可重复）：statistics（统计）、coverage（覆盖情况）、ledger（补贴台账）、"
                              + "screening（矛盾纠纷排查）、deadlines（期限）、workload（工作量）。CSV 必须且只能指定一个。")
        case .reportSubsidyRole: ("Roles paid the mediation subsidy (repeatable), instead of the district's reports.subsidy_roles.",
                                  "领取调解案件补贴的角色（可重复），代替区设置文件中的 reports.subsidy_roles。")
        case .reportOutput: ("Write the report to FILE (atomically) instead of standard output.", "把月报写入 FILE（原子写入），而不是标准输出。")

        case .closeAbstract: ("Close a month: freeze its report, as sent upward, in every format.", "月份结账：按上报时的样子冻结其月报（各种格式）。")
        case .closeDiscussion: ("""
            Brings the month up to date with every fact first; the month must be derived through \
            its last day (`rounds --date`). After closing, `report --month M` prints the frozen \
            report byte for byte, and a late sheet, a correction or a void for the month shows as \
            an adjustment (调整), with its reason, under the ledger of the next month not closed. \
            Months are closed in order. See docs/month-close.md.
            """, """
            先用全部事实把该月推算到最新；该月必须已推算到最后一天（`rounds --date`）。\
            结账后，`report --month M` 逐字节打印冻结的月报；该月迟交的登记表、更正或作废连同原因，\
            作为调整列在下一个未结账月份的补贴台账下。月份按顺序结账。详见 docs/month-close.md。
            """)
        case .closeMonth: ("The month to close.", "要结账的月份。")

        case .dbAbstract: ("The database as a whole: copy it from one file or server to another.", "整个数据库：在文件与服务器之间复制。")
        case .dbCopyAbstract: ("Copy every fact, plan, import, closing and derived row into an empty database.",
                               "把全部事实、排班、导入记录、结账和推算结果复制到一个空数据库。")
        case .dbCopyDiscussion: ("""
            Either side is a file (SQLite) or a postgres:// URL: an office's file into the \
            district's PostgreSQL database, or back. The target must be empty (a new file, or an \
            empty database or schema); it is written in one transaction, then every table is read \
            back and checked against the source by its count of rows and their digest, printed \
            per table. See docs/deployment.md.
            """, """
            两端各为文件（SQLite）或 postgres:// 地址：可把办公室的文件复制进区里的 PostgreSQL \
            数据库，也可反向复制。目标必须为空（新文件，或空的数据库或模式）；复制在一个事务中写入，\
            然后逐表读回，按行数和摘要与源核对，并逐表打印。详见 docs/deployment.md。
            """)
        case .dbCopyFrom: ("The database to copy: a file or a postgres:// URL.", "要复制的数据库：文件或 postgres:// 地址。")
        case .dbCopyTo: ("The empty database to copy into: a file (created) or a postgres:// URL.",
                         "复制目标，须为空数据库：文件（会新建）或 postgres:// 地址。")

        case .explainAbstract: ("Print a case's whole story in order: opening, rules and tables matched, records, timers, escalations, panels.",
                                "按顺序打印一个案件的全过程：开立、命中的规则和决策表、服务记录、计时、提请会诊、会诊。")
        case .explainCase: ("The case id, e.g. jiezhen/haitangxi-yanyu/2026-12-09/1#1.", "案件编号，例如 jiezhen/haitangxi-yanyu/2026-12-09/1#1。")
        case .explainFormat: ("Output format: text, or json (each event with its message's code and arguments).",
                              "输出格式：text（文本）或 json（每个事件附其消息代码和参数）。")
        case .explainWorkflows: ("The workflows folder, for the labels of case values (default: ./Workflows, else the bundled default).",
                                 "流程文件夹，用于显示案件取值的标签（默认：./Workflows，没有则用内置的默认流程）。")

        case .evalAbstract: ("Evaluate a rule expression and print its value.", "计算一条规则表达式并打印其值。")
        case .evalDiscussion: ("""
            The expression is in Sizhen's rule language (a subset of CEL; see docs/rules.md). \
            With --with FILE.json, the top-level keys of the JSON object are the variables; \
            their types come from the JSON (5 is an int, 5.0 a double). Errors are printed with \
            the column inside the expression, and the command exits with status 1.

            Example:
              sizhen eval 'case.kind == "dispute" && case.parties >= 5' --with case.json
            """, """
            表达式使用 Sizhen 的规则语言（CEL 的一个子集，见 docs/rules.md）。\
            用 --with FILE.json 时，JSON 对象的顶层键就是变量，类型取自 JSON（5 是 int，5.0 是 double）。\
            出错时打印错误在表达式中的列号，命令以状态 1 退出。

            示例：
              sizhen eval 'case.kind == "dispute" && case.parties >= 5' --with case.json
            """)
        case .evalExpression: ("The expression, in single quotes.", "表达式，用单引号括起。")
        case .evalVariables: ("A JSON object whose keys are the variables.", "一个 JSON 对象，其键为变量。")
        case .evalFormat: ("Output format: text (a CEL literal) or json.", "输出格式：text（CEL 字面量）或 json。")

        case .schemaAbstract: ("Write a JSON Schema per file kind, so that an editor completes and checks the YAML files.",
                               "为每种文件写一个 JSON Schema，让编辑器能补全和检查 YAML 文件。")
        case .schemaDiscussion: ("""
            Writes sizhen-<kind>.schema.json for every file kind into the output folder. With \
            the YAML extension of VS Code (yaml-language-server), a file that starts with
              # yaml-language-server: $schema=../../schemas/sizhen-workflow.schema.json
            gets completion and checking as it is typed. The shipped files carry that line.
            """, """
            为每种文件在输出文件夹中写入 sizhen-<kind>.schema.json。\
            在 VS Code 中装上 YAML 扩展（yaml-language-server）后，以下面这行开头的文件
              # yaml-language-server: $schema=../../schemas/sizhen-workflow.schema.json
            在输入时即可补全和检查。随附的流程文件都带有这一行。
            """)
        case .schemaOutput: ("The folder to write the schemas into (created if missing).", "写入 schema 的文件夹（不存在时新建）。")

        case .scaffoldAbstract: ("Write a synthetic district of N communities (streets, clinics, staff in proportion) that validates.",
                                 "生成一个含 N 个社区的合成区（街道、诊室、人员按比例配置），可通过检查。")
        case .scaffoldDiscussion: ("""
            Streets of ten communities; 31 clinics and about 50 paired lawyers per 138 \
            communities, as in the shipped district; two legal workers per street, a community \
            worker per community, professors and officials for panels. Every other file of the \
            workflows folder (workflows, decision tables, case schema, calendar, scenario, the \
            district's settings) is copied as it is, so the district runs the same rules at any \
            size. The same N gives the same files.
            """, """
            每个街道十个社区；与随附的区一样，每 138 个社区配 31 个诊室和约 50 名结对律师；\
            每个街道两名基层法律服务工作者，每个社区一名社区工作人员，另有会诊用的高校教授和政法干警。\
            流程文件夹中的其他文件（工作流程、决策表、案件字段定义、工作日历、模拟情景、区设置文件）原样复制，\
            因此无论规模大小，都按同样的规则运行。N 相同，生成的文件也相同。
            """)
        case .scaffoldCommunities: ("How many communities.", "社区数量。")
        case .scaffoldOutput: ("The folder to write (must not exist, or be empty).", "要写入的文件夹（必须不存在或为空）。")
        case .scaffoldWorkflows: ("The workflows folder whose files the district is made around (default: ./Workflows, else the bundled default).",
                                  "据以生成该区的流程文件夹（默认：./Workflows，没有则用内置的默认流程）。")
        case .reportShowRules: ("Show each rule's expression beside its words (the files' description) in the screening and the escalations.",
                                "在纠纷排查和提请会诊部分，在规则的文字说明（文件中的 description）旁同时显示规则表达式。")
        case .calendarAbstract: ("The district's workday calendar (法定节假日与调休).", "本区的工作日历（法定节假日与调休）。")
        case .calendarDiscussion: ("""
            The calendar file (calendars/<id>.yaml) lists each year's holidays and make-up \
            workdays from the State Council's notice. See docs/calendar.md.
            """, """
            工作日历文件（calendars/<id>.yaml）按国务院办公厅的通知列出每年的节假日和调休上班日。详见 docs/calendar.md。
            """)
        case .calendarDraftAbstract: ("Write a provisional year into the calendar file before its notice appears.",
                                      "在通知公布前，把某一年按“暂定”写入工作日历文件。")
        case .calendarDraftDiscussion: ("""
            The statutory days off come from the calendar file's draft: rules (春节, 清明节, 端午节 \
            and 中秋节 computed from the lunar calendar and the solar terms); no make-up workday is \
            guessed. Every plan, schedule, run sheet and calendar entry of the year is marked \
            暂定 (provisional) until the notice's arrangement replaces the entry by hand.
            """, """
            放假日期按工作日历文件中的 draft: 规则推算（春节、清明节、端午节、中秋节按农历和节气推算），\
            不推测调休上班日。在按通知手工替换该条目之前，该年的所有排班、日程、工作单和日历条目都标为“暂定”。
            """)
        case .calendarDraftYear: ("The year to draft (2001-2099).", "要起草的年份（2001–2099）。")
        case .calendarDraftPrint: ("Print the year's entry instead of writing it into the file.", "只显示该年的条目，不写入文件。")
        case .calendarDraftWorkflows: ("The workflows folder whose calendar file is written (default: ./Workflows).",
                                       "要写入其工作日历文件的流程文件夹（默认：./Workflows）。")
        case .initAbstract: ("Write the built-in district as a starting copy of your own workflows folder.",
                             "把内置示例辖区写出，作为自己的流程文件夹的起点。")
        case .initDiscussion: ("""
            Without a Workflows folder in the current directory and without --workflows, every \
            command runs on the built-in district, which is part of the program and cannot be \
            edited. init writes it out (workflows, district, staff, calendar, decision tables, \
            case schema, scenario) into a new folder, whole or not at all; edit the files for \
            your district and check them with sizhen validate. See docs/default-district.md.
            """, """
            当前目录下没有 Workflows 文件夹、也没有指定 --workflows 时，各命令都使用内置示例辖区；\
            它属于程序本身，不能修改。init 把它（工作流程、区设置、人员、工作日历、决策表、案件字段定义、模拟情景）\
            完整写入一个新文件夹，要么全部写入，要么一个也不写；再按本辖区情况修改，用 sizhen validate 检查。\
            详见 docs/default-district.md。
            """)
        case .initFolder: ("The folder to write; it must not exist, or be empty.", "要写入的文件夹；必须不存在或为空。")
        }
    }
}
