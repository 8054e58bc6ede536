namespace LlmActors.Budgets;

[GenerateSerializer, Alias("spend.group-by")]
public enum SpendGroupBy
{
    Day = 0,
    Model = 1,
    User = 2,
    /// <summary>The API the call came in by (chat.completions, responses, messages, …).</summary>
    Endpoint = 3,
}
