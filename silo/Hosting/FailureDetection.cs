namespace LlmActors.Silo.Hosting;

/// <summary>
/// Membership settings tuned for a gateway: a silo killed with SIGKILL is declared dead in about
/// 2-3 s instead of the default ~15 s, so its grains reactivate elsewhere well inside 5 s.
/// </summary>
public static class FailureDetection
{
    public static void Configure(ClusterMembershipOptions o)
    {
        // A probe every second; two missed probes make a silo suspect.
        o.ProbeTimeout = TimeSpan.FromSeconds(1);
        o.NumMissedProbesLimit = 2;
        // Enough votes to be safe against one silo's bad network, but not more than a small cluster has.
        o.NumVotesForDeathDeclaration = 2;
        o.DeathVoteExpirationTimeout = TimeSpan.FromSeconds(10);
        // Read the membership table often so every silo learns of a death quickly.
        o.TableRefreshTimeout = TimeSpan.FromSeconds(2);
        o.IAmAliveTablePublishTimeout = TimeSpan.FromSeconds(10);
        // A silo whose own process is slow should not vote others dead.
        o.LocalHealthDegradationMonitoringPeriod = TimeSpan.FromSeconds(5);
    }
}
