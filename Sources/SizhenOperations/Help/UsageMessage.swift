import SizhenDiagnostics

/// The words around the help texts and of usage errors: ArgumentParser's own (headings, the
/// values and default it appends to an option, its error messages), which the command line
/// reads in English from ArgumentParser and shows in Chinese from here, and the commands' own
/// refusals of options that do not go together.
public enum UsageMessage: String, MessageCatalogue {
    case overview = "usage.overview"
    case usage = "usage.usage"
    case arguments = "usage.arguments"
    case options = "usage.options"
    case subcommands = "usage.subcommands"
    case subcommandPlaceholder = "usage.subcommand-placeholder"
    case seeSubcommandHelp = "usage.see-subcommand-help"
    case values = "usage.values"
    case valuesAndDefault = "usage.values-and-default"
    case defaultValue = "usage.default"
    case showHelp = "usage.show-help"
    case showVersion = "usage.show-version"
    case error = "usage.error"
    case help = "usage.help"
    case usageLine = "usage.usage-line"
    case seeHelp = "usage.see-help"
    case missingArgument = "usage.missing-argument"
    case unknownOption = "usage.unknown-option"
    case unknownOptionSuggestion = "usage.unknown-option-suggestion"
    case missingValue = "usage.missing-value"
    case unexpectedArgument = "usage.unexpected-argument"
    case unexpectedArguments = "usage.unexpected-arguments"
    case invalidValue = "usage.invalid-value"
    case provideOneOf = "usage.provide-one-of"
    case missingSubcommand = "usage.missing-subcommand"
    case takesNoValue = "usage.takes-no-value"
    case quoted = "usage.quoted"
    case monthOrRule = "usage.month-or-rule"
    case monthAndRule = "usage.month-and-rule"
    case goesWithRule = "usage.goes-with-rrule"
    case ruleNeedsFrom = "usage.rrule-needs-from"
    case goWithMonth = "usage.go-with-month"
    case icsGoesWithMonth = "usage.ics-goes-with-month"
    case publishOneAtATime = "usage.publish-one-at-a-time"
    case publishNeedsDatabase = "usage.publish-needs-db"
    case explainGoesWithTable = "usage.explain-goes-with-table"
    case rosterNotForPerson = "usage.roster-not-for-person"
    case pinnedWithoutDatabase = "usage.pinned-without-db"
    case unknownSection = "usage.unknown-section"
    case csvNeedsOneSection = "usage.csv-needs-one-section"

    public var templates: (english: String, chinese: String) {
        switch self {
        case .overview: ("OVERVIEW:", "概述：")
        case .usage: ("USAGE:", "用法：")
        case .arguments: ("ARGUMENTS:", "参数：")
        case .options: ("OPTIONS:", "选项：")
        case .subcommands: ("SUBCOMMANDS:", "子命令：")
        case .subcommandPlaceholder: ("<subcommand>", "<子命令>")
        case .seeSubcommandHelp: ("See '{command} <subcommand>' for detailed help.", "各子命令的帮助信息：{command} <子命令>")
        case .values: ("(values: {values})", "（可选：{values}）")
        case .valuesAndDefault: ("(values: {values}; default: {value})", "（可选：{values}；默认：{value}）")
        case .defaultValue: ("(default: {value})", "（默认：{value}）")
        case .showHelp: ("Show help information.", "显示帮助信息。")
        case .showVersion: ("Show the version.", "显示版本号。")
        case .error: ("Error: {message}", "错误：{message}")
        case .help: ("Help:  {help}", "帮助：{help}")
        case .usageLine: ("Usage: {usage}", "用法：{usage}")
        case .seeHelp: ("See '{command}' for more information.", "详见 {command}")
        case .missingArgument: ("Missing expected argument '{argument}'", "缺少必需的参数 {argument}")
        case .unknownOption: ("Unknown option '{option}'", "未知选项 {option}")
        case .unknownOptionSuggestion: ("Unknown option '{option}'. Did you mean '{suggestion}'?", "未知选项 {option}；是不是 {suggestion}？")
        case .missingValue: ("Missing value for '{option}'", "{option} 缺少值")
        case .unexpectedArgument: ("Unexpected argument '{argument}'", "多余的参数“{argument}”")
        case .unexpectedArguments: ("{count} unexpected arguments: {arguments}", "多余的参数 {count} 个：{arguments}")
        case .invalidValue: ("The value '{value}' is invalid for '{argument}'", "“{value}”不是 {argument} 可用的值")
        case .provideOneOf: (". Please provide one of {values}.", "；可用的值：{values}")
        case .missingSubcommand: ("Missing required subcommand.", "缺少子命令。")
        case .takesNoValue: ("The option '{option}' does not take any value, but '{value}' was specified.", "选项 {option} 不带值，却给了“{value}”。")
        case .quoted: ("'{text}'", "“{text}”")
        case .monthOrRule: ("give --month YYYY-MM (the workflows' occurrences) or --rrule RULE --from DATE (a rule).",
                            "请给出 --month YYYY-MM（工作流程的场次）或 --rrule RULE --from DATE（一条重复规则）。")
        case .monthAndRule: ("give either --month or --rrule, not both.", "--month 和 --rrule 只能给出一个。")
        case .goesWithRule: ("{flag} goes with --rrule; with --month the workflows' own schedules and calendar apply.",
                             "{flag} 与 --rrule 同用；用 --month 时按工作流程自己的排期和工作日历。")
        case .ruleNeedsFrom: ("--rrule needs --from YYYY-MM-DD.", "--rrule 需要 --from YYYY-MM-DD。")
        case .goWithMonth: ("--workflow and --site go with --month.", "--workflow 和 --site 与 --month 同用。")
        case .icsGoesWithMonth: ("--format ics goes with --month.", "--format ics 与 --month 同用。")
        case .publishOneAtATime: ("--publish and --republish go one at a time.", "--publish 和 --republish 一次只能用一个。")
        case .publishNeedsDatabase: ("{flag} needs --db FILE: the plan is published there.", "{flag} 需要 --db FILE：排班发布在该数据库中。")
        case .explainGoesWithTable: ("--explain goes with --format table.", "--explain 与 --format table 同用。")
        case .rosterNotForPerson: ("the roster is a street's or the district's: use --street, or --format table or ics for one person's month.",
                                   "排班表按街镇或全区出：请用 --street；个人的月排班请用 --format table 或 ics。")
        case .pinnedWithoutDatabase: ("--db pins the stored plan; --pinned goes without --db.", "--db 会保留数据库中已发布的排班；--pinned 不与 --db 同用。")
        case .unknownSection: ("unknown section '{name}'; the sections are: {sections}", "未知的部分“{name}”；可用的部分有：{sections}")
        case .csvNeedsOneSection: ("--format csv writes one section: add --section ledger, statistics, coverage, screening, deadlines or workload",
                                   "--format csv 只输出一个部分：请加上 --section ledger、statistics、coverage、screening、deadlines 或 workload")
        }
    }
}
