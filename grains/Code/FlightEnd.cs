using LlmActors.Chat;

namespace LlmActors.Grains.Code;

/// <summary>How a model call in flight ended.</summary>
public sealed record FlightEnd(FlightStatus Status, CallError? Error = null, string? FinishReason = null)
{
    public static readonly FlightEnd Superseded = new(FlightStatus.Superseded);
    public static readonly FlightEnd TimedOut = new(FlightStatus.TimedOut);

    public static FlightEnd Completed(string? finishReason) => new(FlightStatus.Completed, null, finishReason ?? "stop");

    public static FlightEnd Failed(CallError error) => new(FlightStatus.Failed, error);
}
