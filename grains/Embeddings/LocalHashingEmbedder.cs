using System.Numerics.Tensors;
using Microsoft.Extensions.Options;

namespace LlmActors.Grains.Embeddings;

/// <summary>
/// An embedder that needs no model: weighted text features (<see cref="FeatureExtractor"/>) hashed into a
/// fixed number of buckets with a random sign per feature, so that colliding features cancel out on average
/// instead of adding up. Works the same for Chinese and English and costs microseconds per text.
/// </summary>
public sealed class LocalHashingEmbedder : ITextEmbedder
{
    private const string Version = "hash-v1";
    private readonly FeatureExtractor _features;

    public LocalHashingEmbedder(IOptions<EmbeddingOptions> options)
    {
        var o = options.Value;
        var matcher = new ConceptMatcher(o.UseSupportLexicon ? SupportLexicon.Default : []);
        _features = new FeatureExtractor(matcher, o.ConceptWeight);
        Dimensions = o.Dimensions;
        Id = FormattableString.Invariant($"local-{Version}-{o.Dimensions}-{o.ConceptWeight:0.##}-{matcher.Fingerprint % 0xffffff:x6}");
    }

    public string Id { get; }

    public int Dimensions { get; }

    public ValueTask<float[]> EmbedAsync(string text, string projectId, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Embed(text));

    public float[] Embed(string text)
    {
        var vector = new float[Dimensions];
        foreach (var feature in _features.Extract(TextNormalizer.Core(text)))
        {
            var bucket = (int)(feature.Hash % (ulong)Dimensions);
            vector[bucket] += (feature.Hash & (1UL << 63)) == 0 ? feature.Weight : -feature.Weight;
        }

        var norm = TensorPrimitives.Norm(vector);
        if (norm > 0)
        {
            TensorPrimitives.Divide(vector, norm, vector);
        }

        return vector;
    }
}
