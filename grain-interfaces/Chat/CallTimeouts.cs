namespace LlmActors.Chat;

/// <summary>
/// Response timeouts of grain methods that wait on models. The gateway bounds every call by its own end-to-end
/// deadline (<c>Models:Resilience:RequestTimeout</c>, well under this) and finds calls lost with their silo by asking
/// the grain (<see cref="IRequestHolder"/>), so this only has to be longer than any deadline can be configured.
/// </summary>
public static class CallTimeouts
{
    public const string ModelCall = "00:15:00";
}
