namespace LlmActors.Grains.Models;

/// <summary>A provider's stream sent an error event or something that is not a chunk: the deployment failed mid-stream.</summary>
public sealed class ProviderStreamException(string message) : IOException(message);
