import SizhenDiagnostics
import SizhenCalendar
@testable import SizhenEngine
import SizhenRecords
import SizhenModel
import Testing

/// Preferences in the slot's order, fairness, and the optimiser underneath.
@Suite struct PlannerPreferenceTests {
    let set = PlanningFixture.small

    @Test func thePairedPersonSitsAtTheirClinic() throws {
        let plan = try PlanningFixture.plan(set)
        for (site, person) in [("haitangxi-yanyu", "L001"), ("haitangxi-haitangxi", "L002"), ("tianwen-tianwen", "L003")] {
            let sitting = try #require(plan.assignment(at: "jiezhen/\(site)/2026-12-09/1"))
            #expect(sitting.person == person)
            #expect(sitting.reason.code == PlanMessage.pairedOf.rawValue)
        }
    }

    @Test func theSameStreetComesBeforeALighterLoad() throws {
        // With 张明 on leave, 刘洋 (海棠溪街道, 0 sittings) is chosen; give him more sittings than
        // 陈刚 (天文街道) by pinning nothing but raising his load with a weekly talk: still him.
        var changed = set
        changed.workflows.append(try PlanningFixture.workflow("talk", at: "haitangxi-huilong", rule: "FREQ=WEEKLY;BYDAY=MO",
                                                               time: "14:00-15:00", roles: ["legal_worker"], prefer: [.leastLoaded]))
        let plan = try PlanningFixture.plan(changed)
        #expect(plan.assignments(of: "LW01").count >= 4)
        #expect(plan.person(at: "jiezhen/haitangxi-yanyu/2026-12-23/1") == "LW01", "same street beats least loaded")
        let explained = try #require(plan.assignment(at: "jiezhen/haitangxi-yanyu/2026-12-23/1"))
        let runnerUp = try #require(explained.alternatives.first { $0.person == "L004" })
        #expect(runnerUp.reason == PlanMessage.otherStreet())
    }

    @Test func skillsWinWhenTheWorkflowRanksThemFirst() throws {
        var changed = set
        changed.workflows.append(try PlanningFixture.workflow("talk", at: "haitangxi-yanyu", rule: "FREQ=MONTHLY;BYMONTHDAY=10",
                                                               time: "14:00-15:00", roles: ["lawyer"], prefer: [.skills, .paired],
                                                               skills: ["婚姻家庭"]))
        let plan = try PlanningFixture.plan(changed)
        let talk = try #require(plan.assignment(at: "talk/haitangxi-yanyu/2026-12-10/1"))
        #expect(talk.person == "L002", "李华 has 婚姻家庭; 张明 is paired but paired is ranked second")
        #expect(talk.reason.first(PlanMessage.skills) == PlanMessage.skills(["skills": .texts(["婚姻家庭"])]))
        #expect(talk.alternatives.first { $0.person == "L001" }?.reason == PlanMessage.fewerSkills(["count": 0, "total": 1]))
        var reordered = changed
        reordered.workflows[reordered.workflows.count - 1].slots[0].prefer = [.paired, .skills]
        #expect(try PlanningFixture.plan(reordered).person(at: "talk/haitangxi-yanyu/2026-12-10/1") == "L001")
    }

    @Test func continuityKeepsTheSamePersonAtASite() throws {
        // 回龙湾社区 has no paired lawyer and no clinic; a weekly talk for lawyers who prefer
        // continuity, then load: the same person every week, up to their limit.
        var changed = set
        changed.workflows.append(try PlanningFixture.workflow("talk", at: "haitangxi-huilong", rule: "FREQ=WEEKLY;BYDAY=TH",
                                                               time: "14:00-15:00", roles: ["lawyer"], prefer: [.continuity, .leastLoaded]))
        let plan = try PlanningFixture.plan(changed)
        let people = plan.assignments.filter { $0.workflow == "talk" }.map(\.person)
        #expect(people.count == 5)
        #expect(Set(people).count <= 2, "\(people)")
        let talks = plan.assignments.filter { $0.workflow == "talk" }
        // 张明 takes the first three Thursdays; on leave on the 24th, 陈刚 takes over and keeps it.
        #expect(talks.map(\.person) == ["L001", "L001", "L001", "L004", "L004"], "\(talks.map { $0.person + ": " + PlanningFixture.english($0.reason) })")
        #expect(talks.filter { $0.reason.first(PlanMessage.alreadyHere)?.text("site") == "回龙湾社区" }.count == 3)
        var fair = changed
        fair.workflows[fair.workflows.count - 1].slots[0].prefer = [.leastLoaded]
        let spread = try PlanningFixture.plan(fair).assignments.filter { $0.workflow == "talk" }.map(\.person)
        #expect(Set(spread).count >= 3, "without continuity the load spreads: \(spread)")
    }

