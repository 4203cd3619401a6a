import SizhenCalendar
import SizhenModel
import SizhenRules

/// The JSON Schema of every file kind, written from the same key lists the decoders accept
/// (a test checks that they agree), for `sizhen schema` and editors.
public enum FileSchemas {
    static let idPattern = "^[^\\s]{1,64}$"
    static let datePattern = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
    static let timePattern = "^[0-9]{2}:[0-9]{2} ?- ?[0-9]{2}:[0-9]{2}$"
    static let durationPattern = "^[0-9]+ (day|days|workday|workdays)$"

    static let id: SchemaNode = .string(pattern: idPattern)
    static let ids: SchemaNode = .anyOf([.array(id), id])
    static let date: SchemaNode = .described(.string(pattern: datePattern), "a date, YYYY-MM-DD")
    static let time: SchemaNode = .described(.string(pattern: timePattern), "a time window, HH:MM-HH:MM")
    static let duration: SchemaNode = .described(.string(pattern: durationPattern), "N days or N workdays")
    static let rule: SchemaNode = .described(.string(), "a rule in the CEL subset, checked against the case schema")
    static let ruleDescription: SchemaNode = .described(.string(pattern: "^[^\\n]*$", maxLength: DecodingContext.descriptionLimit),
                                                        "the rule in words, one line: reports show it instead of the expression (--show-rules shows both)")
    /// A rule written alone or with its words: `'case.major'` or `{ when: 'case.major', description: 重大疑难 }`.
    static let describedRule: SchemaNode = .anyOf([rule, .object([.init("when", rule), .init("description", ruleDescription)], required: ["when"])])
    static let weekdays: SchemaNode = .anyOf([.array(.string(values: Weekday.allCases.map(\.code))), .string(values: Weekday.allCases.map(\.code))])
    static let texts: SchemaNode = .anyOf([.array(.string()), .string()])

    static func header(_ kind: String) -> [SchemaNode.Property] {
        [.init("version", .described(.integer(minimum: 1, maximum: 1), "the file format version; this build reads 1")),
         .init("kind", .constant(kind))]
    }

    /// Every kind's schema, by kind.
    public static let all: [(kind: String, schema: SchemaNode)] = [
        ("calendar", calendar), ("case-schema", caseSchema), ("decision-table", decisionTable), ("district", district),
        ("scenario", scenario), ("staff", staff), ("workflow", workflow),
    ]

    static let calendar: SchemaNode = .object(header("calendar") + [
        .init("id", id), .init("name", .string()),
        .init("weekend", .array(.string(values: Weekday.allCases.map(\.code)))),
        .init("missing_years", .string(values: MissingYearPolicy.allCases.map(\.rawValue))),
        .init("draft", .described(.array(.object([
            .init("name", .string()),
            .init("date", .described(.string(), "a day of the year, MM-DD: 10-01")),
            .init("lunar", .described(.string(), "a day of the lunar calendar, MM-DD: 08-15")),
            .init("solar_term", .string(values: HolidayRule.SolarTerm.allCases.map(\.rawValue))),
            .init("offset", .described(.integer(minimum: -31, maximum: 31), "days from that day to the first day off (-1: the eve)")),
            .init("days", .described(.integer(minimum: 1, maximum: 31), "how many days off (default 1)")),
        ], required: ["name"])), "how the statutory holidays fall, for `sizhen calendar draft`")),
        .init("years", .array(.object([
            .init("year", .integer(minimum: 1, maximum: 9999)),
            .init("status", .string(values: CalendarStatus.allCases.map(\.rawValue))),
            .init("source", .string()),
            .init("holidays", .array(.object([.init("name", .string()), .init("date", date), .init("from", date), .init("to", date)], required: ["name"]))),
            .init("workdays", .array(.object([.init("date", date), .init("for", .string())], required: ["date"]))),
        ], required: ["year", "status", "source"]))),
    ], required: ["version", "kind", "id", "years"])

