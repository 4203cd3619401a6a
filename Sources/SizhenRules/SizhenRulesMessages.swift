import SizhenDiagnostics

/// The message catalogues of SizhenRules, for the program to gather into its `MessageBook`.
public enum SizhenRulesMessages {
    /// Every catalogue of the module: the rule language and decision tables.
    public static let catalogues: [any MessageCatalogue.Type] = [RuleMessage.self, DecisionTableMessage.self]

    /// English from this module's catalogues: what the descriptions of its errors print, and
    /// what callers that still keep text (not messages) store.
    public static let english = MessageRenderer(book: MessageBook(catalogues), language: .english)
}
