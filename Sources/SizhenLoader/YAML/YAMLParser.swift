import CYAML
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import SizhenDiagnostics

/// Turns YAML text into a tree of located nodes through the system libyaml's event API,
/// enforcing a `YAMLBudget`, rejecting duplicate keys and applying merge keys.
///
/// A file holds one document; an empty file is reported as such.
public struct YAMLParser: Sendable {
    /// The limits in force.
    public var budget: YAMLBudget

    /// Creates a parser with the given limits.
    public init(budget: YAMLBudget = .standard) {
        self.budget = budget
    }

    /// Parses `text` read from `file` (the name used in locations). Returns the root node,
    /// or every error found (libyaml stops at its first syntax error).
    public func parse(_ text: String, file: String) -> Result<YAMLNode, Diagnostics> {
        parse(bytes: Array(text.utf8), file: file)
    }

    /// Parses raw bytes (UTF-8, or UTF-16 with a byte-order mark, as libyaml accepts).
    public func parse(bytes: [UInt8], file: String) -> Result<YAMLNode, Diagnostics> {
        if bytes.count > budget.maxBytes {
            return .failure(Diagnostics([.error(
                YAMLMessage.fileTooLarge(["bytes": .int(bytes.count), "limit": .int(budget.maxBytes)]),
                at: SourceLocation(file: file, line: 1, column: 1),
                hint: YAMLMessage.fileTooLargeHint()
            )]))
        }
        var builder = TreeBuilder(file: file, budget: budget)
        return bytes.withUnsafeBufferPointer { buffer in
            var parser = yaml_parser_t()
            guard yaml_parser_initialize(&parser) == 1 else {
                return .failure(Diagnostics([.error(YAMLMessage.outOfMemory(), at: SourceLocation(file: file, line: 1, column: 1))]))
            }
            defer { yaml_parser_delete(&parser) }
            yaml_parser_set_input_string(&parser, buffer.baseAddress ?? UnsafePointer(bitPattern: 1)!, buffer.count)
            var event = yaml_event_t()
            while true {
                guard yaml_parser_parse(&parser, &event) == 1 else {
                    let error = syntaxError(parser, file: file, bytes: buffer)
                    // A slip the tree already reported is not said twice.
                    if !builder.diagnostics.sorted.contains(where: { $0.location == error.location && $0.message.code == error.message.code }) {
                        builder.fail(with: error)
                    }
                    return .failure(builder.diagnostics)
                }
                let keepGoing = builder.consume(event)
                let wasEnd = event.type == YAML_STREAM_END_EVENT
                yaml_event_delete(&event)
                if !keepGoing { return .failure(builder.diagnostics) }
                if wasEnd { break }
            }
            return builder.finish()
        }
    }

    private func syntaxError(_ parser: yaml_parser_t, file: String, bytes: UnsafeBufferPointer<UInt8>) -> Diagnostic {
        let problem = parser.problem.map { String(cString: $0) } ?? "malformed YAML"
        let mark = parser.problem_mark
        var message = YAMLMessage.syntax(["problem": .text(problem)])
        if let context = parser.context.map({ String(cString: $0) }) {
            message = message.with("context", .text(context)).with("line", .int(Int(parser.context_mark.line) + 1))
        }
        let location: SourceLocation
        if parser.error == YAML_READER_ERROR {
            // Reader errors carry a byte offset, not a mark.
            location = SourceLocation(file: file, line: 1, column: 1)
            message = message.with("offset", .int(Int(parser.problem_offset)))
        } else {
            location = SourceLocation(file: file, line: Int(mark.line) + 1, column: Int(mark.column) + 1)
        }
        let offending = character(atLine: location.line, column: location.column, in: bytes)
        let syntax = Diagnostic.error(message, at: location, hint: YAMLMessage.syntaxHint(problem, offending: offending))
        // A full-width colon or comma before the error is what went wrong, usually a line or
        // more above where libyaml noticed: reported there, libyaml's words as a note.
        guard parser.error != YAML_READER_ERROR, var slip = KeyboardSlips.slip(beforeSyntaxErrorAt: location.line,
                                                                                      context: parser.context == nil ? nil : Int(parser.context_mark.line) + 1,
                                                                                      in: bytes, file: file) else {
            return syntax
        }
        slip.notes.append(Diagnostic(.note, message, at: location))
        return slip
    }