    static let district: SchemaNode = .object(header("district") + [
        .init("id", id), .init("name", .string()), .init("time_zone", .described(.string(), "an IANA time zone, e.g. Asia/Shanghai")),
        .init("calendar", id),
        .init("travel_buffer", .described(.integer(minimum: 0, maximum: 1440),
                                          "minutes a person needs between sites in different streets on the same day (default 30)")),
        .init("roles", .array(.object([.init("id", id), .init("name", .string())], required: ["id"]))),
        .init("record_types", .array(.object([.init("id", id), .init("name", .string()), .init("description", .string())], required: ["id"]))),
        .init("reports", .described(.object([
            .init("subsidy_roles", .described(ids, "the roles whose holders are paid the mediation subsidy; absent: everyone on a subsidised record")),
            .init("subsidy_payee", .described(.string(values: ReportSettings.SubsidyPayee.allCases.map(\.rawValue)),
                                              "who is paid a case served by several people of a paid role: lead (the first on the record, the default) or split (shared equally); a case is paid once")),
            .init("report_within", .described(.integer(minimum: 0, maximum: 60),
                                              "workdays after an occurrence's day before the report shows it as not reported when no sheet has said whether it was held (default 3)")),
            .init("prepared_by", .described(.string(), "who draws up the report, the ledger and the roster (制表): printed on its signature line")),
            .init("reviewed_by", .described(.string(), "who checks them (审核): printed on its signature line")),
            .init("screening", .described(.object([
                .init("cases", .described(describedRule, "which cases the dispute screening counts; absent: every case")),
                .init("category", .described(id, "the case field the cases are grouped by")),
                .init("focus", .described(.array(.string()), "the categories in focus, listed first")),
                .init("risk", .described(describedRule, "the rule that marks a case at risk of turning criminal (民转刑)")),
            ], required: ["category"]), "the monthly dispute screening (矛盾纠纷排查)")),
        ]), "what the monthly report (sizhen report) reads")),
        .init("streets", .array(.object([
            .init("id", id), .init("name", .string()), .init("type", .string(values: Street.Kind.allCases.map(\.rawValue))),
            .init("justice_office", .object([.init("posts", .integer(minimum: 0, maximum: 100))], required: ["posts"])),
            .init("communities", .array(.object([
                .init("id", id), .init("name", .string()), .init("type", .string(values: Community.Kind.allCases.map(\.rawValue))),
                .init("households", .integer(minimum: 0)), .init("tags", texts), .init("address", .string()),
            ], required: ["id", "name", "households"]))),
        ], required: ["id", "name", "communities"]))),
    ], required: ["version", "kind", "id"])

    static let staff: SchemaNode = .object(header("staff") + [
        .init("defaults", .described(.map(.object([])), "a place for anchors that people merge with <<: *name")),
        .init("people", .array(.object([
            .init("id", id), .init("name", .string()),
            .init("phone", .described(.string(), "the number the roster prints: a mobile (13823000001) or a landline with its area code (023-62980001)")),
            .init("roles", ids), .init("organisation", .string()), .init("street", id),
            .init("paired", ids), .init("skills", texts),
            .init("availability", .array(.object([.init("days", weekdays), .init("time", time)], required: ["days", "time"]))),
            .init("leave", .array(.object([.init("from", date), .init("to", date), .init("date", date), .init("reason", .string())]))),
            .init("limits", .object([.init("per_month", .integer(minimum: 0)), .init("per_week", .integer(minimum: 0)), .init("per_day", .integer(minimum: 0))])),
        ], required: ["id", "name", "roles"]))),
    ], required: ["version", "kind", "people"])

    static let fieldType: SchemaNode = .object([
        .init("type", .string(values: ["int", "double", "string", "bool", "enum", "list", "object"])),
        .init("values", .array(.string())),
        .init("labels", .described(.map(.string()), "an enum value → what people read and may write for it, e.g. dispute: 纠纷")),
        .init("items", .described(.anyObject, "the type of each item")),
        .init("fields", .described(.map(.anyObject), "field name → type")),
        .init("min", .number()), .init("max", .number()), .init("description", .string()),
    ], required: ["type"])

