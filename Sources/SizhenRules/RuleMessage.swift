import SizhenDiagnostics

/// The words of every diagnostic and runtime error of the rule language (syntax, checking,
/// evaluation), in English and Chinese. `RuleMessages` builds the messages with their arguments.
///
/// Arguments: `name`, `field`, `path` and `function` names as written in the rule; `type`,
/// `left`, `right`, `expected` and `found` type names (`int`, `list(string)`, or an object's
/// name); `op` an operator; `found` after "expected" a nested token description; `value`,
/// `values` and `text` text from the rule or its data; `suggestion` a likely intended name.
/// CEL's words (operators, `?:`, `has()`, type names) stay as they are in both languages.
public enum RuleMessage: String, MessageCatalogue {
    // Syntax.
    case unsupportedBytes = "rules.unsupported-bytes"
    case unsupportedUnsigned = "rules.unsupported-unsigned"
    case unsupportedFunction = "rules.unsupported-function"
    case unsupportedOptionalSelection = "rules.unsupported-optional-selection"
    case unsupportedOptionalIndex = "rules.unsupported-optional-index"
    case unsupportedMessageConstruction = "rules.unsupported-message-construction"
    case unsupportedOptionalEntries = "rules.unsupported-optional-entries"
    case bytesHint = "rules.bytes-hint"
    case unsignedHint = "rules.unsigned-hint"
    case reservedWord = "rules.reserved-word"
    case singleEquals = "rules.single-equals"
    case singleEqualsHint = "rules.single-equals-hint"
    case singleAmpersand = "rules.single-ampersand"
    case singleBar = "rules.single-bar"
    case unexpectedCharacter = "rules.unexpected-character"
    case quoteTextHint = "rules.quote-text-hint"
    case badNumber = "rules.bad-number"
    case integerLiteralOutOfRange = "rules.integer-literal-out-of-range"
    case unterminatedString = "rules.unterminated-string"
    case badEscape = "rules.bad-escape"
    case escapeHint = "rules.escape-hint"
    case tooLong = "rules.too-long"
    case tooLongHint = "rules.too-long-hint"
    case tooDeep = "rules.too-deep"
    case tooDeepHint = "rules.too-deep-hint"
    case emptyExpression = "rules.empty-expression"
    case unexpectedAfterEnd = "rules.unexpected-after-end"
    case expectedSymbol = "rules.expected-symbol"
    case expectedFieldName = "rules.expected-field-name"
    case expectedExpression = "rules.expected-expression"
    case endOfExpression = "rules.end-of-expression"
    case aNumber = "rules.a-number"
    case aString = "rules.a-string"
    case quoted = "rules.quoted"

    // Checking.
    case unknownName = "rules.unknown-name"
    case noNamesHint = "rules.no-names-hint"
    case namesHint = "rules.names-hint"
    case unknownField = "rules.unknown-field"
    case noFieldsHint = "rules.no-fields-hint"
    case fieldsHint = "rules.fields-hint"
    case typeHasNoFields = "rules.type-has-no-fields"
    case listIndexType = "rules.list-index-type"
    case mapIndexType = "rules.map-index-type"
    case notIndexable = "rules.not-indexable"
    case mapKeyType = "rules.map-key-type"
    case badUnary = "rules.bad-unary"
    case logicalOperand = "rules.logical-operand"
    case cannotCompare = "rules.cannot-compare"
    case mixedNumbersHint = "rules.mixed-numbers-hint"
    case quotedNumberHint = "rules.quoted-number-hint"
    case badArithmetic = "rules.bad-arithmetic"
    case neverIn = "rules.never-in"
    case inNeedsCollection = "rules.in-needs-collection"
    case notAValue = "rules.not-a-value"
    case theValue = "rules.the-value"
    case conditionNotBool = "rules.condition-not-bool"
    case branchesDiffer = "rules.branches-differ"
    case wrongResultType = "rules.wrong-result-type"
    case aType = "rules.a-type"
    case anType = "rules.an-type"
    case boolResultHint = "rules.bool-result-hint"
    case badHas = "rules.bad-has"
    case hasHint = "rules.has-hint"
    case unknownFunction = "rules.unknown-function"
    case functionsHint = "rules.functions-hint"
    case macroNeedsTarget = "rules.macro-needs-target"
    case arity = "rules.arity"
    case arityNone = "rules.arity-none"
    case noOverload = "rules.no-overload"
    case methodOnly = "rules.method-only"
    case functionOnly = "rules.function-only"
    case macroArity = "rules.macro-arity"
    case macroArityEither = "rules.macro-arity-either"
    case macroHint = "rules.macro-hint"
    case mapMacroHint = "rules.map-macro-hint"
    case macroVariable = "rules.macro-variable"
    case macroRange = "rules.macro-range"
    case predicateNotBool = "rules.predicate-not-bool"
    case tooCostly = "rules.too-costly"
    case tooCostlyMacroHint = "rules.too-costly-macro-hint"
    case tooMuchMemory = "rules.too-much-memory"
    case tooMuchMemoryHint = "rules.too-much-memory-hint"

