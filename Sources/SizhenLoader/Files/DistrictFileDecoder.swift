import SizhenDiagnostics
import SizhenModel

/// One `kind: district` file: part of the district. Settings appear in one file; streets
/// may be spread over many.
public struct DistrictPart: Sendable {
    /// The district id this file belongs to.
    public var id: Reference
    /// The settings given in this file, if any.
    public var name: String?
    public var timeZone: (String, SourceLocation)?
    public var calendar: Reference?
    public var roles: [Role]?
    public var recordTypes: [RecordType]?
    public var reports: ReportSettings?
    public var travelBufferMinutes: Int?
    /// The node of each setting, to report a setting given twice.
    public var settingKeys: [String: SourceLocation]
    /// The streets of this file.
    public var streets: [Street]
    /// Where the file's mapping starts.
    public var location: SourceLocation
}

/// Decodes `kind: district` files.
public struct DistrictFileDecoder: Sendable {
    static let topKeys = ["version", "kind", "id", "name", "time_zone", "calendar", "travel_buffer", "roles", "record_types", "reports", "streets"]
    static let reportsKeys = ["subsidy_roles", "subsidy_payee", "report_within", "prepared_by", "reviewed_by", "screening"]
    static let screeningKeys = ["cases", "category", "focus", "risk"]
    static let describedRuleKeys = ["when", "description"]
    static let roleKeys = ["id", "name"]
    static let recordTypeKeys = ["id", "name", "description"]
    static let streetKeys = ["id", "name", "type", "justice_office", "communities"]
    static let officeKeys = ["posts"]
    static let communityKeys = ["id", "name", "type", "households", "tags", "address"]

    /// Creates a decoder.
    public init() {}

    /// Decodes one district file.
    public func decode(_ root: YAMLNode, in context: inout DecodingContext) -> DistrictPart? {
        guard let top = MappingReader(root, LoaderThing.districtFile(), keys: Self.topKeys, in: &context),
              context.checkHeader(top, kind: "district"),
              let idNode = top.required("id", &context), let id = context.reference(idNode, LoaderThing.districtID()) else { return nil }
        var part = DistrictPart(id: id, settingKeys: [:], streets: [], location: root.location)
        for key in ["name", "time_zone", "calendar", "travel_buffer", "roles", "record_types", "reports"] {
            if let keyNode = top.keyNode(key) { part.settingKeys[key] = keyNode.location }
        }
        part.name = top.optional("name").flatMap { context.nonEmptyString($0, LoaderThing.key("name")) }
        if let node = top.optional("time_zone"), let zone = context.nonEmptyString(node, LoaderThing.key("time_zone")) {
            part.timeZone = (zone, node.location)
        }
        part.calendar = top.optional("calendar").flatMap { context.reference($0, LoaderThing.key("calendar")) }
        part.travelBufferMinutes = top.optional("travel_buffer").flatMap { context.int($0, LoaderThing.key("travel_buffer"), in: 0...1440) }
        if let node = top.optional("roles"), let items = context.list(node, LoaderThing.key("roles")) {
            part.roles = items.compactMap { item in
                guard let reader = MappingReader(item, LoaderThing.role(), keys: Self.roleKeys, in: &context),
                      let id = reader.required("id", &context).flatMap({ context.id($0, LoaderThing.roleID()) }) else { return nil }
                let name = reader.optional("name").flatMap { context.nonEmptyString($0, LoaderThing.key("name")) } ?? id
                return Role(id: id, name: name, location: item.location)
            }
        }
        if let node = top.optional("record_types"), let items = context.list(node, LoaderThing.key("record_types")) {
            part.recordTypes = items.compactMap { item in
                guard let reader = MappingReader(item, LoaderThing.recordType(), keys: Self.recordTypeKeys, in: &context),
                      let id = reader.required("id", &context).flatMap({ context.id($0, LoaderThing.recordTypeID()) }) else { return nil }
                let name = reader.optional("name").flatMap { context.nonEmptyString($0, LoaderThing.key("name")) } ?? id
                let description = reader.optional("description").flatMap { context.string($0, LoaderThing.key("description")) }
                return RecordType(id: id, name: name, description: description, location: item.location)
            }
        }
        if let node = top.optional("reports") {
            part.reports = decodeReports(node, in: &context)
        }
        if let node = top.optional("streets"), let items = context.list(node, LoaderThing.key("streets")) {
            part.streets = items.compactMap { decodeStreet($0, in: &context) }
        }
        return part
    }

