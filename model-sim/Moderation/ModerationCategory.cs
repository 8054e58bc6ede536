namespace LlmActors.ModelSim.Moderation;

/// <summary>One category of the OpenAI moderation response and how its truth follows from the six scored kinds.</summary>
internal sealed record ModerationCategory(string Name, Func<RiskProfile, double> Truth)
{
    public JsonEncodedText EncodedName { get; } = JsonEncodedText.Encode(Name);
}
