import SizhenDiagnostics
import SizhenCalendar
import SizhenEngine
import SizhenRecords
import SizhenModel
import Foundation
import SizhenLoader
import Testing

/// Pinned plans, the difference between plans, and determinism.
@Suite struct PlanStabilityTests {
    let set = PlanningFixture.small

    @Test func replanningWithNothingChangedChangesNothing() throws {
        let first = try PlanningFixture.plan(set)
        let second = try PlanningFixture.plan(set, pinned: first)
        #expect(second.assignments.map(\.person) == first.assignments.map(\.person))
        #expect(second.assignments.map(\.reason) == first.assignments.map(\.reason))
        #expect(second.assignments.allSatisfy { $0.isPinned })
        #expect(PlanDifference(from: first, to: second).isEmpty)
    }

    @Test func newLeaveMovesOnlyTheSittingsItTouches() throws {
        let before = try PlanningFixture.plan(set)
        let leave = Leave(first: CivilDate(iso: "2026-12-09")!, last: CivilDate(iso: "2026-12-09")!, reason: "病假")
        let changed = PlanningFixture.with(set, person: "L002") { $0.leave = [leave] }
        let after = try PlanningFixture.plan(changed, pinned: before)
        let difference = PlanDifference(from: before, to: after)
        #expect(difference.moved.count == 1)
        #expect(difference.added.isEmpty && difference.removed.isEmpty)
        let move = try #require(difference.moved.first)
        #expect(move.before.occurrence == "jiezhen/haitangxi-haitangxi/2026-12-09/1")
        #expect(move.before.person == "L002")
        #expect(PlanningFixture.english(move.reason) == "李华 on leave 12-09 (病假)", "a golden text")
        #expect(move.reason.code == PlanMessage.personCannot.rawValue && move.reason.message("why")?.text("reason") == "病假")
        #expect(PlanningFixture.pairedMiss(move.after.reason)! == ("李华", PlanMessage.onLeave.rawValue))
        let untouched = zip(before.assignments, after.assignments).filter { $0.0.occurrence != move.before.occurrence }
        #expect(untouched.allSatisfy { $0.0.person == $0.1.person })
    }

