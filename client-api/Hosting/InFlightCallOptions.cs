namespace LlmActors.Api.Hosting;

/// <summary>The <c>Api:InFlight</c> section: how an API host finds model calls whose silo died (cluster mode).</summary>
public sealed class InFlightCallOptions
{
    public const string Section = "Api:InFlight";

    /// <summary>How often calls in flight are checked with the grains that hold them.</summary>
    public TimeSpan ProbeInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Calls younger than this are not checked: most answers come sooner.</summary>
    public TimeSpan MinimumAge { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How long a check waits for its grain; one that does not answer is asked again next round (never given up on a timeout).</summary>
    public TimeSpan ProbeTimeout { get; set; } = TimeSpan.FromSeconds(2);
}
