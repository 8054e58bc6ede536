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

    private readonly Tokenizer _tokenizer = TiktokenTokenizer.CreateForEncoding("o200k_base");

    public int Count(string text) => text.Length == 0 ? 0 : _tokenizer.CountTokens(text);

    public int CountPrompt(IReadOnlyList<ChatMessage> messages)
    {
        var total = ReplyPriming;
        foreach (var message in messages)
        {
            total += PerMessage + Count(message.Role) + Count(message.Content);
        }

        return total;
    }
}
