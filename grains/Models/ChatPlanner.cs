using LlmActors.Chat;
using LlmActors.Grains.Budgets;
using LlmActors.Models;

namespace LlmActors.Grains.Models;

/// <summary>
/// Resolves a request against the catalog: the chain of models that can serve it (a backup lacking a capability the
/// request needs is skipped), the budget estimate — prompt tokens as the provider bills them (messages, tool schemas,
/// images…) plus the output cap for every choice, priced at the dearest model that might answer — and the deadline.
/// </summary>
public sealed class ChatPlanner(IModelCatalog catalog, ModelResilience resilience, TokenCounter tokens, Metering metering)
{
    /// <summary>Legacy completions default to 16 output tokens when the request sets none (OpenAI's default).</summary>
    public const int LegacyDefaultMaxTokens = 16;

    public (ChatPlan? Plan, CallError? Error) Plan(ChatRequest request, string? tier)
    {
        if (catalog.Find(request.Model) is not { Kind: ModelKind.Chat } model)
        {
            return (null, UnknownModel(request.Model));
        }

        var shape = request.PromptShape;
        if (!model.Supports(shape.Needs))
        {
            var missing = shape.Needs & ~model.Capabilities;
            return (null, new CallError(CallStatus.BadRequest, $"The model '{model.Name}' does not support {Describe(missing)}; choose a model that does (GET /v1/models).",
                ParamOf(missing), Code: "unsupported_capability"));
        }

        var chain = catalog.Chain(model, shape.Needs);
        var prompt = tokens.CountPrompt(request.Messages, shape);
        var maxOutput = request.Sampling.MaxOutputTokens
            ?? (request.Endpoint == ChatEndpoint.Completions ? LegacyDefaultMaxTokens : model.DefaultMaxOutputTokens);
        var output = (long)maxOutput * Math.Max(1, shape.Choices);
        var cost = chain.Max(m => m.Cost(prompt, output));
        var call = new MeteredCall(new BudgetScope(request.ProjectId, request.UserId), request.RequestId, tier, metering.Clock.GetTimestamp(),
            Endpoint: EndpointName(request.Endpoint));
        var deadline = metering.Clock.GetUtcNow() + resilience.Settings.RequestTimeout;
        return (new ChatPlan(call, chain, prompt, maxOutput, prompt + output, cost, deadline), null);
    }

    /// <summary>The name a call's spend row records for the API it came in by.</summary>
    public static string EndpointName(ChatEndpoint endpoint) => endpoint switch
    {
        ChatEndpoint.Completions => "completions",
        ChatEndpoint.Responses => "responses",
        ChatEndpoint.Messages => "messages",
        _ => "chat.completions",
    };

    public static CallError UnknownModel(string model) =>
        new(CallStatus.BadRequest, $"The model '{model}' does not exist or is not a chat model; see GET /v1/models.", "model");

    private static string Describe(ModelCapabilities missing) => missing switch
    {
        ModelCapabilities.Tools => "tools (function calling)",
        ModelCapabilities.Vision => "image inputs",
        ModelCapabilities.Audio => "audio",
        ModelCapabilities.JsonSchema => "JSON schema response formats",
        ModelCapabilities.Reasoning => "reasoning_effort",
        ModelCapabilities.Files => "file inputs",
        _ => missing.ToString(),
    };

    private static string ParamOf(ModelCapabilities missing) =>
        missing.HasFlag(ModelCapabilities.Tools) ? "tools"
        : missing.HasFlag(ModelCapabilities.JsonSchema) ? "response_format"
        : missing.HasFlag(ModelCapabilities.Reasoning) ? "reasoning_effort"
        : "messages";
}
