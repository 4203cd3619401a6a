/// What evaluating a rule costs, in the units that both the checker's worst-case estimate
/// (`CostEstimator`) and the runtime budget (`Frame`) count, so that the two agree.
///
/// A **step** is one node of the expression evaluated (a name, a literal, an operator, a call),
/// one visit of a macro's body, one element of a list or entry of a map compared or copied, or
/// `textBytesPerStep` bytes of text read. **Memory** is what an evaluation builds:
/// `elementBytes` for each element of a list and for each key and value of a map, and the UTF-8
/// bytes of each text joined with `+`. Work bounded by the expression's own size (a comparison
/// of two numbers, a field read outside any macro) is not counted at run time; work that grows
/// with the values (a macro's visits, a text's bytes, a list's elements) always is.
enum CostModel {
    /// The bytes counted for each element of a list built, and for each key and each value of a
    /// map built: a value's slot and a share of its container.
    static let elementBytes = 32
    /// The bytes of text read in one step.
    static let textBytesPerStep = 64

    /// The steps of reading `bytes` of text.
    static func textSteps(_ bytes: Int) -> Int { bytes / textBytesPerStep }

    /// The steps a function takes beyond its node, from the UTF-8 bytes of its first two
    /// arguments when they are text (0 otherwise): `size` and the conversions read their
    /// argument, `startsWith` and `endsWith` the part, and `contains` may compare all of the
    /// part at each place of the text.
    static func callSteps(_ builtin: Builtin, text: Int, part: Int) -> Int {
        switch builtin {
        case .size, .toInt, .toDouble, .toString: textSteps(text)
        case .contains: text.multipliedSaturating(by: part) / textBytesPerStep
        case .startsWith, .endsWith: textSteps(part)
        }
    }

    /// The memory of `count` elements of a list (or keys and values of a map, counted apart).
    static func elementsBytes(_ count: Int) -> Int { count.multipliedSaturating(by: elementBytes) }
}

extension Int {
    /// The sum, or `Int.max` when it would overflow (both are never negative here).
    func addingSaturating(_ other: Int) -> Int {
        let (sum, overflow) = addingReportingOverflow(other)
        return overflow ? .max : sum
    }

    /// The product, or `Int.max` when it would overflow (both are never negative here).
    func multipliedSaturating(by other: Int) -> Int {
        let (product, overflow) = multipliedReportingOverflow(by: other)
        return overflow ? .max : product
    }
}
