namespace LlmActors.Grains.Code;

public enum FlightStatus
{
    /// <summary>The model finished; the text is whole.</summary>
    Completed,
    /// <summary>No answer: refused or no model answered.</summary>
    Failed,
    /// <summary>A newer request for another context replaced it; the call was cancelled.</summary>
    Superseded,
    /// <summary>Its deadline passed with nobody left waiting; the call was cancelled.</summary>
    TimedOut,
}
