using System.ClientModel.Primitives;

namespace LlmActors.Grains.Models;

/// <summary>Sets one request header on every message a pipeline sends (Anthropic's <c>anthropic-version</c>).</summary>
public sealed class FixedHeaderPolicy(string name, string value) : PipelinePolicy
{
    public override void Process(PipelineMessage message, IReadOnlyList<PipelinePolicy> pipeline, int currentIndex)
    {
        message.Request.Headers.Set(name, value);
        ProcessNext(message, pipeline, currentIndex);
    }

    public override ValueTask ProcessAsync(PipelineMessage message, IReadOnlyList<PipelinePolicy> pipeline, int currentIndex)
    {
        message.Request.Headers.Set(name, value);
        return ProcessNextAsync(message, pipeline, currentIndex);
    }
}
