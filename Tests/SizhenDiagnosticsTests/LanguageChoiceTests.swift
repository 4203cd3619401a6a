import SizhenDiagnostics
import Testing

/// Which language a command speaks: `--lang`, then SIZHEN_LANG, then the locale as POSIX orders
/// it (LC_ALL, LC_MESSAGES, LANG), Chinese when it starts with zh.
@Suite struct LanguageChoiceTests {
    @Test func namesAreReadAsUsersWriteThem() {
        for text in ["zh", "ZH", "zh_CN", "zh_CN.UTF-8", "zh-Hans", "zh_TW.Big5", "chinese", "中文"] {
            #expect(LanguageChoice.named(text) == .chinese, "\(text)")
        }
        for text in ["en", "en_US.UTF-8", "english", "C", "C.UTF-8", "POSIX"] {
            #expect(LanguageChoice.named(text) == .english, "\(text)")
        }
        for text in ["", "fr", "zhx", "eng", "cn", "z", "c++"] {
            #expect(LanguageChoice.named(text) == nil, "\(text)")
        }
    }

    @Test func theEnvironmentChoosesInPOSIXOrderAfterSizhenLang() {
        #expect(LanguageChoice.fromEnvironment([:]) == .english)
        #expect(LanguageChoice.fromEnvironment(["LANG": "zh_CN.UTF-8"]) == .chinese)
        #expect(LanguageChoice.fromEnvironment(["LANG": "zh_CN.UTF-8", "LC_MESSAGES": "en_US.UTF-8"]) == .english)
        #expect(LanguageChoice.fromEnvironment(["LANG": "en_US.UTF-8", "LC_MESSAGES": "en_US", "LC_ALL": "zh_CN"]) == .chinese)
        #expect(LanguageChoice.fromEnvironment(["LC_ALL": "", "LANG": "zh_CN"]) == .chinese, "an empty variable is not set")
        #expect(LanguageChoice.fromEnvironment(["LANG": "zh_CN", "SIZHEN_LANG": "en"]) == .english)
        #expect(LanguageChoice.fromEnvironment(["LANG": "en_US", "SIZHEN_LANG": "zh"]) == .chinese)
        #expect(LanguageChoice.fromEnvironment(["LANG": "zh_CN", "SIZHEN_LANG": "klingon"]) == .chinese, "a SIZHEN_LANG naming nothing is passed over")
    }

    @Test func theFlagIsTakenOutOfTheArgumentsWhereverItIs() {
        var arguments = ["validate", "--lang", "zh", "--workflows", "x"]
        #expect(LanguageChoice.take(from: &arguments) == .success(.chinese))
        #expect(arguments == ["validate", "--workflows", "x"])
        arguments = ["--lang=en", "report", "--month", "2026-12", "--lang", "zh_CN"]
        #expect(LanguageChoice.take(from: &arguments) == .success(.chinese), "the last one counts")
        #expect(arguments == ["report", "--month", "2026-12"])
        arguments = ["eval", "--", "--lang", "zh"]
        #expect(LanguageChoice.take(from: &arguments) == nil, "after -- it is an argument")
        #expect(arguments == ["eval", "--", "--lang", "zh"])
        arguments = ["validate", "--lang", "fr"]
        #expect(LanguageChoice.take(from: &arguments) == .failure(LanguageChoice.Refusal(text: "fr")))
        arguments = ["validate", "--lang"]
        #expect(LanguageChoice.take(from: &arguments) == .failure(LanguageChoice.Refusal(text: nil)))
        #expect(arguments == ["validate"])
    }
}
