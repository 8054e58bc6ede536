using System.Collections.Concurrent;
using LlmActors.Grains.Embeddings;
using LlmActors.Support;

namespace LlmActors.Grains.Support;

/// <summary>
/// The rules in force for a project, read from its rules grain on every turn (so an admin change applies to
/// the next message) and compiled only when their content changes.
/// </summary>
public sealed class ProjectRules(IGrainFactory grains, ITextEmbedder embedder, ContentUnits units)
{
    private readonly ConcurrentDictionary<string, CompiledRules> _compiled = new(StringComparer.Ordinal);

    public async Task<CompiledRules> ForProjectAsync(string projectId, CancellationToken cancellationToken)
    {
        var rules = await grains.GetGrain<IRoutingRulesGrain>(projectId).Get();
        var fingerprint = Fingerprint(rules);
        if (_compiled.TryGetValue(projectId, out var known) && known.Fingerprint == fingerprint)
        {
            return known;
        }

        var vectors = new List<float[]>(rules.FaqExamples.Count);
        foreach (var example in rules.FaqExamples)
        {
            vectors.Add(await embedder.EmbedAsync(example, projectId, cancellationToken));
        }

        var anchors = new List<float[]>();
        foreach (var example in rules.Intents.SelectMany(i => i.Examples))
        {
            anchors.Add(await embedder.EmbedAsync(example, projectId, cancellationToken));
        }

        var intents = rules.Intents.Count == 0 ? IntentAnchors.None : new IntentAnchors(rules.Intents, anchors, units);
        var compiled = new CompiledRules(rules, new ComplexityClassifier(rules, vectors), intents, fingerprint);
        _compiled[projectId] = compiled;
        return compiled;
    }

    // Only what the classifier is built from; thresholds and models are read from the rules on each turn.
    private static string Fingerprint(RoutingRules r) => string.Join('\u001f',
        [.. r.FaqKeywords, "\u001e", .. r.FaqExamples, "\u001e", .. r.Intents.Select(i => i.Id + "\u001d" + string.Join('\u001d', i.Examples)), "\u001e",
            FormattableString.Invariant($"{r.SimpleBelowTurns}/{r.ComplexFromTurns}/{r.LongMessageChars}/{r.FaqSimilarity:R}")]);
}
