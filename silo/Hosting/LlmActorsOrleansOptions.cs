namespace LlmActors.Silo.Hosting;

/// <summary>The <c>Orleans</c> configuration section shared by silos and API hosts.</summary>
public sealed class LlmActorsOrleansOptions
{
    public const string Section = "Orleans";

    public string ClusterId { get; set; } = "llmactors";
    public string ServiceId { get; set; } = "llmactors";
    public int SiloPort { get; set; } = 11111;
    public int GatewayPort { get; set; } = 30000;

    /// <summary>Address other silos and clients use to reach this silo; when unset Orleans picks a host address.</summary>
    public string? AdvertisedIP { get; set; }
}
