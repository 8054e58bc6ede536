namespace LlmActors.ModelSim.Contracts;

/// <summary>What a chunk adds to its choice; absent fields are left out.</summary>
internal sealed record ChunkDelta
{
    public static ChunkDelta Empty { get; } = new();

    public string? Role { get; init; }

    public string? Content { get; init; }

    public List<ToolCallDelta>? ToolCalls { get; init; }

    public FunctionDelta? FunctionCall { get; init; }

    public AudioDelta? Audio { get; init; }
}
