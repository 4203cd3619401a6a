import SizhenDiagnostics
import SizhenLoader

/// An intake sheet as a form for the loaded workflows (`sizhen serve`'s `/sheets/{kind}`): its
/// columns and what each takes, the sites limited to those the account may record.
public struct SheetFormOperation: Sendable {
    /// The workflow files the form is made from.
    public var workspace: Workspace
    /// Which sheet.
    public var kind: SheetForm.Kind
    /// The sites the account may record; nil for any.
    public var allowedSites: Set<String>?

    /// An operation.
    public init(workspace: Workspace, kind: SheetForm.Kind, allowedSites: Set<String>? = nil) {
        self.workspace = workspace
        self.kind = kind
        self.allowedSites = allowedSites
    }

    /// The form.
    public func run() -> Outcome<SheetForm> {
        perform { run in
            let set = try workspace.loadSet(into: &run, errorsOnly: true)
            return SheetForm(set: set, kind: kind, allowedSites: allowedSites)
        }
    }
}

/// The loader's sheet form, for the front ends, which import the operations and not the loader.
public typealias SheetForm = SizhenLoader.SheetForm
