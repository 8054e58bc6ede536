namespace LlmActors.ModelSim.Chat;

internal enum ResponseFormat
{
    Text,
    JsonObject,
    JsonSchema,
}
