using LlmActors.ModelSim.Contracts;

namespace LlmActors.ModelSim.Schema;

/// <summary>
/// A number within the schema's bounds: the next number the message mentions when it fits ("for 3 days" gives
/// days = 3), else a draw from a range the field's name suggests.
/// </summary>
internal sealed class NumberValues(ValueHints hints)
{
    private int _next;

    public double For(string field, JsonSchemaNode node, bool integer, ref SeededRandom random)
    {
        var step = integer ? 1 : 0.01;
        var (defaultLow, defaultHigh) = Range(field);
        var low = node.Minimum ?? (node.ExclusiveMinimum + step);
        var high = node.Maximum ?? (node.ExclusiveMaximum - step);
        var width = defaultHigh - defaultLow;
        var lo = low ?? (high is { } h ? Math.Min(defaultLow, h - width) : defaultLow);
        var hi = Math.Max(lo, high ?? Math.Max(defaultHigh, lo + width));
        if (integer)
        {
            (lo, hi) = (Math.Ceiling(lo), Math.Max(Math.Ceiling(lo), Math.Floor(hi)));
        }

        for (var i = _next; i < hints.Numbers.Count; i++)
        {
            var mentioned = hints.Numbers[i];
            if (mentioned >= lo && mentioned <= hi && (!integer || mentioned == Math.Floor(mentioned)))
            {
                _next = i + 1;
                return mentioned;
            }
        }

        return integer
            ? lo + random.Next((int)Math.Min(int.MaxValue - 1, hi - lo) + 1)
            : Math.Round(lo + (random.NextDouble() * (hi - lo)), 2);
    }

    private static (double Low, double High) Range(string field)
    {
        var words = ContentWords.Split(field).Select(w => w.ToLowerInvariant()).ToList();
        return words.Any(w => w is "year")
            ? (2020, 2026)
            : words.Any(w => w is "age")
            ? (18, 65)
            : words.Any(w => w is "count" or "limit" or "max" or "top" or "num" or "number" or "n" or "size" or "quantity" or "days" or "hours" or "page" or "results")
            ? (1, 10)
            : (1, 100);
    }
}
