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

    public func run() -> Outcome<Summary> {
        perform { run in
            guard Self.sizes.contains(communities) else {
                throw run.fail(.error(OperationMessage.badCommunities(["value": .int(communities), "max": .int(Self.sizes.upperBound)]),
                                      at: FlagValue.location("--communities")))
            }
            if let problem = FileWriting.problem(writingFolder: output, flag: "--output", mustBeEmpty: true) { throw run.fail(problem) }
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
            if let problem = FileWriting.problem(writingFolder: output, flag: "--output", mustBeEmpty: false) { throw run.fail(problem) }
            do throws(Diagnostic) {
                try FileWriting.makeFolder(output)
            } catch {
                throw run.fail(error)
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
