using System.Text.Json;
using LlmActors.ModelSim.Moderation;

namespace LlmActors.Tests.ModelSim;

/// <summary>The intent rules' shortcuts must never change what they find.</summary>
public sealed class IntentRuleTests
{
    private static readonly IntentRule[] All =
    [
        .. EnglishThreatRules.Rules, .. EnglishAbuseRules.Rules, .. EnglishPersonalHarmRules.Rules, .. EnglishIllicitRules.Rules,
        .. ChineseAbuseRules.Rules, .. ChineseHarmRules.Rules,
    ];

    /// <summary>
    /// A rule's needed literals are a shortcut: on every dev-set text its pattern matches, one of them must be
    /// there, or the shortcut would hide a match.
    /// </summary>
    [Fact]
    public void A_rule_matches_only_texts_holding_one_of_its_needed_literals()
    {
        var texts = File.ReadLines(Path.Combine(AppContext.BaseDirectory, "ModelSim", "moderation-dev.jsonl"))
            .Where(line => line.Length > 0)
            .Select(line => JsonDocument.Parse(line).RootElement.GetProperty("input").GetString()!.ToLowerInvariant().Replace('\u2019', '\''))
            .ToArray();

        var checkedMatches = 0;
        foreach (var rule in All.Where(r => r.Subject is null && r.NeededLiterals.Count > 0))
        {
            foreach (var text in texts.Where(t => rule.Pattern.IsMatch(t)))
            {
                Assert.True(rule.MayMatch(text), $"'{text}' matches {rule.Pattern} but holds none of its needed literals");
                checkedMatches++;
            }
        }

        Assert.True(checkedMatches >= 40);
    }

    [Fact]
    public void Every_rule_weight_is_on_the_strength_scale()
    {
        double[] scale = [Strength.Clear, Strength.Likely, Strength.Veiled, Strength.Suggestive, Strength.Partial, Strength.Hint, Strength.Faint];

        Assert.All(All, rule => Assert.Contains(rule.Weight, scale));
    }
}
