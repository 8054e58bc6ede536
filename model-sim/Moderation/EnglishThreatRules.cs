using static LlmActors.ModelSim.Moderation.EnglishFragments;
using static LlmActors.ModelSim.Moderation.RiskCategory;

namespace LlmActors.ModelSim.Moderation;

/// <summary>
/// Threats and intimidation in English. A threat is a commitment by the speaker to an outcome that harms a
/// person, not any one verb; intimidation is a warning backed by knowledge of the target's life or by what
/// "happens to people who..." — the veiled forms weigh less, so they land nearer the middle.
/// </summary>
internal static class EnglishThreatRules
{
    /// <summary>What someone knows of the target's family or routine: harmless alone, leverage before a warning.</summary>
    private const string Knowledge =
        @"\b(?:your|ur) (?:wife|husband|kids?|children|daughter|son|family|mom|mum|dad|mother|father|sister|brother|girlfriend|boyfriend|parents)\b" + Gap + @"{0,30}\b(?:drives|parks|walks|leaves|gets (?:home|off)|goes to|takes the|plays|lives|works|school|kindergarten|daycare|at \d)";

    /// <summary>Soft warnings: ordinary alone ("see you soon"), menacing after a threat or leverage.</summary>
    private const string Warning =
        @"\bthink (?:carefully|twice|hard|very carefully) (?:about|before)\b|\bbe careful\b|\bwatch (?:yourself|your step)\b|\bsee you soon\b|\bjust saying\b|\bsee what happens\b|\bwe'll be in touch\b|\bremember that\b|\bsoon\.?$";

