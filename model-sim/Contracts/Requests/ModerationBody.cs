using System.Text.Json.Serialization;

namespace LlmActors.ModelSim.Contracts;

internal sealed record ModerationBody
{
    public string? Model { get; init; }

    [JsonConverter(typeof(ModerationInputConverter))]
    public ModerationInput? Input { get; init; }
}
