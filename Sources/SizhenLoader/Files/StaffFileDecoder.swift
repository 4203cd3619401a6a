import SizhenCalendar
import SizhenDiagnostics
import SizhenModel

/// Decodes `kind: staff` files: a list of people.
public struct StaffFileDecoder: Sendable {
    static let topKeys = ["version", "kind", "people", "defaults"]
    static let personKeys = ["id", "name", "phone", "roles", "organisation", "street", "paired", "skills", "availability", "leave", "limits"]
    static let availabilityKeys = ["days", "time"]
    static let leaveKeys = ["from", "to", "date", "reason"]
    static let limitKeys = ["per_month", "per_week", "per_day"]

    /// Creates a decoder.
    public init() {}

    /// Decodes one staff file into its people. `defaults` is accepted (and ignored) as a place
    /// to hold anchors that people merge with `<<: *name`.
    public func decode(_ root: YAMLNode, in context: inout DecodingContext) -> [Person]? {
        guard let top = MappingReader(root, LoaderThing.staffFile(), keys: Self.topKeys, in: &context),
              context.checkHeader(top, kind: "staff") else { return nil }
        guard let node = top.required("people", &context), let items = context.list(node, LoaderThing.key("people")) else { return nil }
        return items.compactMap { decodePerson($0, in: &context) }
    }

    private func decodePerson(_ node: YAMLNode, in context: inout DecodingContext) -> Person? {
        guard let reader = MappingReader(node, LoaderThing.person(), keys: Self.personKeys, in: &context) else { return nil }
        let id = reader.required("id", &context).flatMap { context.id($0, LoaderThing.personID()) }
        let name = reader.required("name", &context).flatMap { context.nonEmptyString($0, LoaderThing.key("name")) }
        var roles: [Reference] = []
        if let rolesNode = reader.required("roles", &context) {
            roles = context.references(rolesNode, LoaderThing.aRoleID())
            if roles.isEmpty, rolesNode.sequence != nil {
                context.error(StaffFileMessage.noRoles(), at: rolesNode, hint: StaffFileMessage.noRolesHint())
            }
        }
        let organisation = reader.optional("organisation").flatMap { context.nonEmptyString($0, LoaderThing.key("organisation")) }
        let phone = reader.optional("phone").flatMap { decodePhone($0, in: &context) }
        let street = reader.optional("street").flatMap { context.reference($0, LoaderThing.aStreetID()) }
        let paired = reader.optional("paired").map { context.references($0, LoaderThing.aCommunityID()) } ?? []
        let skills = reader.optional("skills").map { context.strings($0, LoaderThing.aSkill()) } ?? []
        var availability: [AvailabilityWindow] = []
        if let list = reader.optional("availability").flatMap({ context.list($0, LoaderThing.key("availability")) }) {
            for item in list {
                guard let window = MappingReader(item, LoaderThing.availabilityWindow(), keys: Self.availabilityKeys, in: &context) else { continue }
                let days = window.required("days", &context).map { context.weekdays($0, LoaderThing.aWeekday()) }
                let time = window.required("time", &context).flatMap { context.timeWindow($0, LoaderThing.key("time")) }
                if let days, let time, !days.isEmpty { availability.append(AvailabilityWindow(days: days, time: time)) }
            }
        }
        var leave: [Leave] = []
        if let list = reader.optional("leave").flatMap({ context.list($0, LoaderThing.key("leave")) }) {
            for item in list {
                if let entry = decodeLeave(item, in: &context) { leave.append(entry) }
            }
        }
        var limits = Limits()
        if let node = reader.optional("limits"), let limitReader = MappingReader(node, LoaderThing.key("limits"), keys: Self.limitKeys, in: &context) {
            limits.perMonth = limitReader.optional("per_month").flatMap { context.int($0, LoaderThing.key("per_month"), in: 0...1000) }
            limits.perWeek = limitReader.optional("per_week").flatMap { context.int($0, LoaderThing.key("per_week"), in: 0...1000) }
            limits.perDay = limitReader.optional("per_day").flatMap { context.int($0, LoaderThing.key("per_day"), in: 0...100) }
        }
        guard let id, let name else { return nil }
        var person = Person(id: id, name: name, roles: roles, organisation: organisation, street: street, paired: paired, skills: skills,
                            availability: availability, leave: leave, limits: limits, location: node.location)
        person.phone = phone
        return person
    }

