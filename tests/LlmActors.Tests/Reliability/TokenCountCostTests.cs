using System.Diagnostics;
using LlmActors.Grains.Models;

namespace LlmActors.Tests.Reliability;

/// <summary>
/// Every chat request is estimated (prompt tokens counted) before its model call. Found while fuzzing: a long run
/// without spaces made that estimate take seconds (100,000 'a') to minutes (100,000 CJK characters), so one request
/// of the allowed 1,000,000 characters could hold a silo's core for hours.
/// </summary>
public sealed class TokenCountCostTests
{
    private static readonly TokenCounter Counter = new();

    [Theory]
    [InlineData('a')]
    [InlineData('中')]
    public void A_long_prompt_without_spaces_is_counted_in_seconds(char letter)
    {
        var prompt = new string(letter, 200_000);
        Counter.Count("warm up");

        var watch = Stopwatch.StartNew();
        var tokens = Counter.Count(prompt);

        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"counting took {watch.Elapsed.TotalSeconds:0.0} s");
        Assert.InRange(tokens, 200_000 / 8, 200_000);
    }

    [Theory]
    [InlineData("Where is my parcel?  Order #{0} was due on Tuesday.\n")]
    [InlineData("    public static int Add(int a, int b) => a + b; // {0}\n\tif (x == null) {{ return; }}\r\n")]
    [InlineData("我的包裹在哪里？订单号是{0}。请帮我查询一下，谢谢！ ")]
    public void Ordinary_long_text_counts_as_it_would_whole(string line)
    {
        var text = string.Concat(Enumerable.Range(0, 3000).Select(i => string.Format(System.Globalization.CultureInfo.InvariantCulture, line, i)));
        var whole = Microsoft.ML.Tokenizers.TiktokenTokenizer.CreateForEncoding("o200k_base").CountTokens(text);

        Assert.Equal(whole, Counter.Count(text));
    }
}
