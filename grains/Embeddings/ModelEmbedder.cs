using System.Numerics.Tensors;
using LlmActors.Embeddings;
using LlmActors.Grains.Models;
using Microsoft.Extensions.Options;

namespace LlmActors.Grains.Embeddings;

/// <summary>
/// Embeddings from a catalog model through the model layer (OpenAI SDK, fallback, budget). A failed call
/// yields an empty vector rather than a failed turn: the message is still answered, only without the cache's
/// nearest-neighbour search and the example-question match.
/// </summary>
public sealed class ModelEmbedder(EmbeddingInvoker invoker, IOptions<EmbeddingOptions> options, ILogger<ModelEmbedder> logger) : ITextEmbedder
{
    private readonly string _model = options.Value.Model ?? throw new InvalidOperationException("Embeddings:Model is not set.");

    public string Id => $"model:{_model}:{options.Value.ModelDimensions}";

    public async ValueTask<float[]> EmbedAsync(string text, string projectId, CancellationToken cancellationToken = default)
    {
        var request = new EmbeddingRequest(projectId, null, "emb-" + Guid.NewGuid().ToString("N"), _model, [text], options.Value.ModelDimensions);
        var result = await invoker.EmbedAsync(request, cancellationToken);
        if (result.Vectors is not [var vector])
        {
            logger.LogWarning("Embedding model {Model} gave no vector ({Error}); matching by exact text only", _model, result.Error?.Message);
            return [];
        }

        var norm = TensorPrimitives.Norm(vector);
        if (norm > 0)
        {
            TensorPrimitives.Divide(vector, norm, vector);
        }

        return vector;
    }
}
