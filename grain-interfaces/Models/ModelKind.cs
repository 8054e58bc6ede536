namespace LlmActors.Models;

[GenerateSerializer, Alias("models.kind")]
public enum ModelKind
{
    Chat = 0,
    Embedding = 1,
    Moderation = 2,
}
