namespace LlmActors.ModelSim.Chat;

/// <summary>
/// Deterministic prose: the model's label, an opener, a short echo of the question (so different questions
/// read differently), body sentences up to a target length, a closer. Chinese questions get Chinese answers.
/// The length grows with the prompt but stays bounded (about 24 to 190 tokens). A <c>preamble</c> (what the
/// answer saw: an image, a clip, a file) comes right after the label.
/// </summary>
internal static class ProseGenerator
{
    public static void Write(AnswerBuilder answer, SimModel model, string question, int promptTokens, ref SeededRandom random, string? preamble = null)
    {
        var target = 24 + random.Next(56) + Math.Min(promptTokens / 4, 80);
        if (CjkText.ContainsIdeograph(question))
        {
            answer.Add(model.Label + " ");
            if (preamble is not null)
            {
                Chunks(answer, preamble);
            }

            WriteChinese(answer, question, target, ref random);
        }
        else
        {
            answer.Add(model.Label);
            if (preamble is not null)
            {
                Words(answer, preamble);
            }

            WriteEnglish(answer, question, target, ref random);
        }
    }

    private static void WriteEnglish(AnswerBuilder answer, string question, int target, ref SeededRandom random)
    {
        var pieces = 0;
        pieces += Words(answer, random.Pick(EnglishPhrases.Openers));
        var echo = Echo(question, 8);
        if (echo.Length > 0)
        {
            pieces += Words(answer, $"{EnglishPhrases.EchoPrefix} \"{echo}\".");
        }

        while (pieces < target)
        {
            var body = random.Pick(EnglishPhrases.Bodies);
            pieces += Words(answer, char.ToUpperInvariant(body[0]) + body[1..] + ".");
        }

        Words(answer, random.Pick(EnglishPhrases.Closers));
    }

    private static void WriteChinese(AnswerBuilder answer, string question, int target, ref SeededRandom random)
    {
        // About two characters per streamed chunk, roughly one to two o200k tokens.
        var pieces = 0;
        pieces += Chunks(answer, random.Pick(ChinesePhrases.Openers));
        var echo = Echo(question, 1);
        if (echo.Length > 0)
        {
            pieces += Chunks(answer, $"{ChinesePhrases.EchoPrefix}「{(echo.Length > 16 ? echo[..16] + "…" : echo)}」，");
        }

        while (pieces < target)
        {
            pieces += Chunks(answer, random.Pick(ChinesePhrases.Bodies) + "。");
        }

        Chunks(answer, random.Pick(ChinesePhrases.Closers));
    }

    public static int Words(AnswerBuilder answer, string sentence)
    {
        var before = answer.Pieces;
        answer.AddWords(sentence, leadingSpace: true);
        return answer.Pieces - before;
    }

    public static int Chunks(AnswerBuilder answer, string text)
    {
        var before = answer.Pieces;
        answer.AddChunks(text, 2);
        return answer.Pieces - before;
    }

    /// <summary>The first <paramref name="maxWords"/> words of the question on one line, quotes removed.</summary>
    public static string Echo(string question, int maxWords)
    {
        var words = question.Split((char[]?)null, maxWords + 1, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var take = Math.Min(words.Length, maxWords);
        var echo = string.Join(' ', words, 0, take).Replace('"', '\'');
        if (echo.Length > 80)
        {
            echo = echo[..80];
        }

        return words.Length > maxWords ? echo + "…" : echo;
    }
}
