using System.Globalization;

namespace LlmActors.Bench.Scenarios.Support;

/// <summary>
/// A customer-service day in miniature: mostly single questions about common topics as people type them
/// (popular topics more often, greetings and thanks around them, case and punctuation noise), and a share
/// of multi-turn conversations about one customer's own case. Seeded, so runs compare like with like.
/// </summary>
public sealed class SupportTraffic(int seed)
{
    private readonly Random _random = new(seed);

    public IReadOnlyList<ReplayConversation> Generate(int conversations, double complexShare)
    {
        var result = new List<ReplayConversation>(conversations);
        for (var i = 0; i < conversations; i++)
        {
            var id = "c" + i.ToString(CultureInfo.InvariantCulture);
            result.Add(_random.NextDouble() < complexShare ? Complex(id) : Faq(id));
        }

        return result;
    }

    private ReplayConversation Faq(string id)
    {
        // Zipf-like popularity: the first topics are asked far more often than the last.
        var topics = FaqPhrasings.Topics;
        var index = Math.Min(topics.Count - 1, (int)(topics.Count * Math.Pow(_random.NextDouble(), 1.6)));
        var (topic, english, chinese) = topics[index];
        var zh = _random.NextDouble() < 0.5;
        var text = Pick(zh ? chinese : english);
        if (_random.NextDouble() < 0.15)
        {
            // Context about the customer's own purchase: a different text, and sometimes no longer generic.
            text = zh ? $"我买了{Pick(FaqPhrasings.ChineseItems)}，{text}" : $"I bought {Pick(FaqPhrasings.EnglishItems)}. {text}";
        }

        if (!zh && _random.NextDouble() < 0.15)
        {
            text = Pick(FaqPhrasings.EnglishFillers) + " " + text;
        }

        if (!zh && _random.NextDouble() < 0.15)
        {
            text = Typo(text);
        }

        if (_random.NextDouble() < 0.35)
        {
            text = Pick(zh ? FaqPhrasings.ChineseGreetings : FaqPhrasings.EnglishGreetings) + (zh ? "" : " ") + text;
        }

        text += Pick(zh ? ["？", "?", "", "。", "??"] : ["?", "", "??", " ?", "!"]);
        if (_random.NextDouble() < 0.25)
        {
            text += (zh ? "" : " ") + Pick(zh ? FaqPhrasings.ChineseThanks : FaqPhrasings.EnglishThanks);
        }

        return new ReplayConversation(id, topic, [zh ? text : Case(text)]);
    }

    private ReplayConversation Complex(string id)
    {
        var order = _random.Next(10_000_000, 99_999_999).ToString(CultureInfo.InvariantCulture);
        var messages = new List<string> { string.Format(CultureInfo.InvariantCulture, Pick(ComplexConversations.Openings), order) };
        var turns = _random.Next(3, 8);
        while (messages.Count < turns)
        {
            messages.Add(Pick(ComplexConversations.FollowUps));
        }

        return new ReplayConversation(id, null, messages);
    }

    // One pair of adjacent letters swapped inside a longer word, as fast typists do.
    private string Typo(string text)
    {
        var words = text.Split(' ');
        var candidates = Enumerable.Range(0, words.Length).Where(i => words[i].Length >= 5 && words[i].All(char.IsLetter)).ToList();
        if (candidates.Count == 0)
        {
            return text;
        }

        var index = candidates[_random.Next(candidates.Count)];
        var letters = words[index].ToCharArray();
        var at = _random.Next(1, letters.Length - 2);
        (letters[at], letters[at + 1]) = (letters[at + 1], letters[at]);
        words[index] = new string(letters);
        return string.Join(' ', words);
    }

    private string Case(string text) => _random.NextDouble() switch
    {
        < 0.4 => char.ToUpperInvariant(text[0]) + text[1..],
        < 0.5 => text.ToUpperInvariant(),
        _ => text,
    };

    private string Pick(IReadOnlyList<string> items) => items[_random.Next(items.Count)];
}
