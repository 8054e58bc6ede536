using LlmActors.Chat;
using Microsoft.ML.Tokenizers;

namespace LlmActors.Grains.Models;

/// <summary>
/// Counts tokens with the o200k_base encoding (GPT-4o family), the same one the simulator uses, for budget
/// estimates and for streams whose provider reports no usage.
/// </summary>
public sealed class TokenCounter
{
    // Per-message framing and reply priming as OpenAI counts them for chat models.
    private const int PerMessage = 3;
    private const int ReplyPriming = 3;

    // BPE work grows with the square of a pre-token's length, and a run without spaces (100,000 'a', a page of CJK
    // characters) is one pre-token: counted whole it costs seconds to hours of CPU per request. Longer text is
    // counted in slices cut at word boundaries where there are some; counts stay within about 0.05% of whole-text counts.
    private const int SliceChars = 1024;

    private readonly Tokenizer _tokenizer = TiktokenTokenizer.CreateForEncoding("o200k_base");

    public int Count(string text) => text.Length switch
    {
        0 => 0,
        <= SliceChars => _tokenizer.CountTokens(text),
        _ => CountSliced(text),
    };

    public int CountPrompt(IReadOnlyList<ChatMessage> messages)
    {
        var total = ReplyPriming;
        foreach (var message in messages)
        {
            total += PerMessage + Count(message.Role) + Count(message.Content);
        }

        return total;
    }

    /// <summary>
    /// The prompt of a forwarded request as the provider will bill it: the messages, the texts sent besides them (tool
    /// schemas, earlier tool calls, a JSON schema) and the tokens its images, audio and files cost.
    /// </summary>
    public int CountPrompt(IReadOnlyList<ChatMessage> messages, PromptShape shape)
    {
        var total = CountPrompt(messages) + shape.MediaTokens;
        foreach (var text in shape.ExtraTexts)
        {
            total += Count(text);
        }

        return total;
    }

    private int CountSliced(string text)
    {
        var total = 0;
        for (var start = 0; start < text.Length;)
        {
            var end = SliceEnd(text, start);
            total += _tokenizer.CountTokens(text.AsSpan(start, end - start));
            start = end;
        }

        return total;
    }

    private static int SliceEnd(string text, int start)
    {
        var end = start + SliceChars;
        if (end >= text.Length)
        {
            return text.Length;
        }

        // Cut where the tokenizer would split anyway: after a line break, or before a space that starts a word.
        for (var cut = end; cut > start + (SliceChars / 2); cut--)
        {
            if (text[cut - 1] == '\n' || (text[cut] == ' ' && !char.IsWhiteSpace(text[cut - 1]) && cut + 1 < text.Length && !char.IsWhiteSpace(text[cut + 1])))
            {
                return cut;
            }
        }

        // No space in the second half of the slice: cut hard, but never between the halves of a surrogate pair.
        return char.IsLowSurrogate(text[end]) ? end - 1 : end;
    }
}
