namespace LlmActors.ModelSim.Contracts;

/// <summary><c>{"error": {"message", "type", "param", "code"}}</c>, the body every OpenAI client understands.</summary>
internal sealed record ErrorEnvelope(ErrorDetail Error);
