import SizhenCalendar
import SizhenDiagnostics
import SizhenRecords
import SizhenModel
import SizhenRules

// MARK: - Screening

extension MonthReport {
    /// The monthly dispute screening (矛盾纠纷排查): the cases the district's `screening.cases`
    /// rule selects among those opened this month (not those an escalation opened, which
    /// repeat their origin), by category with the focus categories first; the ones not
    /// resolved or escalated; the ones its `risk` rule marks (民转刑).
    public struct Screening: Sendable {
        /// One category's counts.
        public struct Category: Sendable, Hashable {
            public var name: String
            public var isFocus: Bool
            public var cases: Int
            public var resolved: Int
            public var unresolved: Int
            public var open: Int
            public var escalated: Int
            public var risk: Int
        }

        /// A case in a list.
        public struct Case: Sendable, Hashable {
            public var id: String
            public var workflow: String
            public var site: String
            public var opened: CivilDate
            public var category: String
            /// resolved, unresolved, open, referred.
            public var status: String
            /// Workflows it was escalated to, by name.
            public var escalatedTo: [String]
            public var isRisk: Bool
        }

        /// The case field grouped by.
        public var field: String
        /// The focus categories.
        public var focus: [String]
        /// The `cases` rule's text, if any; the `risk` rule's text, if any.
        public var casesRule: String?
        /// See `casesRule`.
        public var riskRule: String?
        /// The `cases` rule in words, if the district file gives them; the `risk` rule's.
        public var casesDescription: String?
        /// See `casesDescription`.
        public var riskDescription: String?
        /// By category.
        public var categories: [Category]
        /// Not resolved: unresolved, still open, or escalated.
        public var notResolved: [Case]
        /// Marked by the risk rule.
        public var risks: [Case]
        /// Cases whose rules could not be evaluated (a field missing): counted as not
        /// selected or not at risk.
        public var ruleErrors: Int

        /// Screened cases in all.
        public var total: Int { categories.reduce(0) { $0 + $1.cases } }
        /// Screened cases in the focus categories.
        public var focusTotal: Int { categories.filter(\.isFocus).reduce(0) { $0 + $1.cases } }

        init(facts: ReportFacts, settings: ReportSettings.Screening, set: WorkflowSet, names: Names) {
            field = settings.category.id
            focus = settings.focus
            casesRule = settings.cases?.text
            riskRule = settings.risk?.text
            casesDescription = settings.casesDescription
            riskDescription = settings.riskDescription
            var errors = 0
            var activation = set.environment.makeActivation()
            let caseSlot = set.caseSchema.flatMap { set.environment.slot(of: $0.id) }
            var caseType: ObjectType?
            if case .object(let type)? = set.caseSchema?.ruleType { caseType = type }
            func holds(_ rule: RuleText?, _ engineCase: EngineCase) -> Bool {
                guard let rule else { return true }
                guard let compiled = set.compiled(rule), let caseSlot, let caseType else { return false }
                activation.values[caseSlot] = .object(ObjectValue(type: caseType, values: engineCase.fields))
                switch compiled.test(activation) {
                case .success(let value): return value
                case .failure:
                    errors += 1
                    return false
                }
            }
            let month = facts.month
            var children: [String: [String]] = [:]
            for engineCase in facts.cases {
                if let parent = engineCase.parentID { children[parent, default: []].append(names.workflow(engineCase.workflowID)) }
            }
            let screened = facts.cases.filter { $0.source != .escalation && month.days.contains($0.openedOn) && holds(settings.cases, $0) }
            var rows: [String: Category] = [:]
            var notResolved: [Case] = []
            var risks: [Case] = []
            for engineCase in screened {
                let category = Self.text(engineCase.fields[settings.category.id])
                let isRisk = settings.risk == nil ? false : holds(settings.risk, engineCase)
                var row = rows[category] ?? Category(name: category, isFocus: settings.focus.contains(category), cases: 0, resolved: 0,
                                                     unresolved: 0, open: 0, escalated: 0, risk: 0)
                row.cases += 1
                switch engineCase.status {
                case .resolved: row.resolved += 1
                case .unresolved: row.unresolved += 1
                case .open: row.open += 1
                case .referred: row.escalated += 1
                }
                if isRisk { row.risk += 1 }
                rows[category] = row
                let item = Case(id: engineCase.id, workflow: names.workflow(engineCase.workflowID), site: names.site(engineCase.siteID),
                                opened: engineCase.openedOn, category: category, status: engineCase.status.rawValue,
                                escalatedTo: children[engineCase.id] ?? [], isRisk: isRisk)
                if engineCase.status != .resolved { notResolved.append(item) }
                if isRisk { risks.append(item) }
            }
            var order = settings.focus
            if let schemaField = set.caseSchema?.fields.first(where: { $0.name == settings.category.id }),
               case .enumeration(let values, _) = schemaField.type {
                order += values.filter { !order.contains($0) }
            }
            order += rows.keys.filter { !order.contains($0) }.sorted()
            categories = order.compactMap { name in
                rows[name] ?? (settings.focus.contains(name)
                    ? Category(name: name, isFocus: true, cases: 0, resolved: 0, unresolved: 0, open: 0, escalated: 0, risk: 0) : nil)
            }
            self.notResolved = notResolved
            self.risks = risks
            ruleErrors = errors
        }

