import SizhenDiagnostics
import SizhenCalendar
import SizhenEngine
import SizhenRecords
import SizhenModel
import Testing

/// Every hard constraint, on the small district.
@Suite struct PlannerConstraintTests {
    let set = PlanningFixture.small

    @Test func aSlotTakesOnlyTheRolesItAccepts() throws {
        let plan = try PlanningFixture.plan(set)
        let helpers = plan.assignments.filter { $0.workflow == "zhuzhen" }
        #expect(!helpers.isEmpty)
        #expect(helpers.allSatisfy { $0.person.hasPrefix("L0") }, "助诊 takes lawyers only; LW01 is a legal worker")
    }

    @Test func weeklyAvailabilityIsRespected() throws {
        let plan = try PlanningFixture.plan(set)
        // 王芳 (L003) works Tuesday and Wednesday mornings only: never on Friday 12-04.
        #expect(!plan.assignments.contains { $0.person == "L003" && $0.date == "2026-12-04" })
        #expect(plan.person(at: "jiezhen/tianwen-tianwen/2026-12-09/1") == "L003")
        let narrowed = PlanningFixture.with(set, person: "L003") {
            $0.availability = [AvailabilityWindow(days: [.wednesday], time: try! TimeWindow(parsing: "10:00-12:00"))]
        }
        let later = try PlanningFixture.plan(narrowed)
        #expect(later.person(at: "jiezhen/tianwen-tianwen/2026-12-09/1") == "L004", "09:00-12:00 is not inside 10:00-12:00")
        let reason = later.assignment(at: "jiezhen/tianwen-tianwen/2026-12-09/1")!.reason
        #expect(PlanningFixture.pairedMiss(reason)! == ("王芳", PlanMessage.notAvailable.rawValue))
        #expect(reason.first(PlanMessage.notAvailable) == PlanMessage.notAvailable(["weekday": "周三", "window": "09:00-12:00"]))
        #expect(reason.first(PlanMessage.chosen)?.text("person") == "陈刚" && PlanningFixture.met(reason, .sameStreet))
    }

    @Test func leaveIsRespectedAndExplained() throws {
        let plan = try PlanningFixture.plan(set)
        let sitting = try #require(plan.assignment(at: "jiezhen/haitangxi-yanyu/2026-12-23/1"))
        #expect(sitting.person == "LW01")
        #expect(PlanningFixture.english(sitting.reason).hasPrefix("paired lawyer 张明 on leave 12-21…12-25 (年假); 刘洋: same street, "), "a golden text")
        #expect(PlanningFixture.pairedMiss(sitting.reason)! == ("张明", PlanMessage.onLeave.rawValue))
        #expect(!plan.assignments.contains { $0.person == "L001" && ("2026-12-21"..."2026-12-25").contains($0.date) })
    }

    @Test func nobodyIsInTwoPlacesAtOnce() throws {
        let plan = try PlanningFixture.plan(set)
        var seen = Set<String>()
        for assignment in plan.assignments {
            #expect(seen.insert(assignment.person + "@" + assignment.start).inserted, "\(assignment.person) twice at \(assignment.start)")
        }
        #expect(try PlanningFixture.audit(set, plan).doubleBookings.isEmpty)
    }

    @Test func theTravelBufferKeepsAPersonFromCrossingStreetsTooFast() throws {
        // A talk at 天文社区 right after the sittings, for legal workers: only 刘洋 (海棠溪街道), who
        // sits at 烟雨社区 until 12:00 on 12-23.
        var changed = set
        changed.workflows.append(try PlanningFixture.workflow("talk", at: "tianwen-tianwen", rule: "FREQ=MONTHLY;BYDAY=2WE,4WE",
                                                               time: "12:15-13:00", roles: ["legal_worker"], prefer: [.leastLoaded]))
        let plan = try PlanningFixture.plan(changed)
        #expect(plan.person(at: "jiezhen/haitangxi-yanyu/2026-12-23/1") == "LW01")
        #expect(plan.person(at: "talk/tianwen-tianwen/2026-12-09/1") == "LW01", "free on the 9th")
        let gap = try #require(plan.unfilled.first { $0.occurrence == "talk/tianwen-tianwen/2026-12-23/1" })
        #expect(PlanningFixture.english(gap.reason) == "legal worker: 1 holds the role — 1 busy at the time", "a golden text")
        let relaxed = try PlanningFixture.plan(changed, options: PlannerOptions(travelBufferMinutes: 10))
        #expect(relaxed.person(at: "talk/tianwen-tianwen/2026-12-23/1") == "LW01", "15 minutes are enough with a 10-minute buffer")
        #expect(try PlanningFixture.audit(changed, relaxed, options: PlannerOptions(travelBufferMinutes: 10)).doubleBookings.isEmpty)
        #expect(try PlanningFixture.audit(changed, relaxed).doubleBookings.count == 1, "the audit sees the clash under a 30-minute buffer")
    }

