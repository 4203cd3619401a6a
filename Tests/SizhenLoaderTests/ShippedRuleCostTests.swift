import Foundation
import SizhenLoader
import SizhenRules
import Testing

/// Every rule the program ships (the district, the what-if examples, the docs' district) is
/// accepted under the standard limits with room to spare: the estimates that refuse a hostile
/// rule are thousands of times what a real rule costs.
@Suite struct ShippedRuleCostTests {
    @Test(arguments: ["Workflows", "Examples/three-sittings", "Examples/all-clinics", "docs/examples/small-district"])
    func everyShippedRuleFitsFarUnderTheLimits(folder: String) throws {
        let loaded = WorkflowSetLoader().load(folder: CalendarFileTests.repository.appendingPathComponent(folder).path)
        #expect(!loaded.diagnostics.hasErrors, "\(loaded.diagnostics.sorted)")
        let set = try #require(loaded.set)
        let limits = RuleLimits.standard
        for (location, rule) in set.rules {
            #expect(rule.cost.maximumSteps <= limits.maximumCost / 1_000, "\(location): \(rule.text) \(rule.cost)")
            #expect(rule.cost.maximumBytes <= limits.maximumMemory / 1_000, "\(location): \(rule.text) \(rule.cost)")
        }
        if folder == "Workflows" { #expect(set.rules.count >= 5) }
    }
}