    /// The character a libyaml mark points at, to tell a tab from other stray characters.
    private func character(atLine line: Int, column: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Unicode.Scalar? {
        var currentLine = 1
        var start = 0
        while currentLine < line, let newline = bytes[start...].firstIndex(of: UInt8(ascii: "\n")) {
            start = newline + 1
            currentLine += 1
        }
        guard currentLine == line else { return nil }
        let end = bytes[start...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
        let scalars = Array(text.unicodeScalars)
        return column - 1 < scalars.count ? scalars[column - 1] : nil
    }
}

/// Builds nodes from libyaml events with an explicit stack (no recursion, so depth is
/// bounded only by the budget).
private struct TreeBuilder {
    /// A collection being built. A struct mutated in place through the stack (not an enum
    /// payload taken out and put back), so that appending never copies what came before.
    struct Frame {
        var isMapping: Bool
        var items: [YAMLNode] = []
        var entries: [(YAMLNode, YAMLNode)] = []
        var pendingKey: YAMLNode?
        var weight = 1
        /// The bytes of text inside, aliases expanded.
        var bytes = 0
        var start: SourceLocation
        var anchor: String?
        var tag: String?
        /// Whether it is written `[ ]` or `{ }`.
        var isFlow = false
        /// The plain scalar added last, with where it ends, for numbers split at a comma
        /// (`3,200`); nil after anything else.
        var lastPlain: (text: String, end: SourceLocation)?
    }

    let file: String
    let budget: YAMLBudget
    var stack: [Frame] = []
    var anchors: [String: (node: YAMLNode, weight: Int, bytes: Int)] = [:]
    var root: YAMLNode?
    var documents = 0
    var totalNodes = 0
    var totalBytes = 0
    var diagnostics = Diagnostics()

    init(file: String, budget: YAMLBudget) {
        self.file = file
        self.budget = budget
    }

    mutating func fail(with diagnostic: Diagnostic) {
        diagnostics.append(diagnostic)
    }

    func location(_ mark: yaml_mark_t) -> SourceLocation {
        SourceLocation(file: file, line: Int(mark.line) + 1, column: Int(mark.column) + 1)
    }

    static func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        pointer.map { String(cString: $0) }
    }

    /// Handles one event; false stops parsing (an error was recorded).
    mutating func consume(_ event: yaml_event_t) -> Bool {
        let start = location(event.start_mark)
        switch event.type {
        case YAML_DOCUMENT_START_EVENT:
            documents += 1
            if documents > 1 {
                fail(with: .error(YAMLMessage.multipleDocuments(), at: start, hint: YAMLMessage.multipleDocumentsHint()))
                return false
            }
            anchors.removeAll()
        case YAML_SCALAR_EVENT:
            let scalar = event.data.scalar
            let text = String(decoding: UnsafeBufferPointer(start: scalar.value, count: scalar.length), as: UTF8.self)
            let style: YAMLNode.ScalarStyle = switch scalar.style {
            case YAML_SINGLE_QUOTED_SCALAR_STYLE: .singleQuoted
            case YAML_DOUBLE_QUOTED_SCALAR_STYLE: .doubleQuoted
            case YAML_LITERAL_SCALAR_STYLE: .literal
            case YAML_FOLDED_SCALAR_STYLE: .folded
            default: .plain
            }
            let node = YAMLNode(.scalar(text, style), at: start, tag: Self.string(scalar.tag))
            guard count(nodes: 1, bytes: scalar.length, at: start) else { return false }
            if style == .plain, scalar.tag == nil {
                checkSlips(text, bytes: UnsafeBufferPointer(start: scalar.value, count: scalar.length), start: start, end: event.end_mark)
            }
            return add(node, weight: 1, bytes: scalar.length, anchor: Self.string(scalar.anchor))
        case YAML_ALIAS_EVENT:
            let name = Self.string(event.data.alias.anchor) ?? ""
            guard let target = anchors[name] else {
                fail(with: .error(YAMLMessage.unknownAnchor(["name": .text(name)]), at: start,
                                  hint: YAMLMessage.unknownAnchorHint(["name": .text(name)])
                                      .suggesting(name, in: anchors.keys.sorted())))
                return false
            }
            // An alias adds its whole expanded size, in values and in bytes: this is what bounds
            // a "billion laughs" and a large value used many times.
            guard count(nodes: target.weight, bytes: target.bytes, at: start) else { return false }
            var node = target.node
            node.location = start
            if !stack.isEmpty { stack[stack.count - 1].lastPlain = nil }
            return add(node, weight: target.weight, bytes: target.bytes, anchor: nil)
        case YAML_SEQUENCE_START_EVENT:
            guard push(at: start) else { return false }
            let data = event.data.sequence_start
            stack.append(Frame(isMapping: false, start: start, anchor: Self.string(data.anchor), tag: Self.string(data.tag),
                               isFlow: data.style == YAML_FLOW_SEQUENCE_STYLE))
        case YAML_MAPPING_START_EVENT:
            guard push(at: start) else { return false }
            let data = event.data.mapping_start
            stack.append(Frame(isMapping: true, start: start, anchor: Self.string(data.anchor), tag: Self.string(data.tag),
                               isFlow: data.style == YAML_FLOW_MAPPING_STYLE))
        case YAML_SEQUENCE_END_EVENT:
            guard let frame = stack.popLast(), !frame.isMapping else { return false }
            return add(YAMLNode(.sequence(frame.items), at: frame.start, tag: frame.tag), weight: frame.weight, bytes: frame.bytes,
                       anchor: frame.anchor)
        case YAML_MAPPING_END_EVENT:
            guard let frame = stack.popLast(), frame.isMapping else { return false }
            guard let pairs = resolveMapping(frame.entries) else { return false }
            return add(YAMLNode(.mapping(pairs), at: frame.start, tag: frame.tag), weight: frame.weight, bytes: frame.bytes,
                       anchor: frame.anchor)
        default:
            break
        }
        return true
    }

    mutating func push(at start: SourceLocation) -> Bool {
        if stack.count >= budget.maxDepth {
            fail(with: .error(YAMLMessage.tooDeep(["limit": .int(budget.maxDepth)]), at: start, hint: YAMLMessage.tooDeepHint()))
            return false
        }
        return count(nodes: 1, at: start)
    }

    /// Adds `nodes` values and `bytes` of text to the document's expanded size; false (an
    /// error recorded at `start`) once either passes its budget.
    mutating func count(nodes: Int, bytes: Int = 0, at start: SourceLocation) -> Bool {
        totalNodes += nodes
        totalBytes += bytes
        let passed: Message? = totalNodes > budget.maxNodes ? YAMLMessage.tooManyNodes(["limit": .int(budget.maxNodes)])
            : totalBytes > budget.maxExpandedBytes ? YAMLMessage.tooManyBytes(["limit": .int(budget.maxExpandedBytes)]) : nil
        guard let passed else { return true }
        fail(with: .error(passed, at: start, hint: YAMLMessage.tooManyNodesHint()))
        return false
    }

    /// Adds a finished node to its parent (or makes it the root). Collections were counted
    /// when they started, scalars and aliases by the caller.
    mutating func add(_ node: YAMLNode, weight: Int, bytes: Int, anchor: String?) -> Bool {
        if let anchor { anchors[anchor] = (node, weight, bytes) }
        guard !stack.isEmpty else {
            root = node
            return true
        }
        let top = stack.count - 1
        if node.scalarStyle != .plain || node.tag != nil { stack[top].lastPlain = nil }   // an alias resets it before
        stack[top].weight += weight
        stack[top].bytes += bytes
        if !stack[top].isMapping {
            stack[top].items.append(node)
        } else if let key = stack[top].pendingKey {
            stack[top].entries.append((key, node))
            stack[top].pendingKey = nil
        } else {
            stack[top].pendingKey = node
        }
        return true
    }

    /// Reports what a Chinese keyboard typed where YAML wanted its own punctuation in a plain
    /// scalar about to be added (`KeyboardSlips`), and a number split at a comma inside brackets
    /// (`{ households: 3,200 }` is `3` and a key `200`). Parsing goes on: the tree is not used.
    /// Called for every plain scalar, so it looks at the frame in place and makes nothing for a
    /// scalar with neither character nor digits only.
    mutating func checkSlips(_ text: String, bytes: UnsafeBufferPointer<UInt8>, start: SourceLocation, end endMark: yaml_mark_t) {
        let top = stack.count - 1
        let isFlow = top >= 0 && stack[top].isFlow
        let hasWideCharacter = bytes.baseAddress.map { memchr($0, 0xEF, bytes.count) != nil } ?? false
        if hasWideCharacter {
            let place: KeyboardSlips.Place = !isFlow ? .block : !stack[top].isMapping ? .flowItem : stack[top].pendingKey == nil ? .flowKey : .flowValue
            if let slip = KeyboardSlips.slip(inPlain: text, at: place) {
                // A scalar's characters are its columns up to its first line break: a block slip
                // is a key's colon on its first line; a flow one on a later line is pointed at the start.
                let location = Int(endMark.line) + 1 == start.line || place == .block ? start.advanced(byColumns: slip.offset) : start
                diagnostics.append(.error(slip.message, at: location, hint: slip.hint))
            }
        }
        guard isFlow else { return }
        guard !hasWideCharacter, bytes.count <= 3, bytes.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }), bytes.count > 0 else {
            stack[top].lastPlain = nil
            return
        }
        // Only where the group becomes a key: `[50,100]` may well be two numbers.
        if bytes.count == 3, stack[top].isMapping, stack[top].pendingKey == nil, let previous = stack[top].lastPlain,
           previous.end.line == start.line, previous.end.column + 1 == start.column {
            diagnostics.append(.error(YAMLMessage.thousandsSeparator(["text": .text(previous.text + "," + text), "first": .text(previous.text),
                                                                      "second": .text(text)]),
                                      at: previous.end, hint: YAMLMessage.thousandsHint(["number": .text(previous.text + text)])))
        }
        stack[top].lastPlain = (text, location(endMark))
    }

    /// Applies merge keys and rejects duplicate and non-scalar keys.
    mutating func resolveMapping(_ entries: [(YAMLNode, YAMLNode)]) -> [YAMLPair]? {
        var explicit: [YAMLPair] = []
        var firstSeen: [String: SourceLocation] = [:]
        var merged: [YAMLPair] = []
        var ok = true
        for (key, value) in entries {
            guard let name = key.scalar else {
                fail(with: .error(YAMLMessage.complexKey(), at: key.location, hint: YAMLMessage.complexKeyHint()))
                ok = false
                continue
            }
            if name == "<<", key.scalarStyle == .plain, key.tag == nil {
                let sources: [YAMLNode]
                switch value.content {
                case .mapping: sources = [value]
                case .sequence(let items) where items.allSatisfy({ $0.mapping != nil }): sources = items
                default:
                    fail(with: .error(YAMLMessage.badMerge(), at: value.location, hint: YAMLMessage.badMergeHint()))
                    ok = false
                    continue
                }
                for source in sources {
                    for pair in source.mapping ?? [] {
                        let mergedName = pair.key.scalar ?? ""
                        if !merged.contains(where: { $0.key.scalar == mergedName }) { merged.append(pair) }
                    }
                }
                continue
            }
            if let first = firstSeen[name] {
                fail(with: Diagnostic(.error, YAMLMessage.duplicateKey(["key": QuotedText.clip(name)]), at: key.location,
                                      hint: YAMLMessage.duplicateKeyHint(),
                                      notes: [Diagnostic(.note, YAMLMessage.firstAppearsHere(["key": QuotedText.clip(name)]), at: first)]))
                ok = false
                continue
            }
            firstSeen[name] = key.location
            explicit.append(YAMLPair(key: key, value: value))
        }
        guard ok else { return nil }
        // Explicit keys win over merged ones; merged keys follow in their order.
        return explicit + merged.filter { firstSeen[$0.key.scalar ?? ""] == nil }
    }

    mutating func finish() -> Result<YAMLNode, Diagnostics> {
        if diagnostics.hasErrors { return .failure(diagnostics) }
        guard let root else {
            return .failure(Diagnostics([.error(YAMLMessage.emptyFile(), at: SourceLocation(file: file, line: 1, column: 1),
                                                hint: YAMLMessage.emptyFileHint())]))
        }
        return .success(root)
    }
}