    /// `phone: "13823000001"`: a mobile or a landline number (`PhoneNumber`).
    private func decodePhone(_ node: YAMLNode, in context: inout DecodingContext) -> PhoneNumber? {
        guard let text = context.nonEmptyString(node, LoaderThing.key("phone")) else { return nil }
        guard let phone = PhoneNumber(text) else {
            context.error(StaffFileMessage.badPhone(["phone": .text(text)]), at: node, hint: StaffFileMessage.badPhoneHint())
            return nil
        }
        return phone
    }

    private func decodeLeave(_ node: YAMLNode, in context: inout DecodingContext) -> Leave? {
        guard let reader = MappingReader(node, LoaderThing.leave(), keys: Self.leaveKeys, in: &context) else { return nil }
        let reason = reader.optional("reason").flatMap { context.nonEmptyString($0, LoaderThing.key("reason")) }
        switch (reader.optional("date"), reader.optional("from"), reader.optional("to")) {
        case (let dateNode?, nil, nil):
            guard let date = context.date(dateNode, LoaderThing.key("date")) else { return nil }
            return Leave(first: date, last: date, reason: reason)
        case (nil, let fromNode?, let toNode?):
            guard let first = context.date(fromNode, LoaderThing.key("from")), let last = context.date(toNode, LoaderThing.key("to")) else { return nil }
            guard first <= last else {
                context.error(StaffFileMessage.leaveEndsBeforeStart(["first": .text(first.description), "last": .text(last.description)]), at: toNode)
                return nil
            }
            return Leave(first: first, last: last, reason: reason)
        default:
            context.error(StaffFileMessage.leaveDates(), at: node, hint: StaffFileMessage.leaveDatesHint())
            return nil
        }
    }
}

/// The words of the staff file's own diagnostics.
public enum StaffFileMessage: String, MessageCatalogue {
    case noRoles = "staff-file.no-roles"
    case noRolesHint = "staff-file.no-roles.hint"
    case leaveEndsBeforeStart = "staff-file.leave-ends-before-start"
    case leaveDates = "staff-file.leave-dates"
    case leaveDatesHint = "staff-file.leave-dates.hint"
    case badPhone = "staff-file.bad-phone"
    case badPhoneHint = "staff-file.bad-phone.hint"

    public var templates: (english: String, chinese: String) {
        switch self {
        case .noRoles:
            ("a person needs at least one role",
             "每个人员至少要有一个角色")
        case .noRolesHint:
            ("e.g. roles: [lawyer]",
             "例如 roles: [lawyer]")
        case .leaveEndsBeforeStart:
            ("the leave ends ({last}) before it starts ({first})",
             "请假的结束日（{last}）早于开始日（{first}）")
        case .leaveDates:
            ("a leave needs `date` for one day, or `from` and `to`",
             "请假需要写明日期：一天用 `date`，多天用 `from` 和 `to`")
        case .leaveDatesHint:
            ("e.g. {{ from: 2026-12-14, to: 2026-12-18, reason: 年假 }}",
             "例如 {{ from: 2026-12-14, to: 2026-12-18, reason: 年假 }}")
        case .badPhone:
            ("`{phone}` is not a phone number: a mobile number has 11 digits starting with 1, a landline its area code",
             "“{phone}”不是电话号码：手机号为 1 开头的 11 位数字，座机要带区号")
        case .badPhoneHint:
            ("e.g. phone: \"13823000001\" or phone: \"023-62980001\" (an extension after a second hyphen: 023-62980001-8012)",
             "例如 phone: \"13823000001\" 或 phone: \"023-62980001\"（分机号写在第二个连字符后：023-62980001-8012）")
        }
    }
}
