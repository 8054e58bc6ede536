namespace LlmActors.ModelSim.Embeddings;

/// <summary>A validated embeddings request: the texts (token inputs already decoded), their token count and the output shape.</summary>
internal sealed record EmbeddingRequest(SimModel Model, string[] Inputs, int PromptTokens, int Dimensions, bool Base64);
