namespace LlmActors.Grains.Embeddings;

/// <summary>How much a concept says about what a question asks.</summary>
public enum ConceptRole
{
    /// <summary>What the question is about (a refund, an invoice): two questions about different subjects never share an answer.</summary>
    Subject,

    /// <summary>What it asks of the subject (when, where, change it): a cached answer may cover more aspects than the question.</summary>
    Aspect,

    /// <summary>Words for an order or an item, or "how do I": they hardly tell questions apart.</summary>
    Generic,
}
