using System.Net.ServerSentEvents;
using LlmActors.ModelSim.Caching;
using LlmActors.ModelSim.Chat;
using LlmActors.ModelSim.Completions;
using LlmActors.ModelSim.Contracts;

namespace LlmActors.ModelSim.Hosting;

/// <summary>
/// Runs one request of each shape through binding, answering and serialisation off the request path, at start:
/// the tokenizer's vocabulary and the first JIT of the JSON metadata cost a few hundred milliseconds, which a
/// first request would otherwise add to its time to first token (and a gateway with a 0.5 s first-token
/// timeout would take for a dead model).
/// </summary>
internal static class SimulatorWarmUp
{
    private const string ChatBody = """
        {"model":"","stream":true,"n":2,"logprobs":true,"top_logprobs":2,"stream_options":{"include_usage":true},
         "messages":[{"role":"system","content":"You are helpful."},{"role":"user","content":[{"type":"text","text":"Weather in Paris?"},
           {"type":"image_url","image_url":{"url":"https://example.com/a.png","detail":"low"}}]}],
         "tools":[{"type":"function","function":{"name":"get_weather","description":"Weather for a city","parameters":
           {"type":"object","properties":{"city":{"type":"string"},"days":{"type":"integer"},"unit":{"type":"string","enum":["c","f"]}},"required":["city"]}}}],
         "response_format":{"type":"json_schema","json_schema":{"name":"w","schema":{"type":"object","properties":{"a":{"type":"string"}}}}}}
        """;

    private const string CompletionBody = """{"model":"","prompt":"def f(x):\n    ","suffix":"\n    return x\n","max_tokens":32,"logprobs":1}""";

    public static void InBackground(ModelSimulator simulator) => ThreadPool.UnsafeQueueUserWorkItem(_ => Run(simulator), null);

    private static void Run(ModelSimulator simulator)
    {
        try
        {
            _ = SimTokenizer.Instance;
            if ((simulator.Catalog.FirstOf(ModelKind.Chat) ?? simulator.Catalog.FirstOf(ModelKind.Code)) is not { } model)
            {
                return;
            }

            var chat = JsonSerializer.Deserialize(ChatBody, SimJsonContext.Default.ChatCompletionBody)! with { Model = model.Name };
            var request = ChatRequestParser.Parse(chat, simulator.Catalog);
            var answer = ChatComposer.Compose(request, new PromptCache());
            var chunks = new ChatChunks(request);
            var items = answer.Choices.SelectMany(chunks.For).Select(c => new SseItem<ChatChunk>(c.Chunk)).ToList();
            SseFormatter.WriteAsync(items.ToAsyncEnumerable(), Stream.Null, (item, buffer) =>
            {
                using var json = new Utf8JsonWriter(buffer, SimJson.WriterOptions);
                JsonSerializer.Serialize(json, item.Data, SimJsonContext.Default.ChatChunk);
            }).GetAwaiter().GetResult();

            var legacy = JsonSerializer.Deserialize(CompletionBody, SimJsonContext.Default.CompletionBody)! with { Model = model.Name };
            var completion = CompletionComposer.Compose(CompletionRequestParser.Parse(legacy, simulator.Catalog));
            JsonSerializer.SerializeToUtf8Bytes(completion.Usage.ToResult(), SimJsonContext.Default.UsageResult);
        }
        catch (Exception)
        {
            // Best effort: a warm-up that fails only means the first request pays for what it would have warmed.
        }
    }
}
