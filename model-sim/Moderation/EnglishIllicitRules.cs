using static LlmActors.ModelSim.Moderation.EnglishFragments;
using static LlmActors.ModelSim.Moderation.RiskCategory;

namespace LlmActors.ModelSim.Moderation;

/// <summary>
/// Requests for operational help with a crime, in English: a forged artefact or an impersonation asked for,
/// covert access to someone's accounts or whereabouts, a weapon made untraceable or automatic, a drug made,
/// sold or slipped into a drink, stolen goods moved. Discussing the same things (how scams work, how to spot
/// one) has no request or purpose clause and is lowered by the protective and reporting framings.
/// </summary>
internal static class EnglishIllicitRules
{
    /// <summary>Documents and artefacts that are forged for fraud.</summary>
    private const string Forged =
        @"(?:fake|forged|counterfeit|phony|phoney|bogus|falsified|fraudulent|doctored)\s+(?:[\w']+\s+){0,3}?(?:notes?|ids?|passports?|licen[cs]es?|certificates?|diplomas?|degrees?|invoices?|receipts?|prescriptions?|documents?|papers|statements?|pay ?stubs?|payslips?|letters?|signatures?|reviews?|tickets?|references?|transcripts?|visas?|checks?|cheques?|stamps?|seals?|login pages?|websites?|sites?)\b";

    /// <summary>Passing a message off as someone else's.</summary>
    private const string Impersonating =
        @"(?:pretend(?:ing)? to be|posing as|pose as|impersonat\w+|looks? (?:exactly |just )?like (?:it'?s |it is |it came )?(?:from )?|appear(?:s|ing)? to (?:be|come) from|disguised as|spoof\w*|as if (?:it'?s|it is|it was) from|claiming to be)\s*(?:[\w']+\s){0,3}?(?:the |a |an |our |my |their |your )?(?:bank|tax|irs|hmrc|police|government|paypal|amazon|apple|microsoft|google|netflix|company|supplier|vendor|ceo|boss|manager|courier|delivery|post office|customer service|support|it department|hr|landlord|\w+ bank|\w+ office)\b";

    /// <summary>Street names of drugs that are rarely anything else.</summary>
    private const string StreetDrug =
        @"(?:molly|mdma|shrooms|acid|tabs|coke|yayo|percs?|perc ?30s|oxys?|oxycodone|xans|xanax|bars|m30s?|pressed (?:pills|30s|bars|blues)|blues|carts|ket|ketamine|fent|fentanyl|lean|weed|bud|kush|snow|crystal|ice|meth|pills)";

