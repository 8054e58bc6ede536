using LlmActors.ModelSim.Chat;
using LlmActors.ModelSim.Streaming;

namespace LlmActors.ModelSim.Anthropic;

/// <summary>
/// A streamed answer as Anthropic sends it: <c>message_start</c>, <c>ping</c>, one content block per text or call
/// (<c>content_block_start</c>, <c>text_delta</c> / <c>input_json_delta</c> pieces when their tokens are due,
/// <c>content_block_stop</c>), <c>message_delta</c> with the stop reason and output usage, <c>message_stop</c>.
/// </summary>
internal static class AnthropicEvents
{
    public static List<TimedChunk<AnthropicEvent>> For(string id, ChatRequest request, ChatAnswer answer, bool cacheMarked)
    {
        var choice = answer.Choices[0];
        double at = choice.ReasoningTokens;
        var events = new List<TimedChunk<AnthropicEvent>>
        {
            new(0, false, new AnthropicEvent("message_start") { Message = AnthropicAnswers.Message(id, request, answer, cacheMarked, whole: false) }),
            new(0, false, new AnthropicEvent("ping")),
        };
        if (choice.Calls.Count > 0)
        {
            for (var k = 0; k < choice.Calls.Count; k++)
            {
                var call = choice.Calls[k];
                var empty = AnthropicAnswers.Element("{}");
                events.Add(new(at, false, new AnthropicEvent("content_block_start") { Index = k, ContentBlock = new AnthropicBlockResult("tool_use", Id: call.Id, Name: call.Name, Input: empty) }));
                var start = 0;
                foreach (var end in call.ArgumentEnds)
                {
                    at++;
                    events.Add(new(at, true, new AnthropicEvent("content_block_delta") { Index = k, Delta = new AnthropicDeltaResult("input_json_delta", PartialJson: call.Arguments[start..end]) }));
                    start = end;
                }

                events.Add(new(at, false, new AnthropicEvent("content_block_stop") { Index = k }));
            }
        }
        else
        {
            var text = choice.Text;
            events.Add(new(at, false, new AnthropicEvent("content_block_start") { Index = 0, ContentBlock = new AnthropicBlockResult("text", "") }));
            var start = 0;
            foreach (var end in text.SegmentEnds)
            {
                at = choice.ReasoningTokens + ((double)start / text.Text.Length * text.CompletionTokens);
                events.Add(new(at, true, new AnthropicEvent("content_block_delta") { Index = 0, Delta = new AnthropicDeltaResult("text_delta", text.Text[start..end]) }));
                start = end;
            }

            events.Add(new(at, false, new AnthropicEvent("content_block_stop") { Index = 0 }));
        }

        events.Add(new(at, false, new AnthropicEvent("message_delta")
        {
            Delta = new AnthropicDeltaResult(StopReason: AnthropicAnswers.StopReason(choice), StopSequence: choice.Text.StopSequence),
            Usage = AnthropicAnswers.Usage(answer, cacheMarked),
        }));
        events.Add(new(at, false, new AnthropicEvent("message_stop")));
        return events;
    }
}