    @Test func theTravelBufferIsTheDistrictsSetting() throws {
        var changed = set
        changed.workflows.append(try PlanningFixture.workflow("talk", at: "tianwen-tianwen", rule: "FREQ=MONTHLY;BYDAY=2WE,4WE",
                                                               time: "12:15-13:00", roles: ["legal_worker"], prefer: [.leastLoaded]))
        #expect(changed.district.travelBufferMinutes == 30, "the small district leaves the default")
        #expect(try PlanningFixture.plan(changed).person(at: "talk/tianwen-tianwen/2026-12-23/1") == nil)
        changed.district.travelBufferMinutes = 15
        let plan = try PlanningFixture.plan(changed)
        #expect(plan.person(at: "talk/tianwen-tianwen/2026-12-23/1") == "LW01", "the district's 15 minutes are enough")
        #expect(try PlanningFixture.audit(changed, plan).doubleBookings.isEmpty, "the audit keeps the district's buffer too")
        #expect(Planner(set: changed).options.travelBufferMinutes == 15)
    }

    @Test func aPersonSitsNowhereOnTheDayOfTheirSession() throws {
        // 王芳 (L003) sits at 天文社区 on 12-09; a panel she is on that day keeps her away.
        #expect(try PlanningFixture.plan(set).person(at: "jiezhen/tianwen-tianwen/2026-12-09/1") == "L003")
        let plan = try PlanningFixture.plan(set, sessionDays: ["L003": [CivilDate(iso: "2026-12-09")!]])
        #expect(!plan.assignments.contains { $0.person == "L003" && $0.date == "2026-12-09" })
        let sitting = try #require(plan.assignment(at: "jiezhen/tianwen-tianwen/2026-12-09/1"))
        #expect(sitting.person == "L004")
        #expect(PlanningFixture.pairedMiss(sitting.reason)! == ("王芳", PlanMessage.hasSession.rawValue))
        #expect(plan.person(at: "jiezhen/tianwen-tianwen/2026-12-23/1") == "L003", "the other days are hers as before")
    }

    @Test func monthlyLimitsAreRespected() throws {
        let limited = PlanningFixture.with(set, person: "L003") { $0.limits = Limits(perMonth: 1) }
        let plan = try PlanningFixture.plan(limited)
        #expect(plan.assignments(of: "L003").count == 1)
        let second = try #require(plan.assignment(at: "jiezhen/tianwen-tianwen/2026-12-23/1"))
        #expect(second.person == "L004")
        #expect(PlanningFixture.pairedMiss(second.reason)! == ("王芳", PlanMessage.monthLimit.rawValue))
        #expect(second.reason.first(PlanMessage.monthLimit)?.int("limit") == 1)
        #expect(second.reason.first(PlanMessage.chosen)?.text("person") == "陈刚" && PlanningFixture.met(second.reason, .sameStreet))
    }

