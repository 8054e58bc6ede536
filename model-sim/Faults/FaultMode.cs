namespace LlmActors.ModelSim.Faults;

public enum FaultMode
{
    /// <summary>Healthy.</summary>
    None,

    /// <summary>Every request answers 503 at once.</summary>
    Down,

    /// <summary>An extra delay before the first token.</summary>
    Slow,

    /// <summary>Streams are closed after a few tokens without <c>[DONE]</c>; whole responses fail.</summary>
    Cut,

    /// <summary>Every request answers 429 with <c>Retry-After</c> (a rate-limited deployment).</summary>
    Throttled,
}