        static func text(_ value: RuleValue?) -> String {
            switch value {
            case .string(let text)?: text
            case nil, .null?: "—"
            case let other?: other.jsonText
            }
        }
    }
}

// MARK: - Deadlines

extension MonthReport {
    /// Escalations (to 会诊 and along 三调联动), and the deadlines met, missed and still open.
    public struct Deadlines: Sendable {
        /// An escalated case.
        public struct Escalation: Sendable, Hashable {
            public var caseID: String
            /// The escalation's id (`major`, `risk`, `stuck`).
            public var rule: String
            public var from: String
            public var to: String
            public var opened: CivilDate
            public var deadline: CivilDate?
            public var status: String
        }

        /// An escalation of a workflow file that fired this month: its words and expression.
        public struct Rule: Sendable, Hashable {
            /// The workflow it is declared in, by name.
            public var workflow: String
            /// The escalation's id.
            public var id: String
            /// Its `description`, if the file gives one.
            public var description: String?
            /// Its `when`.
            public var expression: String
            /// Cases it opened this month.
            public var count: Int
        }

        /// A deadline missed or still open.
        public struct Pending: Sendable, Hashable {
            public var caseID: String
            public var workflow: String
            public var deadline: CivilDate
            /// For a missed one, when it was found overdue.
            public var note: Message?
        }

        /// Escalations this month, by target workflow name.
        public var byWorkflow: [Count]
        /// Escalations this month, by escalation id.
        public var byRule: [Count]
        /// The escalations that fired this month, in the order of the workflow files.
        public var rules: [Rule]
        /// The escalated cases.
        public var escalations: [Escalation]
        /// Deadlines met this month.
        public var met: Int
        /// Deadlines missed this month.
        public var missed: [Pending]
        /// Cases still open with a deadline.
        public var open: [Pending]
        /// Share met, nil when none fell due.
        public var compliance: Double? {
            let all = met + missed.count
            return all == 0 ? nil : Double(met) / Double(all)
        }
        /// Escalations in all.
        public var total: Int { escalations.count }

        init(facts: ReportFacts, set: WorkflowSet, names: Names) {
            let byID = Dictionary(facts.cases.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
            let escalated = facts.cases.filter { $0.source == .escalation && facts.month.days.contains($0.openedOn) }
            escalations = escalated.map { engineCase in
                let rule = engineCase.id.split(separator: ">").last.map(String.init) ?? ""
                let parent = engineCase.parentID.flatMap { byID[$0] }
                return Escalation(caseID: engineCase.id, rule: rule, from: parent.map { names.workflow($0.workflowID) } ?? "",
                                  to: names.workflow(engineCase.workflowID), opened: engineCase.openedOn, deadline: engineCase.deadline,
                                  status: engineCase.status.rawValue)
            }
            byWorkflow = set.workflows.compactMap { workflow in
                let n = escalated.count { $0.workflowID == workflow.id }
                return n == 0 ? nil : Count(label: workflow.name, count: n)
            }
            var rules: [String: Int] = [:]
            for escalation in escalations { rules[escalation.rule, default: 0] += 1 }
            byRule = rules.keys.sorted().map { Count(label: $0, count: rules[$0]!) }
            var fired: [String: Int] = [:]
            for engineCase in escalated {
                guard let parent = engineCase.parentID.flatMap({ byID[$0] }) else { continue }
                fired[parent.workflowID + ">" + (engineCase.id.split(separator: ">").last.map(String.init) ?? ""), default: 0] += 1
            }
            self.rules = set.workflows.flatMap { workflow in
                workflow.escalations.compactMap { escalation in
                    fired[workflow.id + ">" + escalation.id].map {
                        Rule(workflow: workflow.name, id: escalation.id, description: escalation.description, expression: escalation.when.text, count: $0)
                    }
                }
            }
            met = facts.events.count { $0.kind == .deadlineMet }
            missed = facts.events.filter { $0.kind == .overdue }.map { event in
                let engineCase = event.caseID.flatMap { byID[$0] }
                return Pending(caseID: event.caseID ?? "", workflow: engineCase.map { names.workflow($0.workflowID) } ?? "",
                               deadline: engineCase?.deadline ?? event.date,
                               note: ReportMessage.foundOverdue(["date": .text(event.date.description), "event": .message(event.message)]))
            }
            open = facts.cases.filter { $0.status == .open && $0.deadline != nil }.map { engineCase in
                Pending(caseID: engineCase.id, workflow: names.workflow(engineCase.workflowID), deadline: engineCase.deadline!,
                        note: engineCase.deadline! < facts.month.lastDay ? ReportMessage.pastDue() : nil)
            }
        }
    }
}

// MARK: - Workload

extension MonthReport {
    /// Sittings (assignments to occurrences, per workflow), home visits and panels per person,
    /// over the people holding a role some slot or panel asks for (as the simulation summary's
    /// load), with the spread per role: how evenly the month fell.
    public struct Workload: Sendable {
        /// One person's month.
        public struct Entry: Sendable, Hashable {
            public var personID: String
            public var name: String
            public var role: String
            public var street: String
            /// Assignments per workflow, in the order of `workflows`.
            public var sittings: [Int]
            public var visits: Int
            public var panels: Int
            public var total: Int { sittings.reduce(0, +) + visits + panels }
        }

