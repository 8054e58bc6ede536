namespace LlmActors.ModelSim.Media;

/// <summary>
/// A non-text content part as the simulator sees it: what it costs in prompt tokens and how the answer
/// acknowledges it (<see cref="Note"/>, e.g. "an image (640×480, high detail)").
/// </summary>
internal sealed record MediaPart(MediaKind Kind, int Tokens, string Note, string Fingerprint);