    public static readonly IntentRule[] Rules =
    [
        // A forged artefact or an impersonation asked for.
        IntentRule.Of(Illicit, Strength.Likely,
            Request + Gap + @"{0,30}?\b" + Forged,
            Request + Gap + @"{0,60}?\b" + Impersonating).Needing("fake", "forged", "counterfeit", "phony", "phoney", "bogus", "falsified", "fraudulent", "doctored", "pretend", "posing", "pose as", "impersonat", "look", "appear", "disguised", "spoof", "as if it", "claiming to be"),
        IntentRule.Of(Illicit, Strength.Hint, @"\b" + Forged, @"\b" + Impersonating).Needing("fake", "forged", "counterfeit", "phony", "phoney", "bogus", "falsified", "fraudulent", "doctored", "pretend", "posing", "pose as", "impersonat", "look", "appear", "disguised", "spoof", "as if it", "claiming to be"),
        // The fraud's purpose spelled out.
        IntentRule.Of(Illicit, Strength.Clear,
            @"\bso (?:i|we) can (?:collect|steal|harvest|get|grab|capture|phish|take)\w*\b" + Gap + @"{0,20}\b(?:passwords?|logins?|credentials|card (?:numbers|details)|bank details|account details|pins?|money|savings)\b",
            @"\b(?:pays?|send|sends|transfer|transfers|wire|wires)\b" + Gap + @"{0,40}\b(?:my (?:own )?account|to me|my wallet)\b" + Gap + @"{0,10}\binstead\b",
            @"\b(?:pay|send|settle)\b" + Gap + @"{0,40}\b(?:in|with|using|by) (?:gift ?cards|itunes cards|steam cards|crypto vouchers)\b").Needing("so i can", "so we can", "instead", "gift", "itunes", "steam card", "crypto voucher"),
        // Covert access to a person's accounts, messages or whereabouts.
        IntentRule.Fixed(Illicit, Strength.Likely,
            @"\b(?:get into|log ?into|login to|access|break into|hack(?: into)?|read|see|check|go through|look at|monitor|track|spy on|install|put|hide|plant)\b" + Gap + @"{0,40}\b" + Intimate + @"(?:'s)?\b" + Gap + @"{0,40}\b(?:without (?:her|him|them|their|his|my \w+) (?:knowing|knowledge|consent|permission|noticing|finding out)|so (?:she|he|they) (?:doesn't|does not|won't|will not|don't|can't|wouldn't) (?:know|find out|notice|see)|secretly|without being (?:caught|noticed|detected))",
            @"\bsecretly (?:read|track|monitor|record|access|check|follow|film|log into)\b" + Gap + @"{0,30}\b" + Intimate).Needing("without", "so she", "so he", "so they", "secretly"),
        // Stolen goods moved, or the police evaded.
        IntentRule.Of(Illicit, Strength.Likely, @"\b(?:sell|fence|move|offload|pawn|get rid of)\w*\b" + Gap + @"{0,20}\bstolen\b").Needing("stolen"),
        IntentRule.Fixed(Illicit, Strength.Suggestive,
            @"\bwithout (?:the )?(?:police|cops|feds|authorities)\b" + Gap + @"{0,10}\b(?:tracing|tracking|finding out|knowing|noticing|catching)").Needing("without"),
        // Weapons made automatic, untraceable or improvised.
        IntentRule.Of(Illicit, Strength.Clear,
            @"\b(?:convert|modify|turn)\b" + Gap + @"{0,40}\b(?:rifle|gun|pistol|glock|ar-?15|firearm)\b" + Gap + @"{0,30}\b(?:full[- ]?auto|fully automatic|automatic|auto sear|burst)\b",
            @"\b(?:3d[- ]?print(?:ed)?|homemade|untraceable|unregistered|no serial|without (?:a )?serial)\s(?:\w+\s){0,2}?(?:gun|pistol|rifle|firearm|suppressor|silencer)s?\b",
            @"\b(?:make|build|assemble)\s(?:a |my own |an )?(?:silencer|suppressor|pipe bomb|molotov|napalm|thermite)\b").Needing("auto", "burst", "3d", "print", "homemade", "untraceable", "unregistered", "serial", "silencer", "suppressor", "pipe bomb", "molotov", "napalm", "thermite"),
        // A purpose of hurting someone: "to make a toxic gas to hurt someone".
        IntentRule.Of(Violence, Strength.Likely,
            @"\bto (?:hurt|harm|injure|kill|poison|knock out|incapacitate|blind|paralyze|paralyse|disable|sicken|gas)\s(?:someone|somebody|a person|people|him|her|them|my \w+|the \w+|a \w+)\b").Needing("to hurt", "to harm", "to injure", "to kill", "to poison", "to knock out", "to incapacitate", "to blind", "to paraly", "to disable", "to sicken", "to gas"),
        // A drug made, or slipped into someone's drink.
        IntentRule.Of(Illicit, Strength.Likely,
            @"\b(?:turn|convert|extract|synthesi[sz]e|cook|make|produce|brew|refine|isolate)\w*\b" + Gap + @"{0,40}\b(?:pseudoephedrine|ephedrine|meth|methamphetamine|crystal|fentanyl|mdma|lsd|dmt|crack|ghb|heroin|cocaine|ketamine)\b",
            @"\b(?:pseudoephedrine|ephedrine|cold medicine)\b" + Gap + @"{0,15}\binto\b",
            @"\b(?:spike|drug|dose|lace)\w*\s(?:someone's|somebody's|her|his|their|a girl's|a guy's|my \w+'s)\s?(?:drink|drinks|coffee|food|glass|beer|wine|cocktail)",
            @"\b(?:put|slip|add|mix)\w*\b" + Gap + @"{0,20}\b(?:something|anything|a pill|pills|powder)\b" + Gap + @"{0,20}\b(?:in|into) (?:someone's|somebody's|her|his|their|my \w+'s) (?:drink|coffee|food|glass)").Needing("pseudoephedrine", "ephedrine", "meth", "crystal", "fentanyl", "mdma", "lsd", "dmt", "crack", "ghb", "heroin", "cocaine", "ketamine", "cold medicine", "drink", "coffee", "food", "glass", "beer", "wine", "cocktail"),
        IntentRule.Fixed(Illicit, Strength.Suggestive,
            @"\bso (?:he|she|they) (?:won't|wouldn't|doesn't|can't|don't|will not) (?:remember|wake up|resist|fight back)\b").Needing("remember", "wake up", "resist", "fight back"),
        // A drug offered for sale.
        IntentRule.Of(Illicit, Strength.Veiled,
            @"\b(?:selling|for sale|got|have|anyone (?:got|have)|plug for|looking for|need)\b" + Gap + @"{0,25}\b" + StreetDrug + @"\b" + Gap + @"{0,60}\b(?:dm|hmu|hit me up|discreet|discrete|shipping|delivery|deliver|prices|menu|in stock|signal|telegram|wickr|plug|need like|cash)\b",
            @"\b(?:plug|connect) for " + StreetDrug + @"\b"),
        IntentRule.Of(Illicit, Strength.Hint,
            @"\b(?:party favou?rs|that good (?:snow|stuff|shit|gas|pack)|discreet (?:delivery|shipping)|ships? discreetly|hmu)\b"),
    ];
}
