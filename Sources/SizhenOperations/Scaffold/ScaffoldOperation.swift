import Foundation
import SizhenDiagnostics
import SizhenLoader

/// Writes a synthetic district of any size that validates: `sizhen scaffold`.
public struct ScaffoldOperation: Sendable {
    /// What was written.
    public struct Summary: Sendable {
        public var files: Int
        public var communities: Int
        public var folder: String
    }

    public var workspace: Workspace
    /// How many communities.
    public var communities: Int
    /// The folder to write (must not exist, or be empty).
    public var output: String

    /// The sizes accepted.
    public static let sizes = 1...1_000_000

    /// An operation.
    public init(workspace: Workspace, communities: Int, output: String) {
        self.workspace = workspace
        self.communities = communities
        self.output = output
    }

    /// Why `path` is no folder to write a district into: empty, a link, a file or a device, or
    /// a folder that already holds something.
    static func problem(writingFolder path: String) -> Diagnostic? {
        if path.isEmpty {
            return .error(OperationMessage.emptyPath(["flag": .text("--output")]), at: FlagValue.location("--output"),
                          hint: OperationMessage.emptyPathHint(["flag": .text("--output"), "example": .text("district-10000")]))
        }
        var isDirectory: ObjCBool = false
        let manager = FileManager.default
        let flag = FlagValue.location("--output")
        if let kind = try? manager.attributesOfItem(atPath: path)[.type] as? FileAttributeType {
            switch kind {
            case .typeSymbolicLink: return .error(OperationMessage.outputIsLink(["path": .text(path)]), at: flag, hint: OperationMessage.outputIsLinkHint())
            case .typeRegular: return .error(OperationMessage.outputIsFile(["path": .text(path)]), at: flag)
            case .typeDirectory: break
            default: return .error(OperationMessage.outputNotRegular(["path": .text(path)]), at: flag)
            }
        }
        if manager.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            guard let existing = try? manager.contentsOfDirectory(atPath: path) else {
                return .error(OperationMessage.cannotRead(["path": .text(path)]))
            }
            if !existing.isEmpty {
                return .error(OperationMessage.outputNotEmpty(["path": .text(path)]), at: flag, hint: OperationMessage.outputNotEmptyHint())
            }
        }
        return nil
    }

    public func run() -> Outcome<Summary> {
        perform { run in
            guard Self.sizes.contains(communities) else {
                throw run.fail(.error(OperationMessage.badCommunities(["value": .int(communities), "max": .int(Self.sizes.upperBound)]),
                                      at: FlagValue.location("--communities")))
            }
            if let problem = Self.problem(writingFolder: output) { throw run.fail(problem) }
            let folder = try workspace.folder(into: &run)
            let template: ScaffoldTemplate
            switch ScaffoldTemplate.load(folder: folder) {
            case .success(let found): template = found
            case .failure(let problems): try run.check(problems); throw Stop()
            }
            let files = DistrictScaffold(communities: communities, template: template).files()
            var created = Set<String>()
            for (path, text) in files {
                let target = output + "/" + path
                let parent = FileWriting.folder(of: target)
                do throws(Diagnostic) {
                    if created.insert(parent).inserted { try FileWriting.makeFolder(parent) }
                    try FileWriting.write(text, to: target)
                } catch {
                    throw run.fail(error)
                }
            }
            return Summary(files: files.count, communities: communities, folder: output)
        }
    }
}

/// Writes a JSON Schema per file kind, for editors: `sizhen schema`.
public struct SchemaOperation: Sendable {
    /// The folder to write into (created if missing).
    public var output: String

    /// An operation.
    public init(output: String) { self.output = output }

    /// The paths written.
    public func run() -> Outcome<[String]> {
        perform { run in
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: output, isDirectory: &isDirectory) {
                guard isDirectory.boolValue else {
                    throw run.fail(.error(OperationMessage.outputIsFile(["path": .text(output)]), at: FlagValue.location("--output")))
                }
            } else if output.isEmpty {
                throw run.fail(.error(OperationMessage.emptyPath(["flag": .text("--output")]), at: FlagValue.location("--output"),
                                      hint: OperationMessage.emptyPathHint(["flag": .text("--output"), "example": .text("schemas")])))
            } else {
                do throws(Diagnostic) {
                    try FileWriting.makeFolder(output)
                } catch {
                    throw run.fail(error)
                }
            }
            var written: [String] = []
            for (kind, schema) in FileSchemas.all {
                let path = output + "/sizhen-\(kind).schema.json"
                do throws(Diagnostic) {
                    try FileWriting.write(FileSchemas.document(kind: kind, schema: schema), to: path)
                } catch {
                    throw run.fail(error)
                }
                written.append(path)
            }
            return written
        }
    }
}
