import Foundation
import Testing
@testable import SizhenLoader

/// The JSON Schemas editors use must say what the decoders accept, and the copies shipped in
/// Workflows/json-schema must be the ones this build writes.
@Suite struct FileSchemaTests {
    static let workflows = CalendarFileTests.repository.appendingPathComponent("Workflows")

    @Test func schemaKeysAreExactlyTheDecodersKeys() throws {
        let pairs: [(SchemaNode, [String], String)] = [
            (FileSchemas.calendar, CalendarFileDecoder.topKeys, "calendar"),
            (try #require(FileSchemas.calendar.property("years")), CalendarFileDecoder.yearKeys, "calendar year"),
            (try #require(FileSchemas.calendar.property("years")?.property("holidays")), CalendarFileDecoder.holidayKeys, "holiday"),
            (FileSchemas.district, DistrictFileDecoder.topKeys, "district"),
            (try #require(FileSchemas.district.property("streets")), DistrictFileDecoder.streetKeys, "street"),
            (try #require(FileSchemas.district.property("streets")?.property("communities")), DistrictFileDecoder.communityKeys, "community"),
            (try #require(FileSchemas.district.property("reports")), DistrictFileDecoder.reportsKeys, "reports"),
            (try #require(FileSchemas.district.property("reports")?.property("screening")), DistrictFileDecoder.screeningKeys, "screening"),
            (FileSchemas.staff, StaffFileDecoder.topKeys, "staff"),
            (try #require(FileSchemas.staff.property("people")), StaffFileDecoder.personKeys, "person"),
            (try #require(FileSchemas.staff.property("people")?.property("leave")), StaffFileDecoder.leaveKeys, "leave"),
            (FileSchemas.caseSchema, CaseSchemaFileDecoder.topKeys, "case-schema"),
            (FileSchemas.fieldType, CaseSchemaFileDecoder.typeKeys, "field type"),
            (FileSchemas.workflow, WorkflowFileDecoder.topKeys, "workflow"),
            (FileSchemas.schedule, WorkflowFileDecoder.scheduleKeys, "schedule"),
            (try #require(FileSchemas.workflow.property("steps")), WorkflowFileDecoder.stepKeys, "step"),
            (try #require(FileSchemas.workflow.property("escalations")), WorkflowFileDecoder.escalationKeys, "escalation"),
            (try #require(FileSchemas.workflow.property("panel")), WorkflowFileDecoder.panelKeys, "panel"),
            (FileSchemas.scenario, ScenarioFileDecoder.topKeys, "scenario"),
            (FileSchemas.decisionTable, DecisionTableFileDecoder.topKeys, "decision-table"),
            (try #require(FileSchemas.decisionTable.property("inputs")), DecisionTableFileDecoder.inputKeys, "table input"),
            (try #require(FileSchemas.decisionTable.property("outputs")), DecisionTableFileDecoder.outputKeys, "table output"),
            (try #require(FileSchemas.decisionTable.property("rules")), DecisionTableFileDecoder.rowKeys, "table rule"),
        ]
        for (schema, keys, name) in pairs {
            #expect(Set(schema.propertyNames) == Set(keys), "\(name): schema \(schema.propertyNames.sorted()) vs decoder \(keys.sorted())")
        }
    }

    @Test(arguments: FileSchemas.all.map(\.kind))
    func theShippedSchemaIsTheGeneratedOne(kind: String) throws {
        let schema = try #require(FileSchemas.all.first { $0.kind == kind }?.schema)
        let path = Self.workflows.appendingPathComponent("json-schema/sizhen-\(kind).schema.json")
        let shipped = try String(contentsOf: path, encoding: .utf8)
        #expect(shipped == FileSchemas.document(kind: kind, schema: schema), "run `sizhen schema --output Workflows/json-schema`")
        #expect(try JSONSerialization.jsonObject(with: Data(shipped.utf8)) is [String: Any])
    }

    @Test func everyShippedFileNamesTheSchemaOfItsKind() throws {
        let enumerator = try #require(FileManager.default.enumerator(atPath: Self.workflows.path))
        var checked = 0
        while let relative = enumerator.nextObject() as? String {
            guard relative.hasSuffix(".yaml") else { continue }
            let file = Self.workflows.appendingPathComponent(relative)
            let text = try String(contentsOf: file, encoding: .utf8)
            let first = try #require(text.split(separator: "\n").first.map(String.init))
            let kind = try #require(text.firstMatch(of: /\nkind: (\S+)/)?.1)
            let prefix = "# yaml-language-server: $schema="
            #expect(first.hasPrefix(prefix), "\(relative) starts with the schema line")
            let target = file.deletingLastPathComponent().appendingPathComponent(String(first.dropFirst(prefix.count))).standardized
            #expect(target.lastPathComponent == "sizhen-\(kind).schema.json", "\(relative)")
            #expect(FileManager.default.fileExists(atPath: target.path), "\(relative): \(target.path) exists")
            checked += 1
        }
        #expect(checked >= 40)
    }
}