    /// `reports: { subsidy_roles: [legal_worker], subsidy_payee: lead, screening: { cases, category, focus, risk } }`.
    private func decodeReports(_ node: YAMLNode, in context: inout DecodingContext) -> ReportSettings? {
        guard let reader = MappingReader(node, LoaderThing.reportsSection(), keys: Self.reportsKeys, in: &context) else { return nil }
        var settings = ReportSettings(location: node.location)
        if let roles = reader.optional("subsidy_roles") { settings.subsidyRoles = context.references(roles, LoaderThing.role()) }
        if let payee = reader.optional("subsidy_payee").flatMap({ context.choice($0, LoaderThing.key("subsidy_payee"), as: ReportSettings.SubsidyPayee.self) }) {
            settings.subsidyPayee = payee
        }
        if let within = reader.optional("report_within").flatMap({ context.int($0, LoaderThing.key("report_within"), in: 0...60) }) {
            settings.reportWithin = within
        }
        settings.preparedBy = reader.optional("prepared_by").flatMap { context.nonEmptyString($0, LoaderThing.key("prepared_by")) }
        settings.reviewedBy = reader.optional("reviewed_by").flatMap { context.nonEmptyString($0, LoaderThing.key("reviewed_by")) }
        if let screening = reader.optional("screening"),
           let inner = MappingReader(screening, LoaderThing.screeningSection(), keys: Self.screeningKeys, in: &context) {
            let cases = inner.optional("cases").flatMap { describedRule($0, key: "cases", in: &context) }
            let risk = inner.optional("risk").flatMap { describedRule($0, key: "risk", in: &context) }
            let focus = inner.optional("focus").map { context.strings($0, LoaderThing.aCategory()) } ?? []
            if let categoryNode = inner.required("category", &context), let category = context.reference(categoryNode, LoaderThing.categoryField()) {
                var section = ReportSettings.Screening(cases: cases?.rule, category: category, focus: focus, risk: risk?.rule, location: screening.location)
                section.casesDescription = cases?.description
                section.riskDescription = risk?.description
                settings.screening = section
            }
        }
        return settings
    }

    /// A screening rule: its expression alone (`'case.kind == "dispute"'`), or with the words
    /// the report shows for it (`{ when: 'case.kind == "dispute"', description: 矛盾纠纷 }`).
    private func describedRule(_ node: YAMLNode, key: String, in context: inout DecodingContext) -> (rule: RuleText, description: String?)? {
        guard node.mapping != nil else { return context.rule(node, LoaderThing.key(key)).map { ($0, nil) } }
        guard let reader = MappingReader(node, LoaderThing.key(key), keys: Self.describedRuleKeys, in: &context) else { return nil }
        let rule = reader.required("when", &context).flatMap { context.rule($0, LoaderThing.key("when")) }
        let description = reader.optional("description").flatMap { context.ruleDescription($0, LoaderThing.key("description")) }
        return rule.map { ($0, description) }
    }

    private func decodeStreet(_ node: YAMLNode, in context: inout DecodingContext) -> Street? {
        guard let reader = MappingReader(node, LoaderThing.streetOrTown(), keys: Self.streetKeys, in: &context) else { return nil }
        let id = reader.required("id", &context).flatMap { context.id($0, LoaderThing.streetID()) }
        let name = reader.required("name", &context).flatMap { context.nonEmptyString($0, LoaderThing.key("name")) }
        let kind = reader.optional("type").flatMap { context.choice($0, LoaderThing.streetType(), as: Street.Kind.self) } ?? .street
        var posts = 2
        if let office = reader.optional("justice_office"),
           let officeReader = MappingReader(office, LoaderThing.justiceOffice(), keys: Self.officeKeys, in: &context),
           let postsNode = officeReader.required("posts", &context) {
            posts = context.int(postsNode, LoaderThing.key("posts"), in: 0...100) ?? posts
        }
        var communities: [Community] = []
        if let node = reader.required("communities", &context), let items = context.list(node, LoaderThing.key("communities")) {
            communities = items.compactMap { decodeCommunity($0, streetID: id ?? "", in: &context) }
        }
        guard let id, let name else { return nil }
        return Street(id: id, name: name, kind: kind, justiceOfficePosts: posts, communities: communities, location: node.location)
    }

    private func decodeCommunity(_ node: YAMLNode, streetID: String, in context: inout DecodingContext) -> Community? {
        guard let reader = MappingReader(node, LoaderThing.community(), keys: Self.communityKeys, in: &context) else { return nil }
        let id = reader.required("id", &context).flatMap { context.id($0, LoaderThing.communityID()) }
        let name = reader.required("name", &context).flatMap { context.nonEmptyString($0, LoaderThing.key("name")) }
        let kind = reader.optional("type").flatMap { context.choice($0, LoaderThing.communityType(), as: Community.Kind.self) } ?? .community
        let households = reader.required("households", &context).flatMap { context.int($0, LoaderThing.key("households"), in: 0...10_000_000) }
        let tags = reader.optional("tags").map { context.strings($0, LoaderThing.aTag()) } ?? []
        let address = reader.optional("address").flatMap { context.nonEmptyString($0, LoaderThing.key("address")) }
        guard let id, let name, let households else { return nil }
        return Community(id: id, name: name, kind: kind, streetID: streetID, households: households, tags: tags, address: address,
                         location: node.location)
    }
}
