using static LlmActors.ModelSim.Moderation.RiskCategory;

namespace LlmActors.ModelSim.Moderation;

/// <summary>
/// English cues for the hidden moderation truth. Deliberately general (common phrasings of threats, insults,
/// self-harm, sexual content and illegal requests) rather than fitted to any evaluation set.
/// </summary>
internal static class EnglishLexicon
{
    public static readonly Cue[] Cues =
    [
        .. Many(Violence, 0.92, "kill you", "kill him", "kill her", "kill them", "kill everyone", "murder*", "stab you", "stab him",
            "stab her", "shoot you", "shoot him", "shoot her", "shoot them", "shoot up", "behead*", "massacre*", "slit your throat",
            "beat you to death", "burn your house", "blow up the", "blow them up", "mass shooting", "bloodbath", "tortur*",
            "hurt you", "break your legs", "put a bullet", "deserve to die"),
        .. Many(Violence, 0.45, "kill*", "gun", "guns", "weapon*", "knife", "knives", "shoot*", "explosive*", "bomb*", "revenge",
            "strangle*", "choke*", "beat up", "punch*"),
        .. Many(Violence, 0.3, "fight*", "hurt*", "attack*", "violent*", "violence", "blood*", "destroy*", "smash*", "die", "dead", "slap*"),
        .. Many(Hate, 0.92, "subhuman*", "inferior race", "ethnic cleansing", "exterminate them", "should be exterminated",
            "go back to your country", "go back where you came from", "are vermin", "are animals", "are parasites", "white power",
            "master race", "kill all", "wipe them out"),
        .. Many(Hate, 0.5, "illegals", "your kind", "their kind", "inferior", "disgusting people", "don't belong here"),
        .. Many(Hate, 0.3, "racist*", "foreigner*", "stereotyp*", "those people", "these people", "hate*", "immigrant*"),
        .. Many(Harassment, 0.9, "you are worthless", "you're worthless", "you are pathetic", "you're pathetic", "you are a loser",
            "you're a loser", "kill yourself", "nobody likes you", "nobody loves you", "you should die", "i know where you live",
            "i will find you", "piece of trash", "piece of garbage", "piece of shit", "waste of oxygen", "go die", "everyone hates you"),
        .. Many(Harassment, 0.55, "bitch*", "asshole*", "bastard*", "hate you", "moron*", "fuck*"),
        .. Many(Harassment, 0.4, "idiot*", "stupid", "loser*", "pathetic", "shut up", "worthless", "freak*", "dumb"),
        .. Many(Harassment, 0.25, "ugly", "trash", "creep*", "jerk*", "clown", "shit*"),
        .. Many(SelfHarm, 0.92, "kill myself", "killing myself", "end my life", "ending my life", "want to die", "wanna die",
            "cut myself", "cutting myself", "hurt myself", "hurting myself", "don't want to live", "dont want to live", "do not want to live", "no reason to live", "jump off a bridge",
            "hang myself", "how many pills", "better off dead", "take my own life"),
        .. Many(SelfHarm, 0.8, "suicid*", "self-harm", "self harm", "overdos*", "tired of living"),
        .. Many(SelfHarm, 0.45, "can't go on", "cant go on", "give up on everything", "no way out", "disappear forever"),
        .. Many(SelfHarm, 0.3, "hopeless", "depressed", "depression", "pills"),
        .. Many(Sexual, 0.9, "porn*", "nude photo*", "nudes", "naked photo*", "naked picture*", "sex video*", "explicit sex",
            "have sex with", "sexual act*", "blowjob*", "hentai", "xxx"),
        .. Many(Sexual, 0.55, "erotic*", "horny", "orgasm*", "onlyfans", "escort service*"),
        .. Many(Sexual, 0.4, "sex", "naked", "nude", "sexy", "kinky", "seduc*", "hookup*", "boobs", "lingerie"),
        .. Many(Illicit, 0.9, "make a bomb", "build a bomb", "make meth", "cook meth", "buy cocaine", "buy heroin", "sell drugs",
            "buy drugs", "launder money", "steal a car", "hack into", "stolen credit card*", "counterfeit money", "fake passport*",
            "hire a hitman", "untraceable gun", "phishing kit", "break into a house", "break into his", "break into her",
            "buy a gun without"),
        .. Many(Illicit, 0.6, "money laundering", "ghost gun", "ransomware", "shoplift*", "fake id", "without getting caught",
            "crack a password", "evade tax*"),
        .. Many(Illicit, 0.45, "cocaine", "heroin", "meth", "steal*", "smuggl*", "counterfeit*", "launder*", "scam*", "fraud*"),
        .. Many(Illicit, 0.3, "drug*", "weed", "hack*", "pirat*", "torrent*", "lock pick*", "bypass*"),
    ];

