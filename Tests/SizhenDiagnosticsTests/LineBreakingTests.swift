import Testing
import SizhenDiagnostics

/// Chinese text broken into lines by display width: between characters, never inside a word
/// in letters, never before a closing mark or after an opening one.
@Suite struct LineBreakingTests {
    @Test func chineseBreaksBetweenCharactersByDisplayWidth() {
        let lines = LineBreaking.lines(of: "每个命令都用中文或英文输出，两种语言的键名相同。", firstWidth: 20, width: 20)
        #expect(lines == ["每个命令都用中文或英", "文输出，两种语言的键", "名相同。"])
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= 20 })
    }

    @Test func aClosingMarkStaysWithWhatItCloses() {
        // 10 characters fill the line; the comma goes down with the character before it.
        let lines = LineBreaking.lines(of: "一二三四五六七八九十，甲乙", firstWidth: 20, width: 20)
        #expect(lines == ["一二三四五六七八九", "十，甲乙"])
        let opened = LineBreaking.lines(of: "一二三四五六七八九（甲）", firstWidth: 20, width: 20)
        #expect(opened == ["一二三四五六七八九", "（甲）"])
    }

    @Test func wordsInLettersAreNotCutAndTheBreakingSpaceGoes() {
        let lines = LineBreaking.lines(of: "请用 --db FILE 指定数据库，或运行 sizhen rounds --date", firstWidth: 24, width: 32)
        #expect(lines == ["请用 --db FILE 指定数据", "库，或运行 sizhen rounds --date"])
        let english = LineBreaking.lines(of: "The workflows folder (default: ./Workflows)", firstWidth: 20, width: 20)
        #expect(english == ["The workflows folder", "(default:", "./Workflows)"])
    }

    @Test func aFirstLineCanBeNarrowerAndTextThatFitsIsKeptWhole() {
        #expect(LineBreaking.lines(of: "两  个空格", firstWidth: 80, width: 80) == ["两  个空格"])
        #expect(LineBreaking.lines(of: "", firstWidth: 10, width: 10) == [""])
        #expect(LineBreaking.lines(of: "甲乙丙丁", firstWidth: 4, width: 8) == ["甲乙", "丙丁"])
    }

    @Test func codeBetweenBackquotesStaysWhole() {
        let lines = LineBreaking.lines(of: "案件编号，与显示的相同（`<场次>#<序号>`）。", firstWidth: 30, width: 30)
        #expect(lines == ["案件编号，与显示的相同", "（`<场次>#<序号>`）。"])
    }

    @Test func englishProseBreaksOnlyAtSpaces() {
        let lines = LineBreaking.lines(of: "only this workflow, by id or name (接诊).", firstWidth: 38, width: 38, breakingChinese: false)
        #expect(lines == ["only this workflow, by id or name", "(接诊)."])
    }
}
