using System.Globalization;
using System.Text.RegularExpressions;

namespace LlmActors.ModelSim.Schema;

/// <summary>
/// What generated values are made of: the user's message. Place-like fields take its proper nouns ("Paris"),
/// query-like fields its content words, numeric fields the numbers it mentions.
/// </summary>
internal sealed partial class ValueHints
{
    private static readonly string[] Places = ["London", "Paris", "Tokyo", "Berlin", "Madrid", "Toronto"];

    public ValueHints(string message)
    {
        Message = message;
        var words = ContentWords.Split(message).Where(ContentWords.IsContentWord).ToList();
        Words = words;
        // A capitalised word that does not start a sentence is most likely a name: "weather in Paris".
        Names = ContentWords.Split(message).Where(w => char.IsUpper(w[0]) && ContentWords.IsContentWord(w) && !StartsSentence(message, w)).ToList();
        Numbers = NumberPattern().Matches(message).Select(m => double.Parse(m.Value, CultureInfo.InvariantCulture)).ToList();
        Chinese = CjkText.ContainsIdeograph(message);
    }

    public string Message { get; }

    public IReadOnlyList<string> Words { get; }

    public IReadOnlyList<string> Names { get; }

    public IReadOnlyList<double> Numbers { get; }

    public bool Chinese { get; }

    public string Place(ref SeededRandom random) =>
        Names.Count > 0 ? Names[0]
        : Words.Count > 0 ? Capitalise(Words[^1])
        : random.Pick(Places);

    /// <summary>The gist of the message for a search or a question field: up to eight content words, or the text itself.</summary>
    public string Query() =>
        Words.Count > 0 ? string.Join(' ', Words.Take(8))
        : Message.Length > 0 ? Message[..Math.Min(Message.Length, 100)].Trim()
        : "simulated query";

    public string Word(ref SeededRandom random) => Words.Count > 0 ? Words[random.Next(Words.Count)] : "simulated";

    private static bool StartsSentence(string text, string word)
    {
        var at = text.IndexOf(word, StringComparison.Ordinal);
        var before = text.AsSpan(0, Math.Max(at, 0)).TrimEnd();
        return before.Length == 0 || before[^1] is '.' or '!' or '?' or '"' or '\n';
    }

    private static string Capitalise(string word) => char.ToUpperInvariant(word[0]) + word[1..];

    [GeneratedRegex(@"(?<![\w.])-?\d+(\.\d+)?(?![\w.])")]
    private static partial Regex NumberPattern();
}
