using LlmActors.Chat;
using LlmActors.Grains.Models;
using LlmActors.Models;
using Microsoft.Extensions.Options;

namespace LlmActors.Grains.Moderation;

/// <summary>
/// Finds the configured fast and strong models in the catalog at call time rather than at start, so a catalog
/// of real providers without moderation models still starts; moderation then answers 503 saying what is missing.
/// </summary>
public sealed class CascadeModelResolver(IModelCatalog catalog, IOptions<ModerationOptions> options)
{
    public CascadeModels? Resolve(out CallError? error)
    {
        var settings = options.Value;
        var fast = Find(settings.FastModel, nameof(ModerationOptions.FastModel), out var fastError);
        var strong = Find(settings.StrongModel, nameof(ModerationOptions.StrongModel), out var strongError);
        error = fastError ?? strongError;
        return fast is not null && strong is not null ? new CascadeModels(fast, strong) : null;
    }

    private ModelDefinition? Find(string name, string setting, out CallError? error)
    {
        var model = catalog.Find(name);
        error = model is { Kind: ModelKind.Moderation }
            ? null
            : new CallError(CallStatus.Unavailable, $"Moderation is not configured: {ModerationOptions.Section}:{setting} '{name}' is not a moderation model of the catalog.");
        return error is null ? model : null;
    }
}