    static let caseSchema: SchemaNode = .object(header("case-schema") + [
        .init("id", id), .init("fields", .described(.map(fieldType), "field name → type")),
        .init("resolution", .described(id, "the bool field the engine sets from a case's outcome and reads when a timer closes a case")),
        .init("checks", .described(.array(.object([
            .init("id", id), .init("when", .described(rule, "a sheet's visitor row is refused when this holds; it reads case.field and outcome")),
            .init("field", .described(id, "the field whose cell the error points at")), .init("message", .string()),
        ], required: ["id", "when", "message"])), "consistency rules of a sheet's visitor rows")),
    ], required: ["version", "kind", "id", "fields"])

    static let schedule: SchemaNode = .object([
        .init("name", .string()), .init("rrule", .described(.string(), "an RFC 5545 recurrence rule, e.g. FREQ=MONTHLY;BYDAY=2WE,4WE")),
        .init("time", time), .init("on_holiday", .string(values: HolidayPolicy.allCases.map(\.rawValue))), .init("from", date),
    ], required: ["rrule", "time"])

    static let workflow: SchemaNode = .object(header("workflow") + [
        .init("id", id), .init("name", .string()), .init("description", .string()),
        .init("type", .described(.string(values: WorkflowType.allCases.map(\.rawValue)),
                                 "sitting: takes visitors; round: finds needs; panel: sits on escalated cases; event: held on fixed dates")),
        .init("sites", .anyOf([.constant("district"), .object([.init("tags", texts), .init("streets", ids), .init("communities", ids)])])),
        .init("schedule", .anyOf([schedule, .array(schedule)])),
        .init("slots", .map(.object([
            .init("name", .described(.string(), "what people call the slot (坐诊律师), shown in Chinese; the key is shown in English")),
            .init("roles", ids), .init("count", .integer(minimum: 1, maximum: 50)),
            .init("prefer", .anyOf([.array(.string(values: Slot.Preference.allCases.map(\.rawValue))), .string(values: Slot.Preference.allCases.map(\.rawValue))])),
            .init("skills", texts), .init("on_demand", .boolean),
        ], required: ["roles"]))),
        .init("panel", .object([
            .init("quorum", .array(.object([
                .init("role", id), .init("count", .integer(minimum: 1, maximum: 20)),
                .init("organisations", .described(.array(.string()), "only holders of the role from these organisations (a staff file's organisation)")),
                .init("same_street", .described(.boolean, "only holders of the role from the street of the case's community")),
            ], required: ["role"]))),
            .init("max_size", .integer(minimum: 1, maximum: 50)), .init("exclude_case_staff", .boolean),
            .init("per_week", .described(.integer(minimum: 1, maximum: 500), "the most panels a week (Monday to Sunday); a case waits for a week with room")),
        ], required: ["quorum"])),
        .init("within", duration),
        .init("steps", .array(.object([
            .init("id", id), .init("when", rule), .init("for_each", .string(values: CaseSource.allCases.map(\.rawValue))),
            .init("record", id), .init("subsidy", id), .init("decide", id), .init("within", duration), .init("assign", ids),
        ], required: ["id"]))),
        .init("escalations", .array(.object([
            .init("id", id), .init("when", rule), .init("start", id), .init("after", duration), .init("within", duration),
            .init("description", ruleDescription),
        ], required: ["id", "when", "start"]))),
    ], required: ["version", "kind", "id", "name", "type"])

    static let entry: SchemaNode = .described(.anyOf([.string(), .number(), .boolean]),
                                              "a CEL literal or DMN unary test: -, \"婚恋\", >= 5, [1..10], not(…)")

