using static LlmActors.ModelSim.Moderation.EnglishFragments;
using static LlmActors.ModelSim.Moderation.RiskCategory;

namespace LlmActors.ModelSim.Moderation;

/// <summary>
/// Self-harm and sexual content in English. Self-harm is a method sought ("the most painless way", "how many
/// ... to not wake up") or a finality stated (goodbye letters, "won't be here tomorrow", pills saved up);
/// sexual content is an explicit description or an intimate image asked for. Sexualising a minor is scored
/// where the minors signal is combined (<see cref="MinorSignals"/>).
/// </summary>
internal static class EnglishPersonalHarmRules
{
    public static readonly IntentRule[] Rules =
    [
        // A method sought.
        IntentRule.Fixed(SelfHarm, Strength.Clear,
            @"\b(?:most painless|least painful|painless|quickest|easiest|surest|fastest|quietest|most reliable)\s+(?:way|ways|method|methods)\s+(?:to|of)\s+(?:die|dying|end it|end (?:my|one's|your) life|kill (?:myself|oneself)|go|commit|not wake up|overdose|disappear for good)",
            @"\bhow (?:many|much)\b" + Gap + @"{0,40}\b(?:to die|to not wake up|to never wake up|not to wake up|would kill (?:me|a person|someone)|to overdose|to be fatal|to end it)\b",
            @"\bhow (?:deep|high|far|long|hard)\b" + Gap + @"{0,40}\b(?:cut|jump|fall|drop|hang|slice)\w*\b" + Gap + @"{0,30}\b(?:die|work|fatal|for sure|be sure|make sure|end it|kill)\b").Needing("painless", "painful", "quickest", "easiest", "surest", "fastest", "quietest", "reliable", "how many", "how much", "how deep", "how high", "how far", "how long", "how hard"),
        // A finality stated.
        IntentRule.Fixed(SelfHarm, Strength.Likely,
            @"\b(?:wrote|written|writing|left|leaving|finished)\b" + Gap + @"{0,15}\b(?:goodbye|farewell|suicide|last) (?:letters?|notes?|messages?)\b",
            @"\b(?:i|i'll)\b" + Gap + @"{0,10}\b(?:won't|will not|wont) be (?:here|around|alive) (?:tomorrow|much longer|anymore|by|next|for long)\b",
            @"\b(?:go to sleep|sleep|fall asleep)\b" + Gap + @"{0,10}\b(?:for good|forever|and never wake up|and not wake up|permanently)\b",
            @"\bend it all\b|\bnothing (?:left )?to live for\b|\bno (?:reason|point) (?:in )?(?:living|to go on|going on)\b|\b(?:tired|sick) of (?:living|being alive)\b",
            @"\b(?:saved|stockpiled|hoarded|collected|saving|stockpiling|saved up)\b" + Gap + @"{0,10}\b(?:pills|tablets|meds|medication|painkillers|sleeping (?:pills|tablets))\b").Needing("goodbye", "farewell", "suicide", "last letter", "last note", "last message", "won't be", "will not be", "wont be", "for good", "forever", "never wake", "not wake", "permanently", "end it all", "to live for", "no reason", "no point", "of living", "being alive", "pills", "tablets", "meds", "medication", "painkillers"),
        IntentRule.Of(SelfHarm, Strength.Suggestive,
            @"\bgiv(?:e|ing) (?:away )?(?:all )?(?:of )?my (?:things|stuff|belongings|possessions)\b",
            @"\b(?:want|going|ready|plan|planning|decided) to end (?:it|things|everything)\b").Needing("my things", "my stuff", "my belongings", "my possessions", "to end it", "to end things", "to end everything"),
        // An intimate image asked for.
        IntentRule.Of(Sexual, Strength.Clear,
            @"\b(?:send|show|give|dm|snap|post)\b" + Gap + @"{0,15}\b(?:pics?|photos?|pictures|videos?|selfies?)\b" + Gap + @"{0,40}\b(?:no clothes|without (?:any |your )?clothes|taking (?:your |off your )?clothes off|taking off your clothes|undressing|stripping|naked|nude|undressed|topless|in the shower|in the bath|in your underwear|in your bra|in bed|wearing nothing)\b").Needing("clothes", "naked", "nude", "undress", "topless", "bottomless", "shower", "bath", "underwear", "bra", "in bed", "wearing nothing", "stripping"),
        // An explicit description asked for.
        IntentRule.Of(Sexual, Strength.Likely,
            @"\b(?:graphic|explicit|vivid|lurid|steamy|dirty)\b" + Gap + @"{0,60}\b(?:sex|having sex|sleeping together|making love|in bed|hooking up|fucking)\b",
            @"\b(?:sex|having sex|sleeping together|making love|fucking)\b" + Gap + @"{0,60}\b(?:in (?:graphic|explicit|vivid) detail|explicitly|graphically)\b").Needing("sex", "making love", "sleeping together", "in bed", "hooking up", "fucking"),
    ];
}
