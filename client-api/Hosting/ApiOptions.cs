namespace LlmActors.Api.Hosting;

/// <summary>The <c>Api</c> section: limits the HTTP front end enforces before anything reaches a grain.</summary>
public sealed class ApiOptions
{
    public const string Section = "Api";

    /// <summary>Bodies over this many bytes are refused with 413 (default 4 MiB).</summary>
    public long MaxRequestBodyBytes { get; set; } = 4 * 1024 * 1024;

    /// <summary>
    /// The limit on the routes whose requests carry images, audio and files (chat and legacy completions, Responses,
    /// Messages): 32 MiB by default, since a provider takes a request of tens of megabytes with its media inline.
    /// </summary>
    public long MaxModelRequestBodyBytes { get; set; } = 32 * 1024 * 1024;

    /// <summary>How long one set of per-request worker grain ids is used before a fresh set is placed (default 60 s).</summary>
    public int WorkerKeyRotationSeconds { get; set; } = 60;
}
