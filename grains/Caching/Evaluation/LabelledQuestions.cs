using System.Text.Json;

namespace LlmActors.Grains.Caching.Evaluation;

public static class LabelledQuestions
{
    /// <summary>
    /// Reads JSON lines of <c>{"intent", "lang", "canonical", "text"}</c> (intent null for near-misses), or of the
    /// newer form with <c>kind</c> and <c>domain</c> (tests/data/support-cache/README.md).
    /// </summary>
    public static IReadOnlyList<LabelledQuestion> Load(string path) =>
        [.. File.ReadLines(path).Where(l => l.Trim().Length > 0).Select(Parse)];

    /// <summary>
    /// Splits the replay questions into two halves so a threshold chosen on one is reported on the other:
    /// alternate paraphrases of each intent and language, and alternate pairs of near-misses.
    /// </summary>
    public static (IReadOnlyList<LabelledQuestion> Tune, IReadOnlyList<LabelledQuestion> Report) Split(IReadOnlyList<LabelledQuestion> replay)
    {
        var tune = new List<LabelledQuestion>();
        var report = new List<LabelledQuestion>();
        foreach (var group in replay.Where(q => q.Intent is not null).GroupBy(q => (q.Intent, q.Lang)))
        {
            var i = 0;
            foreach (var q in group)
            {
                (i++ % 2 == 0 ? tune : report).Add(q);
            }
        }

        var negatives = replay.Where(q => q.Intent is null).ToList();
        for (var i = 0; i < negatives.Count; i++)
        {
            (i / 2 % 2 == 0 ? tune : report).Add(negatives[i]);
        }

        return (tune, report);
    }

    private static LabelledQuestion Parse(string line)
    {
        var e = JsonDocument.Parse(line).RootElement;
        var intent = e.TryGetProperty("intent", out var i) && i.ValueKind == JsonValueKind.String ? i.GetString() : null;
        var kind = e.TryGetProperty("kind", out var k) ? k.GetString()! : null;
        var canonical = kind is null ? e.TryGetProperty("canonical", out var c) && c.GetBoolean() : kind == LabelledQuestion.CanonicalKind;
        kind ??= canonical ? LabelledQuestion.CanonicalKind : intent is null ? LabelledQuestion.NearMissKind : LabelledQuestion.ParaphraseKind;
        var domain = e.TryGetProperty("domain", out var d) ? d.GetString()! : "";
        return new LabelledQuestion(intent, e.GetProperty("lang").GetString()!, canonical, e.GetProperty("text").GetString()!, kind, domain);
    }
}
