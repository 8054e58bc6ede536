using LlmActors.ModelSim.Contracts;
using LlmActors.ModelSim.Streaming;

namespace LlmActors.ModelSim.Chat;

/// <summary>
/// The chunks of one streamed choice, as OpenAI sends them: the role first; then content pieces (with their
/// tokens' logprobs), or for each call a first chunk with index, id, type, name and empty arguments followed by
/// argument fragments, or spoken-transcript pieces and the audio data; then the finish reason. Each chunk is due
/// after the choice's reasoning and the output tokens before it.
/// </summary>
internal sealed class ChatChunks(ChatRequest request)
{
    private readonly string _id = ResponseIds.New("chatcmpl-");
    private readonly long _created = ResponseIds.UnixNow();

    public List<TimedChunk<ChatChunk>> For(ChoiceAnswer choice)
    {
        var chunks = new List<TimedChunk<ChatChunk>>();
        double at = choice.ReasoningTokens;
        var textual = choice.Calls.Count == 0 && choice.Audio is null;
        chunks.Add(new(at, false, Chunk(choice.Index, new ChunkDelta { Role = "assistant", Content = textual ? "" : null })));
        if (choice.Calls.Count > 0)
        {
            at = Calls(chunks, choice, at);
        }
        else
        {
            at = Text(chunks, choice, at);
        }

        chunks.Add(new(at, false, Chunk(choice.Index, ChunkDelta.Empty, choice.FinishReason)));
        return chunks;
    }

    public ChatChunk Usage(UsageResult usage) => new(_id, "chat.completion.chunk", _created, request.Model.Name, request.ServiceTier, SimFingerprint.Value, [], usage);

    private double Calls(List<TimedChunk<ChatChunk>> chunks, ChoiceAnswer choice, double at)
    {
        for (var k = 0; k < choice.Calls.Count; k++)
        {
            var call = choice.Calls[k];
            chunks.Add(new(at, true, CallChunk(choice, k, call.Id, call.Name, "")));
            var start = 0;
            foreach (var end in call.ArgumentEnds)
            {
                at++;
                chunks.Add(new(at, true, CallChunk(choice, k, null, null, call.Arguments[start..end])));
                start = end;
            }
        }

        return at;
    }

    private ChatChunk CallChunk(ChoiceAnswer choice, int index, string? id, string? name, string arguments) =>
        Chunk(choice.Index, choice.LegacyFunction
            ? new ChunkDelta { FunctionCall = new FunctionDelta(name, arguments) }
            : new ChunkDelta { ToolCalls = [new ToolCallDelta(index, id, id is null ? null : "function", new FunctionDelta(name, arguments))] });

    private double Text(List<TimedChunk<ChatChunk>> chunks, ChoiceAnswer choice, double reasoning)
    {
        var answer = choice.Text;
        var audio = choice.Audio;
        var at = reasoning;
        var start = 0;
        foreach (var end in answer.SegmentEnds)
        {
            // Tokens are spread over the chunks in proportion to their length.
            at = reasoning + ((double)start / answer.Text.Length * answer.CompletionTokens);
            var piece = answer.Text[start..end];
            var delta = audio is null
                ? new ChunkDelta { Content = piece }
                : new ChunkDelta { Audio = new AudioDelta(start == 0 ? audio.Id : null, piece, null, null) };
            chunks.Add(new(at, true, Chunk(choice.Index, delta, logprobs: Logprobs(choice, start, end))));
            start = end;
        }

        if (audio is not null)
        {
            chunks.Add(new(at, true, Chunk(choice.Index, new ChunkDelta { Audio = new AudioDelta(audio.Id, null, audio.Data, audio.ExpiresAt) })));
        }

        return at;
    }

    private static ChoiceLogprobs? Logprobs(ChoiceAnswer choice, int start, int end) =>
        choice.Logprobs is { } entries ? new ChoiceLogprobs(entries.Where(e => e.Start >= start && e.Start < end).Select(e => e.Entry).ToList(), null) : null;

    private ChatChunk Chunk(int index, ChunkDelta delta, string? finishReason = null, ChoiceLogprobs? logprobs = null) =>
        new(_id, "chat.completion.chunk", _created, request.Model.Name, request.ServiceTier, SimFingerprint.Value, [new ChunkChoice(index, delta, logprobs, finishReason)], null);
}
