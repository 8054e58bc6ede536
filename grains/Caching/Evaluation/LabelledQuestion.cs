namespace LlmActors.Grains.Caching.Evaluation;

/// <summary>
/// A question with its intent (null for a near-miss that must not hit), language, and whether it is the intent's
/// canonical form. <see cref="Kind"/> is <c>canonical</c>, <c>example</c> (an FAQ author's alternative wording,
/// registrable as an anchor), <c>paraphrase</c> (a customer's wording) or <c>near_miss</c>; <see cref="Domain"/>
/// names the support desk the question belongs to; <see cref="Written"/> is the set's wording of a question
/// replayed with typing noise.
/// </summary>
public sealed record LabelledQuestion(string? Intent, string Lang, bool Canonical, string Text, string Kind = "", string Domain = "", string? Written = null)
{
    public const string CanonicalKind = "canonical";
    public const string ExampleKind = "example";
    public const string ParaphraseKind = "paraphrase";
    public const string NearMissKind = "near_miss";

    /// <summary>What the question is scored against: its intent, or the question itself for a near miss (an answer of its own).</summary>
    public string Label => Intent ?? "near:" + (Written ?? Text);
}
