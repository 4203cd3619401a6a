/// Numbers as people and JSON read them: at most a few decimals, no trailing zeros, no
/// exponent (`1.5`, `2`, `0.05`). The reports' JSON and text and the loader's messages share
/// it, so that a share reads the same in a diagnostic and in a report.
public enum DecimalText {
    /// `value` with at most `places` decimals, without trailing zeros; nil when it is not finite.
    public static func format(_ value: Double, places: Int = 3) -> String? {
        guard value.isFinite else { return nil }
        var scale = 1.0
        for _ in 0..<max(0, places) { scale *= 10 }
        let rounded = (value * scale).rounded() / scale
        if rounded == rounded.rounded(), abs(rounded) < 1e15 { return String(Int(rounded)) }
        var text = String(rounded)
        if text.contains("e") {
            // Swift writes 0.00001 as 1e-05: write the scaled digits out instead.
            let units = Int((abs(rounded) * scale).rounded())
            var digits = String(units)
            if digits.count <= places { digits = String(repeating: "0", count: places - digits.count + 1) + digits }
            text = (rounded < 0 ? "-" : "") + digits.dropLast(places) + "." + digits.suffix(places)
        }
        while text.contains("."), text.hasSuffix("0") { text.removeLast() }
        return text
    }
}