    /// <summary>Words that, within three words before a cue, turn it around ("I would never hurt you").</summary>
    public static readonly string[] Negators =
    [
        "not", "never", "no", "don't", "dont", "doesn't", "didn't", "won't", "wouldn't", "isn't", "aren't", "can't", "cannot",
        "shouldn't", "against", "stop", "without", "anti", "prevent", "avoid",
    ];

    /// <summary>Within three words before a cue these mark intent ("I will", "gonna"); "how to" / "how do I" is checked apart.</summary>
    public static readonly string[] IntentWords = ["will", "gonna", "going", "want", "wanna", "plan", "i'll", "let's"];

    /// <summary>After a violent verb and "this"/"that", these make the object a person ("kill that guy", not "kill this workout").</summary>
    public static readonly string[] PersonNouns =
    [
        "guy", "guys", "man", "woman", "girl", "boy", "kid", "bitch", "bastard", "person", "dude", "idiot", "asshole", "prick",
        "fucker", "motherfucker", "teacher", "cop", "family", "people", "moron", "loser", "clown", "jerk", "creep", "freak", "son",
        "one", "b", "mf", "lady", "chick", "old", "little", "fat", "stupid", "f",
    ];

    public static readonly string[] SecondPerson = ["you", "your", "you're", "youre", "yourself", "u", "ur", "ya"];

    /// <summary>Framings in which harmful words are usually discussed rather than meant: fiction, news, research, help, code.</summary>
    public static readonly string[] BenignContexts =
    [
        "movie", "movies", "film", "films", "novel", "book", "story", "stories", "fiction", "fictional", "character", "characters",
        "game", "games", "gaming", "history", "historical", "documentary", "news", "article", "journalist", "report", "reported",
        "research", "study", "studies", "statistics", "prevention", "awareness", "hotline", "helpline", "therapy", "therapist",
        "counselor", "counseling", "lyrics", "song", "poem", "quote", "chess", "recipe", "cooking", "debate", "essay", "policy",
        "law", "laws", "legal", "court", "lawyer", "classroom", "teacher", "lesson", "textbook", "museum", "biology", "medical",
        "doctor", "nurse", "hospital", "vaccine", "safety", "process", "thread", "linux", "terminal", "command", "script", "server",
    ];

    /// <summary>Idioms masked out before matching, so "kill time" or "photo shoot" never count.</summary>
    public static readonly string[] Idioms =
    [
        "kill time", "killing time", "killing it", "killed it", "kill the process", "kill a process", "kill process", "kill the job",
        "kill -9", "killer feature", "killer app", "dying to", "to die for", "die laughing", "shoot a photo", "shoot a video",
        "photo shoot", "shoot me an email", "shoot me a message", "bomb the exam", "bombed the exam", "heart attack", "panic attack",
        "attack surface", "knockout", "beat the deadline", "beat the record", "drugstore", "drug store", "prescription drug",
        "dead battery", "deadline", "dead end", "fight for", "fight the fire", "painkiller", "pain killer", "killer whale",
        "life hack", "hackathon", "growth hack", "steal the show", "blood test", "blood pressure", "blood type", "blood donation",
        "sex education", "sexual health", "hate it when", "weed out", "shut up and take my money", "shoot you an email",
        "shoot you a message", "shoot you a text", "would die for", "i'd die for", "dying for", "dead tired", "dead serious", "dead wrong",
        "dead set", "smashed it", "smash it", "crushed it", "bombed my", "bombed the test", "bombed the interview",
    ];

    public static readonly string[] Minors =
    [
        "child", "children", "kid", "kids", "minor", "minors", "underage", "teen", "teens", "teenager", "schoolgirl", "schoolboy",
    ];

    private static IEnumerable<Cue> Many(RiskCategory category, double weight, params string[] phrases) =>
        phrases.Select(p => new Cue(p, category, weight));
}
