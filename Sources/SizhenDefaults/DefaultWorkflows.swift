import Foundation

/// The embedded default district (a copy of the repository's `Workflows/` folder bundled as a
/// resource), so that `sizhen` works from a fresh clone and from any directory.
public enum DefaultWorkflows {
    /// The bundled folder's path, when the resource bundle is present.
    public static var directory: String? {
        Bundle.module.url(forResource: "Workflows", withExtension: nil)?.path
    }
}
