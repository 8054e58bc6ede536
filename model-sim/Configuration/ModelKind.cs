namespace LlmActors.ModelSim.Configuration;

/// <summary>Which routes a simulated model serves.</summary>
public enum ModelKind
{
    /// <summary>Chat completions with prose answers.</summary>
    Chat,

    /// <summary>Chat completions that always answer code-like text.</summary>
    Code,

    /// <summary><c>/v1/embeddings</c>.</summary>
    Embedding,

    /// <summary><c>/v1/moderations</c>.</summary>
    Moderation,
}