    @Test func theLocalSearchEvensTheLoadWithoutBreakingPreferences() throws {
        // Two lawyers with no pairing; talk A on the 1st (either may go), talk B on the 2nd and 3rd
        // (only 陈刚 is free). Greedy gives 陈刚 all three (the tie on the 1st goes to the lower id
        // L003... unless balanced): the local search leaves 王芳 the first.
        var changed = set
        changed.people = set.people.filter { ["L003", "L004"].contains($0.id) }.map { person in
            var copy = person
            copy.paired = []
            copy.limits = Limits()
            copy.leave = []
            copy.availability = []
            return copy
        }
        changed.workflows = [
            try PlanningFixture.workflow("a", at: "tianwen-tianwen", rule: "FREQ=MONTHLY;BYMONTHDAY=1", time: "09:00-10:00",
                                         roles: ["lawyer"], prefer: [.sameStreet]),
            try PlanningFixture.workflow("b", at: "tianwen-tianwen", rule: "FREQ=MONTHLY;BYMONTHDAY=2,3,7", time: "09:00-10:00",
                                         roles: ["lawyer"], prefer: [.sameStreet]),
        ]
        let away = Leave(first: CivilDate(iso: "2026-12-02")!, last: CivilDate(iso: "2026-12-31")!, reason: "病假")
        changed = PlanningFixture.with(changed, person: "L004") { $0.leave = [away] }
        let plan = try PlanningFixture.plan(changed)
        #expect(plan.unfilled.isEmpty)
        #expect(plan.person(at: "a/tianwen-tianwen/2026-12-01/1") == "L004", "moved to 陈刚, who is free only that day")
        let moved = plan.assignment(at: "a/tianwen-tianwen/2026-12-01/1")!.reason
        #expect(moved.code == PlanMessage.movedToEvenLoad.rawValue && moved.text("from") == "王芳" && moved.int("load") == 4)
        let audit = try PlanningFixture.audit(changed, plan)
        #expect(audit.fairness.map(\.spread) == [2], "3 and 1: the three days only 王芳 can work keep her at 3")
    }

    @Test func theOptimiserBeatsFirstFit() {
        // First fit gives row 0 its cheapest column (0), leaving row 1 only column 2 (cost 9).
        let c = { (x: Int) in LexicographicCost(x, 0, 0, 0, 0, 0) }
        let inf = LexicographicCost.infinity
        let cost = [[c(1), c(2), inf], [c(1), inf, c(9)]]
        #expect(MinCostAssignment.solve(cost) == [1, 0])
        // Lexicographic: one paired match is worth more than any load.
        let lexicographic = [[LexicographicCost(0, 0, 0, 0, 0, 50), LexicographicCost(1, 0, 0, 0, 0, 0)],
                             [LexicographicCost(1, 0, 0, 0, 0, 0), LexicographicCost(1, 0, 0, 0, 0, 1)]]
        #expect(MinCostAssignment.solve(lexicographic) == [0, 1])
    }

    @Test(arguments: [1, 2, 3, 4, 5, 6, 7])
    func theHungarianAlgorithmMatchesBruteForce(seed: Int) {
        var state = UInt64(seed) &* 6364136223846793005 &+ 1442695040888963407
        func next() -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % 10)
        }
        let rows = 4, columns = 5
        let cost = (0..<rows).map { _ in (0..<columns).map { _ in LexicographicCost(next() % 2, next(), 0, 0, 0, next()) } }
        let solved = MinCostAssignment.solve(cost)
        #expect(Set(solved).count == rows)
        func total(_ assignment: [Int]) -> LexicographicCost { assignment.enumerated().reduce(.zero) { $0 + cost[$1.offset][$1.element] } }
        var best = LexicographicCost.infinity
        func search(_ row: Int, _ chosen: [Int]) {
            if row == rows { best = min(best, total(chosen)); return }
            for column in 0..<columns where !chosen.contains(column) { search(row + 1, chosen + [column]) }
        }
        search(0, [])
        #expect(total(solved) == best)
    }
}
