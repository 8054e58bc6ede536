using System.Numerics.Tensors;
using LlmActors.Grains.Embeddings;
using LlmActors.Support;

namespace LlmActors.Grains.Support;

/// <summary>
/// A project's FAQ intents as anchors: every example question embedded with the cache's embedder. A question
/// belongs to an intent only when it is at least <c>similarity</c> close to one of its examples and ahead of
/// every other intent's nearest example by <c>margin</c>: "how do I pay my bill" and "why is my bill so high"
/// share words, and a question that sits between them belongs to neither.
/// </summary>
public sealed class IntentAnchors
{
    public static readonly IntentAnchors None = new([], [], new ContentUnits(null));

    private readonly (int Intent, float[] Vector)[] _anchors;
    private readonly string[] _ids;
    private readonly string[][] _units;

    /// <param name="vectors">The embeddings of every intent's examples, intent by intent, in order.</param>
    public IntentAnchors(IReadOnlyList<FaqIntent> intents, IReadOnlyList<float[]> vectors, ContentUnits units)
    {
        _ids = [.. intents.Select(i => i.Id)];
        _units = [.. intents.Select(i => i.Examples.SelectMany(units.Of).Distinct(StringComparer.Ordinal).ToArray())];
        _anchors = [.. intents.SelectMany((intent, i) => intent.Examples.Select(_ => i)).Zip(vectors, (i, v) => (i, v)).Where(a => a.v.Length > 0)];
    }

    public int Count => _ids.Length;

    /// <summary>The intent the question is clearly nearest, or null (no intents, no vector, not close, or no clear lead).</summary>
    public IntentMatch? Nearest(ReadOnlySpan<float> vector, float similarity, float margin)
    {
        if (_ids.Length == 0 || vector.Length == 0)
        {
            return null;
        }

        var best = new float[_ids.Length];
        Array.Fill(best, float.MinValue);
        foreach (var (intent, anchor) in _anchors)
        {
            if (anchor.Length == vector.Length)
            {
                best[intent] = Math.Max(best[intent], TensorPrimitives.Dot(anchor, vector));
            }
        }

        var first = TensorPrimitives.IndexOfMax(best);
        var second = _ids.Length > 1 ? best.Where((_, i) => i != first).Max() : 0f;
        var lead = best[first] - Math.Max(second, 0f);
        return best[first] >= similarity && lead >= margin ? new IntentMatch(_ids[first], best[first], lead, _units[first]) : null;
    }
}
