using System.Globalization;

namespace LlmActors.Tests.Code;

public static class PrometheusText
{
    /// <summary>The sum of a metric's samples whose labels contain every one of <paramref name="labels"/>.</summary>
    public static double Sum(string text, string metric, params string[] labels) =>
        text.Split('\n')
            .Where(line => line.StartsWith(metric + "{", StringComparison.Ordinal) && labels.All(l => line.Contains(l, StringComparison.Ordinal)))
            .Sum(line => double.Parse(line[(line.LastIndexOf(' ') + 1)..], CultureInfo.InvariantCulture));
}