    static let decisionTable: SchemaNode = .object(header("decision-table") + [
        .init("id", id), .init("name", .string()), .init("description", .string()),
        .init("hit_policy", .string(values: HitPolicy.allCases.map(\.rawValue))),
        .init("aggregation", .string(values: Aggregation.allCases.map(\.rawValue))),
        .init("inputs", .array(.object([.init("id", id), .init("expr", rule)], required: ["id", "expr"]))),
        .init("outputs", .array(.object([.init("id", id), .init("type", .string(values: ["int", "double", "string", "bool"])),
                                         .init("values", .array(.string()))], required: ["id", "type"]))),
        .init("rules", .array(.object([.init("id", id), .init("when", .array(entry)), .init("then", .array(entry))],
                                      required: ["when", "then"]))),
    ], required: ["version", "kind", "id", "hit_policy", "inputs", "outputs", "rules"])

    static let mix: SchemaNode = .described(.map(.number(minimum: 0, maximum: 1)), "value → share; the shares add up to 1")

    static let scenario: SchemaNode = .object(header("scenario") + [
        .init("id", id), .init("seed", .integer(minimum: 0)),
        .init("visitors_per_sitting", .object([.init("base", .number(minimum: 0)), .init("per_1000_households", .number(minimum: 0))])),
        .init("case_kinds", mix), .init("categories", mix), .init("complexity", mix),
        .init("parties", .object([.init("mean", .number(minimum: 1)), .init("minimum", .integer(minimum: 1, maximum: 100))], required: ["mean"])),
        .init("major_share", .number(minimum: 0, maximum: 1)),
        .init("major_kinds", .described(.array(.string()), "the case kinds that may be major; absent: every kind")),
        .init("topics", .described(.map(.number(minimum: 0, maximum: 1)), "topic → the share of cases that raise it, each drawn on its own, into fields.topics")),
        .init("event_activities", .described(.map(.number(minimum: 0, maximum: 1)),
                                             "form → the share of events held in it, each drawn on its own, into fields.activities")),
        .init("mediation_success", .map(.number(minimum: 0, maximum: 1))),
        .init("needs_per_household_visit", .number(minimum: 0)), .init("housebound_share", .number(minimum: 0, maximum: 1)),
        .init("households_visited_per_round", .integer(minimum: 0)),
        .init("event_attendance", .object([.init("mean", .number(minimum: 0))], required: ["mean"])),
        .init("sick_days_per_person_month", .number(minimum: 0, maximum: 31)),
        .init("fields", .described(.object(ScenarioFileDecoder.fieldKeys.map { .init($0, .described(.string(), "a case field, e.g. resident.age")) }),
                                   "the case fields the draws fill")),
        .init("need_kind", .described(.string(), "the kind of a need found on a round")),
        .init("dispute_kind", .described(.string(), "the kind that is mediated")),
        .init("event_consultation_share", .number(minimum: 0, maximum: 1)),
        .init("risk_share", .number(minimum: 0, maximum: 1)),
        .init("ages", .object([
            .init("housebound", .object([.init("base", .integer(minimum: 0, maximum: 130)), .init("spread", .number(minimum: 0, maximum: 130))],
                                        required: ["base", "spread"])),
            .init("other", .object([.init("base", .integer(minimum: 0, maximum: 130)), .init("spread", .number(minimum: 0, maximum: 130))],
                                   required: ["base", "spread"])),
            .init("elderly_from", .integer(minimum: 0, maximum: 130)),
        ], required: ["housebound", "other", "elderly_from"])),
    ], required: ["version", "kind", "id", "case_kinds", "categories", "complexity", "fields", "event_consultation_share", "risk_share", "ages"])

    /// The schema file of `kind` as JSON text.
    public static func document(kind: String, schema: SchemaNode) -> String {
        let body = schema.json(indent: 0)
        return "{\n  \"$schema\": \"https://json-schema.org/draft/2020-12/schema\",\n  \"$id\": \"sizhen-\(kind).schema.json\",\n"
            + "  \"title\": \"Sizhen \(kind) file\",\n" + body.dropFirst(2) + "\n"
    }
}
