import Foundation
import Testing

/// A published plan: the files it was made from are kept as digests; an edited file stops the
/// real month until the plan is re-published, which re-plans only the days not yet passed.
@Suite struct PublishCommandTests {
    @Test func anEditedFileIsDetectedAndRePublishedWithThePassedDaysPinned() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sizhen-publish-\(UInt32.random(in: 0...UInt32.max))")
        defer { try? FileManager.default.removeItem(at: folder) }
        let workflows = folder.appendingPathComponent("wf"), db = folder.appendingPathComponent("p.db").path
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: CommandRunner.repository.appendingPathComponent("Workflows"), to: workflows)
        let common = ["--db", db, "--workflows", workflows.path]
        let published = try CommandRunner.run(["plan", "--month", "2026-12", "--publish"] + common)
        #expect(published.status == 0, "\(published)")
        #expect(try CommandRunner.run(["plan", "--month", "2026-12", "--publish"] + common).standardError
                .hasPrefix("--month:1:1: error: the plan of 2026-12 is published already"))
        #expect(try CommandRunner.run(["plan", "--month", "2026-11", "--republish"] + common).standardError
                .hasPrefix("--month:1:1: error: the plan of 2026-11 has not been published"))
        #expect(try CommandRunner.run(["rounds", "--date", "2026-12-10"] + common).status == 0)
        let before = try CommandRunner.run(["plan", "--month", "2026-12", "--format", "csv", "--workflows", workflows.path])

        // 谢海莉 (L016) goes on leave from 12-20: the plan she sits in on 12-23 no longer holds.
        let lawyers = workflows.appendingPathComponent("staff/lawyers.yaml")
        let text = try String(contentsOf: lawyers, encoding: .utf8)
        let paired = "    paired: [haitangxi-yanyu]  # 海棠溪街道烟雨社区（诊室）\n"
        #expect(text.contains(paired))
        try text.replacingOccurrences(of: paired, with: paired + "    leave: [{ from: 2026-12-20, to: 2026-12-31 }]\n")
            .write(to: lawyers, atomically: true, encoding: .utf8)

        let refused = try CommandRunner.run(["rounds", "--date", "2026-12-11"] + common)
        #expect(refused.status == 1)
        #expect(refused.standardError.contains("error: 1 workflow file has changed since the plan of 2026-12 was published: staff/lawyers.yaml"),
                "\(refused)")
        #expect(refused.standardError.contains("sizhen plan --month 2026-12 --republish"))
        let sheet = folder.appendingPathComponent("sheet.csv")
        try Data("\u{FEFF}日期,工作流,诊室,情况\n2026-12-09,接诊,烟雨社区,举办\n".utf8).write(to: sheet)
        #expect(try CommandRunner.run(["intake", "import", sheet.path] + common).status == 1, "a sheet waits for the re-publication too")

        let republished = try CommandRunner.run(["plan", "--month", "2026-12", "--republish"] + common)
        #expect(republished.status == 0, "\(republished)")
        #expect(republished.standardOutput.contains("moved   2026-12-23  接诊      烟雨社区  sitter  L016 谢海莉 → "), "\(republished.standardOutput.suffix(400))")
        // The days passed (through 12-10) keep what was published.
        let stored = try CommandRunner.run(["plan", "--month", "2026-12", "--format", "csv"] + common)
        let passed = { (csv: String) in csv.split(separator: "\r\n").filter { $0.contains(",2026-12-0") || $0.contains(",2026-12-10,") } }
        #expect(passed(stored.standardOutput) == passed(before.standardOutput))
        #expect(try CommandRunner.run(["rounds", "--date", "2026-12-11"] + common).status == 0)
        #expect(try CommandRunner.run(["intake", "import", sheet.path] + common).status == 0)
    }
}
