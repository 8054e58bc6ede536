using System.Globalization;
using System.Text.Encodings.Web;
using LlmActors.ModelSim.Moderation;

namespace LlmActors.ModelSim.Chat;

/// <summary>Turns a chat request into its deterministic answer and counts its prompt tokens.</summary>
internal static class AnswerComposer
{
    public static Answer Compose(ChatRequest request, out int promptTokens)
    {
        promptTokens = CountPrompt(request.Messages);
        var random = new SeededRandom(Seed(request));
        var answer = new AnswerBuilder();
        if (ChatConventions.IsModerationScoring(request))
        {
            var score = ModerationJudge.Score(request.Model, request.LastUserText);
            answer.Add(string.Create(CultureInfo.InvariantCulture, $"{{\"score\": {Math.Round(score, 6):0.######}, \"flagged\": {(score >= 0.5 ? "true" : "false")}}}"));
        }
        else if (ChatConventions.IsCodeCompletion(request))
        {
            CodeGenerator.Write(answer, request.Model, request.LastUserText, ref random);
        }
        else if (request.Format != ResponseFormat.Text)
        {
            var prose = new AnswerBuilder();
            ProseGenerator.Write(prose, request.Model, request.LastUserText, promptTokens, ref random);
            var text = prose.Build(null, null).Text;
            answer.AddWords($"{{\"simulated\": true, \"model\": \"{Encode(request.Model.Name)}\", \"answer\": \"{Encode(text)}\"}}", leadingSpace: false);
        }
        else
        {
            ProseGenerator.Write(answer, request.Model, request.LastUserText, promptTokens, ref random);
        }

        return answer.Build(request.MaxTokens, request.Stop);
    }

    /// <summary>Content tokens plus OpenAI's framing: 3 per message and 3 to prime the reply.</summary>
    public static int CountPrompt(List<ChatMessage> messages)
    {
        var tokens = 3;
        foreach (var message in messages)
        {
            tokens += 3 + SimTokenizer.Count(message.Content);
        }

        return tokens;
    }

    /// <summary>Model and every message (and the request's own seed, if any): the same conversation gets the same answer.</summary>
    private static ulong Seed(ChatRequest request)
    {
        var hash = StableHash.Of(request.Model.Name);
        foreach (var message in request.Messages)
        {
            hash = StableHash.Of(message.Role, hash);
            hash = StableHash.Of(message.Content, hash);
        }

        return request.Seed is { } seed ? hash ^ StableHash.Mix((ulong)seed) : hash;
    }

    private static string Encode(string text) => JavaScriptEncoder.UnsafeRelaxedJsonEscaping.Encode(text);
}
