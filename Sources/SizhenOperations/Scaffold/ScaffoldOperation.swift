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
            let manager = FileManager.default
            guard Self.sizes.contains(communities) else {
                throw run.fail(.error(OperationMessage.badCommunities(["value": .int(communities), "max": .int(Self.sizes.upperBound)])))
            }
            if let existing = try? manager.contentsOfDirectory(atPath: output), !existing.isEmpty {
                throw run.fail(.error(OperationMessage.outputNotEmpty(["path": .text(output)]), hint: OperationMessage.outputNotEmptyHint()))
            }
            var isDirectory: ObjCBool = false
            if manager.fileExists(atPath: output, isDirectory: &isDirectory), !isDirectory.boolValue {
                throw run.fail(.error(OperationMessage.outputIsFile(["path": .text(output)])))
            }
            let folder = try workspace.folder(into: &run)
            let template: ScaffoldTemplate
            switch ScaffoldTemplate.load(folder: folder) {
            case .success(let found): template = found
            case .failure(let problems): try run.check(problems); throw Stop()
            }
            let files = DistrictScaffold(communities: communities, template: template).files()
            do {
                for (path, text) in files {
                    let url = URL(fileURLWithPath: output).appendingPathComponent(path)
                    try manager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                    try Data(text.utf8).write(to: url, options: .atomic)
                }
            } catch {
                throw run.fail(.error(OperationMessage.cannotWrite(["path": .text(output), "detail": .text(error.localizedDescription)]),
                                      hint: OperationMessage.cannotWriteHint()))
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
            do {
                try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
            } catch {
                throw run.fail(.error(OperationMessage.cannotCreateFolder(["path": .text(output), "detail": .text(error.localizedDescription)])))
            }
            var written: [String] = []
            for (kind, schema) in FileSchemas.all {
                let path = output + "/sizhen-\(kind).schema.json"
                do {
                    try Data(FileSchemas.document(kind: kind, schema: schema).utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
                } catch {
                    throw run.fail(.error(OperationMessage.cannotWrite(["path": .text(path), "detail": .text(error.localizedDescription)])))
                }
                written.append(path)
            }
            return written
        }
    }
}
