namespace LlmActors.Grains.Caching;

/// <summary>The <c>ExactCache</c> section: how much one project's exact-answer cache holds.</summary>
public sealed class ExactAnswerCacheOptions
{
    public const string Section = "ExactCache";

    /// <summary>Answers kept per project; the least recently used goes first.</summary>
    public int Capacity { get; set; } = 2000;

    /// <summary>Answers larger than this are not kept.</summary>
    public int MaxAnswerBytes { get; set; } = 256 * 1024;

    /// <summary>Bytes of answers kept per project.</summary>
    public long MaxTotalBytes { get; set; } = 32L * 1024 * 1024;
}