    @Test func weeklyAndDailyLimitsAreRespected() throws {
        var changed = PlanningFixture.with(set, person: "L002") { $0.limits = Limits(perWeek: 1) }
        // A Thursday talk at 海棠溪社区 in the week of the 9th, for lawyers, skills first.
        changed.workflows.append(try PlanningFixture.workflow("talk", at: "haitangxi-haitangxi", rule: "FREQ=MONTHLY;BYMONTHDAY=10",
                                                               time: "14:00-15:00", roles: ["lawyer"], prefer: [.skills, .paired],
                                                               skills: ["婚姻家庭"]))
        let plan = try PlanningFixture.plan(changed)
        #expect(plan.person(at: "jiezhen/haitangxi-haitangxi/2026-12-09/1") == "L002")
        #expect(plan.person(at: "talk/haitangxi-haitangxi/2026-12-10/1") != "L002", "李华 already sits once that week")
        let unlimited = try PlanningFixture.plan(PlanningFixture.with(changed, person: "L002") { $0.limits = Limits() })
        #expect(unlimited.person(at: "talk/haitangxi-haitangxi/2026-12-10/1") == "L002")
        // Daily: 张明 (1 a day) cannot take a second job on the 9th.
        var daily = set
        daily.workflows.append(try PlanningFixture.workflow("talk", at: "haitangxi-yanyu", rule: "FREQ=MONTHLY;BYMONTHDAY=9",
                                                             time: "14:00-15:00", roles: ["lawyer"], prefer: [.paired]))
        let dailyPlan = try PlanningFixture.plan(daily)
        #expect(dailyPlan.person(at: "jiezhen/haitangxi-yanyu/2026-12-09/1") == "L001")
        #expect(PlanningFixture.pairedMiss(dailyPlan.assignment(at: "talk/haitangxi-yanyu/2026-12-09/1")!.reason)! == ("张明", PlanMessage.dayLimit.rawValue))
    }

    @Test func aSlotNobodyCanFillIsListedWithTheReasonPerRole() throws {
        let plan = try PlanningFixture.plan(set)
        #expect(plan.unfilled.count == 1)
        let gap = try #require(plan.unfilled.first)
        #expect(gap.occurrence == "zhuzhen/tianwen-tianwen/2026-12-04/1")
        #expect(gap.slot == "helper")
        let holders = try #require(gap.reason.first(PlanMessage.holdersOfRole))
        #expect(holders.int("count") == 4)
        let tally = holders.allMessages.filter { $0.code == PlanMessage.tally.rawValue }
        #expect(tally.map { $0.int("count") } == [2, 1, 1])
        #expect(tally.map { $0.message("what")?.code } == [PlanMessage.busyShort.rawValue, PlanMessage.notAvailable.rawValue, PlanMessage.onLeaveShort.rawValue])
        var noRole = set
        noRole.workflows.append(try PlanningFixture.workflow("panel", at: "tianwen-tianwen", rule: "FREQ=MONTHLY;BYMONTHDAY=8",
                                                              time: "09:00-10:00", roles: ["professor", "lawyer"], prefer: [.paired]))
        let withPanel = try PlanningFixture.plan(PlanningFixture.with(noRole, person: "L003") { $0.leave = [Leave(first: CivilDate(iso: "2026-12-08")!, last: CivilDate(iso: "2026-12-08")!, reason: nil)] })
        #expect(withPanel.person(at: "panel/tianwen-tianwen/2026-12-08/1") == "L004")
        let panelReason = withPanel.assignment(at: "panel/tianwen-tianwen/2026-12-08/1")!.reason
        #expect(PlanningFixture.pairedMiss(panelReason)! == ("王芳", PlanMessage.onLeave.rawValue))
        #expect(panelReason.first(PlanMessage.chosen)?.message("met") == nil, "the slot prefers only paired, so the least loaded follows")
        #expect(panelReason.first(PlanMessage.load)?.int("count") == 0)
    }

    @Test func onDemandSlotsAreNotPlanned() throws {
        var changed = set
        var talk = try PlanningFixture.workflow("visit", at: "haitangxi-yanyu", rule: "FREQ=MONTHLY;BYMONTHDAY=15", time: "14:00-15:00",
                                                roles: ["lawyer"], prefer: [.paired])
        talk.slots[0].onDemand = true
        changed.workflows.append(talk)
        let plan = try PlanningFixture.plan(changed)
        #expect(!plan.assignments.contains { $0.workflow == "visit" })
        #expect(!plan.unfilled.contains { $0.workflow == "visit" })
    }
}
