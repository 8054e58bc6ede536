using System.Text.RegularExpressions;

namespace LlmActors.ModelSim.Moderation;

/// <summary>
/// Children in a text, and grooming: secrecy asked of a child. A child is a word for one ("teen", "孩子") or an
/// age under 18 ("14 year old", "you're 12", "12岁", "how old are you"). Secrecy from a child's parents
/// ("don't tell your mum", "别让你爸妈知道") is grooming-shaped on its own; generic secrecy ("our little secret",
/// "delete our chats") is only when a child is present. Secrecy among adults ("don't tell my wife about the
/// party") is neither.
/// </summary>
internal static class MinorSignals
{
    private const RegexOptions Options = RegexOptions.Compiled | RegexOptions.CultureInvariant;

    /// <summary>An age under 18 as written; only searched for when the text has a digit.</summary>
    private static readonly Regex ChildAge = new(EnglishFragments.ChildAge + "|(?<![0-9])(?:[4-9]|1[0-7])岁", Options);

    private static readonly Regex Child = new(
        @"\bhow old are (?:you|u)\b|\b(?:grown up|mature) for (?:your age|a \d|\d|someone)|\b(?:sweetie|little girl|little one|kiddo)\b|\bafter school\b"
        + "|几岁|小妹妹|小弟弟|小朋友|小姑娘|几年级|小学|初中|放学|学校接你",
        Options);

    private static readonly Regex ParentalSecrecy = new(
        @"\b(?:don't|do not|dont|never) (?:tell|show|let) (?:your |ur )(?:mom|mum|mommy|mummy|dad|daddy|parents|mother|father|family|teachers?)\b"
        + @"|\bwithout your (?:mom|mum|dad|parents|mother|father|family) (?:knowing|finding out|noticing)\b"
        + @"|\byour (?:mom|mum|dad|parents|mother|father) (?:wouldn't|won't|would not|will not|don't|doesn't) (?:get it|understand|approve|need to know)\b"
        + "|别(?:跟|和|告诉|让)?你(?:妈|爸|爸妈|爸爸|妈妈|父母|家长|家里人|老师)|你(?:爸妈|父母|家长|妈|爸)" + "[^。！？]{0,4}(?:别|不要|不能)(?:知道|发现|看到)",
        Options);

    private static readonly Regex Secrecy = new(
        @"\b(?:our|a) (?:little |special )?secret\b|\b(?:keep|keeping) (?:this|it|us) (?:between us|secret|quiet|to ourselves)\b|\bjust between us\b"
        + @"|\bdelete (?:our|these|the|this|my) (?:chats?|messages?|texts?|conversations?|dms)\b|\b(?:don't|do not|dont) tell anyone\b"
        + "|我们的(?:小)?秘密|(?:要)?保密|删(?:掉|除)?(?:聊天记录|记录|消息)|别告诉(?:任何人|别人)",
        Options);

    /// <summary>
    /// Adds grooming and compounds sexual content next to a child; answers whether a child is mentioned. The
    /// child is looked for only when it can matter: secrecy was asked, or something sexual was found.
    /// </summary>
    public static bool Apply(ReadOnlySpan<char> text, ReadOnlySpan<char> unmasked, ref Frame? frames, double[] risk)
    {
        var sexual = (int)RiskCategory.Sexual;
        var parental = ParentalSecrecy.IsMatch(text);
        var secrecy = parental || Secrecy.IsMatch(text);
        if (!secrecy && risk[sexual] < 0.05)
        {
            return false;
        }

        var minor = MentionsMinor(text);
        var grooming = parental ? (minor ? Strength.Clear : Strength.Veiled) : minor && secrecy ? Strength.Likely : 0;
        if (grooming > 0)
        {
            frames ??= FrameDetector.Detect(unmasked);
            RiskAnalyzer.Add(risk, RiskCategory.Sexual, grooming * FrameDiscount.For(frames.Value, RiskCategory.Sexual));
        }

        if (minor)
        {
            risk[sexual] = Sexualised(risk[sexual]);
        }

        return minor;
    }

    public static bool MentionsMinor(ReadOnlySpan<char> text) =>
        TextScan.ContainsWord(text, EnglishLexicon.Minors) || TextScan.ContainsAny(text, ChineseLexicon.Minors) || Child.IsMatch(text)
        || (text.IndexOfAnyInRange('0', '9') >= 0 && ChildAge.IsMatch(text));

    /// <summary>
    /// Sexual content next to a child is worse than either alone: a sexual risk past 0.25 (any sexual word once
    /// framings are applied) is compounded, so "an erotic story about a 14 year old" is a clear violation
    /// while "sex education for kids" (masked as an idiom) stays harmless.
    /// </summary>
    private static double Sexualised(double sexual) => sexual < 0.25 ? sexual : 1 - Math.Pow(1 - sexual, 4);
}