    @Test func aPersonRemovedLeavesOnlyTheirSeatsToReplan() throws {
        let before = try PlanningFixture.plan(set)
        var changed = set
        changed.people.removeAll { $0.id == "L003" }
        let after = try PlanningFixture.plan(changed, pinned: before)
        let difference = PlanDifference(from: before, to: after)
        #expect(difference.moved.map(\.before.person) == ["L003", "L003"])
        #expect(difference.moved.allSatisfy { $0.reason == PlanMessage.noLongerOnStaff(["person": "L003"]) && $0.after.person == "L004" })
        #expect(after.released.count == 2)
        #expect(Set(before.assignments.filter { $0.person != "L003" }).map(\.occurrence).sorted()
                == after.assignments.filter { $0.isPinned }.map(\.occurrence).sorted())
    }

    @Test func aSeatThatCannotBeRefilledIsRemovedWithItsReason() throws {
        let before = try PlanningFixture.plan(set)
        var changed = set
        changed.people.removeAll { $0.id == "L003" || $0.id == "L004" }
        let after = try PlanningFixture.plan(changed, pinned: before)
        let difference = PlanDifference(from: before, to: after)
        // 天文社区's sittings go to 刘洋 on the 23rd? No: he sits at 烟雨社区; on the 9th he is free.
        #expect(difference.moved.map(\.after.person) == ["LW01"])
        let removal = try #require(difference.removed.first)
        #expect(removal.assignment.occurrence == "jiezhen/tianwen-tianwen/2026-12-23/1")
        #expect(removal.reason.code == PlanMessage.nowUnfilled.rawValue)
        #expect(removal.reason.message("why") == PlanMessage.noLongerOnStaff(["person": "L003"]))
        #expect(removal.reason.first(PlanMessage.holdersOfRole)?.int("count") == 2)
    }

    @Test func aPlanRoundTripsThroughJSON() throws {
        let plan = try PlanningFixture.plan(set)
        let data = try JSONEncoder().encode(plan)
        #expect(try JSONDecoder().decode(Plan.self, from: data) == plan)
        let bare = #"{"assignments":[{"occurrence":"o","workflow":"w","site":"s","date":"2026-12-09","start":"a","end":"b","slot":"x","person":"L001","reason":"r"}],"unfilled":[]}"#
        let decoded = try JSONDecoder().decode(Plan.self, from: Data(bare.utf8))
        #expect(decoded.assignments.first?.person == "L001")
        #expect(decoded.assignments.first?.alternatives == [])
    }

    @Test func planningIsDeterministicWhateverTheFileOrder() throws {
        let first = try PlanningFixture.plan(set)
        #expect(try PlanningFixture.plan(set) == first)
        var shuffled = set
        shuffled.people.reverse()
        #expect(try PlanningFixture.plan(shuffled) == first)
    }

    @Test func theDefaultDistrictHasNoGapsNoClashesAndMostlyPairedSittings() throws {
        let district = PlanningFixture.load("Workflows")
        let plan = try PlanningFixture.plan(district)
        let audit = try PlanningFixture.audit(district, plan)
        #expect(plan.unfilled.isEmpty, "\(plan.unfilled)")
        #expect(audit.doubleBookings.isEmpty, "\(audit.doubleBookings)")
        #expect(audit.seats == 231, "62 sittings, 138 rounds, 31 helpers; the 送法到家 lawyer is on demand")
        let share = audit.pairedShare(of: "jiezhen")
        #expect(share.total == 62 && share.paired >= 60, "\(share)")
        #expect(share.paired == 62, "the paired lawyer and the paired legal worker take turns: \(share)")
        let byLegalWorkers = plan.assignments.filter { $0.workflow == "jiezhen" && $0.person.hasPrefix("LW") }.count
        #expect((20...31).contains(byLegalWorkers), "legal workers sit at a share of the sittings: \(byLegalWorkers) of 62")
        // 崔中敏 is in court 12-07…12-11: 海棠溪社区's sitting of the 9th goes to its paired legal
        // worker, and 崔中敏 sits the 23rd.
        #expect(plan.assignment(at: "jiezhen/haitangxi-haitangxi/2026-12-09/1")?.person == "LW08")
        #expect(plan.assignment(at: "jiezhen/haitangxi-haitangxi/2026-12-23/1")?.person == "L017")
        // Without its paired lawyer 苏家坝社区 still has its paired legal worker.
        var lawyerAway = district
        if let index = lawyerAway.people.firstIndex(where: { $0.id == "L001" }) {
            lawyerAway.people[index].leave.append(Leave(first: PlanningFixture.december.firstDay, last: PlanningFixture.december.lastDay, reason: "年假"))
        }
        let away = try PlanningFixture.plan(lawyerAway)
        #expect(away.assignments.filter { $0.occurrence.hasPrefix("jiezhen/tongyuanju-sujiaba/") }.map(\.person) == ["LW01", "LW01"])
        #expect(try PlanningFixture.plan(district, pinned: plan).assignments.map(\.person) == plan.assignments.map(\.person))
    }

    @Test func aGeneratedDistrictPlansWithoutClashes() throws {
        let template = try ScaffoldTemplate.load(folder: PlanningFixture.repository.appendingPathComponent("Workflows").path).get()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sizhen-plan-test-\(getpid())")
        defer { try? FileManager.default.removeItem(at: folder) }
        for (path, text) in DistrictScaffold(communities: 300, template: template).files() {
            let url = folder.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        let outcome = WorkflowSetLoader().load(folder: folder.path)
        let generated = try #require(outcome.set)
        let plan = try PlanningFixture.plan(generated)
        let audit = try PlanningFixture.audit(generated, plan)
        #expect(audit.doubleBookings.isEmpty)
        #expect(plan.unfilled.isEmpty, "\(plan.unfilled.count) unfilled, first: \(plan.unfilled.first.map { PlanningFixture.english($0.reason) } ?? "")")
        #expect(audit.fairness.allSatisfy { $0.spread <= 3 }, "\(audit.fairness)")
    }
}
