namespace LlmActors.Grains.Idempotency;

/// <summary>The <c>Idempotency</c> section, read by the silos (window, lease) and the API hosts (size bound).</summary>
public sealed class IdempotencyOptions
{
    public const string Section = "Idempotency";

    /// <summary>How long a finished request's key stays used: replayed, or refused for another request.</summary>
    public TimeSpan Window { get; set; } = TimeSpan.FromHours(24);

    /// <summary>
    /// How long a running request holds its key before a retry may take it over. Only matters when the API host
    /// running it died (a live one always completes or releases); must outlive the longest call.
    /// </summary>
    public TimeSpan InFlightTimeout { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Answers larger than this are not stored (their key is then refused rather than replayed).</summary>
    public int MaxAnswerBytes { get; set; } = 1024 * 1024;
}
