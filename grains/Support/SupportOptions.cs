namespace LlmActors.Grains.Support;

/// <summary>The <c>Support</c> section: default thresholds and the conversation bounds; tier models come from the catalog.</summary>
public sealed class SupportOptions
{
    public const string Section = "Support";

    /// <summary>Chosen on half of the labelled intents so that wrong hits stay at or under 2% (docs/support-cache.md).</summary>
    public float CacheThreshold { get; set; } = 0.5f;

    /// <summary>Lower than the cache threshold: sending an FAQ-like message to a cheap model costs less than a wrong cached answer.</summary>
    public float FaqSimilarity { get; set; } = 0.55f;

    /// <summary>How close a question must be to one of an FAQ intent's examples to belong to it.</summary>
    public float IntentSimilarity { get; set; } = 0.4f;

    /// <summary>How far ahead of the next intent's nearest example it must be: a question between two intents belongs to neither.</summary>
    public float IntentMargin { get; set; } = 0.15f;

    /// <summary>Messages a conversation keeps and sends to the model; older ones are dropped, oldest first.</summary>
    public int MaxHistoryMessages { get; set; } = 20;

    /// <summary>
    /// Output cap of a support answer to a question in a Latin script: chat support answers are short, and an
    /// uncapped answer is what pushes the slow tail past the latency target on the larger tiers.
    /// </summary>
    public int MaxOutputTokens { get; set; } = 100;

    /// <summary>
    /// Output cap of an answer that may be cached, to a question in Chinese (or Japanese, Korean): the same answer
    /// takes about one token per character, some two and a half times the tokens of its English, and an answer cut
    /// at the cap ends with <c>finish_reason: length</c> and is never cached; 100 tokens cut nearly every Chinese
    /// answer. Turns that are never cached (follow-ups, personal details) keep <see cref="MaxOutputTokens"/>: they
    /// are the medium and complex tiers' turns, where a longer answer is what pushes the slow tail past the target.
    /// </summary>
    public int MaxOutputTokensCjk { get; set; } = 250;

    /// <summary>The cap for an answer to <paramref name="question"/>: by its script when the answer may be cached.</summary>
    public int MaxOutputTokensFor(string question, bool cacheable = true) =>
        cacheable && question.Any(Embeddings.TextNormalizer.IsCjk) ? MaxOutputTokensCjk : MaxOutputTokens;

    /// <summary>The system prompt of support conversations.</summary>
    public string SystemPrompt { get; set; } =
        "You are a helpful customer service assistant for an online shop. Answer briefly and accurately.";
}
