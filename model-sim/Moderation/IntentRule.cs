using System.Buffers;
using System.Text.RegularExpressions;

namespace LlmActors.ModelSim.Moderation;

/// <summary>
/// One intent pattern of the hidden truth: a structure that signals harm whatever the exact words (a speaker
/// committing to hurt someone, a group likened to vermin, secrecy asked of a child, a request for a forged
/// document). The pattern runs on the normalised (lower-case) text; each rule counts at most once per text.
/// <see cref="Negatable"/> is false where the pattern itself contains a negation ("so she won't find out").
/// A rule with a <see cref="Subject"/> is "a subject, then what is said of it": the subject (a group of people)
/// is found first and <see cref="Pattern"/> must match right after it — a long list of subjects is slow to
/// search for inside one pattern, and is searched for once for all the rules that share it.
/// <see cref="Needs"/>, when set, are literals of which the pattern cannot match without one: a single
/// vectorised search for them skips the regex on most texts (tests check they agree with the pattern).
/// </summary>
internal sealed record IntentRule(Regex Pattern, RiskCategory Category, double Weight, bool Negatable, Regex? Subject = null)
{
    public SearchValues<string>? Needs { get; private init; }

    /// <summary>The literals, one of which must be in a text for this rule to match it.</summary>
    public IReadOnlyList<string> NeededLiterals { get; private init; } = [];

    private const RegexOptions Options = RegexOptions.Compiled | RegexOptions.CultureInvariant;

    /// <summary>A rule matching any of <paramref name="alternatives"/>, compiled once.</summary>
    public static IntentRule Of(RiskCategory category, double weight, params string[] alternatives) =>
        new(Compile(alternatives), category, weight, Negatable: true);

    /// <summary>As <see cref="Of"/>, for patterns that carry their own negation.</summary>
    public static IntentRule Fixed(RiskCategory category, double weight, params string[] alternatives) =>
        new(Compile(alternatives), category, weight, Negatable: false);

    /// <summary>A rule whose <paramref name="predicates"/> must follow a match of <paramref name="subject"/> directly.</summary>
    public static IntentRule About(Regex subject, RiskCategory category, double weight, params string[] predicates) =>
        new(new Regex(@"\G(?:" + string.Join('|', predicates.Select(a => "(?:" + a + ")")) + ")", Options), category, weight, Negatable: false, subject);

    /// <summary>This rule, tried only on texts holding one of <paramref name="literals"/>.</summary>
    public IntentRule Needing(params string[] literals) =>
        this with { Needs = SearchValues.Create(literals, StringComparison.Ordinal), NeededLiterals = literals };

    /// <summary>True when the text may match: it holds one of the needed literals, or the rule has none.</summary>
    public bool MayMatch(ReadOnlySpan<char> text) => Needs is null || text.ContainsAny(Needs);

    /// <summary>One pattern compiled for use as a <see cref="Subject"/>.</summary>
    public static Regex CompileSubject(string pattern) => new(pattern, Options);

    private static Regex Compile(string[] alternatives) =>
        new(string.Join('|', alternatives.Select(a => "(?:" + a + ")")), Options);
}
