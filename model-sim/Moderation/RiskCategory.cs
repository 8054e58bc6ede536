namespace LlmActors.ModelSim.Moderation;

/// <summary>The six kinds of harm the hidden ground truth scores; the OpenAI sub-categories derive from them.</summary>
internal enum RiskCategory
{
    Violence,
    Hate,
    Harassment,
    SelfHarm,
    Sexual,
    Illicit,
}
