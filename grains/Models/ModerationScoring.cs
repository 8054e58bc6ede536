namespace LlmActors.Grains.Models;

public enum ModerationScoring
{
    /// <summary><c>/v1/moderations</c>; the risk score is the highest category score.</summary>
    ModerationEndpoint,

    /// <summary>A chat model asked for <c>{"score": 0..1}</c> in JSON mode.</summary>
    ChatJson,
}