    // Evaluation.
    case divisionByZero = "rules.division-by-zero"
    case modulusByZero = "rules.modulus-by-zero"
    case integerOverflow = "rules.integer-overflow"
    case noSuchOverload = "rules.no-such-overload"
    case noSuchKey = "rules.no-such-key"
    case indexOutOfRange = "rules.index-out-of-range"
    case noValue = "rules.no-value"
    case noSuchField = "rules.no-such-field"
    case cannotConvert = "rules.cannot-convert"
    case conversionRange = "rules.conversion-range"
    case wrongRuntimeType = "rules.wrong-runtime-type"
    case duplicateKey = "rules.duplicate-key"
    case stepBudget = "rules.step-budget"
    case memoryBudget = "rules.memory-budget"

    /// The English and Chinese templates.
    public var templates: (english: String, chinese: String) {
        switch self {
        case .unsupportedBytes: ("bytes literals (b\"…\") not supported in Sizhen rules", "规则中不支持字节字面量（b\"…\"）")
        case .unsupportedUnsigned: ("unsigned integers (1u) not supported in Sizhen rules", "规则中不支持无符号整数（1u）")
        case .unsupportedFunction: ("the function '{function}' not supported in Sizhen rules", "规则中不支持函数“{function}”")
        case .unsupportedOptionalSelection:
            ("optional field selection (.?) not supported in Sizhen rules", "规则中不支持可选字段选择（.?）")
        case .unsupportedOptionalIndex: ("optional indexing ([?…]) not supported in Sizhen rules", "规则中不支持可选下标（[?…]）")
        case .unsupportedMessageConstruction:
            ("message construction ({name}{{…}}) not supported in Sizhen rules", "规则中不支持构造消息（{name}{{…}}）")
        case .unsupportedOptionalEntries:
            ("optional map entries (?key: value) not supported in Sizhen rules", "规则中不支持可选的映射条目（?key: value）")
        case .bytesHint: ("rules work with text; write a string such as \"abc\"", "规则处理的是文本；请写字符串，例如 \"abc\"")
        case .unsignedHint:
            ("write the number without the `u`: all integers are signed 64-bit", "去掉数字后的 `u`：所有整数都是 64 位有符号整数")
        case .reservedWord: ("'{word}' is a reserved word and cannot be used as a name", "“{word}”是保留字，不能用作名称")
        case .singleEquals: ("'=' is not an operator", "“=”不是运算符")
        case .singleEqualsHint: ("compare with `==`, e.g. case.kind == \"dispute\"", "比较请用 `==`，例如 case.kind == \"dispute\"")
        case .singleAmpersand: ("'&' is not an operator; write `&&` for \"and\"", "“&”不是运算符；表示“并且”请写 `&&`")
        case .singleBar: ("'|' is not an operator; write `||` for \"or\"", "“|”不是运算符；表示“或者”请写 `||`")
        case .unexpectedCharacter: ("unexpected character '{character}'", "无法识别的字符“{character}”")
        case .quoteTextHint:
            ("text values are written in quotes, e.g. case.category == \"婚恋\"", "文本值要写在引号中，例如 case.category == \"婚恋\"")
        case .badNumber: ("malformed number", "数字格式不正确")
        case .integerLiteralOutOfRange:
            ("integer literal out of range (the limit is ±9223372036854775807)", "整数超出范围（上限为 ±9223372036854775807）")
        case .unterminatedString: ("the string is not closed", "字符串缺少结束引号")
        case .badEscape: ("invalid escape sequence in string", "字符串中的转义序列无效")
        case .escapeHint:
            ("escapes are \\n \\t \\\\ \\\" \\' \\xHH \\uHHHH \\UHHHHHHHH and octal \\ooo",
             "可用的转义有 \\n \\t \\\\ \\\" \\' \\xHH \\uHHHH \\UHHHHHHHH 和八进制 \\ooo")
        case .tooLong:
            ("the expression is {length} characters long, more than the limit of {limit}", "表达式长 {length} 个字符，超过了上限 {limit}")
        case .tooLongHint: ("split the rule, or move the logic into a decision table", "请拆分规则，或把逻辑移到决策表中")
        case .tooDeep: ("the expression is nested more than {limit} levels deep", "表达式嵌套超过 {limit} 层")
        case .tooDeepHint: ("simplify the rule; a decision table may express it better", "请简化规则；用决策表也许表达得更清楚")
        case .emptyExpression: ("the expression is empty", "表达式为空")
        case .unexpectedAfterEnd: ("unexpected {found} after the end of the expression", "表达式结束后多出{found}")
        case .expectedSymbol: ("expected '{symbol}', found {found}", "应为“{symbol}”，实际是{found}")
        case .expectedFieldName: ("expected a field name after '.', found {found}", "“.”后应为字段名，实际是{found}")
        case .expectedExpression: ("expected a value, a name or '(', found {found}", "应为值、名称或“(”，实际是{found}")
        case .endOfExpression: ("the end of the expression", "表达式结尾")
        case .aNumber: ("a number", "数字")
        case .aString: ("a string", "字符串")
        case .quoted: ("'{text}'", "“{text}”")

        case .unknownName:
            ("unknown name '{name}'{?suggestion:; did you mean '{suggestion}'?}", "未知的名称“{name}”{?suggestion:；是不是“{suggestion}”？}")
        case .noNamesHint:
            ("no variables are declared here; text values are written in quotes", "这里没有声明任何变量；文本值要写在引号中")
        case .namesHint: ("the names here are: {names}", "这里可用的名称有：{names}")
        case .unknownField:
            ("{path} has no field '{field}'{?suggestion:; did you mean '{suggestion}'?}",
             "{path} 没有字段“{field}”{?suggestion:；是不是“{suggestion}”？}")
        case .noFieldsHint: ("{path} has no fields", "{path} 没有任何字段")
        case .fieldsHint: ("the fields of {path} are: {fields}", "{path} 的字段有：{fields}")
        case .typeHasNoFields: ("a value of type {type} has no field '{field}'", "{type} 类型的值没有字段“{field}”")
        case .listIndexType: ("a list index must be an int, not {type}", "列表下标必须是 int，而不是 {type}")
        case .mapIndexType: ("a key of type {type} cannot index a map with {key} keys", "{type} 类型的键不能用于键为 {key} 类型的映射")
        case .notIndexable: ("a value of type {type} cannot be indexed with [ ]", "{type} 类型的值不能用 [ ] 取下标")
        case .mapKeyType: ("a map key must be an int, a string or a bool, not {type}", "映射的键必须是 int、string 或 bool，而不是 {type}")
        case .badUnary: ("'{op}' cannot be applied to {type}", "“{op}”不能用于 {type}")
        case .logicalOperand: ("'{op}' needs bool operands, but this is {type}", "“{op}”的操作数必须是 bool，但这里是 {type}")
        case .cannotCompare: ("cannot compare {left} with {right} using '{op}'", "不能用“{op}”比较 {left} 和 {right}")
        case .mixedNumbersHint:
            ("int and double are different types; convert one side with double(…) or int(…), or write 5.0 for a double",
             "int 和 double 是不同的类型；请用 double(…) 或 int(…) 转换其中一边，或把 double 写成 5.0 这样")
        case .quotedNumberHint:
            ("a number in quotes is text; write the number without quotes", "加了引号的数字是文本；请去掉数字两边的引号")
        case .badArithmetic: ("'{op}' cannot be applied to {left} and {right}", "“{op}”不能用于 {left} 和 {right}")
        case .neverIn: ("a value of type {element} is never in a {collection}", "{element} 类型的值永远不会在 {collection} 中")
        case .inNeedsCollection: ("'in' needs a list or a map on its right, not {type}", "“in”的右边必须是列表或映射，而不是 {type}")
        case .notAValue:
            ("'{value}' is not one of the values of {what}: {values}{?suggestion:; did you mean '{suggestion}'?}",
             "“{value}”不是{what}的可选值之一：{values}{?suggestion:；是不是“{suggestion}”？}")
        case .theValue: ("the value", "该值")
        case .conditionNotBool: ("the condition of '?:' must be bool, not {type}", "“?:”的条件必须是 bool，而不是 {type}")
        case .branchesDiffer:
            ("the two branches of '?:' have different types, {first} and {second}", "“?:”的两个分支类型不同：{first} 和 {second}")
        case .wrongResultType:
            ("the expression must give {expected}, but it gives {found}", "表达式的结果应为 {expected}，实际是 {found}")
        case .aType: ("a {type}", "{type}")
        case .anType: ("an {type}", "{type}")
        case .boolResultHint: ("a condition is true or false, e.g. case.parties >= 5", "条件的结果是 true 或 false，例如 case.parties >= 5")
        case .badHas: ("has() takes one field selection", "has() 只接受一个字段选择")
        case .hasHint: ("e.g. has(case.lawyer) or has(data.key)", "例如 has(case.lawyer) 或 has(data.key)")
        case .unknownFunction:
            ("unknown function '{function}'{?suggestion:; did you mean '{suggestion}'?}",
             "未知的函数“{function}”{?suggestion:；是不是“{suggestion}”？}")
        case .functionsHint:
            ("the functions are size, contains, startsWith, endsWith, int, double, string, has, and the list macros all, exists, exists_one, map, filter",
             "可用的函数有 size、contains、startsWith、endsWith、int、double、string、has，以及列表宏 all、exists、exists_one、map、filter")
        case .macroNeedsTarget: ("'{function}' is called on a list: list.{function}(x, …)", "“{function}”要在列表上调用：list.{function}(x, …)")
        case .arity:
            ("{call} takes {expected} {expected|argument|arguments}, but {found} {found|was|were} given",
             "{call} 需要 {expected} 个参数，实际给了 {found} 个")
        case .arityNone: ("{call} takes no arguments, but {found} {found|was|were} given", "{call} 不接受参数，实际给了 {found} 个")
        case .noOverload: ("'{function}' cannot be applied to ({types})", "“{function}”不能用于参数类型 ({types})")
        case .methodOnly: ("'{function}' is called as a method: text.{function}(other)", "“{function}”要作为方法调用：text.{function}(other)")
        case .functionOnly: ("'{function}' is called as a function: {function}(x)", "“{function}”要作为函数调用：{function}(x)")
        case .macroArity: ("'{function}' takes {count} arguments", "“{function}”需要 {count} 个参数")
        case .macroArityEither: ("'{function}' takes {count} or {other} arguments", "“{function}”需要 {count} 或 {other} 个参数")
        case .macroHint: ("e.g. case.tags.{function}(t, t == \"老年人\")", "例如 case.tags.{function}(t, t == \"老年人\")")
        case .mapMacroHint:
            ("e.g. case.parties_ages.map(a, a * 2) or list.map(x, x > 0, x * 2)", "例如 case.parties_ages.map(a, a * 2) 或 list.map(x, x > 0, x * 2)")
        case .macroVariable: ("the first argument of '{function}' must be a variable name", "“{function}”的第一个参数必须是变量名")
        case .macroRange: ("'{function}' needs a list or a map, not {type}", "“{function}”需要列表或映射，而不是 {type}")
        case .predicateNotBool: ("the condition of '{function}' must be bool, not {type}", "“{function}”的条件必须是 bool，而不是 {type}")
        case .tooCostly:
            ("this may take up to {steps} steps to evaluate, more than the limit of {limit}", "这部分求值最多可能需要 {steps} 步，超过了上限 {limit}")
        case .tooCostlyMacroHint:
            ("the macro visits up to {items} {items|element|elements} and each visit may take {visit} {visit|step|steps}: macros nested over lists multiply; nest fewer, split the rule, or use a decision table",
             "该宏最多访问 {items} 个元素，每次访问最多可能需要 {visit} 步：嵌套在列表上的宏会相乘；请减少嵌套、拆分规则，或改用决策表")
        case .tooMuchMemory:
            ("this may build up to {bytes} bytes of lists, maps and text, more than the limit of {limit}",
             "这部分最多可能构造 {bytes} 字节的列表、映射和文本，超过了上限 {limit}")
        case .tooMuchMemoryHint:
            ("`+` of texts or lists, `map` and `filter` build a new value each time, once for every element a macro visits; build less, split the rule, or use a decision table",
             "文本或列表的 `+` 以及 `map`、`filter` 每次都构造新的值，宏每访问一个元素就构造一次；请少构造一些、拆分规则，或改用决策表")

        case .divisionByZero: ("division by zero", "除数为零")
        case .modulusByZero: ("modulus by zero", "取模的除数为零")
        case .integerOverflow: ("integer overflow", "整数溢出")
        case .noSuchOverload:
            ("no such overload: '{op}' cannot be applied to ({kinds})", "没有匹配的重载：“{op}”不能用于参数类型 ({kinds})")
        case .noSuchKey: ("no such key: {key}", "没有这个键：{key}")
        case .indexOutOfRange: ("index {index} out of range (the list has {count} elements)", "下标 {index} 超出范围（列表有 {count} 个元素）")
        case .noValue: ("{path} has no value", "{path} 没有值")
        case .noSuchField: ("a {kind} has no field '{field}'", "{kind} 没有字段“{field}”")
        case .cannotConvert: ("cannot convert '{text}' to {type}", "无法把“{text}”转换为 {type}")
        case .conversionRange: ("the value is out of the range of {type}", "该值超出 {type} 的范围")
        case .wrongRuntimeType: ("the expression gave a {found}, but a {expected} is needed", "表达式得到的是 {found}，但需要的是 {expected}")
        case .duplicateKey: ("the map literal has the key {key} twice", "映射字面量中键 {key} 出现了两次")
        case .stepBudget:
            ("the evaluation was stopped after {limit} steps, the most a rule may take", "求值在 {limit} 步后被终止，这是一条规则最多可用的步数")
        case .memoryBudget:
            ("the evaluation was stopped before it built more than {limit} bytes of values, the most a rule may build",
             "求值被终止：构造的值将超过 {limit} 字节，这是一条规则最多可构造的量")
        }
    }
}
