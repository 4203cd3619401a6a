import Foundation
import Testing

/// `sizhen intake template`: CSV that Excel opens with the Chinese intact.
@Suite struct IntakeCommandTests {
    @Test func theTemplateIsUTF8WithAByteOrderMarkAndCRLFLineEnds() throws {
        let result = try CommandRunner.run(["intake", "template"])
        #expect(result.status == 0, "\(result)")
        #expect(result.standardError == "")
        let bytes = Array(result.standardOutput.utf8)
        #expect(bytes.starts(with: [0xEF, 0xBB, 0xBF]))
        let lines = String(result.standardOutput.dropFirst()).components(separatedBy: "\r\n")
        #expect(lines.count == 4 && lines[3] == "", "a header, an example visitor and an example report, each ending in CRLF")
        #expect(lines.first?.hasPrefix("日期,工作流,诊室,序号,结果,接待人员,姓名,电话,身份证号,备注,情况,原因,人数,新日期,案件类型,") == true)
        #expect(lines.dropFirst().first?.hasPrefix("2026-12-09,接诊,") == true)
        let lineFeeds = bytes.indices.filter { bytes[$0] == 0x0A }
        #expect(lineFeeds.count == 3 && lineFeeds.allSatisfy { $0 > 0 && bytes[$0 - 1] == 0x0D }, "every line feed follows a carriage return")
    }

    @Test func aBadMonthIsAnErrorInTheValue() throws {
        let result = try CommandRunner.run(["intake", "template", "--month", "2026-13"])
        #expect(result.status == 1)
        #expect(result.standardOutput == "")
        #expect(result.standardError.hasPrefix("--month:1:1: error: '2026-13' is not a valid month for --month"))
    }
}
