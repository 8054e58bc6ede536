namespace LlmActors.ModelSim.Moderation;

/// <summary>
/// Building blocks of the English intent rules, kept apart so the rules read as structures ("a speaker's
/// commitment, then a harm to a person") rather than lists of sentences. All lower-case: rules run on the
/// normalised text.
/// </summary>
internal static class EnglishFragments
{
    /// <summary>Any run of characters within one sentence.</summary>
    public const string Gap = @"[^.!?\n]";

    /// <summary>The speaker committing to act: "I'll", "we're going to", "imma".</summary>
    public const string Will =
        @"\b(?:i(?:'ll| will| shall|'m going to| am going to|'m gonna| am gonna| gonna|'m about to|'d better)|we(?:'ll| will|'re going to| are going to|'re gonna| are gonna)|let's|imma|i'ma)\b";

    /// <summary>A person as the object of an act.</summary>
    public const string Target =
        @"(?:you|u|ya|him|her|them|everyone|everybody|someone|somebody|(?:your|his|her|their|that|this|the|my) (?:\w+ )?(?:wife|husband|kids?|children|daughter|son|family|mom|mum|dad|mother|father|sister|brother|girlfriend|boyfriend|ex|neighbou?rs?|boss|teacher|guy|man|woman|girl|boy|bitch|bastard|prick|kid|landlord|cop|people|class|coworkers?|colleagues?))";

    /// <summary>Where a person's body can be left after an attack.</summary>
    public const string Aftermath =
        @"(?:the |a )?(?:hospital|ground|grave|wheelchair|coma|morgue|icu|body ?bag|intensive care|hearse|emergency room)";

    /// <summary>Groups people are attacked for being part of.</summary>
    public const string ProtectedGroup =
        @"\b(?:muslims?|jews|jewish people|christians|catholics|hindus|sikhs|atheists|blacks|black (?:people|men|women|folks)|whites|white (?:people|men|women|folks)|asians|asian people|arabs|mexicans|latinos|hispanics|africans|indians|pakistanis|chinese(?: people)?|koreans|russians|ukrainians|poles|romanians|gypsies|roma|immigrants|migrants|refugees|foreigners|illegals|gays|gay (?:people|men)|lesbians|homosexuals|queers|trans (?:people|women|men)|transgender (?:people|women|men)|women|girls|females|feminists|disabled people|the disabled|autistic people|fat people|poor people|the poor|old people|(?:these|those|all) \w+ people)\b";

    /// <summary>Nouns that deny a group its humanity.</summary>
    public const string Dehumanising =
        @"(?:animals|beasts|savages|vermin|rats|roaches|cockroaches|parasites|leeches|apes|monkeys|pigs|dogs|insects|maggots|lice|locusts|snakes|a cancer|cancer|a disease|diseased|a plague|plague|a virus|an infestation|filth|scum|trash|garbage|subhumans?|sub-humans?|not (?:even |really )?(?:human|people)|less than human)\b";

    /// <summary>Traits asserted of a whole group: the generalisation that makes a statement hate.</summary>
    public const string GroupSlur =
        @"(?:criminals|thieves|rapists|terrorists|murderers|paedophiles|pedophiles|groomers|liars|cheats|stupid|dumb|idiots|morons|inferior|violent|lazy|dirty|filthy|disgusting|evil|mentally ill|sick|perverts|degenerates|a drain|a burden|useless|worthless|(?:too|so) (?:emotional|stupid|weak|dumb)|incapable|untrustworthy|primitive|barbaric|savage)\b";

    /// <summary>Fillers allowed between a group and what is said of it ("are all just basically").</summary>
    public const string Fillers =
        @"(?: (?:all|just|basically|simply|literally|nothing but|no better than|worse than|like|the|a|an|such|so|dirty|filthy|disgusting|diseased|fucking|damn|naturally|inherently|born|genetically|always|by nature|too|really))*";

    /// <summary>A request to produce something: "write", "make me", "can you draft".</summary>
    public const string Request =
        @"\b(?:write|create|make|generate|draft|design|forge|produce|build|compose|give me|get me|i need|need|help me (?:write|make|create|draft|build))\b";

    /// <summary>Someone close to the speaker whose private things are the target of covert access.</summary>
    public const string Intimate =
        @"(?:girlfriend|boyfriend|wife|husband|ex|ex-\w+|partner|neighbou?r|boss|coworker|colleague|roommate|flatmate|sister|brother|mom|mum|dad|son|daughter|someone|somebody|her|his|their|him|them)";

    /// <summary>Ages of a child, as written: "14 year old", "you're 12", "for 13".</summary>
    public const string ChildAge =
        @"\b(?:1[0-7]|[4-9])[- ]?(?:years?[- ]old|yrs?[- ]old|yo|y/o|year-olds?)\b|\b(?:you're|you are|ur|u r|she's|he's|she is|he is|aged|only|just|for (?:a |an )?)\s?(?:1[0-7]|[4-9])\b(?! ?(?:dollars|bucks|pounds|euros|%|percent|minutes|mins|hours|days|weeks|months|am|pm|:|people|items|points))";
}
