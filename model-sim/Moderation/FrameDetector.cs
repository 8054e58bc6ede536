using System.Text.RegularExpressions;

namespace LlmActors.ModelSim.Moderation;

/// <summary>
/// Finds the framings of a text (<see cref="Frame"/>) from structural markers rather than topic words: who is
/// being helped, whether something is reported or told, whether a phrase is quoted next to moderation words.
/// Runs once per text on the normalised (lower-case) buffer.
/// </summary>
internal static class FrameDetector
{
    private const RegexOptions Options = RegexOptions.Compiled | RegexOptions.CultureInvariant;

    private static readonly Regex Reporting = new(
        @"\b(?:(?:police|officers|authorities|prosecutors) (?:said|say|says|reported|arrested|charged|believe|found|are investigating|have)|according to (?:police|officials|reports|witnesses)|investigators|detectives|witnesses|historians|reporters|journalists|the suspects?|a suspect|according to|reportedly|allegedly|(?:was|were|been|got) (?:arrested|charged|convicted|sentenced|jailed|detained|caught)|pleaded guilty|on trial|headlines?|the news|in the news|news (?:says|said|reports?))\b"
        + "|新闻|据报道|报道|警方|通报|记者|调查|嫌疑人|被捕|被抓|被拘|刑拘|拘留|判刑|判处|检方|历史上|纪念馆",
        Options);

    private static readonly Regex Fiction = new(
        @"\b(?:(?:my|our|the|a|this|his|her) (?:novel|story|book|screenplay|script|play|comic|manga|fanfic|short story|chapter|scene|plot|campaign|rpg|sitcom|series)|villain|antagonist|protagonist|characters?|narrator|write (?:a |an )?(?:\w+ )?(?:scene|story|dialogue|monologue|poem|verse|rap|villain))\b"
        + "|小说|剧本|剧情|情节|台词|反派|主角|角色|故事里|电视剧|电影里",
        Options);

    private static readonly Regex Quoted = new(
        "\"[^\"]{3,}\"|“[^”]{3,}”|「[^」]{3,}」|『[^』]{3,}』|(?<!\\w)'[^']{3,80}'(?!\\w)|‘[^’]{3,}’", Options);

    private static readonly Regex ModerationWords = new(
        @"\b(?:moderat\w*|community (?:guidelines|rules|standards)|(?:forum|group|server|chat|house|our|the) rules?|guidelines|ban(?:s|ned|ning)?|slurs?|remov(?:e|al|ing)|report(?:ed|ing)? (?:it|this|them|him|her|the)|flag(?:ged|ging)?|filters?|hate speech|offensive|a user (?:posted|wrote|said|called)|(?:someone|somebody|people) (?:posted|wrote|keeps? (?:saying|calling)|called)|called me|is it (?:ok|okay|acceptable|allowed) to say)\b"
        + "|群规|版规|规则|禁止|举报|屏蔽|审核|违规|删帖|封号|言论|社区规范|版主|管理员|(?:网友|用户|有人|群友)(?:发言|发帖|评论|说|发了)",
        Options);

    private static readonly Regex ThirdParty = new(
        @"\b(?:my|our|a) (?:friend|best friend|brother|sister|son|daughter|kid|child|teen|teenager|mom|mum|dad|mother|father|partner|wife|husband|boyfriend|girlfriend|roommate|flatmate|classmate|coworker|colleague|student|patient|neighbou?r|cousin|grandma|grandpa)s?\b|\b(?:someone|somebody)\b"
        + "|朋友|闺蜜|兄弟|同学|同事|舍友|室友|学生|病人|邻居|弟弟|妹妹|哥哥|姐姐|孩子|儿子|女儿|爸爸|妈妈|爸妈|老公|老婆|男友|女友|家人|亲戚|有人",
        Options);

    private static readonly Regex HelpAsked = new(
        @"\b(?:what (?:should|can|do) (?:i|we) do|how (?:can|do|should) (?:i|we) (?:help|support|talk to|respond|handle|approach|reach out)|worried|concerned|scared for|afraid for)\b"
        + "|怎么办|该怎么|怎么帮|怎么劝|如何帮|怎么沟通|怎么开导|怎么安慰|怎么陪|怎么跟他|怎么跟她|该做什么|我该|担心",
        Options);

    private static readonly Regex Safety = new(
        @"\b(?:warning signs|signs (?:of|that)|symptoms of|what to do (?:if|when|until|while)|ambulance|first aid|poison control|crisis line|hotline|helpline|call 911|call 999|call 112|stay (?:well )?(?:under|below) the (?:limit|maximum|max)|safe (?:dose|amount|limit)|is it safe)\b"
        + "|症状|迹象|征兆|救护车|急救|心理援助",
        Options);

    private static readonly Regex Playful = new(
        @"\b(?:lol|lmao|lmfao|rofl|ha(?:ha)+|he(?:he)+|jk|just kidding|j/k|xd)\b|😂|🤣|💀|哈哈|嘿嘿|hhh|开玩笑|笑死", Options);

    private static readonly Regex Competition = new(
        @"\b(?:in|at) (?:fifa|fortnite|mario kart|minecraft|chess|ranked|warzone|valorant|overwatch|apex|tekken|poker|tennis|football|soccer|basketball|ping pong|scrabble|monopoly|the (?:game|match|final|finals|tournament|league|race|derby|quiz|playoffs?))\b|\b(?:headshot|respawn|camping|noob|pvp|lobby|boss fight|spawn|league final|(?:our|my|your) team)\b"
        + "|王者|荣耀|吃鸡|排位|比赛|决赛|开黑|上分|对面|游戏|球赛",
        Options);

    private static readonly Regex Protective = new(
        @"\b(?:how (?:\w+ ){0,3}(?:spot|recogni[sz]e|detect|identify|avoid|report|prevent|protect|catch|tell if|know if)|signs of (?:a |an )?(?:phishing|scam|fraud|grooming|abuse)|training (?:new )?staff|i'm training|awareness)\b"
        + "|识别|防范|预防|防止|识破|提防|举报|反诈|反欺凌|反家暴|反恐|培训|宣传|科普",
        Options);

    public static Frame Detect(ReadOnlySpan<char> text)
    {
        var frames = Frame.None;
        if (TextScan.ContainsWord(text, EnglishLexicon.BenignContexts) || TextScan.ContainsAny(text, ChineseLexicon.BenignContexts))
        {
            frames |= Frame.Topic;
        }

        frames |= Reporting.IsMatch(text) ? Frame.Reporting : Frame.None;
        frames |= Fiction.IsMatch(text) ? Frame.Fiction : Frame.None;
        // Moderation words are rarer than quotes (and apostrophes make the quote search slow): test them first.
        frames |= ModerationWords.IsMatch(text) && Quoted.IsMatch(text) ? Frame.Moderating : Frame.None;
        frames |= (ThirdParty.IsMatch(text) && HelpAsked.IsMatch(text)) || Safety.IsMatch(text) ? Frame.HelpSeeking : Frame.None;
        frames |= Playful.IsMatch(text) ? Frame.Playful : Frame.None;
        frames |= Competition.IsMatch(text) ? Frame.Competition : Frame.None;
        frames |= Protective.IsMatch(text) ? Frame.Protective : Frame.None;
        return frames;
    }
}
