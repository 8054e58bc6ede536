namespace LlmActors.Grains.Embeddings;

/// <summary>
/// Words and characters that occur in almost every customer message whatever it asks. They get a low weight
/// rather than none: a fixed stand-in for inverse document frequency, since a cache starts with no corpus.
/// </summary>
internal static class StopWords
{
    public const float StopWeight = 0.15f;
    public const float QuestionWeight = 0.4f;

    private static readonly HashSet<string> English =
    [
        "i", "me", "my", "mine", "we", "our", "us", "you", "your", "yours", "it", "its", "this", "that", "these",
        "those", "the", "a", "an", "to", "of", "in", "on", "at", "for", "from", "by", "with", "about", "as", "into",
        "is", "are", "am", "was", "has", "were", "be", "been", "being", "do", "doe", "did", "done", "have", "ha", "had",
        "can", "could", "will", "would", "shall", "should", "may", "might", "must", "and", "or", "but", "if", "so",
        "not", "no", "yes", "there", "here", "any", "some", "just", "still", "yet", "now", "then", "also", "too",
        "very", "really", "please", "get", "got", "want", "need", "like", "know", "tell", "let", "thing", "someth",
        "something", "anything", "up", "out", "again", "right",
    ];

    private static readonly HashSet<string> EnglishQuestion = ["how", "what", "where", "when", "why", "which", "who", "whom", "whose"];

    private static readonly HashSet<char> Chinese =
    [
        '的', '了', '吗', '呢', '吧', '啊', '么', '我', '你', '您', '他', '她', '它', '们', '是', '在', '有', '和', '就', '都',
        '也', '还', '要', '想', '能', '可', '以', '会', '一', '个', '这', '那', '些', '给', '把', '被', '让', '到', '得',
        '着', '过', '下', '上', '请', '帮', '嗯', '呀', '哦', '啦', '很', '太', '又', '再', '没', '不',
    ];

    private static readonly HashSet<char> ChineseQuestion = ['怎', '如', '何', '什', '哪', '几', '多', '久', '谁', '为'];

    public static float WordWeight(string stem) =>
        English.Contains(stem) ? StopWeight : EnglishQuestion.Contains(stem) ? QuestionWeight : 1f;

    public static float CharWeight(char c) =>
        Chinese.Contains(c) ? StopWeight : ChineseQuestion.Contains(c) ? QuestionWeight : 1f;
}