    public static readonly IntentRule[] Rules =
    [
        // The speaker commits to an outcome that harms a person.
        IntentRule.Of(Violence, Strength.Clear,
            Will + Gap + @"{0,40}?\b(?:put|send|leave) " + Target + @" in " + Aftermath,
            Will + Gap + @"{0,40}?\b(?:break|snap|smash|bash|cave|kick) (?:in )?(?:your|his|her|their|ur)(?: \w+)? (?:legs?|arms?|neck|jaw|face|nose|teeth|bones|fingers|kneecaps|skull|head)",
            Will + Gap + @"{0,40}?\b(?:run|mow) " + Target + @" (?:over|down)\b",
            Will + Gap + @"{0,40}?\b(?:set fire to|set \w+ on fire|torch|burn(?: down)?|firebomb) (?:the |your |his |her |their |that |this )?(?:\w+ )?(?:house|home|car|shop|store|office|church|mosque|synagogue|temple|school|building|place|flat|apartment|restaurant|clinic|him|her|them|you)\b",
            Will + Gap + @"{0,40}?\b(?:poison|drown|strangle|choke|gut|bury|cripple|maim|disfigure|ambush|jump|hunt down|stab|shoot|knife|torture|end|kill|murder|hurt) " + Target + @"\b",
            Will + Gap + @"{0,40}?\bmake " + Target + @" (?:bleed|suffer|scream|beg|disappear|pay for|wish|regret)").Needing("'ll", " will", " shall", "going to", "gonna", "about to", "'d better", "let's", "imma", "i'ma"),
        IntentRule.Fixed(Violence, Strength.Clear,
            @"\bmake sure (?:he|she|they|you|u) (?:never|can't|cannot|won't) (?:walk|talk|see|work|breathe|wake up|hurt anyone)"),
        // A conditional threat: "do X again and ...", "drop it or your family ...".
        IntentRule.Of(Violence, Strength.Likely,
            @"\b(?:touch|hit|talk to|call|text|come near|go near|look at|follow|mess with|cross|come back|show up|show your face|try that|do that|say that)\b" + Gap + @"{0,40}\bagain\b" + Gap + @"{0,15}\b(?:and|or)\b" + Gap + @"{0,60}\b(?:you'll|you will|you're|they'll|they will|i'll|i will|we'll|see what)",
            @"\b(?:drop|withdraw|delete|take down|stop|pay|back off)\b" + Gap + @"{0,40}\bor (?:else|you'll|you will|your \w+ (?:will|'ll|is going to|are going to)|they'll|i'll)",
            @"\bkeep (?:talking|posting|pushing|it up|running your mouth)\b" + Gap + @"{0,10}\band (?:you'll|you will|see what|watch what|they'll)").Needing("again", "or ", "keep"),
        // Stock intimidation: idioms whose only use is to threaten.
        IntentRule.Of(Violence, Strength.Likely,
            @"\b(?:eat(?:ing)?|drink(?:ing)?) through a straw",
            @"\b(?:sleep with the fishes|swimming with the fishes|six feet under|pushing up daisies|dead man walking|dental records)\b",
            @"\b(?:you're|you are|ur|u r|he's|she's) (?:a )?dead (?:man|meat|woman)\b",
            @"\b(?:fishing|pulling|dragging) (?:you|him|her|them) out of (?:the|a) (?:river|lake|canal|sea|harbou?r|bay)",
            @"\b(?:your|ur) days are numbered\b|\bsleep with one eye open\b|\bwatch your back\b|\bcount your days\b",
            @"\bwould (?:hate|not like) (?:for|to see) (?:something|anything)\w* (?:to )?happen",
            @"\b(?:shame|pity) if (?:something|anything|your|you|he|she|they|someone|it)\b" + Gap + @"{0,40}\b(?:happened|happen|caught fire|burned|burnt|got hurt|broke|had an accident|went missing|disappeared|got damaged|fell)").Needing("straw", "fishes", "six feet", "daisies", "dental", "dead ", "out of", "numbered", "one eye", "your back", "count your", "happen", "shame if", "pity if"),
        // Misfortune promised to "people who ...": "people who talk to the cops tend to have accidents".
        IntentRule.Of(Violence, Strength.Veiled,
            @"\b(?:who|that) (?:talks?|snitch\w*|testif\w*|complains?|rats?|speaks? up|goes to the (?:cops|police)|go to the (?:cops|police)|talks? to the (?:cops|police))\b" + Gap + @"{0,40}\b(?:accidents?|get hurt|disappear|go missing|end up|regret|stitches|found in)",
            @"\b(?:accidents?|bad things|nasty things|things) (?:happen|happens|tend to happen|keep happening) to (?:people|those|anyone|guys|folks|snitches) (?:who|that|like you)\b").Needing("accident", "hurt", "disappear", "missing", "end up", "regret", "stitches", "found in", "happen"),
        // Harm to the target's family promised: "your kids won't make it home".
        IntentRule.Fixed(Violence, Strength.Clear,
            @"\b(?:your|ur) (?:wife|husband|kids?|children|daughter|son|family|mom|mum|dad|mother|father|parents|sister|brother|girlfriend|boyfriend)\b" + Gap + @"{0,20}\b(?:won't|will not|wont|might not|may not|will never|are not going to|aren't going to) (?:make it|come|get|be|stay|walk) (?:home|back|safe|okay|ok|alive|healthy)\b").Needing("won't", "will not", "wont", "might not", "may not", "will never", "not going to", "n't going to"),
        // Knowledge of the target's life used as leverage; a warning after it turns it into intimidation.
        IntentRule.Of(Harassment, Strength.Likely,
            @"\bi know where (?:you|u|your \w+|ur \w+) (?:live|lives|work|works|sleep|go|goes|park|stay|study|studies|hang out|are)\b",
            @"\bi(?:'ve| have) been (?:watching|following|tracking) (?:you|u|your)\b").Needing("i know where", "been watching", "been following", "been tracking"),
        IntentRule.Of(Harassment, Strength.Hint, Knowledge),
        IntentRule.Of(Harassment, Strength.Likely, Knowledge + @"[\s\S]{0,150}?(?:" + Warning + ")"),
        IntentRule.Of(Harassment, Strength.Suggestive,
            @"\byou've been warned\b|\b(?:last|final) warning\b|\byou have no idea who you're (?:messing|dealing|fucking) with\b|\b(?:what's|whats|what is) coming to (?:them|you|him|her)\b|\byou'll (?:regret|be sorry|pay for) (?:this|it|that)\b"),
        IntentRule.Of(Harassment, Strength.Faint, Warning),
    ];
}
