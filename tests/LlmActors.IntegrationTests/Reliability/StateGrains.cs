namespace LlmActors.IntegrationTests.Reliability;

/// <summary>The grain types with persisted state the kill test expects back after a silo dies.</summary>
public static class StateGrains
{
    public static readonly string[] Landed = ["apikey", "projectbudget", "conversationrouter", "codestats", "completioncache"];

    /// <summary>Joins <see cref="Landed"/> once moderation policies can be set (the fixture finds out).</summary>
    public const string ModerationPolicy = "moderationpolicy";

    /// <summary>The live silo holding the most of those grains (so a kill of it tests the most reactivations).</summary>
    public static async Task<(SiloHandle Silo, Dictionary<string, int> Held)> BusiestAsync(IEnumerable<SiloHandle> silos, IReadOnlyList<string> types)
    {
        var best = (Silo: (SiloHandle?)null, Held: new Dictionary<string, int>());
        foreach (var silo in silos.Where(s => !s.Process.HasExited))
        {
            var held = new Dictionary<string, int>();
            foreach (var type in types)
            {
                held[type] = await silo.ActivationsAsync(type);
            }

            if (best.Silo is null || held.Values.Sum() > best.Held.Values.Sum())
            {
                best = (silo, held);
            }
        }

        return (best.Silo!, best.Held);
    }
}
