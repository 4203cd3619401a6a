/// Breaks text into lines of a display width, the way Chinese is set: between any two Chinese
/// characters, and at spaces (a word in letters, a path or an option is never cut, nor split
/// from a Chinese character it is written against, nor code between backquotes except at a space). A closing mark (，。、；：）》” …) stays with what it closes and an opening one
/// (（《“ …) with what it opens, so that no line starts with a comma or ends with a bracket.
public enum LineBreaking {
    /// The lines of `text`, the first at most `firstWidth` columns wide, the others at most
    /// `width` (`DisplayWidth`). The spaces a line is broken at are left out; other spaces
    /// are kept as they are. A word wider than its line is put on a line of its own, whole.
    /// Without `breakingChinese` (English prose with a few Chinese words) lines break only at
    /// spaces, so that 接诊 is not cut in two; widths are still display widths.
    public static func lines(of text: String, firstWidth: Int, width: Int, breakingChinese: Bool = true) -> [String] {
        var lines: [String] = []
        var line = ""
        var lineWidth = 0
        var limit = firstWidth
        for piece in pieces(of: text, breakingChinese: breakingChinese) {
            let gap = line.isEmpty ? "" : piece.spaces
            if line.isEmpty || lineWidth + gap.count + piece.width <= limit {
                line += gap + piece.text
                lineWidth += gap.count + piece.width
            } else {
                lines.append(line)
                line = piece.text
                lineWidth = piece.width
                limit = width
            }
        }
        if !line.isEmpty || lines.isEmpty { lines.append(line) }
        return lines
    }

    /// What cannot be broken: a word in letters, or a Chinese character with the marks that
    /// cling to it; with the spaces before it.
    struct Piece {
        var spaces = ""
        var text = ""
        var width = 0
    }

    static func pieces(of text: String, breakingChinese: Bool) -> [Piece] {
        var pieces: [Piece] = []
        var current = Piece()
        var spaces = ""
        var previous: Character?
        var inCode = false
        for character in text {
            let wasInCode = inCode
            if character == "`" { inCode.toggle() }
            if character == " " {
                spaces.append(character)
                previous = character
                continue
            }
            let width = DisplayWidth.of(String(character))
            let joins: Bool
            if let previous, !current.text.isEmpty, spaces.isEmpty {
                // Breaks fall between two Chinese characters, before an opening mark and after a
                // closing one (“ and ” are one column wide); letters and signs written against a
                // Chinese character stay with it (`<场次>#<序号>` is not cut at `>`).
                let previousWide = DisplayWidth.of(String(previous)) == 2
                let breakable = breakingChinese && ((previousWide && width == 2) || opening.contains(character) || chineseClosing.contains(previous))
                joins = !breakable || closing.contains(character) || opening.contains(previous) || wasInCode
            } else {
                joins = false
            }
            if joins {
                current.text.append(character)
                current.width += width
            } else {
                if !current.text.isEmpty { pieces.append(current) }
                current = Piece(spaces: spaces, text: String(character), width: width)
            }
            spaces = ""
            previous = character
        }
        if !current.text.isEmpty { pieces.append(current) }
        return pieces
    }

    /// Chinese marks a line must not start with; a line may break after them.
    static let chineseClosing: Set<Character> = ["，", "。", "、", "；", "：", "！", "？", "）", "》", "」", "』", "”", "’", "…", "】", "〕"]
    /// Marks a line must not start with.
    static let closing: Set<Character> = chineseClosing.union([",", ".", ";", ":", "!", "?", ")", "]", "}"])
    /// Marks a line must not end with.
    static let opening: Set<Character> = ["（", "《", "「", "『", "“", "‘", "【", "〔"]
}