        /// The spread of the load among the holders of a role.
        public struct Spread: Sendable, Hashable {
            public var role: String
            public var people: Int
            public var min: Int
            public var max: Int
            public var mean: Double
            /// Population standard deviation.
            public var deviation: Double
            /// max − min.
            public var range: Int { max - min }

            init(role: String, loads: [Int]) {
                self.role = role
                people = loads.count
                min = loads.min() ?? 0
                max = loads.max() ?? 0
                mean = loads.isEmpty ? 0 : Double(loads.reduce(0, +)) / Double(loads.count)
                let mean = self.mean
                deviation = loads.isEmpty ? 0 : (loads.map { (Double($0) - mean) * (Double($0) - mean) }.reduce(0, +) / Double(loads.count)).squareRoot()
            }
        }

        /// Scheduled workflows with assignments, by name.
        public var workflows: [String]
        /// Everyone the load is taken over, in the staff files' order.
        public var entries: [Entry]
        /// Over everyone, then per role (a person counted under their first role).
        public var spread: [Spread]

        init(facts: ReportFacts, set: WorkflowSet, names: Names) {
            let occurrenceWorkflow = Dictionary(facts.occurrences.map { ($0.id, $0.workflowID) }, uniquingKeysWith: { first, _ in first })
            let scheduled = set.workflows.filter { workflow in facts.assignments.contains { occurrenceWorkflow[$0.occurrenceID] == workflow.id } }
            workflows = scheduled.map(\.name)
            let column = Dictionary(scheduled.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
            var sittings: [String: [Int]] = [:]
            for assignment in facts.assignments {
                guard let workflow = occurrenceWorkflow[assignment.occurrenceID], let index = column[workflow] else { continue }
                sittings[assignment.personID, default: [Int](repeating: 0, count: column.count)][index] += 1
            }
            let panelWorkflows = Set(set.workflows.filter { $0.panel != nil }.map(\.id))
            var visits: [String: Int] = [:], panels: [String: Int] = [:]
            for session in facts.sessions {
                for person in session.timer.people {
                    if panelWorkflows.contains(session.workflowID ?? "") { panels[person, default: 0] += 1 } else { visits[person, default: 0] += 1 }
                }
            }
            let roles = Set(set.workflows.flatMap { workflow in
                workflow.slots.filter { !$0.onDemand }.flatMap { $0.roles.map(\.id) } + (workflow.panel?.quorum.map(\.role.id) ?? [])
            })
            let roleNames = Dictionary(set.district.roles.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
            let qualified = set.people.filter { person in person.roles.contains { roles.contains($0.id) } }
            entries = qualified.map { person in
                let role = person.roles.first { roles.contains($0.id) }?.id ?? ""
                return Entry(personID: person.id, name: person.name, role: roleNames[role] ?? role, street: names.street(person.street?.id),
                             sittings: sittings[person.id] ?? [Int](repeating: 0, count: column.count),
                             visits: visits[person.id] ?? 0, panels: panels[person.id] ?? 0)
            }
            var spread = [Spread(role: "all", loads: entries.map(\.total))]
            for role in set.district.roles {
                let loads = entries.filter { $0.role == role.name }.map(\.total)
                if !loads.isEmpty { spread.append(Spread(role: role.name, loads: loads)) }
            }
            self.spread = spread
        }
    }
}
