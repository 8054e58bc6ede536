using System.Text.RegularExpressions;
using LlmActors.Chat;

namespace LlmActors.Grains.Support;

/// <summary>
/// A turn is cacheable only when its answer cannot depend on who asks or on what came before: it is the
/// conversation's first turn, it is not long (long messages describe a situation), and it names nothing
/// specific to one customer: no order, tracking or account numbers (any run of 4+ digits, any token mixing
/// letters and digits), e-mail addresses, phone numbers, links, amounts of money, dates, or self-introductions.
/// "Where is my order?" is cacheable (the answer explains how to track any order); "where is order 12345" is not.
/// </summary>
public static partial class CacheabilityRule
{
    public const int MaxChars = 200;

    /// <summary>
    /// As <see cref="Check(string, int)"/>, and never a request that sets stop sequences: a provider reports
    /// finish_reason <c>stop</c> for a stop-sequence cut as for a natural end, so such an answer cannot be told
    /// from a whole one, and a whole one may not be what that request asked for.
    /// </summary>
    public static Cacheability Check(ChatRequest request, string message, int priorTurns) =>
        request.Sampling.Stop is { Length: > 0 }
            ? new(false, "sets 'stop': a stop-sequence cut looks like a whole answer")
            : Check(message, priorTurns);

    public static Cacheability Check(string message, int priorTurns)
    {
        if (priorTurns > 0)
        {
            return new(false, "follow-up turn: the answer may depend on the conversation so far");
        }

        if (message.Length > MaxChars)
        {
            return new(false, $"long message ({message.Length} > {MaxChars} chars) describes a particular situation");
        }

        var text = message.Normalize(System.Text.NormalizationForm.FormKC);
        foreach (var (pattern, what) in Specifics)
        {
            if (pattern.IsMatch(text))
            {
                return new(false, $"names {what}");
            }
        }

        return Cacheability.Yes;
    }

    private static readonly (Regex Pattern, string What)[] Specifics =
    [
        (Email(), "an e-mail address"),
        (Link(), "a link"),
        (Phone(), "a phone number"),
        (LongNumber(), "an order, tracking or account number"),
        (MixedId(), "an order, tracking or account id"),
        (Money(), "an amount of money"),
        (Date(), "a date"),
        (SelfIntroduction(), "the customer's name"),
    ];

    [GeneratedRegex(@"[\w.+-]+@[\w-]+\.[\w.-]+", RegexOptions.CultureInvariant)]
    private static partial Regex Email();

    [GeneratedRegex(@"(https?://|www\.)\S+", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Link();

    [GeneratedRegex(@"\+?\d[\d\s().-]{6,}\d", RegexOptions.CultureInvariant)]
    private static partial Regex Phone();

    [GeneratedRegex(@"\d{4,}", RegexOptions.CultureInvariant)]
    private static partial Regex LongNumber();

    // Tokens like SF1234567 or 1Z999AA1: letters and digits mixed, as order and tracking ids are.
    [GeneratedRegex(@"\b(?=[A-Za-z0-9-]*[A-Za-z])(?=[A-Za-z0-9-]*\d)[A-Za-z0-9-]{6,}\b", RegexOptions.CultureInvariant)]
    private static partial Regex MixedId();

    [GeneratedRegex(@"[$€£¥]\s?\d|\d\s?(元|块|美元|欧元|dollars?|usd|eur|rmb|yuan)\b|\d\s?(元|块)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Money();

    [GeneratedRegex(@"\d{1,2}\s?[月/.-]\s?\d{1,2}|\d{1,2}\s?(号|日)|\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b|\b\d{1,2}(st|nd|rd|th)?\s+(of\s+)?(jan|feb|mar|apr|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\b(yesterday|last (week|month|monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b|昨天|前天|上周|上个月|上星期", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Date();

    [GeneratedRegex(@"\bmy name is\b|\bthis is [A-Z][a-z]+\b|我叫|我的名字是", RegexOptions.CultureInvariant)]
    private static partial Regex SelfIntroduction();
}
