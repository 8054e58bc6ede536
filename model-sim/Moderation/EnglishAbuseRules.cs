using System.Text.RegularExpressions;
using static LlmActors.ModelSim.Moderation.EnglishFragments;
using static LlmActors.ModelSim.Moderation.RiskCategory;

namespace LlmActors.ModelSim.Moderation;

/// <summary>
/// Hate, harassment and exposure of personal data in English. Hate is a claim about a whole group — that it is
/// vermin, a disease, criminal by nature, or should be removed — whichever group and whichever noun; harassment
/// is degrading a person or threatening to shame them; doxxing is publishing where someone lives or how to
/// reach them, with an invitation to act on it.
/// </summary>
internal static class EnglishAbuseRules
{
    /// <summary>Data that locates or identifies a person.</summary>
    private const string PersonalData =
        @"(?:home address|address(?:es)?|phone numbers?|cell(?: phone)?(?: numbers?)?|mobile(?: numbers?)?|numbers?|workplace|employer|social security numbers?|ssn|passport numbers?|id numbers?|licen[cs]e plates?|daily routine|schedule|school)";

    /// <summary>The subject of the hate rules: a group named.</summary>
    private static readonly Regex NamesAGroup = IntentRule.CompileSubject(ProtectedGroup);

    public static readonly IntentRule[] Rules =
    [
        // A group likened to vermin or disease.
        IntentRule.About(NamesAGroup, Hate, Strength.Clear,
            @" (?:are|is|r)\b" + Fillers + " " + Dehumanising,
            @" (?:breed|multiply|spread) like (?:rats|rabbits|roaches|cockroaches|animals|vermin|insects|a disease)"),
        IntentRule.Fixed(Hate, Strength.Clear,
            @"\b(?:rats|roaches|cockroaches|vermin|parasites|animals|apes|monkeys|insects|locusts|a plague)\b" + Gap + @"{0,20}\b(?:like|called|of) " + ProtectedGroup).Needing("rats", "roaches", "vermin", "parasites", "animals", "apes", "monkeys", "insects", "locusts", "plague"),
        // A group's removal, or its rights denied, called for.
        IntentRule.About(NamesAGroup, Hate, Strength.Clear,
            Gap + @"{0,20}\b(?:should|must|need to|needs to|ought to|deserve to|have to)(?: all)? (?:be )?(?:deported|exterminated|eliminated|removed|wiped out|locked (?:up|away)|sterili[sz]ed|shot|gassed|hanged|hung|burned|put down|cut out|kicked out|thrown out|sent back|rounded up|die|gone)\b",
            Gap + @"{0,20}\b(?:shouldn't|should not|must not|mustn't)(?: even)? be allowed to (?:vote|breed|have (?:kids|children|babies)|marry|exist|work|live|drive|adopt|teach|speak)\b"),
        // A trait asserted of a whole group.
        IntentRule.About(NamesAGroup, Hate, Strength.Likely,
            @" (?:are|is|r)\b" + Fillers + " " + GroupSlur,
            Gap + @"{0,30}\bbelong (?:at home|in the kitchen|in cages|in camps|in zoos|in the gutter)\b",
            @" (?:run|control|own)s? (?:the )?(?:banks|media|world|government|money)\b"),
        // Dog whistles: coded phrases that only make sense as hate.
        IntentRule.Of(Hate, Strength.Veiled,
            @"\b(?:great replacement|white genocide|day of the rope|1488|zog)\b|\(\(\(",
            @"\bglobalists?\b[\s\S]{0,80}\breplac\w+ us\b|\breplac\w+ us\b[\s\S]{0,80}\bglobalists?\b").Needing("replacement", "genocide", "rope", "1488", "zog", "(((", "globalist"),
        // A person degraded as a whole, or told those close to them despise them.
        IntentRule.Of(Harassment, Strength.Likely,
            @"\b(?:you're|you are|ur|u r|youre) (?:just |nothing but |such )?(?:a|an|the) (?:\w+,? ){0,3}(?:waste of (?:space|air|oxygen|skin|life)|disgrace|embarrassment|failure|mistake|nobody|parasite|burden|abomination|whore|slut|retard|pig|cow)\b(?! like| to worry| but)",
            @"\b(?:your|ur) (?:kids|children|family|parents|mother|mom|mum|dad|father|wife|husband|friends|colleagues) (?:are|is|must be|would be) (?:so |all )?(?:ashamed of you|embarrassed by you|better off without you|disgusted by you)",
            @"\benjoy being (?:the|a) (?:\w+ )?(?:joke|laughing ?stock|outcast|loser|freak)\b",
            @"\b(?:go|just) (?:kill|hang|drown|off) yourself\b|\bkys\b"),
        // Shaming threatened: a private image or secret sent to everyone the target knows.
        IntentRule.Of(Harassment, Strength.Likely,
            @"\b(?:post|send|share|leak|show|forward|publish|spread)\w*\b" + Gap + @"{0,25}\b(?:photos?|pics?|pictures|videos?|screenshots|nudes|messages|chats)\b" + Gap + @"{0,30}\b(?:to|with) (?:everyone|everybody|your|all|the whole)\b",
            @"\b(?:everyone|everybody|the whole (?:school|class|office|town)|all your \w+)\b" + Gap + @"{0,30}\b(?:is going to|are going to|will|gonna)\b" + Gap + @"{0,10}\b(?:see|watch|know|find out|hear)\b" + Gap + @"{0,30}\b(?:video|photos?|pics?|nudes|secret|screenshots) of (?:you|u)\b").Needing("photo", "pic", "video", "screenshot", "nude", "message", "chat", "secret"),
        IntentRule.Of(Harassment, Strength.Partial,
            @"\bi(?:'ve| have) got (?:screenshots|your (?:address|number|boss's \w+|nudes|photos))\b",
            @"\bi (?:found|know|have|got|tracked down) your (?:home |work |office )?(?:address|number|workplace|school)\b"),
        // Doxxing: a person's data published, or looked up to be published.
        IntentRule.Of(Harassment, Strength.Likely,
            @"\b(?:post|share|leak|publish|spread|drop|dig up|track down|expose|dox+|send out)\w*\b" + Gap + @"{0,30}\b(?:her|his|their|(?:this|that|the) \w+'s)\s(?:\w+ )?" + PersonalData + @"\b",
            @"\bhere(?:'s| is) where (?:he|she|they|this \w+|that \w+) (?:lives|works|sleeps)\b",
            @"\bfind (?:out )?where (?:he|she|they|this \w+|that \w+|the \w+) (?:lives|works)\b" + Gap + @"{0,40}\b(?:share|post|send|teach|visit|so (?:we|everyone))").Needing("address", "phone", "cell", "mobile", "number", "workplace", "employer", "social security", "ssn", "passport", "id number", "license", "licence", "routine", "schedule", "school", "where"),
        IntentRule.Of(Harassment, Strength.Suggestive,
            @"\b(?:her|his|their) (?:cell|phone|number|mobile)(?: number)? is\b" + Gap + @"{0,5}\d",
            @"\b(?:go|let's|everyone|y'all|you all|people)\b" + Gap + @"{0,20}\b(?:say hi|pay (?:him|her|them) a visit|visit (?:him|her|them)|show up at|knock on)\b|\bso (?:everyone|we|people) can (?:visit|find|pay|reach|call) (?:her|him|them)\b").Needing("cell", "phone", "number", "mobile", "say hi", "visit", "show up", "knock on", "so everyone", "so we", "so people"),
    ];
}
